// Data the benchmarks set up through the public API: a superuser client, a trainer with a cohort,
// participants joining through the join route (the only way in, and cheap: no bcrypt).
import { createHash, randomBytes } from "node:crypto";
import PocketBase from "pocketbase";

/** A PocketBase client signed in as the bench's superuser, without the SDK's auto-cancellation. */
export async function adminClient(url, superuser) {
  const admin = new PocketBase(url);
  admin.autoCancellation(false);
  await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
  return admin;
}

let trainers = 0;

/** The most participants a cohort admits (its schema's maximum, a 300-person conference): bench cohorts take all. */
export const COHORT_MAX = 300;

/** A new trainer (with a known password) and `count` cohorts of theirs, each admitting COHORT_MAX participants (Asia/Shanghai unless `timeZone`). */
export async function trainerWithCohorts(
  admin,
  { count = 1, endsOn = "2026-11-25", followUpDays, name = "Bench cohort", timeZone } = {},
) {
  const password = "bench-trainer-pass";
  trainers += 1;
  const email = `bench-${process.pid}-${Date.now()}-${trainers}@example.com`;
  const trainer = await admin
    .collection("trainers")
    .create({ email, name: "Bench", password, passwordConfirm: password });
  const cohorts = [];
  for (let i = 0; i < count; i++) {
    cohorts.push(
      await admin.collection("cohorts").create({
        name: count > 1 ? `${name} ${i + 1}` : name,
        organization: "Bench",
        trainer: trainer.id,
        startsOn: endsOn,
        endsOn,
        locale: "zh-CN",
        capacity: COHORT_MAX,
        ...(followUpDays ? { followUpDays } : {}),
        ...(timeZone ? { timeZone } : {}),
      }),
    );
  }
  return { trainer, email, password, cohorts };
}

/** POST /api/jiannuo/join; resolves with { token, record } or throws on any other status than 200. */
export async function join(url, code, name, extra = {}) {
  const res = await fetch(`${url}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, name, locale: "zh-CN", ...extra }),
  });
  if (res.status !== 200) throw new Error(`join answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Runs `task(i)` for i < count, `concurrency` at a time (for seeding, where only the result matters). */
export async function inParallel(count, concurrency, task) {
  const results = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

export const MODULES = [
  "service-mindset",
  "eoac",
  "above-standard-demands",
  "relationship-trust",
  "belonging",
  "action-commitment",
];

/** The reference collection: the commitments' fields and indexes, rules open to anyone, no hooks. */
export const BARE = "bench_bare_commitments";

/** Creates BARE as a copy of the commitments collection (once per server). */
export async function createBareCollection(admin) {
  if ((await admin.collections.getFullList({ filter: admin.filter("name = {:n}", { n: BARE }) })).length) return;
  const source = await admin.collections.getOne("commitments");
  const fields = source.fields.filter((f) => f.name !== "id").map(({ id, ...field }) => field);
  const indexes = source.indexes.map((sql) =>
    sql.replace(/idx_commitments_/g, "idx_bare_").replace(/ON `?commitments`?/, () => `ON ${BARE}`),
  );
  await admin.collections.create({
    name: BARE,
    type: "base",
    fields,
    indexes,
    listRule: "",
    viewRule: "",
    createRule: "",
    updateRule: "",
    deleteRule: "",
  });
}

const pbDate = (ms) => new Date(ms).toISOString().replace("T", " ");

/**
 * A working answer link of a follow-up email, as a participant taps it ("done", the token in the
 * fragment): a participant, a commitment and a sent follow-up stored as the follow-up job stores them,
 * with the sha256 of a fresh token (pocketbase/pb_hooks/lib/answer-token.js finds it by that hash).
 */
export async function answerLink(url, superuser) {
  const admin = await adminClient(url, superuser);
  const [cohort] = (await trainerWithCohorts(admin, { name: "Bench check-in" })).cohorts;
  const who = await join(url, cohort.joinCode, "前台小林");
  const commitment = await admin.collection("commitments").create({
    participant: who.record.id,
    cohort: cohort.id,
    module: MODULES[0],
    kind: "personal",
    action: "每位客人离店前问一句还有什么需要",
    trigger: "客人来前台结账时",
    confidence: 8,
    visibility: "private",
    status: "planned",
  });
  const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const token = [...randomBytes(43)].map((b) => alphabet[b % alphabet.length]).join("");
  const now = Date.now();
  await admin.collection("followups").create({
    participant: who.record.id,
    cohort: cohort.id,
    kind: "round",
    round: 1,
    state: "sent",
    dueAt: pbDate(now),
    sentAt: pbDate(now),
    tokenExpiresAt: pbDate(now + 30 * 86_400_000),
    shownCommitments: [commitment.id],
    tokenHash: createHash("sha256").update(token).digest("hex"),
  });
  return `/checkin/#t=${token}&c=${commitment.id}&s=done`;
}
