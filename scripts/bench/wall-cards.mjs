// The wall on every tablet: 500 tablets of one cohort watch its wall through the broadcast (the topic
// jiannuo_wall/<cohort>, sent by pocketbase/pb_hooks/lib/wall-broadcast.js for each card the hooks keep),
// against the bare reference collection (open rules, no hooks) measured side by side in the same run,
// with the same tablets subscribed to both.
// - create → event: from a participant's create request to the event at a probe tablet in this process
//   (the 500 others run in a child process, wall-card-devices.mjs), and to the last of the 500;
// - server CPU per create (from /proc): PocketBase's whole cost of one create and its fan-out;
// - delivered: every tablet must get every event, once.
// The broadcast series and the bare series alternate in rounds, so drift on a shared machine hits both.
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

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The wall topic of a cohort, as the participant wall page subscribes to it. */
const wallTopic = (cohortId) => `jiannuo_wall/${cohortId}`;

/** A tablet in this process that records when each record's first event arrived. */
async function openProbe(url, session, topic) {
  const pb = new PocketBase(url);
  pb.authStore.save(session.token, session.record);
  const arrived = new Map();
  const mark = (e) => !e.record?.id || arrived.has(e.record.id) || arrived.set(e.record.id, now());
  await Promise.all([pb.realtime.subscribe(topic, mark), pb.collection(BARE).subscribe("*", mark)]);
  return { arrived, close: () => pb.realtime.unsubscribe() };
}

/** The room's tablets in a child process; resolves once all are subscribed. */
async function startDevices(url, sessions, count, topic) {
  const child = fork(new URL("./wall-card-devices.mjs", import.meta.url), [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`tablet process exited (${code}) before it was ready`)));
    child.on("message", (m) => m.type === "ready" && resolve());
    child.send({ type: "start", url, sessions, count, collections: [BARE], topics: [topic] });
  });
  return () =>
    new Promise((resolve) => {
      child.on("message", (m) => m.type === "report" && resolve(m.events));
      child.send({ type: "report" });
    });
}

/**
 * Measures the wall cards' fan-out to `subscribers` tablets of one cohort beside the bare reference.
 * `isolated` creates a quarter of a second apart per collection (the cost of one event), in `rounds`
 * alternating rounds, each beside an idle window as long (what the server spends with no create: its
 * background, e.g. garbage collection, lands in any window); then `busy` creates `gapMs` apart (a busy
 * room). `serverPid` gives the CPU time. CPU per create of the quiet series is the median over rounds,
 * so one round that met a collection does not decide the ratio.
 */
