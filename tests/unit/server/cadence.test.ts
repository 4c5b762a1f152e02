import { describe, expect, it } from "vitest";
import {
  CADENCES,
  dueTouch,
  nextDaySend,
  outOfQuietHours,
  touchToSchedule,
  touchesOf,
} from "../../../pocketbase/pb_hooks/lib/pure/cadence.js";

const HOUR = 3600000;
const DAY = 24 * HOUR;

/** A zone's UTC offset at an instant, as the server's zone database gives it (here from Intl). */
function zone(timeZone: string) {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  });
  return (ms: number) => {
    const p = Object.fromEntries(format.formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]));
    return Date.UTC(p["year"]!, p["month"]! - 1, p["day"]!, p["hour"]!, p["minute"]!) - Math.floor(ms / 60000) * 60000;
  };
}
const shanghai = zone("Asia/Shanghai");

/** Each touch as "kind day: local date and time, weekday" in the zone. */
function local(touches: { day: number; at: number; kind: string }[], offset = shanghai) {
  return touches.map((t) => {
    const d = new Date(t.at + offset(t.at));
    const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()];
    return `${t.kind} ${t.day}: ${d.toISOString().slice(0, 16).replace("T", " ")} ${weekday}`;
  });
}

// Wednesday 2 December 2026, 15:00 in Shanghai.
const WEDNESDAY = Date.parse("2026-12-02T07:00:00Z");
// Friday 4 December 2026, 16:00 in Shanghai.
const FRIDAY = Date.parse("2026-12-04T08:00:00Z");
/** Check-ins answering every touch within a day, so no nudge comes. */
const answeringAll = (touches: { at: number }[]) => touches.map((t) => t.at + 3 * HOUR);

describe("a commitment's cadence", () => {
  it("by default: the next working day, day 3, weekly to day 30, then 45 and 90, at 09:00 in the cohort's zone", () => {
    const plan = { committedAt: WEDNESDAY, status: "planned", checkins: [] as number[] };
    plan.checkins = answeringAll(touchesOf(plan, shanghai));
    expect(local(touchesOf(plan, shanghai))).toEqual([
      "touch 1: 2026-12-03 09:00 Thu",
      "touch 3: 2026-12-07 09:00 Mon", // Saturday the 5th moves to Monday
      "touch 7: 2026-12-09 09:00 Wed",
      "touch 14: 2026-12-16 09:00 Wed",
      "touch 21: 2026-12-23 09:00 Wed",
      "touch 30: 2027-01-01 09:00 Fri",
      "touch 45: 2027-01-18 09:00 Mon", // Saturday the 16th
      "touch 90: 2027-03-02 09:00 Tue",
    ]);
  });

  it("keeps weekend days for those who want them, and the lighter cadences are what they say", () => {
    const weekends = { committedAt: WEDNESDAY, weekends: true, status: "planned", checkins: [] as number[] };
    weekends.checkins = answeringAll(touchesOf(weekends, shanghai));
    expect(touchesOf(weekends, shanghai).map((t) => (t.at - touchesOf(weekends, shanghai)[0]!.at) / DAY + 1)).toEqual(
      CADENCES.steady,
    );
    for (const cadence of ["weekly", "light"] as const) {
      const plan = { committedAt: WEDNESDAY, cadence, weekends: true, status: "planned", checkins: [] as number[] };
      plan.checkins = answeringAll(touchesOf(plan, shanghai));
      expect(touchesOf(plan, shanghai).map((t) => t.day)).toEqual(CADENCES[cadence]);
    }
    expect(
      touchesOf({ committedAt: WEDNESDAY, cadence: "hourly", status: "planned", checkins: [] }, shanghai)[0]!.day,
    ).toBe(1);
  });

  it("never sends two touches on one day: after a Friday workshop, day 3 goes to the Tuesday after day 1's Monday", () => {
    const plan = { committedAt: FRIDAY, status: "planned", checkins: [] as number[] };
    plan.checkins = answeringAll(touchesOf(plan, shanghai));
    expect(local(touchesOf(plan, shanghai)).slice(0, 3)).toEqual([
      "touch 1: 2026-12-07 09:00 Mon",
      "touch 3: 2026-12-08 09:00 Tue",
      "touch 7: 2026-12-11 09:00 Fri",
    ]);
  });

  it("starts the very next day, weekend or not, when confidence is low, and adds day 3 to a light cadence", () => {
    const plan = { committedAt: FRIDAY, cadence: "light", confidence: 5, status: "planned", checkins: [] as number[] };
    plan.checkins = answeringAll(touchesOf(plan, shanghai));
    expect(local(touchesOf(plan, shanghai))).toEqual([
      "touch 1: 2026-12-05 09:00 Sat",
      "touch 3: 2026-12-07 09:00 Mon",
      "touch 7: 2026-12-11 09:00 Fri",
      "touch 21: 2026-12-25 09:00 Fri",
      "touch 45: 2027-01-18 09:00 Mon",
      "touch 90: 2027-03-04 09:00 Thu",
    ]);
    const confident = { ...plan, confidence: 7 };
    expect(touchesOf(confident, shanghai)[0]!.day).toBe(7);
  });

  it("tapers a done commitment to the 45- and 90-day 'still doing it?' checks, and ends a dropped one", () => {
    const doneAt = WEDNESDAY + 10 * DAY;
    const plan = { committedAt: WEDNESDAY, status: "done", doneAt, checkins: [] as number[] };
    plan.checkins = answeringAll(touchesOf(plan, shanghai));
    expect(touchesOf(plan, shanghai).map((t) => `${t.kind} ${t.day}`)).toEqual([
      "touch 1",
      "touch 3",
      "touch 7",
      "still 45",
      "still 90",
    ]);
    expect(touchesOf({ committedAt: WEDNESDAY, status: "dropped", checkins: [] }, shanghai)).toEqual([]);
  });
});

