// Trading a trainer's re-join link for the participant's session on this device. The token travels in
// the page's fragment (/rejoin/#t=...), which browsers never send to a server, and then in a POST body,
// so it never lands in a request log; the page takes it out of the address bar at once.
import { pb } from "../../lib/pocketbase";
import { requestErrorKey } from "../../lib/request-errors";
import type { ErrorMessageKey } from "../../lib/api-errors";
import { deviceHeaders } from "../../stores/device";
import { startSession, type Session, type SessionAnswer } from "../../stores/session";

/** Route in pb_hooks/participant-routes.pb.js. */
export const REJOIN_ROUTE = "/api/jiannuo/rejoin";

/** The token of a re-join link's fragment ("" when there is none). */
export function tokenOfFragment(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("t")?.trim() ?? "";
}

/** Reads the token from this page's address and removes it from the address bar and the history entry. */
export function takeTokenFromAddress(): string {
  const token = tokenOfFragment(window.location.hash);
  if (window.location.hash) history.replaceState(history.state, "", window.location.pathname + window.location.search);
  return token;
}

/** The session, or the key of the message that says why not. */
export type RejoinResult = { ok: true; session: Session } | { ok: false; error: ErrorMessageKey };

/** Uses the link once: on success the participant is signed in on this device. */
export async function redeemRejoinLink(token: string): Promise<RejoinResult> {
  if (!token) return { ok: false, error: "errors.jiannuo_token_invalid" };
  try {
    // requestKey null: a double tap must not cancel the first request (which may already have used the link).
    const session = startSession(
      await pb.send<SessionAnswer>(REJOIN_ROUTE, {
        method: "POST",
        body: { t: token },
        headers: deviceHeaders(),
        requestKey: null,
      }),
    );
    return { ok: true, session };
  } catch (error) {
    return { ok: false, error: requestErrorKey(error) };
  }
}
