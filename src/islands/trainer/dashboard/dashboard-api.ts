// The trainer routes the dashboard and the report read, typed as the server returns them. Every request
// goes through `trainerPb` (the trainer's client); the server aggregates, the browser only draws.
import { trainerPb } from "../../../lib/pocketbase";
import type { EveryChoice } from "../../../lib/choices";
import type { CheckinsRecord, CommitmentsRecord, FollowupsRecord, ParticipantsRecord } from "../../../lib/pocketbase-types";

/** Commitment statuses in the order the dashboard shows them (what was done first). */
export const STATUSES = ["done", "in_progress", "planned", "dropped"] as const satisfies EveryChoice<CommitmentsRecord["status"]>;
export type Status = (typeof STATUSES)[number];

/** Commitment kinds in the commitment form's order. */
export const KINDS = ["personal", "team", "organization"] as const satisfies EveryChoice<CommitmentsRecord["kind"]>;
export type Kind = (typeof KINDS)[number];

/** Belonging components in the course's order. */
export const BELONGING = ["identification", "security", "value", "engagement"] as const;

/** One week of the follow-through timeline (week 0 = the workshop's last day; the last entry is now). */
export type FollowThroughWeek = { week: number } & Record<Status, number>;

/** GET /api/jiannuo/cohorts/{id}/dashboard */
export interface DashboardData {
  cohort: { id: string; name: string; organization: string; startsOn: string; endsOn: string; locale: "zh-CN" | "en" };
  participants: number;
  commitments: {
    total: number;
    byModule: Record<string, number>;
    byKind: Partial<Record<Kind, number>>;
    byStatus: Record<Status, number>;
  };
  confidence: number[];
  checkins: { total: number; participantsWithCommitments: number; participantsResponding: number; responseRate: number };
  followThrough: FollowThroughWeek[];
  belonging: BelongingStatus;
  /** Follow-up emails; left out by servers older than the follow-ups. */
  email?: EmailSummary;
}

/**
 * The cohort's belonging profile: answers that count so far (one per device that joined once), how many
 * are needed, and the profile once released (once, with noise of scale `noise`: pb_hooks/lib/pure/belonging-profile.js).
 */
export interface BelongingStatus {
  answers: number;
  needed: number;
  profile: null | ({ answers: number; noise: number; releasedAt: string } & Record<(typeof BELONGING)[number], number>);
}

/** Follow-up states in the order the outbox counts show them. */
export const FOLLOWUP_STATES = ["queued", "sending", "sent", "failed", "skipped"] as const satisfies EveryChoice<FollowupsRecord["state"]>;
export type FollowUpState = (typeof FOLLOWUP_STATES)[number];

/** The dashboard's `email`: whether SMTP is set up, the outbox by state, and answers per round. */
export interface EmailSummary {
  configured: boolean;
  followups: Record<FollowUpState, number>;
  /** `round` is the number of days after the workshop; `responseRate` is 0..1. */
  rounds: { round: number; sent: number; answered: number; responseRate: number }[];
}

/** One row of the delivery log (a `followups` record with the participant's name). */
export interface FollowUpLogEntry {
  id: string;
  kind: "round" | "due";
  round: number;
  dueAt: string;
  sentAt: string;
  attempts: number;
  /** Why it failed or was skipped: SMTP error text, "no consent", "no open commitments", "unsubscribed". */
  lastError: string;
  state: FollowUpState;
  expand?: { participant?: { name: string } };
}

/** POST …/followups/preview: the next follow-up as its participant will see it (`to` is "" when none). */
export interface FollowUpPreview {
  to: string;
  locale: "zh-CN" | "en";
  subject: string;
  html: string;
  text: string;
}

/** POST …/followups/send-now: the round sent (null when none was due) and what happened. */
export interface SendNowResult {
  round: number | null;
  scheduled: number;
  sent: number;
  skipped: number;
  retry: number;
  smtp: boolean;
}

/** The participant table's query; "" means no filter (sort "" means by name). */
export interface TableQuery {
  q: string;
  module: string;
  status: "" | Status;
  kind: "" | Kind;
  sort: string;
}

/** One row of GET /api/jiannuo/cohorts/{id}/participants */
export interface ParticipantRow {
  id: string;
  name: string;
  namedInReport: boolean;
  followUpConsent: boolean;
  joined: string;
  commitments: number;
  done: number;
  inProgress: number;
  planned: number;
  dropped: number;
  lastCheckin: string;
}

