// For e2e tests of follow-ups: a new trainer (with a known password, to sign in in the browser) and
// their cohort that ended ten days ago, so its 7-day follow-up is due now.
import { inject } from "vitest";
import { randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";
import { answerLinksOf, commitFor, joinForFollowUps, type SinkMail } from "./followup-links";

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

/**
 * A participant of a new such cohort, with an email address and consent, one open commitment, and the
 * follow-up email the job then sent them, with its answer links.
 */
export async function participantWithFollowUpEmail(cohortName: string, name: string, action: string) {
  const { url, mailDir } = inject("pocketbase");
  const { admin, cohort } = await trainerWithFinishedCohort(cohortName, "示例银行");
  const address = `followed-${randomBytes(4).toString("hex")}@example.com`;
  const who = await joinForFollowUps(admin, cohort.joinCode, name, address);
  const commitment = await commitFor(who, cohort.id, action);
  const run = await fetch(`${url}/api/jiannuo/followups/run`, {
    method: "POST",
    headers: { Authorization: admin.authStore.token },
  });
  if (!run.ok) throw new Error(`the follow-up job answered ${run.status}`);
  const mail = (readMailbox(mailDir) as SinkMail[]).find((m) => m.envelopeTo.includes(address));
  if (!mail) throw new Error("no follow-up email was sent");
  return { admin, cohort, commitment, mail, links: answerLinksOf(mail) };
}
