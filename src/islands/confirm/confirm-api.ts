// The route behind a confirmation email's link (POST /api/jiannuo/confirm, pb_hooks/lib/address-links.js).
// The token comes from the link's fragment and goes in the body, so it never reaches a request log.
import { pb } from "../../lib/pocketbase";

/** What the page shows: the address's workshops (cohort names and dates, never what a participant typed). */
export interface ConfirmView {
  unsubscribed: boolean;
  participations: Array<{
    id: string;
    cohort: { name: string; organization: string };
    joinedAt: string;
    confirmed: boolean;
  }>;
}

/** "view" changes nothing; "confirm" confirms one participation; "stop" and "resume" (un)subscribe the address. */
export type ConfirmAction =
  { action: "view" } | { action: "confirm"; participant: string } | { action: "stop" } | { action: "resume" };

/** Sends one action with the link's token; answers what the page shows next. */
export function confirmLink(t: string, action: ConfirmAction): Promise<ConfirmView> {
  return pb.send<ConfirmView>("/api/jiannuo/confirm", { method: "POST", body: { t, ...action }, requestKey: null });
}

/** The token in a confirmation link's fragment (`#t=...`), "" when there is none. */
export function tokenOfLink(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("t")?.trim() ?? "";
}
