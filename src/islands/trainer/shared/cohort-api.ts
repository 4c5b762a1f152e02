// The cohort figures the dashboard and the report both read from the trainer routes, typed as the server
// returns them. Every request goes through `trainerPb` (the trainer's client); the server aggregates.
import type { Locale } from "../../../i18n/locales";
import type { EveryChoice } from "../../../lib/choices";
import type { CommitmentsRecord, FollowupsRecord } from "../../../lib/pocketbase-types";
import { trainerPb } from "../../../lib/pocketbase";

/** Commitment statuses in the order the dashboard shows them. */
export const STATUSES = ["done", "in_progress", "planned", "dropped"] as const satisfies EveryChoice<
  CommitmentsRecord["status"]
>;
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
  cohort: { id: string; name: string; organization: string; startsOn: string; endsOn: string; locale: Locale };
  participants: number;
  commitments: {
    total: number;
    byModule: Record<string, number>;
    byKind: Partial<Record<Kind, number>>;
    byStatus: Record<Status, number>;
  };
  confidence: number[];
  /** The goal-commitment scale's mean (1..5, reversed items scored reversed), over the `n` commitments that answered it in full. */
  strength: { mean: number | null; n: number };
  checkins: {
    total: number;
    participantsWithCommitments: number;
    participantsResponding: number;
    responseRate: number;
  };
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
export const FOLLOWUP_STATES = ["queued", "sending", "sent", "failed", "skipped"] as const satisfies EveryChoice<
  FollowupsRecord["state"]
>;
export type FollowUpState = (typeof FOLLOWUP_STATES)[number];

/** The dashboard's `email`: whether SMTP is set up, the outbox by state, and answers per round. */
export interface EmailSummary {
  configured: boolean;
  followups: Record<FollowUpState, number>;
  /** `round` is the number of days after the workshop; `responseRate` is 0..1. */
  rounds: { round: number; sent: number; answered: number; responseRate: number }[];
}

/** The report's raw figures for "level by level" (pb_hooks/lib/cohort-report.js); src/lib/results-report.ts works them out. */
export interface LevelFigures {
  /** Learning activities: how many participants did each exercise (never who, never how well). */
  exercises: { exercise: string; participants: number }[];
  /** The client's measures the trainer entered, with their values by day. */
  results: {
    id: string;
    name: string;
    unit: string;
    direction: "lower" | "higher";
    baseline: number;
    baselineOn: string;
    modules: string[];
    values: { measuredOn: string; value: number }[];
  }[];
  /** Each participant's latest isolation estimate (no names), and how many were sent a follow-up that asks it. */
  isolation: { answers: { share: number; sure: number }[]; asked: number };
}

/** GET /api/jiannuo/cohorts/{id}/report */
export interface ReportData extends DashboardData {
  generatedAt: string;
  /** Commitments participants shared with their group (and the trainer did not take off the wall). */
  commitmentList: { id: string; module: string; kind: Kind; action: string; status: Status; participant: string }[];
  /** The others (kept for the trainer, or taken off the wall): only how many, per module and status. */
  notShown: { module: string; status: Status; count: number }[];
  /** How many commitments the trainer hid from the wall and the report (left out of every figure). */
  hiddenCount: number;
  /** Level by level: learning, results and the isolation estimates (left out by servers before results). */
  levels?: LevelFigures;
  /** Behaviour observed by supervisors (left out by servers before the supervisor loop). */
  observed?: ObservedFigures;
  /** The cohort's trainer, who signs the report. */
  trainerName: string;
  quotes: { note: string; status: Status; created: string; module: string; participant: string }[];
  /** Behaviour seen by buddies: counts only (pb_hooks/lib/buddy-report.js; left out by servers before buddies). */
  buddies?: BuddyFigures;
}

/** The report's buddy counts, with the cohort's participants as the sample they come from. */
export interface BuddyFigures {
  source: "buddies";
  participants: number;
  buddies: number;
  encouragements: number;
  encouragers: number;
  encouraged: number;
  observations: number;
  observedCommitments: number;
  observedParticipants: number;
}

/** Per module and self-reported status: commitments, shared with a supervisor, discussed and observed by one (pb_hooks/lib/supervisor-report.js). */
export interface ObservedFigures {
  byStatus: {
    module: string;
    status: Status;
    commitments: number;
    shared: number;
    discussed: number;
    observed: number;
    /** Commitments a buddy said they saw done. */
    buddySeen: number;
  }[];
  supervisorsByModule: { module: string; supervisors: number }[];
  supervisors: number;
}

/** The path of one of a cohort's trainer routes. */
export const cohortRoute = (cohortId: string, what: string) =>
  `/api/jiannuo/cohorts/${encodeURIComponent(cohortId)}/${what}`;

/** A GET the SDK must not cancel when the same path is asked again (it would, with a request key). */
export const READ = { method: "GET", requestKey: null } as const;

/** The cohort's dashboard figures. */
export function loadDashboard(cohortId: string): Promise<DashboardData> {
  return trainerPb.send<DashboardData>(cohortRoute(cohortId, "dashboard"), READ);
}

/** The report's data. */
export function loadReport(cohortId: string): Promise<ReportData> {
  return trainerPb.send<ReportData>(cohortRoute(cohortId, "report"), READ);
}