describe("nudges", () => {
  const plan = (checkins: number[]) => ({ committedAt: WEDNESDAY, cadence: "weekly", status: "planned", checkins });
  const touches = touchesOf({ ...plan([]), checkins: [Infinity] }, shanghai);

  it("sends one gentle nudge two working days after a touch nobody answered", () => {
    const answeredFrom14 = touches.filter((t) => t.day >= 14).map((t) => t.at + HOUR);
    expect(local(touchesOf(plan(answeredFrom14), shanghai)).slice(0, 3)).toEqual([
      "touch 7: 2026-12-09 09:00 Wed",
      "nudge 7: 2026-12-11 09:00 Fri",
      "touch 14: 2026-12-16 09:00 Wed",
    ]);
  });

  it("sends none when the touch was answered, and none after an unanswered nudge until an answer comes", () => {
    expect(touchesOf(plan(touches.map((t) => t.at + HOUR)), shanghai).filter((t) => t.kind === "nudge")).toEqual([]);
    // Nothing answered for five weeks: one nudge, not one a week.
    const lateAnswer = touches.find((t) => t.day === 28)!.at + HOUR;
    const nudges = touchesOf(plan([lateAnswer]), shanghai).filter((t) => t.kind === "nudge");
    expect(nudges.map((t) => t.day)).toEqual([7, 45]);
  });

  it("keeps quiet when the next touch is close anyway", () => {
    const daily = { committedAt: WEDNESDAY, weekends: true, status: "planned", checkins: [] as number[] };
    // Days 1 and 3: a nudge on day 3 would fall on the next touch's day.
    expect(touchesOf(daily, shanghai).filter((t) => t.kind === "nudge" && t.day === 1)).toEqual([]);
  });
});

describe("time", () => {
  it("goes out at 09:00 local on both sides of a daylight-saving change", () => {
    const newYork = zone("America/New_York");
    // Friday 30 October 2026, noon in New York (EDT); clocks go back on Sunday 1 November.
    const committed = Date.parse("2026-10-30T16:00:00Z");
    const plan = {
      committedAt: committed,
      cadence: "weekly",
      weekends: true,
      status: "planned",
      checkins: [] as number[],
    };
    plan.checkins = answeringAll(touchesOf(plan, newYork));
    expect(local(touchesOf(plan, newYork), newYork).slice(0, 2)).toEqual([
      "touch 7: 2026-11-06 09:00 Fri",
      "touch 14: 2026-11-13 09:00 Fri",
    ]);
    expect(new Date(touchesOf(plan, newYork)[0]!.at).toISOString()).toBe("2026-11-06T14:00:00.000Z");
  });

  it("moves a send out of quiet hours (21:00-08:00 local) to 08:00", () => {
    const at = (iso: string) => Date.parse(iso);
    expect(outOfQuietHours(at("2026-12-04T14:30:00Z"), shanghai)).toBe(at("2026-12-05T00:00:00Z")); // 22:30 → 08:00
    expect(outOfQuietHours(at("2026-12-04T22:00:00Z"), shanghai)).toBe(at("2026-12-05T00:00:00Z")); // 06:00 → 08:00
    expect(outOfQuietHours(at("2026-12-04T02:00:00Z"), shanghai)).toBe(at("2026-12-04T02:00:00Z")); // 10:00 stays
  });

  it("sends the latest due touch once, never a pile of missed ones", () => {
    const all = touchesOf({ committedAt: WEDNESDAY, status: "planned", checkins: [Infinity] }, shanghai);
    const now = WEDNESDAY + 20 * DAY;
    const latest = dueTouch(all, 0, now)!;
    expect(latest.day).toBe(14);
    expect(dueTouch(all, latest.at, now)).toBeNull();
    expect(dueTouch(all, latest.at, now + 3 * DAY)!.day).toBe(21);
  });

  it("schedules a done commitment's 'still doing it?' check only, not the touches it missed before", () => {
    const doneAt = WEDNESDAY + 40 * DAY;
    const done = { committedAt: WEDNESDAY, status: "done", doneAt, checkins: [doneAt] };
    expect(touchToSchedule(done, -Infinity, doneAt + DAY, shanghai)).toBeNull();
    const still = touchToSchedule(done, -Infinity, WEDNESDAY + 48 * DAY, shanghai)!;
    expect([still.kind, still.day]).toEqual(["still", 45]);
    expect(touchToSchedule(done, still.at, WEDNESDAY + 48 * DAY, shanghai)).toBeNull();
    expect(touchToSchedule({ ...done, status: "dropped" }, -Infinity, WEDNESDAY + 48 * DAY, shanghai)).toBeNull();
    const open = { committedAt: WEDNESDAY, status: "planned", checkins: [Infinity] };
    expect(touchToSchedule(open, -Infinity, WEDNESDAY + 20 * DAY, shanghai)!.day).toBe(14);
  });

  it("holds a touch for a day that already had a message until 09:00 the next local day", () => {
    // Friday 4 December 2026, 16:00 in Shanghai → Saturday 09:00 (the hold counts calendar days).
    expect(nextDaySend(FRIDAY, shanghai)).toBe(Date.parse("2026-12-05T01:00:00Z"));
    // 23:30 local is still that local day: the next one starts at midnight in Shanghai, not in UTC.
    expect(nextDaySend(Date.parse("2026-12-04T15:30:00Z"), shanghai)).toBe(Date.parse("2026-12-05T01:00:00Z"));
  });
});
