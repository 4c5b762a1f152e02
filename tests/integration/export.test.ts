// CSV exports: what a trainer opens in Excel, in the cohort's language and time zone (modules by their
// course titles, times in the cohort's zone, named in the header). Another trainer cannot export
// someone else's cohort.
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type PocketBase from "pocketbase";
import { joinAs, newCohort, newTrainer, superuserClient } from "../support/api";
import { parseCsv } from "../support/csv";

let trainer: PocketBase;
let other: PocketBase;
let cohortId: string;
let participant: PocketBase;
let commitmentCreated: string;
let checkinCreated: string;

/** A stored UTC time as a wall clock in a zone: "YYYY-MM-DD HH:MM", as a reader in that zone writes it. */
function wallClock(stored: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(stored.replace(" ", "T")));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

async function download(pb: PocketBase | null, what = "commitments") {
  const res = await fetch(`${inject("pocketbase").url}/api/jiannuo/cohorts/${cohortId}/export.csv?what=${what}`, {
    headers: pb ? { Authorization: pb.authStore.token } : {},
  });
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    disposition: res.headers.get("content-disposition"),
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

beforeAll(async () => {
  const admin = await superuserClient();
  trainer = (await newTrainer(admin)).pb;
  other = (await newTrainer(admin)).pb;
  const cohort = await newCohort(trainer, { locale: "zh-CN" });
  cohortId = cohort.id;
  const named = await joinAs(cohort.joinCode, "王小雨", { namedInReport: true });
  const anonymous = await joinAs(cohort.joinCode, "李强");
  participant = named.pb;
  const k = await named.pb.collection("commitments").create({
    participant: named.record.id,
    cohort: cohort.id,
    module: "eoac",
    kind: "team",
    confidence: 8,
    visibility: "cohort",
    status: "planned",
    action: '每周五给同事一条"具体"反馈, 用 EOAC',
    trigger: "当我周五整理工作时\n我会写下来",
    measure: "=SUM(A1:A9)",
    strength1: 1,
    strength2: 1,
    strength3: 5,
    strength4: 2,
    strength5: 4,
  });
  await anonymous.pb.collection("commitments").create({
    participant: anonymous.record.id,
    cohort: cohort.id,
    module: "belonging",
    kind: "personal",
    confidence: 6,
    visibility: "private",
    status: "planned",
    action: "晨会上请一位同事分享",
  });
  commitmentCreated = k.created;
  const checkin = await named.pb
    .collection("checkins")
    .create({ commitment: k.id, status: "done", source: "app", note: "客户说谢谢", shareable: true });
  checkinCreated = checkin.created;
});

describe("CSV export", () => {
  it("of commitments opens in Excel: UTF-8 with BOM, Chinese headers, one row per commitment", async () => {
    const { status, type, disposition, bytes } = await download(trainer);
    expect(status).toBe(200);
    expect(type).toContain("text/csv");
    expect(disposition).toMatch(/attachment; filename="jiannuo-[A-Z0-9]{6}-commitments\.csv"/);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows[0]).toEqual([
      "承诺编号",
      "参与者",
      "同意在报告中署名",
      "模块",
      "类型",
      "行动",
      "什么时候做",
      "日期",
      "怎样算做到",
      "支持者",
      "信心(1-10)",
      "承诺程度(1-5)",
      "可见范围",
      "状态",
      "提交时间（Asia/Shanghai）",
      "打卡次数",
      "最近打卡时间（Asia/Shanghai）",
      "最近打卡备注",
    ]);
    expect(rows).toHaveLength(3);
    const first = rows[1]!;
    expect(first.slice(1, 7)).toEqual([
      "王小雨",
      "是",
      "EOAC 沟通模式",
      "团队",
      '每周五给同事一条"具体"反馈, 用 EOAC',
      "当我周五整理工作时\n我会写下来",
    ]);
    expect(first[8]).toBe("'=SUM(A1:A9)"); // shown as text, never run as a formula
    // The strength scale's score: 1, 1, 5, 2, 4 → (5 + 5 + 5 + 4 + 4) / 5; none where it was not answered.
    expect(first[11]).toBe("4.6");
    expect(first[13]).toBe("已做到");
    // Beijing time: eight hours ahead of the stored UTC, whatever the test machine's own zone.
    expect(first[14]).toBe(wallClock(commitmentCreated, "Asia/Shanghai"));
    expect(first[14]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(first.slice(15, 18)).toEqual(["1", wallClock(checkinCreated, "Asia/Shanghai"), "客户说谢谢"]);
    expect(rows[2]!.slice(1, 5)).toEqual(["李强", "否", "员工归属感与服务质量", "个人"]);
    expect(rows[2]![11]).toBe("");
    expect(rows[2]![16]).toBe(""); // no check-in yet: no time
  });

  it("of check-ins lists each check-in with its note and whether it may be quoted", async () => {
    const rows = parseCsv(new TextDecoder().decode((await download(trainer, "checkins")).bytes));
    expect(rows[0]![0]).toBe("打卡编号");
    expect(rows[0]![8]).toBe("打卡时间（Asia/Shanghai）");
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(2, 9)).toEqual([
      "王小雨",
      '每周五给同事一条"具体"反馈, 用 EOAC',
      "已做到",
      "客户说谢谢",
      "是",
      "应用",
      wallClock(checkinCreated, "Asia/Shanghai"),
    ]);
  });

  it("of an English cohort in another zone: English titles and words, times in that zone, the zone named", async () => {
    const cohort = await newCohort(trainer, { locale: "en", timeZone: "America/New_York" });
    const person = await joinAs(cohort.joinCode, "Lina", { locale: "en" });
    const k = await person.pb.collection("commitments").create({
      participant: person.record.id,
      cohort: cohort.id,
      module: "service-mindset",
      kind: "personal",
      confidence: 9,
      visibility: "cohort",
      status: "planned",
      action: "Ask each guest what matters most today",
    });
    const res = await fetch(`${inject("pocketbase").url}/api/jiannuo/cohorts/${cohort.id}/export.csv`, {
      headers: { Authorization: trainer.authStore.token },
    });
    const rows = parseCsv(await res.text());
    expect(rows[0]![3]).toBe("Module");
    expect(rows[0]![14]).toBe("Submitted (America/New_York)");
    expect(rows[1]![3]).toBe("A customer-centric service mindset");
    expect(rows[1]![14]).toBe(wallClock(k.created, "America/New_York"));
    expect(rows[1]![14]).not.toBe(wallClock(k.created, "UTC"));
  });

  it("is refused to another trainer, a participant and a visitor", async () => {
    expect((await download(other)).status).toBe(404);
    expect((await download(participant)).status).toBe(403);
    expect((await download(null)).status).toBe(401);
  });
});
