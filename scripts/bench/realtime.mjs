// Live wall latency: the time from a participant's create request to the realtime event at the
// trainer's wall, with many other subscribers (participants' devices) connected to the same cohort.
import { EventSource } from "eventsource";
import PocketBase from "pocketbase";
import { percentile } from "./stats.mjs";

globalThis.EventSource ??= EventSource;

/** Measures `commitments` creates, one every `gapMs`, with `subscribers` participant subscriptions. */
export async function realtimeLatency({ url, superuser, subscribers = 500, commitments = 200, gapMs = 25 }) {
  const admin = new PocketBase(url);
  admin.autoCancellation(false);
  await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
  const password = "bench-password-2";
  const trainer = await admin.collection("trainers").create({ email: `wall-${Date.now()}@example.com`, name: "Wall", password, passwordConfirm: password });
  const cohort = await admin.collection("cohorts").create({
    name: "Wall bench", organization: "Bench", trainer: trainer.id, startsOn: "2026-11-24", endsOn: "2026-11-25", locale: "zh-CN",
  });
  const wall = new PocketBase(url);
  await wall.collection("trainers").authWithPassword(trainer.email, password);

  const join = async (i) => {
    const res = await fetch(`${url}/api/jiannuo/join`, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: cohort.joinCode, name: `订阅者${i}` }),
    });
    const body = await res.json();
    const pb = new PocketBase(url);
    pb.authStore.save(body.token, body.record);
    return pb;
  };
  const devices = [];
  for (let i = 0; i < subscribers; i += 50) devices.push(...(await Promise.all(Array.from({ length: Math.min(50, subscribers - i) }, (_, j) => join(i + j)))));
  let peerEvents = 0;
  for (let i = 0; i < devices.length; i += 50) {
    await Promise.all(devices.slice(i, i + 50).map((pb) => pb.collection("commitments").subscribe("*", () => { peerEvents += 1; })));
  }

  const sentAt = new Map();
  const latencies = [];
  await wall.collection("commitments").subscribe("*", (e) => {
    const t0 = sentAt.get(e.record.id);
    if (t0 !== undefined) latencies.push(performance.now() - t0);
  }, { filter: wall.filter("cohort = {:c}", { c: cohort.id }) });

  const author = devices[0] ?? (await join("author"));
  const me = author.authStore.record;
  const ids = Array.from({ length: commitments }, (_, i) => `wallbench${String(i).padStart(6, "0")}`);
  for (const id of ids) {
    sentAt.set(id, performance.now());
    await author.collection("commitments").create({
      id, participant: me.id, cohort: cohort.id, module: "eoac", kind: "personal", action: "在晨会上分享一个客户故事",
      confidence: 8, visibility: "cohort", status: "planned",
    }, { requestKey: null });
    await new Promise((r) => setTimeout(r, gapMs));
  }
  const deadline = Date.now() + 5000;
  while (latencies.length < commitments && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));

  wall.realtime.unsubscribe();
  for (const pb of devices) pb.realtime.unsubscribe();
  return {
    rows: [{
      benchmark: `create → wall event (${subscribers} other subscribers)`,
      n: commitments,
      "p50 ms": percentile(latencies, 50),
      "p95 ms": percentile(latencies, 95),
      "max ms": percentile(latencies, 100),
      "received": `${latencies.length}/${commitments}`,
    }],
    notes: [`events delivered to participants' devices: ${peerEvents} (expected ${subscribers * commitments})`],
  };
}
