// Data the benchmarks set up through the public API: a superuser client, a trainer with a cohort,
// participants joining through the join route (the only way in, and cheap: no bcrypt).
import PocketBase from "pocketbase";

/** A PocketBase client signed in as the bench's superuser, without the SDK's auto-cancellation. */
export async function adminClient(url, superuser) {
  const admin = new PocketBase(url);
  admin.autoCancellation(false);
  await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
  return admin;
}

let trainers = 0;

/** A new trainer (with a known password) and `count` cohorts of theirs. */
export async function trainerWithCohorts(admin, { count = 1, endsOn = "2026-11-25", followUpDays, name = "Bench cohort" } = {}) {
  const password = "bench-trainer-pass";
  trainers += 1;
  const email = `bench-${process.pid}-${Date.now()}-${trainers}@example.com`;
  const trainer = await admin.collection("trainers").create({ email, name: "Bench", password, passwordConfirm: password });
  const cohorts = [];
  for (let i = 0; i < count; i++) {
    cohorts.push(await admin.collection("cohorts").create({
      name: count > 1 ? `${name} ${i + 1}` : name, organization: "Bench", trainer: trainer.id,
      startsOn: endsOn, endsOn, locale: "zh-CN", ...(followUpDays ? { followUpDays } : {}),
    }));
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
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  }));
  return results;
}

export const MODULES = ["service-mindset", "eoac", "above-standard-demands", "relationship-trust", "belonging", "action-commitment"];
