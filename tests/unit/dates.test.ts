// Dates as people read them (src/lib/dates.ts): calendar days in UTC whatever the device's zone, moments
// from PocketBase's own timestamp format, and nothing shown for a value that is no date.
import { describe, expect, it } from "vitest";
import {
  formatDay,
  formatDayInWords,
  formatDayList,
  formatMoment,
  isoDayOf,
  momentFormatter,
  parsePbDate,
} from "../../src/lib/dates";

describe("parsePbDate", () => {
  it("reads PocketBase's timestamps and ISO strings, and nothing else", () => {
    expect(parsePbDate("2025-03-01 08:00:00.000Z")).toBe(Date.UTC(2025, 2, 1, 8));
    expect(parsePbDate("2025-03-01T08:00:00.000Z")).toBe(Date.UTC(2025, 2, 1, 8));
    expect(parsePbDate("")).toBeNull();
    expect(parsePbDate("soon")).toBeNull();
  });

  it("gives the day a date input wants", () => {
    expect(isoDayOf("2026-11-24 00:00:00.000Z")).toBe("2026-11-24");
  });
});

describe("formatDay", () => {
  it("writes a calendar day in the page's language, the same day in every zone", () => {
    expect(formatDay("2026-11-24", "zh-CN")).toBe("2026年11月24日");
    expect(formatDay("2026-11-24 00:00:00.000Z", "en")).toBe("Nov 24, 2026");
  });

  it("shows nothing for a value that is no date", () => {
    expect(formatDay("", "en")).toBe("");
    expect(formatDay("2025-02-30", "zh-CN")).toBe("");
  });

  it("writes a day in a sentence the way the coach quotes it", () => {
    expect(formatDayInWords("2025-03-05", "zh-CN")).toBe("2025年3月5日");
    expect(formatDayInWords("2025-03-05", "en")).toBe("5 March 2025");
  });

  it("lists days as a sentence does", () => {
    const days = ["2026-12-02", "2026-12-16"].map((day) => new Date(`${day}T00:00:00Z`));
    expect(formatDayList(days, "en")).toBe("Dec 2 and Dec 16");
    expect(formatDayList(days, "zh-CN")).toBe("12月2日和12月16日");
  });
});

describe("moments", () => {
  it("writes a moment with its date, and its time when asked, and nothing for an unreadable one", () => {
    const format = momentFormatter("en");
    expect(format("2025-03-01 08:00:00.000Z")).toMatch(/2025/);
    expect(format("not yet")).toBe("");
    expect(formatMoment("2025-03-01 08:00:00.000Z", "en", { dateStyle: "medium", timeStyle: "short" })).toMatch(
      /2025, \d{1,2}:\d{2}/,
    );
    expect(formatMoment("", "zh-CN")).toBe("");
  });
});
