// A room in one go: N participants join within ten seconds and each submits two commitments right
// away, the way the app sends them (a 15-character id chosen on the device, so a retry can never
// store a second copy; see src/stores/outbox.ts). Then every commitment is counted through a
// superuser: each must be stored exactly once.
// Reference: the same burst of creates against a bare collection with the same fields, open rules
// and no hooks, sent by the same signed-in participants, so the ratio is what our rules and hooks
// cost (the token check is the same on both sides).
import { adminClient, BARE, COHORT_MAX, createBareCollection, join, MODULES, trainerWithCohorts } from "./fixtures.mjs";
import { percentile, spread } from "./stats.mjs";

// Loaded when this module runs, not when it is linked: a static import of a .ts file fails on an old
// Node before bench.mjs's version check could print its one clear line.
const { newRecordId } = await import("../../src/lib/record-id.ts");

/**
 * POSTs one commitment like the outbox: on a network error, 429 or 5xx it retries with the same id
 * after a second; "validation_not_unique" on the id means an earlier attempt was stored.
 */
async function createCommitment(url, collection, token, body, stats) {
  for (let attempt = 1; ; attempt++) {
    let status = 0;
    let answer = null;
    try {
      const res = await fetch(`${url}/api/collections/${collection}/records`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: token },
        body: JSON.stringify(body),
      });
      status = res.status;
      answer = await res.json();
    } catch {
      status = 0;
    }
    if (status === 200) return;
    if (status === 400 && answer?.data?.id?.code === "validation_not_unique") return void (stats.alreadyStored += 1);
    if (status !== 0 && status !== 429 && status < 500)
      throw new Error(`create answered ${status}: ${JSON.stringify(answer)}`);
    stats.retries += 1;
    if (attempt >= 8) throw new Error(`create still failing after ${attempt} attempts (${status})`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const commitment = (who, cohort, n) => ({
  id: newRecordId(),
  participant: who.record.id,
  cohort,
  module: MODULES[n % 6],
  kind: "personal",
  action: `第${n}条：客户等候超过五分钟时主动说明原因`,
  trigger: "当客户开始看表时",
  confidence: (n % 10) + 1,
  visibility: n % 2 ? "cohort" : "private",
  status: "planned",
});

async function timedStep(latencies, task) {
  const t0 = performance.now();
  await task();
  latencies.push(performance.now() - t0);
}

/** Runs the room burst and its bare reference against a running server. */
export async function roomBurst({ url, superuser, participants = 300, windowMs = 10_000 }) {
  if (participants > COHORT_MAX)
    throw new Error(`A cohort admits at most ${COHORT_MAX} participants (BENCH_PARTICIPANTS=${participants}).`);
  const admin = await adminClient(url, superuser);
  const {
    cohorts: [cohort],
  } = await trainerWithCohorts(admin, { name: "Room burst" });
  await createBareCollection(admin);
  // Arrivals are spread over the window less a second, so the last person's three requests also fit in it.
  const spreadMs = Math.max(0, windowMs - 1000);

  const people = new Array(participants);
  const joins = [];
  const creates = [];
  const sentIds = [];
  const stats = { retries: 0, alreadyStored: 0 };
  const ourWall = await spread(participants, spreadMs, async (i) => {
    await timedStep(joins, async () => {
      people[i] = await join(url, cohort.joinCode, `参与者${i}`);
    });
    for (const k of [0, 1]) {
      const body = commitment(people[i], cohort.id, 2 * i + k);
      sentIds.push(body.id);
      await timedStep(creates, () => createCommitment(url, "commitments", people[i].token, body, stats));
    }
  });

  const bare = [];
  const bareStats = { retries: 0, alreadyStored: 0 };
  const bareWall = await spread(participants, spreadMs, async (i) => {
    for (const k of [0, 1]) {
      await timedStep(bare, () =>
        createCommitment(url, BARE, people[i].token, commitment(people[i], cohort.id, 2 * i + k), bareStats),
      );
    }
  });

  // Exactly once: the stored ids of the cohort are exactly the ids sent, none missing, none extra.
  const stored = await admin
    .collection("commitments")
    .getFullList({ filter: admin.filter("cohort = {:c}", { c: cohort.id }), fields: "id", batch: 1000 });
  const storedIds = new Set(stored.map((r) => r.id));
  const exactlyOnce = stored.length === sentIds.length && sentIds.every((id) => storedIds.has(id));

  const row = (benchmark, latencies, wallMs, n) => ({
    benchmark,
    n,
    "p50 ms": percentile(latencies, 50),
    "p95 ms": percentile(latencies, 95),
    "max ms": percentile(latencies, 100),
    "wall s": (wallMs / 1000).toFixed(2),
  });
  const p95 = percentile(creates, 95);
  const bareP95 = percentile(bare, 95);
  const ratio = p95 / bareP95;
  return {
    rows: [
      row(
        `joins (${participants} people arriving over ${(spreadMs / 1000).toFixed(0)} s)`,
        joins,
        ourWall,
        participants,
      ),
      row("commitment creates, 2 per person (our rules and hooks)", creates, ourWall, creates.length),
      row("reference: same creates, bare collection", bare, bareWall, bare.length),
    ],
    notes: [
      `stored commitments: ${stored.length} of ${sentIds.length} sent; each id exactly once: ${exactlyOnce ? "yes" : "NO"}`,
      `retries: ${stats.retries} (bare: ${bareStats.retries}); answered "already stored" on a retry: ${stats.alreadyStored}`,
      `whole room (joins and creates) done in ${(ourWall / 1000).toFixed(2)} s of a ${windowMs / 1000} s window`,
      `create p95 ours / bare: ${ratio.toFixed(2)}×`,
    ],
    summary: [
      {
        benchmark: `room burst: ${participants} joins`,
        figure: `p95 ${percentile(joins, 95)} ms`,
        goal: "p95 ≤ 300 ms",
        reference: "",
        met: percentile(joins, 95) <= 300,
      },
      {
        benchmark: `room burst: ${creates.length} commitment creates`,
        figure: `p95 ${p95} ms`,
        goal: "p95 ≤ 300 ms",
        reference: `bare ${bareP95} ms`,
        met: p95 <= 300,
      },
      {
        benchmark: "room burst: creates vs bare collection",
        figure: `${ratio.toFixed(2)}×`,
        goal: "≤ 1.5×",
        reference: "bare = 1×",
        met: ratio <= 1.5,
      },
      {
        benchmark: "room burst: each commitment stored once",
        figure: `${stored.length}/${sentIds.length}`,
        goal: "all, once",
        reference: "",
        met: exactlyOnce,
      },
      {
        benchmark: "room burst: whole room within the window",
        figure: `${(ourWall / 1000).toFixed(1)} s`,
        goal: `≤ ${windowMs / 1000} s`,
        reference: "",
        met: ourWall <= windowMs,
      },
    ],
  };
}
