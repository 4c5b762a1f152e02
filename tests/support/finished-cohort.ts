// For e2e tests of follow-ups: a new trainer (with a known password, to sign in in the browser) and
// their cohort that ended ten days ago, so its 7-day follow-up is due now.
import { inject } from "vitest";
import { randomBytes } from "node:crypto";
import PocketBase from "pocketbase";

export async function trainerWithFinishedCohort(name: string, organization: string) {
  const { url, superuser } = inject("pocketbase");
  const admin = new PocketBase(url);
  await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
  const email = `coach-${randomBytes(4).toString("hex")}@example.com`;
  const password = randomBytes(10).toString("hex");
  const trainer = await admin
    .collection("trainers")
    .create({ email, password, passwordConfirm: password, name: "周老师" });
  const endsOn = new Date(Date.now() - 10 * 86400000).toISOString().slice(0, 10);
  const cohort = await admin.collection("cohorts").create({
    name,
    organization,
    trainer: trainer.id,
    startsOn: endsOn,
    endsOn,
    locale: "zh-CN",
    followUpDays: [7],
  });
  return { admin, email, password, cohort };
}
