// Canned answers of the join route for front-end tests (the route itself is tested for real in
// tests/integration/join.test.ts).
import type { vi } from "vitest";
import type { ParticipantsRecord } from "../../src/lib/pocketbase-types";

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
    created: "",
    updated: "",
    email: "",
    emailVisibility: false,
    verified: false,
    ...fields,
  };
}

/** A JSON response. */
export function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

/** Bodies of the join requests a stubbed fetch received. */
export function sentBodies(fetchMock: ReturnType<typeof vi.fn>) {
  return fetchMock.mock.calls.map(([, init]) => JSON.parse(String((init as RequestInit).body)));
}
