// A participant who joined through the real join route, and a browser device already signed in as them
// (the session the app keeps in localStorage), so a test can open their pages without the join form.
import { randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import type { BrowserContextOptions } from "playwright-core";
import { inject } from "vitest";
import type { Session } from "../../src/stores/session-state";
import { newCohort, newTrainer, superuserClient } from "./api";

/** A workshop of its own (a new trainer's cohort that admits a room), so a test never fills the demo cohort. */
export async function newRoom(name: string): Promise<{ code: string; name: string }> {
  const trainer = (await newTrainer(await superuserClient(), "林老师")).pb;
  const cohort = await newCohort(trainer, { name, organization: "示例银行城东支行", capacity: 300 });
  return { code: cohort.joinCode as string, name };
}

/** Joins the cohort of `code` as the app does (its own id and join key); returns the session and a client. */
export async function joinedParticipant(code: string, name: string, extra: Record<string, unknown> = {}) {
  const base = inject("pocketbase").url;
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const id = Array.from(randomBytes(15), (b) => alphabet[b % alphabet.length]).join("");
  const joinKey = randomBytes(32).toString("base64url");
  const res = await fetch(`${base}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, name, locale: "zh-CN", id, joinKey, ...extra }),
  });
  if (!res.ok) throw new Error(`join failed: ${res.status} ${await res.text()}`);
  const body = await res.json();
  const session: Session = { token: body.token, participant: body.record, cohort: body.cohort, joinKey };
  const client = new PocketBase(base);
  client.autoCancellation(false);
  client.authStore.save(body.token, body.record);
  return { session, client };
}

/** Browser context options of a device where `session` is signed in. */
export function signedInDevice(device: BrowserContextOptions, session: Session): BrowserContextOptions {
  const origin = inject("pocketbase").url;
  return {
    ...device,
    storageState: {
      cookies: [],
      origins: [{ origin, localStorage: [{ name: "jiannuo:session", value: JSON.stringify(session) }] }],
    },
  };
}

/** A commitment of the participant, as the outbox sends it. */
export function commitAs(
  who: { session: Session; client: PocketBase },
  action: string,
  fields: Record<string, unknown> = {},
) {
  return who.client.collection("commitments").create({
    participant: who.session.participant.id,
    cohort: who.session.cohort.id,
    module: "eoac",
    kind: "personal",
    action,
    trigger: "每周五整理一周工作时",
    dueOn: "2026-12-31",
    measure: "连续四周，每周至少一条，记在工作笔记里",
    confidence: 8,
    visibility: "private",
    status: "planned",
    ...fields,
  });
}
