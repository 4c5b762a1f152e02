// Joining a cohort and leaving it. The device picks the participant id and a secret joinKey before the
// first attempt and keeps them until the server answers, so a retry after a lost response gets the
// same participant back instead of creating a second one.
import { persistentAtom } from "@nanostores/persistent";
import { apiErrorKeys, type ErrorKeys } from "../lib/api-errors";
import { pb } from "../lib/pocketbase";
import type { ParticipantsRecord } from "../lib/pocketbase-types";
import { normalizeJoinCode } from "../lib/join-code";
import { normalizeEmail } from "../lib/pocketbase-types";
import { newRandomKey } from "../lib/random-key";
import { newRecordId } from "../lib/record-id";
import { $drafts, hasWriting } from "./commitment-draft";
import { deviceHeaders } from "./device";
import { $keptCommitments } from "./kept-commitments";
import { $outbox } from "./outbox";
import { $session, type JoinedCohort, type Session } from "./session-state";
import { DRAFTS_KEY, OUTBOX_KEY } from "./storage-keys";
import type { Locale } from "../i18n/locales";

export { $session, isSession, sessionEmail, type JoinedCohort, type Session } from "./session-state";

/** Route of the join hook in pocketbase/pb_hooks. */
export const JOIN_ROUTE = "/api/jiannuo/join";

/** What the join form collects. */
export interface JoinInput {
  code: string;
  name: string;
  email: string;
  followUpConsent: boolean;
  namedInReport: boolean;
  locale: Locale;
}

/** The id and secret this device will join with, kept until a join succeeds. */
export interface JoinIdentity {
  id: string;
  joinKey: string;
}

/** Result of joinCohort: the new session, or i18n keys per field (FORM_ERROR for field-less ones). */
export type JoinResult = { ok: true; session: Session } | { ok: false; errors: ErrorKeys };

/** What the join, address sign-in and re-join routes answer: a participant session. */
export interface SessionAnswer {
  token: string;
  record: ParticipantsRecord;
  cohort: JoinedCohort;
  /** The email as the server keeps it (normalised), "" for none. */
  email: string;
}

/**
 * Signs this device in with a route's answer. `joinKey` is "" where there is no join to retry (an
 * emailed code, a re-join link); `email` stands in for an answer without one.
 */
export function startSession(answer: SessionAnswer, joinKey = "", email = ""): Session {
  const session: Session = {
    token: answer.token,
    participant: answer.record,
    cohort: answer.cohort,
    joinKey,
    email: answer.email ?? email,
  };
  $session.set(session);
  return session;
}

/** A participant id chosen on this device (see src/lib/record-id.ts). */
export const newParticipantId = newRecordId;

/** A join secret: 32 random bytes as unpadded base64url (43 characters). */
export const newJoinKey = newRandomKey;

/** The device's storage key of its own id (see deviceId). */
const DEVICE_KEY = "jiannuo:device";

/**
 * This device's id, apart from any person's join key and kept when a shared tablet passes to the next
 * person: the server counts one belonging answer per device, and none from a device that joined a
 * cohort twice (pocketbase/pb_hooks/lib/belonging-profile.js). Made at the first join.
 */
export const $deviceId = persistentAtom<string>(DEVICE_KEY, "");

function deviceId(): string {
  if (!$deviceId.get()) $deviceId.set(newJoinKey());
  return $deviceId.get();
}

/** The pending identity; persistent so a reload between a lost response and the retry keeps it too. */
export const $joinIdentity = persistentAtom<JoinIdentity | null>("jiannuo:join-identity", null, {
  encode: (value) => (value === null ? undefined : JSON.stringify(value)),
  decode: (encoded) => {
    try {
      const value = JSON.parse(encoded) as Partial<JoinIdentity> | null;
      return typeof value?.id === "string" && typeof value.joinKey === "string"
        ? { id: value.id, joinKey: value.joinKey }
        : null;
    } catch {
      return null;
    }
  },
});

function pendingIdentity(): JoinIdentity {
  const existing = $joinIdentity.get();
  if (existing) return existing;
  const fresh = { id: newParticipantId(), joinKey: newJoinKey() };
  $joinIdentity.set(fresh);
  return fresh;
}

/** Fields the join form shows; server errors on other fields (e.g. `id`) become form errors. */
export const JOIN_FIELDS = ["code", "name", "email", "followUpConsent", "namedInReport", "locale"] as const;

/** Joins the cohort of `input.code`; on success the participant is signed in on this device. */
export async function joinCohort(input: JoinInput): Promise<JoinResult> {
  const identity = pendingIdentity();
  const email = normalizeEmail(input.email);
  const body = {
    code: normalizeJoinCode(input.code),
    name: input.name.trim(),
    ...(email ? { email } : {}),
    followUpConsent: input.followUpConsent,
    namedInReport: input.namedInReport,
    locale: input.locale,
    id: identity.id,
    joinKey: identity.joinKey,
    device: deviceId(),
  };
  try {
    // requestKey null: a double tap must not auto-cancel the first request. The device header lets the
    // server stop this device's wrong codes without stopping the room's.
    const response = await pb.send<SessionAnswer>(JOIN_ROUTE, {
      method: "POST",
      body,
      requestKey: null,
      headers: deviceHeaders(),
    });
    const session = startSession(response, identity.joinKey, email);
    $joinIdentity.set(null);
    return { ok: true, session };
  } catch (error) {
    // The id is taken by someone else: start over with a fresh identity; the message asks to retry.
    if (apiErrorKeys(error)["id"] === "errors.jiannuo_id_conflict") $joinIdentity.set(null);
    return { ok: false, errors: apiErrorKeys(error, { fields: JOIN_FIELDS }) };
  }
}

/** Signs the participant out on this device (the record stays on the server), with their kept list. */
export function leaveSession(): void {
  $session.set(null);
  $joinIdentity.set(null);
  $keptCommitments.set(null);
}

/** The storage keys of `$outbox` and `$drafts`, which forgetThisDevice filters instead of removing, and the device's id, which it keeps. */
const KEPT_KEYS = new Set([OUTBOX_KEY, DRAFTS_KEY, DEVICE_KEY]);

/**
 * Hands a shared tablet to the next participant: signs out and removes every `jiannuo:` key from the
 * device's storage but the device's own id, and except what has not reached the server: outbox entries not yet sent and drafts with
 * writing are kept, so nothing is ever lost. The form asks for those to be sent, fixed or
 * cleared first, because waiting entries are sent with this participant's token, which goes away here.
 * The page should load another page afterwards: stores of other modules still hold their values in memory.
 */
export function forgetThisDevice(
  storage: Record<string, unknown> = typeof localStorage === "undefined" ? {} : localStorage,
): void {
  $outbox.set($outbox.get().filter((entry) => entry.state !== "sent"));
  $drafts.set(Object.fromEntries(Object.entries($drafts.get()).filter(([, draft]) => hasWriting(draft))));
  leaveSession();
  for (const key of Object.keys(storage)) {
    if (key.startsWith("jiannuo:") && !KEPT_KEYS.has(key)) delete storage[key];
  }
}
