// The participant table's order (src/islands/trainer/dashboard/participant-order.ts): Chinese names by
// pinyin, not by code point.
import { describe, expect, it } from "vitest";
import type { ParticipantRow } from "../../src/islands/trainer/dashboard/dashboard-api";
import { sortParticipants } from "../../src/islands/trainer/dashboard/participant-order";

function row(name: string, change: Partial<ParticipantRow> = {}): ParticipantRow {
  return {
    id: name,
    name,
    namedInReport: false,
    followUpConsent: false,
    joined: "2026-11-24 09:00:00.000Z",
    commitments: 0,
    done: 0,
    inProgress: 0,
    planned: 0,
    dropped: 0,
    lastCheckin: "",
    ...change,
  };
}

const names = (rows: ParticipantRow[]) => rows.map((r) => r.name);

describe("the participant table's order", () => {
  it("sorts Chinese names by pinyin (阿, 陈, 李, 王, 张, 赵), Latin names after them", () => {
    const rows = ["张伟", "Zoe", "赵敏", "李强", "王小雨", "陈静", "bob", "阿明"].map((n) => row(n));
    expect(names(sortParticipants(rows, "name"))).toEqual([
      "阿明",
      "陈静",
      "李强",
      "王小雨",
      "张伟",
      "赵敏",
      "bob",
      "Zoe",
    ]);
    expect(names(sortParticipants(rows, "-name"))[0]).toBe("Zoe");
  });

  it("breaks ties of the other columns by name, and sorts them both ways", () => {
    const rows = [row("张伟", { done: 1 }), row("陈静", { done: 2 }), row("李强", { done: 1 })];
    expect(names(sortParticipants(rows, "-done"))).toEqual(["陈静", "李强", "张伟"]);
    expect(names(sortParticipants(rows, "done"))).toEqual(["李强", "张伟", "陈静"]);
  });

  it("puts never-checked-in first when sorting by last check-in ascending", () => {
    const rows = [row("张伟", { lastCheckin: "2026-12-01 10:00:00.000Z" }), row("李强")];
    expect(names(sortParticipants(rows, "lastCheckin"))).toEqual(["李强", "张伟"]);
    expect(names(sortParticipants(rows, "-lastCheckin"))).toEqual(["张伟", "李强"]);
  });
});
