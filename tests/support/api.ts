// Test-side helpers that talk to the real PocketBase: clients per role and a few shared fixtures.
import PocketBase, { ClientResponseError } from "pocketbase";
import { randomBytes } from "node:crypto";
import { inject } from "vitest";

/** A fresh SDK client (no shared auth store, no auto-cancel of parallel requests). */
export function client(): PocketBase {
  const pb = new PocketBase(inject("pocketbase").url);
  pb.autoCancellation(false);
  return pb;
}

/** A server the tests started, with its superuser's credentials. */
interface StartedServer {
  url: string;
  superuser: { email: string; password: string };
}

/** A client signed in as the superuser of `server` (the test run's shared server unless told). */
export async function superuserClient(server: StartedServer = inject("pocketbase")): Promise<PocketBase> {
  const pb = new PocketBase(server.url);
  pb.autoCancellation(false);
  await pb.collection("_superusers").authWithPassword(server.superuser.email, server.superuser.password);
  return pb;
}

let counter = 0;
/** A name unique within this run, for emails and labels. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}${randomBytes(2).toString("hex")}`;
}

/** A 15-character record id of the kind a client may choose. */
export function clientId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(randomBytes(15), (b) => alphabet[b % alphabet.length]).join("");
}

/** Creates a trainer (as superuser) and returns a client signed in as them. */
export async function newTrainer(admin: PocketBase, name = "Trainer") {
  const email = `${unique("t")}@example.com`;
  const password = randomBytes(12).toString("hex");
  const record = await admin.collection("trainers").create({ email, password, passwordConfirm: password, name });
  const pb = client();
  await pb.collection("trainers").authWithPassword(email, password);
  return { pb, record, email, password };
}

/** Creates a cohort for a trainer through the trainer's own client (the server makes the code). */
export async function newCohort(trainer: PocketBase, extra: Record<string, unknown> = {}) {
  return trainer.collection("cohorts").create({
    name: unique("Cohort "),
    organization: "Example Org",
    trainer: trainer.authStore.record!.id,
    startsOn: "2026-11-24",
    endsOn: "2026-11-25",
    locale: "zh-CN",
    ...extra,
  });
}

/** The cast of most access tests: a trainer with a new cohort, and another trainer who must see none of it. */
export async function trainerWithCohort() {
  const admin = await superuserClient();
  const trainer = (await newTrainer(admin)).pb;
  const otherTrainer = (await newTrainer(admin)).pb;
  const cohort = await newCohort(trainer);
  return { admin, trainer, otherTrainer, cohort };
}

export interface JoinBody {
  code: string;
  name: string;
  email?: string;
  followUpConsent?: boolean;
  namedInReport?: boolean;
  locale?: string;
  id?: string;
  joinKey?: string;
  /** The joining device's own id (one belonging answer counts per device). */
  device?: string;
}

/** POSTs to the join route and returns status and body, without throwing on errors. */
export async function postJoin(body: Partial<JoinBody> | Record<string, unknown>) {
  const res = await fetch(`${inject("pocketbase").url}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Joins a cohort and returns a client signed in as the new participant. */
export async function joinAs(code: string, name = "Participant", extra: Partial<JoinBody> = {}) {
  const { status, body } = await postJoin({ code, name, locale: "zh-CN", ...extra });
  if (status !== 200) throw new Error(`join failed: ${status} ${JSON.stringify(body)}`);
  const pb = client();
  pb.authStore.save(body.token, body.record);
  return { pb, record: body.record as { id: string; cohort: string; email: string }, body };
}

/** The HTTP status of a failed SDK call, or 200 when it succeeded. */
export async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (err) {
    if (err instanceof ClientResponseError) return err.status;
    throw err;
  }
}

/**
 * Marks participations as confirmed by their address's owner, as the confirmation email's link does
 * (tests/integration/addresses.test.ts follows that link for real); for tests about what comes after.
 */
export async function confirmEmailOf(admin: PocketBase, ...participantIds: string[]) {
  for (const id of participantIds)
    await admin.collection("participants").update(id, { emailConfirmedAt: new Date().toISOString().replace("T", " ") });
}

/** Runs the follow-up job (which also sends confirmation emails) as the superuser; returns what it did. */
export async function runFollowupJob(admin: PocketBase, url = inject("pocketbase").url) {
  const res = await fetch(`${url}/api/jiannuo/followups/run`, {
    method: "POST",
    headers: { Authorization: admin.authStore.token },
  });
  if (res.status !== 200) throw new Error(`follow-up job answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as {
    smtp: boolean;
    scheduled: number;
    sent: number;
    skipped: number;
    retry: number;
    confirmations: { sent: number; retry: number };
    buddies: { planned: number; sent: number; skipped: number; retry: number };
  };
}