/** GET /api/jiannuo/cohorts/{id}/report */
export interface ReportData extends DashboardData {
  generatedAt: string;
  /** Commitments participants shared with their group (and the trainer did not take off the wall). */
  commitmentList: { id: string; module: string; kind: Kind; action: string; status: Status; participant: string }[];
  /** The others (kept for the trainer, or taken off the wall): only how many, per module and status. */
  notShown: { module: string; status: Status; count: number }[];
  quotes: { note: string; status: Status; created: string; module: string; participant: string }[];
}

/** A participant with their commitments and check-ins, newest first. */
export interface ParticipantDetail {
  participant: ParticipantsRecord;
  commitments: CommitmentsRecord[];
  checkins: CheckinsRecord[];
}

const route = (cohortId: string, what: string) => `/api/jiannuo/cohorts/${encodeURIComponent(cohortId)}/${what}`;

// requestKey null: the SDK would otherwise cancel a request when the same path is asked again.
const GET = { method: "GET", requestKey: null } as const;

/** The cohort's dashboard figures. */
export function loadDashboard(cohortId: string): Promise<DashboardData> {
  return trainerPb.send<DashboardData>(route(cohortId, "dashboard"), GET);
}

/** The cohort's follow-ups, newest due first (at most 200). */
export async function loadFollowUpLog(cohortId: string): Promise<FollowUpLogEntry[]> {
  const answer = await trainerPb.collection("followups").getList<FollowUpLogEntry>(1, 200, {
    filter: trainerPb.filter("cohort = {:c}", { c: cohortId }),
    sort: "-dueAt",
    expand: "participant",
    fields: "id,kind,round,dueAt,sentAt,attempts,lastError,state,expand.participant.name",
    requestKey: null,
  });
  return answer.items;
}

/** Renders the cohort's next follow-up without sending it. */
export function previewFollowUp(cohortId: string): Promise<FollowUpPreview> {
  return trainerPb.send<FollowUpPreview>(route(cohortId, "followups/preview"), { requestKey: null });
}

/** Sends the cohort's next round now (to those who agreed). */
export function sendFollowUpNow(cohortId: string): Promise<SendNowResult> {
  return trainerPb.send<SendNowResult>(route(cohortId, "followups/send-now"), { method: "POST", requestKey: null });
}

/** The participant table for `query`; empty parameters are left out of the request. */
export async function loadParticipants(cohortId: string, query: TableQuery): Promise<ParticipantRow[]> {
  const params = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ""));
  const answer = await trainerPb.send<{ rows: ParticipantRow[] }>(route(cohortId, "participants"), { ...GET, query: params });
  return answer.rows;
}

/** Releases the cohort's belonging profile (once; asked again, the server answers the same profile). */
export function releaseBelonging(cohortId: string): Promise<BelongingStatus> {
  return trainerPb.send<BelongingStatus>(route(cohortId, "belonging"), { method: "POST", requestKey: null });
}

/** The report's data. */
export function loadReport(cohortId: string): Promise<ReportData> {
  return trainerPb.send<ReportData>(route(cohortId, "report"), GET);
}

/** One participant's record, commitments and check-ins, fetched side by side. */
export async function loadParticipantDetail(participantId: string): Promise<ParticipantDetail> {
  const p = participantId;
  const [participant, commitments, checkins] = await Promise.all([
    trainerPb.collection("participants").getOne(p, { requestKey: null }),
    trainerPb.collection("commitments").getFullList({ filter: trainerPb.filter("participant = {:p}", { p }), sort: "-created", requestKey: null }),
    trainerPb.collection("checkins").getFullList({ filter: trainerPb.filter("commitment.participant = {:p}", { p }), sort: "-created", requestKey: null }),
  ]);
  return { participant, commitments, checkins };
}

/** The file name a Content-Disposition header gives, or `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? "");
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

/**
 * Fetches a CSV export with the trainer's token (a plain link could not send it) and returns it as a
 * Blob with its file name; throws on any answer but 200.
 */
export async function fetchCsv(cohortId: string, what: "commitments" | "checkins"): Promise<{ blob: Blob; fileName: string }> {
  const url = trainerPb.buildURL(`${route(cohortId, "export.csv")}?what=${what}`);
  const response = await fetch(url, { headers: { Authorization: trainerPb.authStore.token } });
  if (!response.ok) throw new Error(`CSV export answered ${response.status}`);
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get("Content-Disposition"), `jiannuo-${what}.csv`) };
}
