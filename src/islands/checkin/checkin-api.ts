// The routes behind a follow-up message's links (pb_hooks/participant-routes.pb.js): check-in, unsubscribe
// and a channel's withdrawal.
// They need no sign-in (the link's token says who is answering), so they are plain POSTs, not calls of the
// PocketBase client: pages opened from a message load and start without the SDK (README, "What each page costs").
import { requestErrorKey } from "../../lib/request-errors";
import { deviceHeaders } from "../../stores/device";
import type { Answer, AnswerLink } from "./checkin-link";
import { takeEarlyView } from "./early-view";

/** A participant's estimate of how much of a change came from what they did, and how sure they are (0..100 each). */
export interface IsolationEstimate {
  share: number;
  sure: number;
}

/** What the routes answer: who, which commitment, and this email's answer to it so far. */
export interface CheckinView {
  participant: { name: string; locale: string };
  /** A follow-up from day 45 on also asks for the isolation estimate (pb_hooks/lib/pure/isolation.js). */
  askIsolation?: boolean;
  commitment: { id: string; action: string; trigger: string; status: string };
  answer: null | {
    status: string;
    needsHelp: boolean;
    note: string;
    shareable: boolean;
    isolation?: IsolationEstimate | null;
  };
}

/** Why a link cannot be used: unknown or tampered (404), or past its 30 days (410). */
export type LinkProblem = "invalid" | "expired";

const CHECKIN_PATH = "/api/jiannuo/checkin";

/** A refused request, shaped as the SDK's ClientResponseError (status, the answer's body in `response`) for requestErrorKey. */
export class RouteError extends Error {
  constructor(
    readonly status: number,
    readonly response: unknown,
  ) {
    super(`${status}`);
  }
}

// Tokens go in request bodies only, never in a URL the server could log.
// The device header: a device opening broken links is limited on its own, not the network it shares.
/**
 * POSTs `body` as JSON to a route of this origin; its JSON answer, or a RouteError (status 0: no network).
 * `sent`: the same request, already sent by the page (early-view.ts), whose response is taken instead.
 */
export async function post<T>(path: string, body: Record<string, unknown>, sent?: Promise<Response>): Promise<T> {
  let response: Response;
  try {
    response = await (sent ??
      fetch(`${window.location.origin}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...deviceHeaders() },
        body: JSON.stringify(body),
      }));
  } catch (failure) {
    throw new RouteError(0, failure);
  }
  const answer: unknown = await response.json().catch(() => ({}));
  if (!response.ok) throw new RouteError(response.status, answer);
  return answer as T;
}

/** The commitment and the answer so far, without recording anything (the page's own early request when it made one). */
export function loadCheckin(link: AnswerLink): Promise<CheckinView> {
  return post<CheckinView>(`${CHECKIN_PATH}/view`, { t: link.t, c: link.c }, takeEarlyView(link));
}

/** Records (or corrects) the answer; `note`, `shareable` and `isolation` (null: taken back) are sent only when given. */
export function sendAnswer(
  link: AnswerLink,
  s: Answer,
  extra: { note?: string; shareable?: boolean; isolation?: IsolationEstimate | null } = {},
): Promise<CheckinView> {
  return post<CheckinView>(CHECKIN_PATH, { t: link.t, c: link.c, s, ...(link.ch ? { ch: link.ch } : {}), ...extra });
}

/** Stops all follow-up emails to the address the token's email went to, in every cohort (works with an expired token, too). */
export function unsubscribe(t: string): Promise<{ unsubscribed: boolean }> {
  return post(`/api/jiannuo/unsubscribe`, { t });
}

/** Undoes `unsubscribe` (the link came to the address, so its owner may). */
export function undoUnsubscribe(t: string): Promise<{ unsubscribed: boolean }> {
  return post(`/api/jiannuo/unsubscribe/undo`, { t });
}

/** Ends consent for one channel beyond email (its number is deleted); the link's token says whose. */
export function withdrawChannel(t: string, ch: string): Promise<unknown> {
  return post(`/api/jiannuo/reach/withdraw`, { t, ch });
}

/** The link's problem when a request failed because of the link itself, else null. */
export function linkProblemOf(error: unknown): LinkProblem | null {
  const key = requestErrorKey(error);
  return key === "errors.jiannuo_token_invalid" ? "invalid" : key === "errors.jiannuo_token_expired" ? "expired" : null;
}
