// The supervisor loop's input and calendar (pocketbase/pb_hooks/lib/pure/supervisor-input.js).
import { describe, expect, it } from "vitest";
import {
  HUDDLE_PROMPTS,
  huddlePrompt,
  isoWeek,
  readNaming,
  readNote,
  readProposals,
  supervisorContact,
} from "../../../pocketbase/pb_hooks/lib/pure/supervisor-input.js";

const ID = "abcdefghij12345";

describe("supervisorContact", () => {
  it("keeps one form of an email (full-width, spaces, capitals) and refuses what is not one", () => {
    expect(supervisorContact("  Wang＠Example.COM ")).toBe("wang@example.com");
    expect(supervisorContact("wang")).toBe("");
    expect(supervisorContact(`${"a".repeat(320)}@example.com`)).toBe("");
    expect(supervisorContact(42)).toBe("");
  });
});

describe("readNaming", () => {
  it("reads a name, an email and distinct commitment ids", () => {
    expect(readNaming({ name: " 王店长 ", email: "W@x.cn", commitments: [ID, ID] }, [])).toEqual({
      value: { name: "王店长", channel: "email", contact: "w@x.cn", commitments: [ID] },
      errors: {},
    });
  });

  it("reads a mobile number for an app the server offers, and refuses one it does not", () => {
    const body = { name: "王店长", channel: "wecom_app", mobile: "+86 139-0013-9001", commitments: [] };
    expect(readNaming(body, ["wecom_app"])).toEqual({
      value: { name: "王店长", channel: "wecom_app", contact: "13900139001", commitments: [] },
      errors: {},
    });
    expect(readNaming(body, []).errors).toEqual({ channel: "jiannuo_channel_unknown" });
    expect(readNaming({ ...body, channel: "sms" }, ["sms"]).errors).toEqual({ channel: "jiannuo_channel_unknown" });
    expect(readNaming({ ...body, mobile: "12345" }, ["wecom_app"]).errors).toEqual({
      mobile: "jiannuo_mobile_invalid",
    });
  });

  it("names each bad field", () => {
    expect(readNaming({ name: "王\u202e", email: "x", commitments: ["../"] }, []).errors).toEqual({
      name: "jiannuo_text_control",
      email: "jiannuo_email_invalid",
      commitments: "jiannuo_value_invalid",
    });
    expect(readNaming({ name: "王".repeat(61), email: "a@b.cn", commitments: [] }, []).errors).toEqual({
      name: "jiannuo_supervisor_name",
    });
    expect(readNaming({ name: "王", email: "a@b.cn", commitments: Array(51).fill(ID) }, []).errors).toEqual({
      commitments: "jiannuo_value_invalid",
    });
    expect(readNaming(null, []).errors).toHaveProperty("name");
  });
});

describe("readNote", () => {
  it("is optional, trimmed, at most 200 characters of one line", () => {
    expect(readNote(undefined)).toEqual({ note: "", error: "" });
    expect(readNote(" 很好 ")).toEqual({ note: "很好", error: "" });
    expect(readNote("好".repeat(201)).error).toBe("jiannuo_supervisor_note");
    expect(readNote("a\u0007").error).toBe("jiannuo_text_control");
    expect(readNote(5).error).toBe("jiannuo_supervisor_note");
  });
});

describe("readProposals", () => {
  it("reads lines split by commas (either width) or tabs, skipping empty ones", () => {
    expect(readProposals("张三，王店长，wang@x.cn\n\n李四,\t李班长 , LI@x.cn ".replace(",\t", "\t"))).toEqual({
      rows: [
        { line: 1, participant: "张三", name: "王店长", contact: "wang@x.cn" },
        { line: 3, participant: "李四", name: "李班长", contact: "li@x.cn" },
      ],
      errors: [],
    });
  });

  it("names each bad line", () => {
    expect(readProposals("张三, 王店长\n, 王, w@x.cn\n张三, , w@x.cn\n张三, 王, nope").errors).toEqual([
      { line: 1, code: "jiannuo_supervisor_list_columns" },
      { line: 2, code: "jiannuo_supervisor_list_participant" },
      { line: 3, code: "jiannuo_supervisor_name" },
      { line: 4, code: "jiannuo_email_invalid" },
    ]);
    expect(readProposals("\n \n").errors).toEqual([{ line: 0, code: "jiannuo_supervisor_list_empty" }]);
  });

  it("refuses a list too large before reading a line", () => {
    expect(readProposals("a".repeat(10001)).errors).toEqual([{ line: 0, code: "jiannuo_supervisor_list_too_large" }]);
    expect(readProposals("\n".repeat(300)).errors).toEqual([{ line: 0, code: "jiannuo_supervisor_list_too_large" }]);
    expect(readProposals(undefined).errors[0]!.code).toBe("jiannuo_supervisor_list_too_large");
  });
});

describe("isoWeek and huddlePrompt", () => {
  it("counts ISO weeks in China's time (a Monday 00:30 in Beijing is Sunday in UTC)", () => {
    expect(isoWeek(Date.parse("2026-12-07T00:30:00+08:00"))).toBe("2026-W50");
    expect(isoWeek(Date.parse("2026-12-06T23:30:00+08:00"))).toBe("2026-W49");
    expect(isoWeek(Date.parse("2027-01-01T12:00:00+08:00"))).toBe("2026-W53");
    expect(isoWeek(Date.parse("2025-12-29T12:00:00+08:00"))).toBe("2026-W01");
  });

  it("shows each prompt in turn, one a week", () => {
    const weeks = Array.from({ length: HUDDLE_PROMPTS }, (_, i) => `2026-W${String(10 + i).padStart(2, "0")}`);
    expect(new Set(weeks.map(huddlePrompt)).size).toBe(HUDDLE_PROMPTS);
    expect(huddlePrompt("2026-W10")).toBe(huddlePrompt("2026-W10"));
    expect(huddlePrompt("junk")).toBe(0);
  });
});
