// Live wall latency: the time from a participant's create request to the realtime event at the
// trainer's wall, with many participants' devices subscribed to the same cohort.
// What is measured where, because on a 2-core machine the client side can dominate:
// - "probe alone": the wall is the only subscriber: the server's own create-to-event time;
// - "probe, N devices in a child process": the wall subscriber (the probe) is alone in this process,
//   the N devices run in another one; the server fans every event out to N + 1 connections and
//   checks the view rule for each. The child still competes for the same 2 cores.
// - "all until the last device": from the child, when the last of the N devices had the event.
// - "reference: bare collection": the same with a copy of the commitments collection with open rules
//   and no hooks, so what our rules add to the fan-out shows apart from what PocketBase itself costs;
// - "probe and N devices in one process" is the earlier setup, kept to show what it measured.
// The server's CPU time per create (from /proc) says what the server contributes, whatever the noise.
import { fork } from "node:child_process";
import { EventSource } from "eventsource";
import PocketBase from "pocketbase";
import {
  adminClient,
  BARE,
  COHORT_MAX,
  createBareCollection,
  inParallel,
  join,
  trainerWithCohorts,
} from "./fixtures.mjs";
import { createSeries, now, pause, waitUntil } from "./series.mjs";
import { cpuMs, percentile } from "./stats.mjs";

globalThis.EventSource ??= EventSource;

/**
 * The trainer's wall: a subscriber that records when each commitment's event arrived. On the bare
 * reference collection (open rules) it subscribes without signing in.
 */
async function openProbe(url, trainer, cohort, collection) {
  const wall = new PocketBase(url);
  if (collection === "commitments") await wall.collection("trainers").authWithPassword(trainer.email, trainer.password);
  const arrived = new Map();
  await wall.collection(collection).subscribe(
    "*",
    (e) => {
      if (!arrived.has(e.record.id)) arrived.set(e.record.id, now());
    },
    { filter: wall.filter("cohort = {:c}", { c: cohort.id }) },
  );
  return { arrived, close: () => wall.realtime.unsubscribe() };
}

const row = (benchmark, latencies, expected) => ({
  benchmark,
  n: expected,
  "p50 ms": percentile(latencies, 50),
  "p95 ms": percentile(latencies, 95),
  "max ms": percentile(latencies, 100),
  received: `${latencies.length}/${expected}`,
});

/** One series with the probe: latencies at the probe. */
async function probeSeries(url, trainer, cohort, author, collection, prefix, commitments, gapMs) {
  const probe = await openProbe(url, trainer, cohort, collection);
  const t0 = performance.now();
  const sentAt = await createSeries(url, author, cohort, collection, prefix, commitments, gapMs);
  const perSecond = commitments / ((performance.now() - t0) / 1000);
  await waitUntil(() => probe.arrived.size >= commitments, 5000);
  await probe.close();
  return {
    sentAt,
    perSecond,
    latencies: [...sentAt].filter(([id]) => probe.arrived.has(id)).map(([id, t]) => probe.arrived.get(id) - t),
  };
}

/** Starts the devices in a child process; resolves once all are subscribed. */
function startDevices(url, code, count) {
  const child = fork(new URL("./subscribers.mjs", import.meta.url), [], {
    env: {
      ...process.env,
      BENCH_URL: url,
      BENCH_CODE: code,
      BENCH_COUNT: String(count),
      BENCH_COLLECTIONS: `commitments,${BARE}`,
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ready = new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`subscriber process exited (${code}) before it was ready`)));
    child.on("message", (m) => {
      if (m.type === "ready") resolve();
    });
  });
  return {
    ready,
    report: () =>
      new Promise((resolve) => {
        child.on("message", (m) => {
          if (m.type === "report") resolve(m.events);
        });
        child.send({ type: "report" });
      }),
  };
}

/**
 * Measures the live wall in the setups described above: `commitments` creates one every `gapMs`
 * (a busy room), and `isolated` creates a quarter of a second apart (the cost of one event).
 * `serverPid` lets it read the server's CPU time per create (Linux).
 */
