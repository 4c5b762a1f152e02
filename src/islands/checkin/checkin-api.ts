// The routes behind a follow-up email's links (pb_hooks/participant-routes.pb.js): check-in and unsubscribe,
// through the participant client. They need no sign-in: the link's token says who is answering.
import { pb } from "../../lib/pocketbase";
import { requestErrorKey } from "../../lib/request-errors";
import { deviceHeaders } from "../../stores/device";
import type { Answer, AnswerLink } from "./checkin-link";

/** What the routes answer: who, which commitment, and this email's answer to it so far. */
export interface CheckinView {
  participant: { name: string; locale: string };
  commitment: { id: string; action: string; trigger: string; status: string };
  answer: null | { status: string; needsHelp: boolean; note: string; shareable: boolean };
}

/** Why a link cannot be used: unknown or tampered (404), or past its 30 days (410). */
export type LinkProblem = "invalid" | "expired";

const CHECKIN_PATH = "/api/jiannuo/checkin";

// Tokens go in request bodies only, never in a URL the server could log.
// requestKey null: the SDK would otherwise cancel an answer change still on its way when a note is saved.
// The device header: a device opening broken links is limited on its own, not the network it shares.
/** The commitment and the answer so far, without recording anything. */
export function loadCheckin(link: AnswerLink): Promise<CheckinView> {
  return pb.send<CheckinView>(`${CHECKIN_PATH}/view`, {
    method: "POST",
    body: { t: link.t, c: link.c },
    requestKey: null,
    headers: deviceHeaders(),
  });
}

/** Records (or corrects) the answer; `note` and `shareable` are sent only when given. */
export function sendAnswer(
  link: AnswerLink,
  s: Answer,
  extra: { note?: string; shareable?: boolean } = {},
): Promise<CheckinView> {
  return pb.send<CheckinView>(CHECKIN_PATH, {
    method: "POST",
    body: { t: link.t, c: link.c, s, ...extra },
    requestKey: null,
    headers: deviceHeaders(),
  });
}

/** Stops all follow-up emails to the address the token's email went to, in every cohort (works with an expired token, too). */
export function unsubscribe(t: string): Promise<{ unsubscribed: boolean }> {
  return pb.send(`/api/jiannuo/unsubscribe`, {
    method: "POST",
    body: { t },
    requestKey: null,
    headers: deviceHeaders(),
  });
}

/** Undoes `unsubscribe` (the link came to the address, so its owner may). */
export function undoUnsubscribe(t: string): Promise<{ unsubscribed: boolean }> {
  return pb.send(`/api/jiannuo/unsubscribe/undo`, {
    method: "POST",
    body: { t },
    requestKey: null,
    headers: deviceHeaders(),
  });
}

/** The link's problem when a request failed because of the link itself, else null. */
export function linkProblemOf(error: unknown): LinkProblem | null {
  const key = requestErrorKey(error);
  return key === "errors.jiannuo_token_invalid" ? "invalid" : key === "errors.jiannuo_token_expired" ? "expired" : null;
}
