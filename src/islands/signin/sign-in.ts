// Signing in with a one-time code sent to the email given when joining (PocketBase's OTP on the
// `addresses` collection), then choosing which of that address's workshops this device becomes. The
// address's own session lives only in this page's memory, for that choice; the device keeps the
// participant session as joining would. PocketBase answers a code request the same whether or not the
// address is known, so this page never learns, or tells, who has joined.
import { FORM_ERROR } from "../../lib/api-errors";
import { pb } from "../../lib/pocketbase";
import { normalizeEmail, type ParticipantsRecord } from "../../lib/pocketbase-types";
import { requestErrorKeys } from "../../lib/request-errors";
import { $session, type JoinedCohort, type Session } from "../../stores/session";
import type { IslandKey } from "../../i18n/islands";

/** A result: the value, or the key of the message to show. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: IslandKey<"signin"> };

/** One workshop the address joined, as GET /api/jiannuo/address/participations lists it (newest first). */
export interface Participation {
  id: string;
  name: string;
  joinedAt: string;
  cohort: JoinedCohort;
}

/** The signed-in address: its session (for choosing) and what it may choose from. */
export interface AddressSignIn {
  token: string;
  email: string;
  unsubscribed: boolean;
  participations: Participation[];
}

/** Digits of a typed code: full-width digits (common with Chinese keyboards) become ASCII, spaces go. */
export function normalizeCode(typed: string): string {
  return typed.normalize("NFKC").replace(/\D/g, "");
}

/** Whether a normalized code has the six digits PocketBase sends. */
export function isCodeFormat(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** A light check before asking the server, which checks properly (on the normalised address). */
export function isEmailFormat(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalizeEmail(email));
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : 0;
}

function generalError(error: unknown, fields: readonly string[] = []): IslandKey<"signin"> {
  const keys = requestErrorKeys(error, fields);
  return keys[FORM_ERROR] ?? Object.values(keys)[0] ?? "errors.server";
}

/** Whether this server can send email (GET /api/jiannuo/site); null when it cannot be told (offline). */
export async function mailConfigured(): Promise<boolean | null> {
  try {
    const site = await pb.send<{ mail?: unknown }>("/api/jiannuo/site", { requestKey: null });
    return typeof site.mail === "boolean" ? site.mail : null;
  } catch {
    return null;
  }
}

/** Asks PocketBase to email a code to the address as the server keeps it; the otpId goes with the code to `verifyCode`. */
export async function requestSignInCode(email: string): Promise<Outcome<string>> {
  try {
    const { otpId } = await pb.send<{ otpId: string }>("/api/collections/addresses/request-otp", {
      method: "POST",
      body: { email: normalizeEmail(email) },
      requestKey: null,
    });
    return { ok: true, value: otpId };
  } catch (error) {
    return { ok: false, error: generalError(error, ["email"]) };
  }
}

// A code works once: if it was accepted but reading the choice then failed, the retry reuses the session.
let accepted: { otpId: string; token: string } | null = null;

/**
 * Trades a code for the address's session and its workshops. Sent by hand, not through the SDK's auth
 * methods, so the participant client's auth store never holds an address's session.
 */
export async function verifyCode(otpId: string, code: string): Promise<Outcome<AddressSignIn>> {
  try {
    if (accepted?.otpId !== otpId) {
      const auth = await pb.send<{ token: string }>("/api/collections/addresses/auth-with-otp", {
        method: "POST",
        body: { otpId, password: normalizeCode(code) },
        requestKey: null,
      });
      accepted = { otpId, token: auth.token };
    }
    const { token } = accepted;
    const choice = await pb.send<Omit<AddressSignIn, "token">>("/api/jiannuo/address/participations", {
      headers: { Authorization: token },
      requestKey: null,
    });
    accepted = null;
    return { ok: true, value: { ...choice, token } };
  } catch (error) {
    const status = statusOf(error);
    if (status === 400 && !accepted) return { ok: false, error: "signin.errors.codeWrong" };
    if (status === 429) return { ok: false, error: "signin.errors.tooMany" };
    return { ok: false, error: generalError(error) };
  }
}

/**
 * Signs this device in as one of the address's participations (choosing it confirms it: the code
 * proved the address); with `resume`, the address's unsubscribe is undone too.
 */
export async function signInAs(
  address: AddressSignIn,
  participantId: string,
  resume = false,
): Promise<Outcome<Session>> {
  try {
    const answer = await pb.send<{ token: string; record: ParticipantsRecord; cohort: JoinedCohort; email: string }>(
      "/api/jiannuo/address/sign-in",
      {
        method: "POST",
        body: { participant: participantId, resume },
        headers: { Authorization: address.token },
        requestKey: null,
      },
    );
    // joinKey only matters for retrying a join; a signed-in device has nothing to retry.
    const session: Session = {
      token: answer.token,
      participant: answer.record,
      cohort: answer.cohort,
      joinKey: "",
      email: answer.email,
    };
    $session.set(session);
    return { ok: true, value: session };
  } catch (error) {
    return { ok: false, error: generalError(error) };
  }
}
