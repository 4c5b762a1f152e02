// Canned PocketBase records for front-end tests, shaped as the server returns them (the server itself is
// tested for real in tests/integration).
import type { CohortsRecord, ParticipantsRecord } from "../../src/lib/pocketbase-types";
import { EMPTY_DRAFT } from "../../src/stores/commitment-draft";
import type { OutboxEntry } from "../../src/stores/outbox";
import type { Session } from "../../src/stores/session-state";
import { fakeToken, TRAINER } from "./fake-pocketbase";

/** The cohort as the join route returns it. */
export const demoCohort = { id: "cohort000000001", name: "演示班", organization: "示例酒店", locale: "zh-CN" as const };

/** A participant record as the join route returns it. */
export function participantRecord(fields: Partial<ParticipantsRecord> & { id: string }): ParticipantsRecord {
  return {
    collectionId: "jn_participants",
    collectionName: "participants",
    cohort: demoCohort.id,
    name: "赵敏",
    followUpConsent: false,
    followUpConsentAt: "",
    namedInReport: false,
    namedInReportAt: "",
    locale: "zh-CN",
    emailConfirmedAt: "",
    boardAt: "",
    created: "",
    updated: "",
    email: "",
    emailVisibility: false,
    verified: false,
    ...fields,
  };
}

/** A participant signed in on this device, in the demo cohort; put it in `$session`. */
export function participantSession(participant: ParticipantsRecord, change: Partial<Session> = {}): Session {
  return {
    token: fakeToken({ id: participant.id, collectionId: "jn_participants" }),
    participant,
    cohort: demoCohort,
    joinKey: "k".repeat(43),
    ...change,
  };
}

/** A cohort record of the signed-in trainer, as the cohorts collection returns it. */
export function cohortRecord(fields: Partial<CohortsRecord> = {}): CohortsRecord {
  return {
    id: demoCohort.id,
    collectionId: "jn_cohorts",
    collectionName: "cohorts",
    name: "城东支行服务提升班",
    organization: "示例银行",
    trainer: TRAINER.id,
    startsOn: "2026-11-24 00:00:00.000Z",
    endsOn: "2026-11-25 00:00:00.000Z",
    joinCode: "AB3K7Q",
    locale: "zh-CN",
    followUpDays: [7, 21, 45, 90],
    showNamesOnWall: false,
    archived: false,
    boardOn: false,
    buddyChoice: false,
    created: "",
    updated: "",
    wallHidden: false,
    wallView: "cards",
    wallLayout: "fit",
    wallPage: 0,
    capacity: 60,
    timeZone: "Asia/Shanghai",
    ...fields,
  };
}

/** An outbox entry of participant0001 in the demo cohort: a commitment to `action` for the eoac module. */
export function outboxEntry(
  state: OutboxEntry["state"],
  action: string,
  change: Partial<OutboxEntry> = {},
): OutboxEntry {
  return {
    id: `entry-${state}-${action.length}`.padEnd(15, "0").slice(0, 15),
    participant: "participant0001",
    cohort: demoCohort.id,
    fields: { ...EMPTY_DRAFT, module: "eoac", action, confidence: 8 },
    state,
    attempts: 0,
    nextAttemptAt: 0,
    errors: null,
    createdAt: "2026-11-24T10:00:00.000Z",
    sentAt: state === "sent" ? "2026-11-24T10:00:01.000Z" : "",
    ...change,
  };
}
