// The calendar file must open in phone and desktop calendars: exact structure, escaping, and folding that
// never breaks a Chinese character or an emoji across lines.
import { describe, expect, it } from "vitest";
import { commitmentToIcs, escapeText, foldLine, icsFileName } from "../../src/lib/ics";

const NOW = new Date(Date.UTC(2025, 5, 16, 8, 30, 5, 123));
const zhOptions = {
  locale: "zh-CN" as const,
  now: NOW,
  labels: { trigger: "什么时候做", measure: "怎样算做到", reminder: "明天到期的承诺" },
};
const enOptions = {
  locale: "en" as const,
  now: NOW,
  labels: { trigger: "When", measure: "How I will know", reminder: "Commitment due tomorrow" },
};
const commitment = {
  id: "k3j2h1g0f9e8d7c",
  action: "每周五下班前，用 EOAC 给一位同事一条具体的反馈",
  trigger: "当我周五整理一周工作时",
  measure: "连续四周，每周至少一条",
  dueOn: "2025-06-30",
};

/** Undoes folding (RFC 5545 §3.1): a CRLF followed by one space or tab joins the lines. */
function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .slice(0, -1);
}

/** Undoes TEXT escaping. */
function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_all, ch: string) => (ch.toLowerCase() === "n" ? "\n" : ch));
}

/** The value of the first property named `name` (parameters included in the name, as in "DTSTART;VALUE=DATE"). */
function property(ics: string, name: string): string | undefined {
  return unfold(ics)
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);
}

