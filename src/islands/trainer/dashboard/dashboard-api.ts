// The trainer routes only the dashboard reads (the cohort's figures are in ../shared/cohort-api.ts), typed
// as the server returns them: follow-ups, the participant table and details, the CSV exports; and what the
// trainer does for one participant: a re-join link, hiding a commitment, removing the participant.
import type { Locale } from "../../../i18n/locales";
import { trainerPb } from "../../../lib/pocketbase";
import type { CheckinsRecord, CommitmentsRecord, ParticipantsRecord } from "../../../lib/pocketbase-types";
import {
  cohortRoute,
  READ,
  type BelongingStatus,
  type FollowUpState,
  type Kind,
  type Status,
} from "../shared/cohort-api";

/** One row of the delivery log (a `followups` record with the participant's name). */
export interface FollowUpLogEntry {
  id: string;
  /** A round, a date reminder, or a participant's cadence: a touch, the nudge after a missed one, a "still doing it?". */
  kind: "round" | "due" | "touch" | "nudge" | "still";
  round: number;
  dueAt: string;
  sentAt: string;
  attempts: number;
  /** Why it failed or was skipped: SMTP error text, "no consent", "other channels only", "no open commitments", "unsubscribed", "superseded by a later round". */
  lastError: string;
  state: FollowUpState;
  expand?: { participant?: { name: string } };
}

/** POST …/followups/preview: the next follow-up as its participant will see it (`to` is "" when none). */
export interface FollowUpPreview {
  to: string;
  locale: Locale;
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

/** A participant with their commitments and check-ins, newest first. */
export interface ParticipantDetail {
  participant: ParticipantsRecord;
  commitments: CommitmentsRecord[];
  checkins: CheckinsRecord[];
}

/** POST …/participants/{id}/rejoin: a single-use link's token (shown once), its end, and the participant's language. */
export interface RejoinLink {
  token: string;
  expiresAt: string;
  minutes: number;
  locale: Locale;
}

/** A commitment as the coach's view reads it, with its author's name. */
export type CoachedCommitment = Pick<
  CommitmentsRecord,
  | "id"
  | "participant"
  | "action"
  | "trigger"
  | "dueOn"
  | "measure"
  | "support"
  | "kind"
  | "visibility"
  | "confidence"
  | "hidden"
> & { expand?: { participant?: { name: string } } };

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
  return trainerPb.send<FollowUpPreview>(cohortRoute(cohortId, "followups/preview"), { requestKey: null });
}

/** Sends the cohort's next round now (to those who agreed). */
export function sendFollowUpNow(cohortId: string): Promise<SendNowResult> {
  return trainerPb.send<SendNowResult>(cohortRoute(cohortId, "followups/send-now"), {
    method: "POST",
    requestKey: null,
  });
}

/** The participant table for `query`; empty parameters are left out of the request. */
export async function loadParticipants(cohortId: string, query: TableQuery): Promise<ParticipantRow[]> {
  const params = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ""));
  const answer = await trainerPb.send<{ rows: ParticipantRow[] }>(cohortRoute(cohortId, "participants"), {
    ...READ,
    query: params,
  });
  return answer.rows;
}

/** Releases the cohort's belonging profile (once; asked again, the server answers the same profile). */
export function releaseBelonging(cohortId: string): Promise<BelongingStatus> {
  return trainerPb.send<BelongingStatus>(cohortRoute(cohortId, "belonging"), { method: "POST", requestKey: null });
}

/** One participant's record, commitments and check-ins, fetched side by side. */
export async function loadParticipantDetail(participantId: string): Promise<ParticipantDetail> {
  const p = participantId;
  const [participant, commitments, checkins] = await Promise.all([
    trainerPb.collection("participants").getOne(p, { requestKey: null }),
    trainerPb
      .collection("commitments")
      .getFullList({ filter: trainerPb.filter("participant = {:p}", { p }), sort: "-created", requestKey: null }),
    trainerPb.collection("checkins").getFullList({
      filter: trainerPb.filter("commitment.participant = {:p}", { p }),
      sort: "-created",
      requestKey: null,
    }),
  ]);
  return { participant, commitments, checkins };
}

/** A new re-join link for one of the cohort's participants; any earlier unused one stops working. */
export function makeRejoinLink(cohortId: string, participantId: string): Promise<RejoinLink> {
  return trainerPb.send<RejoinLink>(cohortRoute(cohortId, `participants/${encodeURIComponent(participantId)}/rejoin`), {
    method: "POST",
    requestKey: null,
  });
}

/** Removes a participant from the cohort; the server deletes their commitments, check-ins and follow-ups with them. */
export async function removeParticipant(participantId: string): Promise<void> {
  await trainerPb.collection("participants").delete(participantId, { requestKey: null });
}

/** Hides a commitment from the wall and the report, or shows it again (the one field a trainer may change). */
export function setCommitmentHidden(commitmentId: string, hidden: boolean): Promise<CommitmentsRecord> {
  return trainerPb.collection("commitments").update(commitmentId, { hidden }, { requestKey: null });
}

/** Every commitment of the cohort with the fields the coach reads and its author's name, oldest first. */
export function loadCohortCommitments(cohortId: string): Promise<CoachedCommitment[]> {
  return trainerPb.collection("commitments").getFullList<CoachedCommitment>({
    filter: trainerPb.filter("cohort = {:c}", { c: cohortId }),
    sort: "created",
    expand: "participant",
    fields:
      "id,participant,action,trigger,dueOn,measure,support,kind,visibility,confidence,hidden,expand.participant.name",
    requestKey: null,
  });
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
export async function fetchCsv(
  cohortId: string,
  what: "commitments" | "checkins",
): Promise<{ blob: Blob; fileName: string }> {
  const url = trainerPb.buildURL(`${cohortRoute(cohortId, "export.csv")}?what=${what}`);
  const response = await fetch(url, { headers: { Authorization: trainerPb.authStore.token } });
  if (!response.ok) throw new Error(`CSV export answered ${response.status}`);
  return {
    blob: await response.blob(),
    fileName: fileNameOf(response.headers.get("Content-Disposition"), `jiannuo-${what}.csv`),
  };
}
