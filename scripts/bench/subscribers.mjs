// Child process of the live-wall benchmark: N participants' devices, each joined and subscribed to
// the cohort's commitments. They live in their own process so that parsing N event streams does not
// slow down the probe that measures the server's latency in the parent.
// Protocol (IPC): env BENCH_URL, BENCH_CODE, BENCH_COUNT, BENCH_COLLECTIONS (comma-separated) → sends {type:"ready"}; on {type:"report"}
// answers {type:"report", events: {recordId: {count, first, last}}} (epoch ms, sub-ms precision) and exits.
import { EventSource } from "eventsource";
import PocketBase from "pocketbase";
import { inParallel, join } from "./fixtures.mjs";

globalThis.EventSource ??= EventSource;

const url = process.env.BENCH_URL;
const count = Number(process.env.BENCH_COUNT);
const now = () => performance.timeOrigin + performance.now();

const events = {};
const devices = await inParallel(count, 25, async (i) => {
  const session = await join(url, process.env.BENCH_CODE, `订阅者${i}`);
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  pb.authStore.save(session.token, session.record);
  return pb;
});
const record = (e) => {
  const t = now();
  const seen = (events[e.record.id] ??= { count: 0, first: t, last: t });
  seen.count += 1;
  seen.last = t;
};
for (const collection of (process.env.BENCH_COLLECTIONS ?? "commitments").split(",")) {
  await inParallel(devices.length, 25, (i) => devices[i].collection(collection).subscribe("*", record));
}
process.send({ type: "ready", subscribed: devices.length });

process.on("message", async (message) => {
  if (message?.type !== "report") return;
  for (const pb of devices) pb.realtime.unsubscribe().catch(() => {});
  process.send({ type: "report", events }, () => process.exit(0));
});
