import { describe, expect, it } from "vitest";
import {
  followUpPlan,
  isPermanentMailError,
  retryDelayMs,
  tokenExpiry,
} from "../../../pocketbase/pb_hooks/lib/pure/followup-plan.js";

describe("the follow-up plan", () => {
  const cohort = { endsOn: "2026-11-25 00:00:00.000Z", followUpDays: [7, 21, 45, 90] };

  it("has one email per round at 09:00 China time, and a reminder on each open commitment's date", () => {
    const plan = followUpPlan(
      cohort,
      [{ id: "p1" }],
      [
        { id: "k1", participant: "p1", dueOn: "2026-12-10 00:00:00.000Z", status: "planned" },
        { id: "k2", participant: "p1", dueOn: "2026-12-11", status: "done" },
        { id: "k3", participant: "p1", dueOn: "", status: "planned" },
        { id: "k4", participant: "someone-without-consent", dueOn: "2026-12-12", status: "planned" },
      ],
    );
    expect(plan).toEqual([
      { participant: "p1", kind: "round", round: 7, commitment: "", dueAt: "2026-12-02 01:00:00.000Z" },
      { participant: "p1", kind: "round", round: 21, commitment: "", dueAt: "2026-12-16 01:00:00.000Z" },
      { participant: "p1", kind: "round", round: 45, commitment: "", dueAt: "2027-01-09 01:00:00.000Z" },
      { participant: "p1", kind: "round", round: 90, commitment: "", dueAt: "2027-02-23 01:00:00.000Z" },
      { participant: "p1", kind: "due", round: 0, commitment: "k1", dueAt: "2026-12-10 01:00:00.000Z" },
    ]);
  });

  it("keeps answer links valid until 30 days after the last round", () => {
    expect(tokenExpiry(cohort)).toBe("2027-03-25 01:00:00.000Z");
  });

  it("retries after 5, 10, 20 minutes … at most 6 hours", () => {
    expect([1, 2, 3, 10].map(retryDelayMs)).toEqual([300000, 600000, 1200000, 21600000]);
  });

  it("gives up only when the mail server refuses for good, never because it is unreachable", () => {
    // As PocketBase's mail client reports them (a 550 reply seen from a real SMTP server).
    expect(isPermanentMailError('GoError: 550 "5.1.1 mailbox unavailable"')).toBe(true);
    expect(isPermanentMailError("GoError: 554-5.7.1 rejected")).toBe(true);
    expect(isPermanentMailError("GoError: dial tcp 127.0.0.1:550: connect: connection refused")).toBe(false);
    expect(isPermanentMailError("GoError: 421 4.3.2 service not available, try later")).toBe(false);
    expect(isPermanentMailError("GoError: i/o timeout")).toBe(false);
  });
});