describe("commitmentToIcs", () => {
  const ics = commitmentToIcs(commitment, zhOptions);

  it("writes one all-day event with a display alarm", () => {
    expect(unfold(ics)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Jiannuo//Jiannuo//ZH",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      "UID:k3j2h1g0f9e8d7c@jiannuo",
      "DTSTAMP:20250616T083005Z",
      "DTSTART;VALUE=DATE:20250630",
      "DTEND;VALUE=DATE:20250701",
      "SUMMARY:每周五下班前，用 EOAC 给一位同事一条具体的反馈",
      "DESCRIPTION:什么时候做：当我周五整理一周工作时\\n怎样算做到：连续四周，每周至少一条",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "DESCRIPTION:明天到期的承诺：每周五下班前，用 EOAC 给一位同事一条具体的反馈",
      "TRIGGER:-PT9H",
      "END:VALARM",
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
  });

  it("ends every line with CRLF and has no bare LF or CR", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("is the same file for the same input, with a UID that depends only on the id", () => {
    expect(commitmentToIcs(commitment, zhOptions)).toBe(ics);
    const edited = commitmentToIcs({ ...commitment, action: "改过的承诺", dueOn: "2025-07-04" }, enOptions);
    expect(property(edited, "UID")).toBe(property(ics, "UID"));
  });

  it("labels the description in English with an English colon", () => {
    const english = commitmentToIcs(
      { ...commitment, action: "Call back", trigger: "Every Friday", measure: "4 weeks in a row" },
      enOptions,
    );
    expect(property(english, "PRODID")).toBe("-//Jiannuo//Jiannuo//EN");
    expect(unescape(property(english, "DESCRIPTION") ?? "")).toBe(
      "When: Every Friday\nHow I will know: 4 weeks in a row",
    );
  });

  it("leaves out empty parts of the description, and the description when both are empty", () => {
    const onlyMeasure = commitmentToIcs({ ...commitment, trigger: "  " }, zhOptions);
    expect(unescape(property(onlyMeasure, "DESCRIPTION") ?? "")).toBe("怎样算做到：连续四周，每周至少一条");
    const neither = commitmentToIcs({ ...commitment, trigger: "", measure: "" }, zhOptions);
    expect(unfold(neither).filter((line) => line.startsWith("DESCRIPTION:"))).toHaveLength(1); // the alarm's
  });

  it.each([
    [undefined, "-PT9H"],
    [0, "PT0M"],
    [15, "-PT15M"],
    [90, "-PT90M"],
    [60 * 15, "-PT15H"],
    [1440, "-P1D"],
    [2 * 1440, "-P2D"],
  ])("turns %s minutes before into TRIGGER %s", (minutes, trigger) => {
    const options = minutes === undefined ? zhOptions : { ...zhOptions, reminderMinutesBefore: minutes };
    expect(property(commitmentToIcs(commitment, options), "TRIGGER")).toBe(trigger);
  });

  it.each([
    ["2025-01-31", "20250131", "20250201"],
    ["2025-02-28", "20250228", "20250301"],
    ["2024-02-28", "20240228", "20240229"],
    ["2024-02-29", "20240229", "20240301"],
    ["2025-04-30", "20250430", "20250501"],
    ["2025-12-31", "20251231", "20260101"],
    ["2025-03-30", "20250330", "20250331"], // the night European clocks change
    ["2025-06-30 00:00:00.000Z", "20250630", "20250701"], // as PocketBase stores it
  ])("an event on %s runs from %s to %s", (dueOn, start, end) => {
    const file = commitmentToIcs({ ...commitment, dueOn }, zhOptions);
    expect([property(file, "DTSTART;VALUE=DATE"), property(file, "DTEND;VALUE=DATE")]).toEqual([start, end]);
  });

  it.each([
    ["no date", { dueOn: "" }, {}],
    ["a date that does not exist", { dueOn: "2025-02-29" }, {}],
    ["an invalid now", {}, { now: new Date(Number.NaN) }],
    ["negative minutes", {}, { reminderMinutesBefore: -5 }],
    ["fractional minutes", {}, { reminderMinutesBefore: 1.5 }],
    ["more than four weeks", {}, { reminderMinutesBefore: 40321 }],
  ])("refuses %s", (_label, change, optionChange) => {
    expect(() => commitmentToIcs({ ...commitment, ...change }, { ...zhOptions, ...optionChange })).toThrow(RangeError);
  });
});

describe("escaping", () => {
  it.each([
    ["a,b", "a\\,b"],
    ["a;b", "a\\;b"],
    ["C:\\path", "C:\\\\path"],
    ["line1\nline2", "line1\\nline2"],
    ["line1\r\nline2\rline3", "line1\\nline2\\nline3"],
    ["tab\tkept, bell\u0007 gone", "tab\tkept\\, bell gone"],
    ["\\,", "\\\\\\,"],
    ["“引号”：冒号不用转义", "“引号”：冒号不用转义"],
    ["全角，；只是普通字符", "全角，；只是普通字符"],
  ])("escapes %j as %j", (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
    if (!/[\r\u0007]/.test(text)) expect(unescape(escaped)).toBe(text);
  });

  it("round-trips nasty text through a whole file", () => {
    const action = "退款;换货,还是维修?\\先问清楚\n再说“能做什么”";
    const file = commitmentToIcs({ ...commitment, action }, zhOptions);
    expect(unescape(property(file, "SUMMARY") ?? "")).toBe(action);
  });
});

describe("folding", () => {
  const octets = (text: string) => new TextEncoder().encode(text).length;
  const long = {
    ...commitment,
    action: "当客户在等候区超过十五分钟时，我会走过去说明还要等多久😊，并递一杯温水🍵；".repeat(4),
    trigger: "Every morning at 9 am, before the branch opens, with the whole team, ".repeat(3),
    measure: "👨‍👩‍👧‍👦家庭客户🇨🇳 e\u0301 ".repeat(10),
  };
  const file = commitmentToIcs(long, zhOptions);

  it("keeps every physical line within 75 octets", () => {
    const lines = file.split("\r\n");
    expect(lines.length).toBeGreaterThan(25);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it("never splits a character, so every physical line is valid UTF-8 on its own", () => {
    for (const line of file.split("\r\n")) {
      expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      const bytes = new TextEncoder().encode(line);
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toThrow();
    }
  });

  it("restores the exact text on unfolding", () => {
    expect(unescape(property(file, "SUMMARY") ?? "")).toBe(long.action);
    expect(unescape(property(file, "DESCRIPTION") ?? "")).toBe(
      `什么时候做：${long.trigger.trim()}\n怎样算做到：${long.measure.trim()}`,
    );
  });

  it("fills lines up to the limit: 75 octets first, then a space and 74", () => {
    const folded = foldLine(`SUMMARY:${"a".repeat(200)}`).split("\r\n");
    expect(folded.map(octets)).toEqual([75, 75, 1 + (8 + 200 - 75 - 74)]);
    expect(folded.slice(1).every((line) => line.startsWith(" "))).toBe(true);
  });

  it("moves a 3-octet character to the next line rather than split it", () => {
    const folded = foldLine(`${"a".repeat(73)}中文`).split("\r\n");
    expect(folded).toEqual(["a".repeat(73), " 中文"]);
  });

  it("moves a 4-octet emoji to the next line rather than split it", () => {
    const folded = foldLine(`${"a".repeat(72)}😊b`).split("\r\n");
    expect(folded).toEqual(["a".repeat(72), " 😊b"]);
  });

  it("leaves short lines alone", () => {
    expect(foldLine("VERSION:2.0")).toBe("VERSION:2.0");
    expect(foldLine("a".repeat(75))).toBe("a".repeat(75));
  });
});

describe("icsFileName", () => {
  it.each([
    ["每周五下班前，给一位同事一条具体的反馈", "2025-06-30", "2025-06-30-每周五下班前-给一位同事一条具体的反馈.ics"],
    ['Call back 3 customers / day: no "maybe"?', "2025-06-30", "2025-06-30-Call-back-3-customers-day-no-maybe.ics"],
    ["  ..\\..\\etc/passwd  ", "2025-06-30", "2025-06-30-etc-passwd.ics"],
    ["微笑😊👍🏽迎客❤️", "2025-06-30", "2025-06-30-微笑-迎客.ics"],
    ["😊", "2025-06-30", "2025-06-30.ics"],
    ["CON", "", "jiannuo-CON.ics"],
    ["", "", "jiannuo.ics"],
    ["回访", "2025-02-30", "jiannuo-回访.ics"],
    ["Cafe\u0301 greeting", "2025-06-30", "2025-06-30-Café-greeting.ics"],
  ])("names %j on %j as %j", (action, dueOn, name) => {
    expect(icsFileName(action, dueOn)).toBe(name);
  });

  it("keeps names short without splitting a character", () => {
    const name = icsFileName("𠀀".repeat(60), "2025-06-30");
    expect(name).toBe(`2025-06-30-${"𠀀".repeat(40)}.ics`);
    expect(icsFileName(`${"a".repeat(39)} bcd`, "2025-06-30")).toBe(`2025-06-30-${"a".repeat(39)}.ics`);
  });

  it("contains nothing a file system forbids", () => {
    const name = icsFileName('a<b>c:d"e/f\\g|h?i*j\u0000k\u001fl', "2025-06-30");
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
  });
});