export async function wallCardsFanOut({
  url,
  superuser,
  serverPid,
  subscribers = 500,
  isolated = 40,
  rounds = 8,
  busy = 100,
  gapMs = 25,
}) {
  const admin = await adminClient(url, superuser);
  const {
    cohorts: [cohort],
  } = await trainerWithCohorts(admin, { count: 1, name: "Wall cards bench" });
  await admin.collection("cohorts").update(cohort.id, { showNamesOnWall: true });
  await createBareCollection(admin);
  const author = await join(url, cohort.joinCode, "作者");
  const probeSession = await join(url, cohort.joinCode, "探针");
  // The cohort admits COHORT_MAX people: the author, the probe and as many tablets' people as fit.
  const people = Math.min(subscribers, COHORT_MAX - 2);
  const sessions = await inParallel(people, 25, (i) => join(url, cohort.joinCode, `平板${i}`));
  const topic = wallTopic(cohort.id);
  const report = await startDevices(url, sessions, subscribers, topic);
  const probe = await openProbe(url, probeSession, topic);

  const runs = { cards: [], bare: [], busyCards: [], busyBare: [] };
  const idle = [];
  const measure = async (key, collection, prefix, n, gap) => {
    const cpu0 = cpuMs(serverPid);
    const t0 = performance.now();
    const sentAt = await createSeries(url, author, cohort, collection, prefix, n, gap);
    const seconds = (performance.now() - t0) / 1000;
    await waitUntil(() => [...sentAt.keys()].every((id) => probe.arrived.has(id)), 10_000);
    const cpu1 = cpuMs(serverPid);
    runs[key].push({ sentAt, seconds, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 });
  };
  const perRound = Math.max(1, Math.round(isolated / rounds));
  for (let r = 0; r < rounds; r++) {
    await measure("cards", "commitments", `wcq${r}`, perRound, 250);
    await measure("bare", BARE, `wcb${r}`, perRound, 250);
    const cpu0 = cpuMs(serverPid);
    await pause(perRound * 250);
    const cpu1 = cpuMs(serverPid);
    if (cpu0 !== null && cpu1 !== null) idle.push((cpu1 - cpu0) / perRound);
  }
  await measure("busyCards", "commitments", "wcbusyc", busy, gapMs);
  await measure("busyBare", BARE, "wcbusyb", busy, gapMs);
  await pause(1000);
  const events = await report();
  await probe.close();

  const figures = (key) => {
    const sent = new Map(runs[key].flatMap((run) => [...run.sentAt]));
    const ids = [...sent.keys()];
    const perCreate = runs[key].map((run) => (run.cpu === null ? null : run.cpu / run.sentAt.size));
    return {
      n: ids.length,
      probe: ids.filter((id) => probe.arrived.has(id)).map((id) => probe.arrived.get(id) - sent.get(id)),
      last: ids.filter((id) => events[id]?.count === subscribers).map((id) => events[id].last - sent.get(id)),
      delivered: ids.reduce((sum, id) => sum + (events[id]?.count ?? 0), 0),
      // More than one event per tablet per record would be a duplicate: counted as not delivered right.
      duplicated: ids.filter((id) => (events[id]?.count ?? 0) > subscribers).length,
      cpuPerCreate: perCreate.includes(null) ? null : median(perCreate),
      perSecond: ids.length / runs[key].reduce((sum, run) => sum + run.seconds, 0),
    };
  };
  const f = {
    cards: figures("cards"),
    bare: figures("bare"),
    busyCards: figures("busyCards"),
    busyBare: figures("busyBare"),
  };
  const ms = (value) => (value === null ? "n/a" : `${value.toFixed(1)} ms`);
  const row = (benchmark, run, latencies) => ({
    benchmark,
    n: run.n,
    "p50 ms": percentile(latencies, 50),
    "p95 ms": percentile(latencies, 95),
    "max ms": percentile(latencies, 100),
    received: `${latencies.length}/${run.n}`,
    "creates/s": run.perSecond.toFixed(1),
    "server CPU/create": ms(run.cpuPerCreate),
  });
  const quiet = "a create every 250 ms";
  const rate = `a create every ${gapMs} ms`;
  const ratio = f.cards.cpuPerCreate && f.bare.cpuPerCreate ? f.cards.cpuPerCreate / f.bare.cpuPerCreate : null;
  const all = Object.values(f);
  const expected = subscribers * all.reduce((sum, run) => sum + run.n, 0);
  const delivered = all.reduce((sum, run) => sum + run.delivered, 0);
  const duplicated = all.reduce((sum, run) => sum + run.duplicated, 0);
  const p95 = percentile(f.cards.probe, 95);
  return {
    rows: [
      row(`wall broadcast, probe tablet; ${subscribers} tablets; ${quiet}`, f.cards, f.cards.probe),
      row(`  → last of the ${subscribers} tablets`, f.cards, f.cards.last),
      row(`reference: bare collection, probe tablet; ${subscribers} tablets; ${quiet}`, f.bare, f.bare.probe),
      row(`  → last of the ${subscribers} tablets`, f.bare, f.bare.last),
      row(`wall broadcast, probe tablet; ${subscribers} tablets; ${rate}`, f.busyCards, f.busyCards.probe),
      row(`  → last of the ${subscribers} tablets`, f.busyCards, f.busyCards.last),
      row(`reference: bare collection, probe tablet; ${rate}`, f.busyBare, f.busyBare.probe),
      row(`  → last of the ${subscribers} tablets`, f.busyBare, f.busyBare.last),
    ],
    notes: [
      `events delivered to the tablets: ${delivered} of ${expected}${duplicated ? `, ${duplicated} records sent twice` : ""}`,
      `a wall create is a participant's commitment (its rules and hooks), the card the hook writes and its broadcast on ${topic}; ${people} people's sessions over ${subscribers} tablets`,
      `broadcast and bare series alternate in ${rounds} rounds of ${perRound}; server CPU/create includes the fan-out (read from /proc), the median over rounds`,
      `server CPU in an idle window as long as a round, per create's share of it: median ${idle.length ? ms(median(idle)) : "n/a"}, max ${idle.length ? ms(Math.max(...idle)) : "n/a"} (background the figures above include)`,
      "the broadcast checks each connection against its auth record in the hook (no query per subscriber); PocketBase's own events on wall_cards would check its rule with one query per subscriber per event",
    ],
    summary: [
      {
        benchmark: `wall broadcast: create → event, ${subscribers} tablets of one cohort, ${quiet}`,
        figure: `p95 ${p95} ms (last tablet ${percentile(f.cards.last, 95)} ms)`,
        goal: "p95 ≤ 100 ms",
        reference: `bare ${percentile(f.bare.probe, 95)} ms; ${rate}: broadcast ${percentile(f.busyCards.probe, 95)} ms, bare ${percentile(f.busyBare.probe, 95)} ms`,
        met: p95 <= 100,
      },
      {
        benchmark: `wall broadcast: server CPU per create, ${subscribers} tablets`,
        figure: ratio === null ? "n/a" : `${ms(f.cards.cpuPerCreate)} (${ratio.toFixed(2)}× bare)`,
        goal: "≤ 1.5× bare",
        reference: `bare ${ms(f.bare.cpuPerCreate)}; ${rate}: broadcast ${ms(f.busyCards.cpuPerCreate)}, bare ${ms(f.busyBare.cpuPerCreate)}`,
        met: ratio !== null && ratio <= 1.5,
      },
      {
        benchmark: `wall broadcast: events delivered to ${subscribers} tablets`,
        figure: `${delivered} of ${expected}`,
        goal: "every one, once",
        reference: "",
        met: delivered === expected && duplicated === 0,
      },
    ],
  };
}
