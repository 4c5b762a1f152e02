// Follow-up emails as tests meet them: a participant who may be emailed, the answer links of an email
// (wherever the token travels in them), and the check-in routes those links lead to.
import PocketBase from "pocketbase";
import { confirmEmailOf } from "./api";

export interface SinkMail {
  envelopeTo: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface AnswerLink {
  url: string;
  t: string;
  c: string;
  s: string;
}

/** The answer links of an email's text, in order, with the token, commitment and answer each carries. */
export function answerLinksOf(mail: SinkMail): AnswerLink[] {
  return [...mail.text.matchAll(/https?:\/\/\S+\/checkin\/[?#]\S+/g)].map(([url]) => {
    const parsed = new URL(url);
    const params = new URLSearchParams(`${parsed.search.slice(1)}&${parsed.hash.slice(1)}`);
    return { url, t: params.get("t") ?? "", c: params.get("c") ?? "", s: params.get("s") ?? "" };
  });
}

/**
 * Joins the cohort of `code` with an email and consent to follow-ups, and confirms the participation as
 * the address's owner would from the confirmation email (tests/integration/addresses.test.ts follows
 * that link for real), through `admin`, a superuser's client of the server; returns a client signed in
 * as the participant.
 */
export async function joinForFollowUps(admin: PocketBase, code: string, name: string, email: string, locale = "zh-CN") {
  const base = admin.baseURL;
  const res = await fetch(`${base}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, name, email, followUpConsent: true, locale }),
  });
  if (!res.ok) throw new Error(`join failed: ${res.status} ${await res.text()}`);
  const body = await res.json();
  await confirmEmailOf(admin, body.record.id);
  const client = new PocketBase(base);
  client.autoCancellation(false);
  client.authStore.save(body.token, body.record);
  return { client, id: body.record.id as string };
}

/** An open commitment of the participant, due on `dueOn` (YYYY-MM-DD) or undated. */
export function commitFor(who: { client: PocketBase; id: string }, cohort: string, action: string, dueOn = "") {
  return who.client.collection("commitments").create({
    participant: who.id,
    cohort,
    module: "eoac",
    kind: "personal",
    action,
    trigger: "",
    dueOn,
    confidence: 8,
    visibility: "private",
    status: "planned",
  });
}

/** What the check-in page shows for a link (GET, records nothing): status and body. */
export async function viewCheckin(base: string, link: Pick<AnswerLink, "t" | "c">) {
  const res = await fetch(
    `${base}/api/jiannuo/checkin?t=${encodeURIComponent(link.t)}&c=${encodeURIComponent(link.c)}`,
  );
  return { status: res.status, body: await res.json() };
}

/** Records an answer as the check-in page's Confirm does: status and body. */
export async function answerCheckin(base: string, link: Pick<AnswerLink, "t" | "c" | "s">) {
  const res = await fetch(`${base}/api/jiannuo/checkin`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ t: link.t, c: link.c, s: link.s }),
  });
  return { status: res.status, body: await res.json() };
}

/** YYYY-MM-DD of `days` from today (negative: in the past), in UTC. */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
}