export async function realtimeLatency({
  url,
  superuser,
  serverPid,
  subscribers = COHORT_MAX - 1,
  commitments = 100,
  gapMs = 25,
  isolated = 40,
}) {
  // The devices and the author share a cohort, which admits at most COHORT_MAX participants.
  if (subscribers > COHORT_MAX - 1)
    throw new Error(
      `A cohort admits at most ${COHORT_MAX} participants: ${COHORT_MAX - 1} devices and the author (BENCH_SUBSCRIBERS=${subscribers}).`,
    );
  const admin = await adminClient(url, superuser);
  const {
    email,
    password,
    cohorts: [cohort, second],
  } = await trainerWithCohorts(admin, { count: 2, name: "Wall bench" });
  const trainer = { email, password };
  const author = await join(url, cohort.joinCode, "作者");
  await createBareCollection(admin);
  const series = async (prefix, n, gap, collection = "commitments", room = { cohort, author }) => {
    const cpu0 = cpuMs(serverPid);
    const result = await probeSeries(url, trainer, room.cohort, room.author, collection, prefix, n, gap);
    const cpu1 = cpuMs(serverPid);
    return {
      ...result,
      cpuPerCreate: cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / n,
      "creates/s": result.perSecond.toFixed(1),
    };
  };

  const alone = await series("rtalone", commitments, gapMs);

  const devices = startDevices(url, cohort.joinCode, subscribers);
  await devices.ready;
  const quiet = await series("rtquiet", isolated, 250);
  const busy = await series("rtbusy", commitments, gapMs);
  const bare = await series("rtbare", isolated, 250, BARE);
  await pause(1000);
  const events = await devices.report();
  const fanOut = (run) => {
    const ids = [...run.sentAt.keys()];
    return {
      last: ids.filter((id) => events[id]?.count === subscribers).map((id) => events[id].last - run.sentAt.get(id)),
      first: ids.filter((id) => events[id]).map((id) => events[id].first - run.sentAt.get(id)),
      delivered: ids.reduce((sum, id) => sum + (events[id]?.count ?? 0), 0),
    };
  };
  const quietFan = fanOut(quiet);
  const busyFan = fanOut(busy);
  const bareFan = fanOut(bare);

  // The earlier setup: the same number of devices, in this process, next to the probe (in a second
  // cohort of the same size: the first is full).
  const secondAuthor = await join(url, second.joinCode, "作者");
  const local = await inParallel(subscribers, 25, async (i) => {
    const session = await join(url, second.joinCode, `本地订阅者${i}`);
    const pb = new PocketBase(url);
    pb.autoCancellation(false);
    pb.authStore.save(session.token, session.record);
    await pb.collection("commitments").subscribe("*", () => {});
    return pb;
  });
  const inProcess = await series("rtlocal", commitments, gapMs, "commitments", {
    cohort: second,
    author: secondAuthor,
  });
  await Promise.all(local.map((pb) => pb.realtime.unsubscribe()));

  const cpu = (run) => (run.cpuPerCreate === null ? "" : `${run.cpuPerCreate.toFixed(1)} ms`);
  const extra = (run) => ({ "creates/s": run["creates/s"], "server CPU/create": cpu(run) });
  const rate = `a create every ${gapMs} ms`;
  const p95 = percentile(busy.latencies, 95);
  return {
    rows: [
      { ...row(`probe alone (no devices), ${rate}`, alone.latencies, commitments), ...extra(alone) },
      {
        ...row(`probe; ${subscribers} devices in a child process; a create every 250 ms`, quiet.latencies, isolated),
        ...extra(quiet),
      },
      row(`  → last of the ${subscribers} devices, a create every 250 ms`, quietFan.last, isolated),
      {
        ...row(`probe; ${subscribers} devices in a child process; ${rate}`, busy.latencies, commitments),
        ...extra(busy),
      },
      row(`  → first of the ${subscribers} devices, ${rate}`, busyFan.first, commitments),
      row(`  → last of the ${subscribers} devices, ${rate}`, busyFan.last, commitments),
      {
        ...row(
          `reference: bare collection (open rules), probe; ${subscribers} devices; a create every 250 ms`,
          bare.latencies,
          isolated,
        ),
        ...extra(bare),
      },
      row(`  → last of the ${subscribers} devices, bare collection, a create every 250 ms`, bareFan.last, isolated),
      {
        ...row(
          `earlier setup: probe and ${subscribers} devices in one process, ${rate}`,
          inProcess.latencies,
          commitments,
        ),
        ...extra(inProcess),
      },
    ],
    notes: [
      `events delivered to the devices: ${quietFan.delivered + busyFan.delivered + bareFan.delivered} of ${subscribers * (2 * isolated + commitments)}`,
      `${rate}, each awaited, so the server sets the pace: creates/s is what it achieved`,
      "server CPU/create: PocketBase's CPU time per create, its fan-out included (read from /proc); on 2 cores, more than 1000 ms/s of it queues",
    ],
    summary: [
      {
        benchmark: `live wall: create → event, ${subscribers} subscribers, ${rate}`,
        figure: `p95 ${p95} ms`,
        goal: "p95 ≤ 100 ms",
        reference: `no subscribers ${percentile(alone.latencies, 95)} ms; every 250 ms ${percentile(quiet.latencies, 95)} ms; bare, every 250 ms, ${percentile(bare.latencies, 95)} ms`,
        met: p95 <= 100,
      },
      {
        benchmark: `live wall: server CPU per create, ${subscribers} subscribers`,
        figure: cpu(quiet) || "n/a",
        goal: "(what the server contributes)",
        reference: `bare collection ${cpu(bare) || "n/a"}; no subscribers ${cpu(alone) || "n/a"}`,
        met: "",
      },
    ],
  };
}
