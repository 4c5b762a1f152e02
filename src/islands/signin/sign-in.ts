// Signing a returning participant in with a one-time code sent to the email they gave when joining
// (PocketBase's OTP). PocketBase answers a code request the same whether or not the email is known,
// so this page never learns, or tells, who has joined.
import { FORM_ERROR } from "../../lib/api-errors";
import { pb } from "../../lib/pocketbase";
import type { ParticipantsRecord } from "../../lib/pocketbase-types";
import { requestErrorKeys } from "../../lib/request-errors";
import { $session, type Session } from "../../stores/session";
import type { IslandKey } from "../../i18n/islands";

/** A result: the value, or the key of the message to show. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: IslandKey<"signin"> };

/** Digits of a typed code: full-width digits (common with Chinese keyboards) become ASCII, spaces go. */
export function normalizeCode(typed: string): string {
  return typed.normalize("NFKC").replace(/\D/g, "");
}

/** Whether a normalized code has the six digits PocketBase sends. */
export function isCodeFormat(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** A light check before asking the server, which checks properly. */
export function isEmailFormat(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : 0;
}

function generalError(error: unknown, fields: readonly string[] = []): IslandKey<"signin"> {
  const keys = requestErrorKeys(error, fields);
  return keys[FORM_ERROR] ?? Object.values(keys)[0] ?? "errors.server";
}

/** Asks PocketBase to email a code; the id it returns goes with the code to `signInWithCode`. */
export async function requestSignInCode(email: string): Promise<Outcome<string>> {
  try {
    const { otpId } = await pb.collection("participants").requestOTP(email.trim(), { requestKey: null });
    return { ok: true, value: otpId };
  } catch (error) {
    return { ok: false, error: generalError(error, ["email"]) };
  }
}

// A code works once: if it was accepted but reading the cohort then failed, the retry reuses the answer.
let accepted: { otpId: string; token: string; record: ParticipantsRecord } | null = null;

/** Trades a code for a session on this device: the participant and their cohort. */
export async function signInWithCode(otpId: string, code: string): Promise<Outcome<Session>> {
  try {
    if (accepted?.otpId !== otpId) {
      const auth = await pb.collection("participants").authWithOTP(otpId, normalizeCode(code), { requestKey: null });
      accepted = { otpId, token: auth.token, record: auth.record };
    }
    const { token, record } = accepted;
    // The session is set only once complete, so the token goes with this request by hand.
    const cohort = await pb.collection("cohorts").getOne(record.cohort, {
      fields: "id,name,organization,locale",
      headers: { Authorization: token },
      requestKey: null,
    });
    const session: Session = {
      token,
      participant: record,
      cohort: { id: cohort.id, name: cohort.name, organization: cohort.organization, locale: cohort.locale },
      // joinKey only matters for retrying a join; a signed-in device has nothing to retry.
      joinKey: "",
    };
    accepted = null;
    $session.set(session);
    return { ok: true, value: session };
  } catch (error) {
    const status = statusOf(error);
    if (status === 400 && !accepted) return { ok: false, error: "signin.errors.codeWrong" };
    if (status === 429) return { ok: false, error: "signin.errors.tooMany" };
    return { ok: false, error: generalError(error) };
  }
}
