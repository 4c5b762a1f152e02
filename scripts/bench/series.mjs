// What the realtime benches share: a clock comparable across processes, a pause, a wait with a
// deadline, and a series of commitments created one after another by one participant.
import PocketBase from "pocketbase";

/** Epoch ms with sub-millisecond precision (performance.now() on the epoch). */
export const now = () => performance.timeOrigin + performance.now();

export const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolves when `condition()` holds, or after `ms` (the caller counts what did not arrive). */
export async function waitUntil(condition, ms) {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await pause(50);
}

/** `n` shared commitments (or bare records) by `author`, one every `gapMs`; returns each id's send time. */
export async function createSeries(url, author, cohort, collection, prefix, n, gapMs) {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  pb.authStore.save(author.token, author.record);
  const sentAt = new Map();
  for (let i = 0; i < n; i++) {
    const id = `${prefix}${String(i).padStart(15 - prefix.length, "0")}`;
    sentAt.set(id, now());
    await pb.collection(collection).create({
      id,
      participant: author.record.id,
      cohort: cohort.id,
      module: "eoac",
      kind: "personal",
      action: "在晨会上分享一个客户故事",
      trigger: "每天早上开晨会时",
      confidence: 8,
      visibility: "cohort",
      status: "planned",
    });
    await pause(gapMs);
  }
  return sentAt;
}
