// Child process of the wall-cards benchmark (wall-cards.mjs): the room's tablets, each an event stream
// subscribed to the cohort's wall topic (jiannuo_wall/<cohort>, as the participant wall page does) and
// to the bare reference collection. A separate process, so that parsing 500 streams does not slow down
// the probe that measures latency in the parent.
// Protocol (IPC): receives {type:"start", url, sessions: [{token, record}], count, collections, topics} and
// opens `count` connections, taking the sessions in turn (a cohort admits 300 people; several tablets
// may show one person's session, and the server still checks each connection); sends
// {type:"ready"}; on {type:"report"} answers {type:"report", events: {id: {count, first, last}}} and exits.
import { EventSource } from "eventsource";
import PocketBase from "pocketbase";
import { inParallel } from "./fixtures.mjs";

globalThis.EventSource ??= EventSource;

const now = () => performance.timeOrigin + performance.now();
const events = {};
let devices = [];

const record = (e) => {
  // A wall message without a card (a covered wall's count, the room's settings) is not measured.
  if (!e.record?.id) return;
  const t = now();
  const seen = (events[e.record.id] ??= { count: 0, first: t, last: t });
  seen.count += 1;
  seen.last = t;
};

process.on("message", async (message) => {
  if (message?.type === "start") {
    const { url, sessions, count, collections, topics } = message;
    devices = Array.from({ length: count }, (_, i) => {
      const pb = new PocketBase(url);
      pb.autoCancellation(false);
      pb.authStore.save(sessions[i % sessions.length].token, sessions[i % sessions.length].record);
      return pb;
    });
    for (const collection of collections)
      await inParallel(devices.length, 25, (i) => devices[i].collection(collection).subscribe("*", record));
    for (const topic of topics)
      await inParallel(devices.length, 25, (i) => devices[i].realtime.subscribe(topic, record));
    process.send({ type: "ready" });
  }
  if (message?.type === "report") {
    for (const pb of devices) pb.realtime.unsubscribe().catch(() => {});
    process.send({ type: "report", events }, () => process.exit(0));
  }
});
