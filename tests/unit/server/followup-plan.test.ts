import { describe, expect, it } from "vitest";
import {
  followUpPlan,
  isPermanentMailError,
  retryDelayMs,
  supersedingRound,
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

  describe("collapses follow-ups that come due together into the latest round", () => {
    const now = Date.parse("2027-01-20T03:00:00Z"); // rounds 7, 21 and 45 are due, 90 is not
    const plan = followUpPlan(
      cohort,
      [{ id: "p1" }],
      [{ id: "k1", participant: "p1", dueOn: "2026-12-10", status: "planned" }],
    );
    const rounds = (state: (round: number) => string) =>
      plan
        .filter((f) => f.kind === "round")
        .map((f) => ({ round: f.round, dueAt: f.dueAt, state: state(f.round), sentAt: "" }));
    const late = rounds(() => "queued"); // someone who joined (or consented) today
    const round = (n: number) => plan.find((f) => f.kind === "round" && f.round === n)!;
    const reminder = plan.find((f) => f.kind === "due")!;

    it("a late joiner gets only the most recent due round: earlier ones and the missed reminder are replaced by it", () => {
      expect(supersedingRound(round(7), late, now)).toBe(45);
      expect(supersedingRound(round(21), late, now)).toBe(45);
      expect(supersedingRound(round(45), late, now)).toBeNull();
      expect(supersedingRound(reminder, late, now)).toBe(45);
    });

    it("a round not yet due replaces nothing, and the last due one goes out", () => {
      const onTime = Date.parse("2026-12-02T02:00:00Z"); // the 7-day round's morning
      expect(supersedingRound(round(7), late, onTime)).toBeNull();
      const round7Sent = rounds((n) => (n === 7 ? "sent" : "queued")).map((r) =>
        r.round === 7 ? { ...r, sentAt: "2026-12-02 01:00:05.000Z" } : r,
      );
      expect(supersedingRound(reminder, round7Sent, Date.parse("2026-12-10T02:00:00Z"))).toBeNull(); // round 7 went out before that date
    });

    it("after a long mail outage only the latest round waiting is sent; a reminder whose round went out after its date is not", () => {
      const sentRounds = rounds((n) => (n === 7 ? "sent" : "queued")).map((r) =>
        r.round === 7 ? { ...r, sentAt: "2026-12-02 01:00:05.000Z" } : r,
      );
      expect(supersedingRound(round(21), sentRounds, now)).toBe(45);
      // The reminder (10 December) came after round 7 went out, but round 45 is about to go: it asks about k1 too.
      expect(supersedingRound(reminder, sentRounds, now)).toBe(45);
      const afterIt = sentRounds.map((r) =>
        r.round === 21
          ? { ...r, state: "sent", sentAt: "2026-12-16 01:00:05.000Z" }
          : r.round === 45
            ? { ...r, state: "skipped" }
            : r,
      );
      expect(supersedingRound(reminder, afterIt, now)).toBe(21);
      const before = sentRounds.map((r) => (r.round > 7 ? { ...r, state: "failed" } : r));
      expect(supersedingRound(reminder, before, now)).toBeNull(); // only a round sent before its date: the reminder still goes
    });
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
