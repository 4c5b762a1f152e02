// The routes behind a supervisor's link (pb_hooks/lib/supervisor-page.js). The link's token (in the
// address's fragment) is the only credential: plain POSTs with it in the body, no PocketBase client, as
// the pages opened from a follow-up email do (../checkin/checkin-api.ts).
import { post } from "../checkin/checkin-api";

/** A tap of this week, with its note. */
export type Mark = { note: string } | null;

/** One shared commitment: its words, the status its owner reports, check-in dates, this week's taps. */
export interface SharedCommitment {
  id: string;
  action: string;
  module: string;
  status: string;
  checkins: string[];
  discussed: Mark;
  observed: Mark;
}

/** What the page shows: the team, by person, and this week's huddle prompt. */
export interface SupervisorView {
  locale: string;
  week: string;
  prompt: number;
  /** The supervisor asked for no more weekly notes. */
  stopped: boolean;
  team: Array<{ id: string; name: string; commitments: SharedCommitment[] }>;
}

/** The token in the page's address (`#t=...`), or "". */
export function tokenInAddress(hash: string): string {
  return (new URLSearchParams(hash.replace(/^#/, "")).get("t") ?? "").trim();
}

/** The team's shared commitments, as of now. */
export function loadTeam(t: string): Promise<SupervisorView> {
  return post<SupervisorView>("/api/jiannuo/supervisor/view", { t });
}

/** "Discussed" or "observed" for a commitment this week, with an optional note; answers the page anew. */
export function markCommitment(
  t: string,
  c: string,
  kind: "discussed" | "observed",
  note: string,
): Promise<SupervisorView> {
  return post<SupervisorView>("/api/jiannuo/supervisor/mark", { t, c, kind, note });
}

/** The supervisor's own "no more weekly notes", or (`resume`) taking it back; answers the page anew. */
export function stopDigests(t: string, resume: boolean): Promise<SupervisorView> {
  return post<SupervisorView>("/api/jiannuo/supervisor/stop", { t, resume });
}
