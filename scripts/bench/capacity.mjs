// What one instance can carry, from the server's CPU time per operation rather than from latencies
// (on a shared machine latencies mostly measure the neighbours; CPU time per operation much less):
// PocketBase's own CPU (from /proc) over a batch of joins, commitment creates, check-ins and trainer
// dashboard loads, divided by the batch's size. The capacity figures assume 70% of 2 vCPUs.
import { adminClient, inParallel, join, MODULES, trainerWithCohorts } from "./fixtures.mjs";
import { cpuMs } from "./stats.mjs";

/** CPU budget: 70% of 2 vCPUs, in ms of CPU per second. */
const BUDGET_MS_PER_S = 0.7 * 2 * 1000;

/** PocketBase's CPU time (ms) spent while `task` ran. */
async function cpuOf(pid, task) {
  const before = cpuMs(pid);
  await task();
  const after = cpuMs(pid);
  return before === null || after === null ? null : after - before;
}

async function post(url, route, token, body) {
  const res = await fetch(`${url}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: token },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${route} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Measures a room of `participants` on the running server `pid` at `url`. */
export async function capacity({ url, superuser, serverPid, participants = 300 }) {
  const admin = await adminClient(url, superuser);
  const {
    email,
    password,
    cohorts: [cohort],
  } = await trainerWithCohorts(admin, { name: "Capacity" });
  const trainer = await post(url, "/api/collections/trainers/auth-with-password", "", { identity: email, password });
  const concurrency = 10;

  const people = [];
  const joins = await cpuOf(serverPid, () =>
    inParallel(participants, concurrency, async (i) => {
      people[i] = await join(url, cohort.joinCode, `容量${i}`);
    }),
  );
  const commitments = [];
  const creates = await cpuOf(serverPid, () =>
    inParallel(participants * 2, concurrency, async (i) => {
      const who = people[i % participants];
      commitments[i] = await post(url, "/api/collections/commitments/records", who.token, {
        participant: who.record.id,
        cohort: cohort.id,
        module: MODULES[i % 6],
        kind: "personal",
        action: `第${i}条：客户等候超过五分钟时主动说明原因`,
        trigger: "当客户开始看表时",
        confidence: 7,
        visibility: i % 2 ? "cohort" : "private",
        status: "planned",
      });
    }),
  );
  const checkins = await cpuOf(serverPid, () =>
    inParallel(participants, concurrency, async (i) => {
      await post(url, "/api/collections/checkins/records", people[i].token, {
        commitment: commitments[i].id,
        status: "in_progress",
        note: "这周做到了三次",
        source: "app",
      });
    }),
  );
  const dashboardLoads = 20;
  const dashboards = await cpuOf(serverPid, () =>
    inParallel(dashboardLoads, 2, async () => {
      const res = await fetch(`${url}/api/jiannuo/cohorts/${cohort.id}/dashboard`, {
        headers: { authorization: trainer.token },
      });
      if (!res.ok) throw new Error(`dashboard answered ${res.status}`);
      await res.arrayBuffer();
    }),
  );
  if ([joins, creates, checkins, dashboards].includes(null))
    return { rows: [], notes: ["capacity skipped: PocketBase's CPU time cannot be read here (no /proc)"] };

  const per = {
    join: joins / participants,
    create: creates / (participants * 2),
    checkin: checkins / participants,
    dashboard: dashboards / dashboardLoads,
  };
  // A room as in the room burst: everyone joins and sends two commitments within ten seconds.
  const roomMs = participants * per.join + participants * 2 * per.create;
  const roomsAtOnce = Math.floor((BUDGET_MS_PER_S * 10) / roomMs);
  const perSecond = (ms) => Math.floor(BUDGET_MS_PER_S / ms);
  return {
    rows: [
      {
        operation: "join",
        n: participants,
        "server CPU ms each": per.join.toFixed(2),
        "per s at 70% of 2 vCPU": perSecond(per.join),
      },
      {
        operation: "commitment create",
        n: participants * 2,
        "server CPU ms each": per.create.toFixed(2),
        "per s at 70% of 2 vCPU": perSecond(per.create),
      },
      {
        operation: "check-in",
        n: participants,
        "server CPU ms each": per.checkin.toFixed(2),
        "per s at 70% of 2 vCPU": perSecond(per.checkin),
      },
      {
        operation: `trainer dashboard (${participants} participants)`,
        n: dashboardLoads,
        "server CPU ms each": per.dashboard.toFixed(1),
        "per s at 70% of 2 vCPU": perSecond(per.dashboard),
      },
    ],
    notes: [
      `a room of ${participants} (joins and two commitments each): ${(roomMs / 1000).toFixed(2)} s of server CPU; ` +
        `${roomsAtOnce} such rooms can start within the same 10 s on 70% of 2 vCPUs`,
    ],
    summary: [
      {
        benchmark: `capacity: rooms of ${participants} starting within the same 10 s`,
        figure: `${roomsAtOnce} (a room: ${(roomMs / 1000).toFixed(2)} s of server CPU)`,
        goal: "(planning figure)",
        reference: `join ${per.join.toFixed(2)} ms, create ${per.create.toFixed(2)} ms, check-in ${per.checkin.toFixed(2)} ms CPU`,
        met: "",
      },
    ],
  };
}
