// The participant's cadence drives the follow-ups (pb_hooks/lib/cadence-touches.js): against a real
// PocketBase, its job, its SMTP sink and the local WeCom fake. The job's clock moves at most a day from
// the real one, so each commitment is placed in time instead: a superuser back-dates its hidden
// `committedAt` (participants cannot write it: PocketBase drops hidden fields from their bodies, checked
// below). Every run here is at NOW, 10:00 in Shanghai on the latest day that has passed that hour, so
// the quiet hours never hold a send by accident.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import { FIXTURE_SITE } from "../support/integration-setup";
import { answerLinksOf, joinForFollowUps, viewCheckin } from "../support/followup-links";
import { isConfirmation, mailsTo } from "../support/mail";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";
import { MOBILES, choose, runJob, startReachWorld, type ReachWorld } from "../support/reach-world";

const HOUR = 3600000;
const DAY = 24 * HOUR;
/** Shanghai has no daylight-saving time: its local day starts at 16:00 UTC. */
const OFFSET = 8 * HOUR;
const localDay = (ms: number) => Math.floor((ms + OFFSET) / DAY);
const at = (day: number, hour: number) => day * DAY + hour * HOUR - OFFSET;
/** 0 = Sunday … 6 = Saturday of a local day number. */
const weekday = (day: number) => (day + 4) % 7;
const pbDate = (ms: number) => new Date(ms).toISOString().replace("T", " ");

const REAL = Date.now();
const NOW = localDay(REAL) * DAY + 10 * HOUR - OFFSET <= REAL ? at(localDay(REAL), 10) : at(localDay(REAL) - 1, 10);
const TODAY = localDay(NOW);

let w: ReachWorld;
let joinCode = "";
let n = 0;

beforeAll(async () => {
  w = await startReachWorld(FIXTURE_SITE);
  // A cohort whose rounds are all ahead: only the commitments' cadences are due.
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const cohort = await w.admin.collection("cohorts").update(w.cohortId, {
    startsOn: iso(REAL - DAY),
    endsOn: iso(REAL + 30 * DAY),
    timeZone: "Asia/Shanghai",
  });
  joinCode = cohort["joinCode"];
});

afterAll(async () => {
  await w?.stop();
});

interface Who {
  client: PocketBase;
  id: string;
  email: string;
}

async function participant(name: string): Promise<Who> {
  const email = `cadence-${++n}-${Date.now().toString(36)}@example.com`;
  return { ...(await joinForFollowUps(w.admin, joinCode, name, email)), email };
}

/** A commitment written on the form (cadence, weekends, confidence), committed at `committedAt`. */
async function commit(
  who: Who,
  action: string,
  committedAt: number,
  choice: { cadence?: string; weekends?: boolean; confidence?: number; status?: string } = {},
) {
  const k = await who.client.collection("commitments").create({
    participant: who.id,
    cohort: w.cohortId,
    module: "eoac",
    kind: "personal",
    action,
    confidence: choice.confidence ?? 8,
    visibility: "private",
    status: choice.status ?? "planned",
    cadence: choice.cadence ?? "steady",
    weekends: choice.weekends ?? false,
  });
  await w.admin.collection("commitments").update(k.id, { committedAt: pbDate(committedAt) });
  return k.id;
}

/** The cadence follow-ups of a commitment: "kind round @ local date hour, weekday". */
async function touchesOf(commitment: string) {
  const list = await w.admin
    .collection("followups")
    .getFullList({ filter: w.admin.filter("commitment = {:k}", { k: commitment }), sort: "dueAt" });
  return list.map((f) => {
    const due = Date.parse(f["dueAt"].replace(" ", "T"));
    const local = new Date(due + OFFSET);
    return {
      what: `${f["kind"]} ${f["round"]} @ ${local.toISOString().slice(0, 13).replace("T", " ")}h ${["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][local.getUTCDay()]}`,
      state: f["state"] as string,
    };
  });
}

const label = (day: number, hour = 9) => {
  const local = new Date(at(day, hour) + OFFSET);
  return `${local.toISOString().slice(0, 13).replace("T", " ")}h ${["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][local.getUTCDay()]}`;
};

const followUps = (who: Who) => mailsTo(who.email, w.server.handle.mailDir).filter((m) => !isConfirmation(m));

/** The most recent working day whose 09:00 has passed at NOW. */
function lastWorkingDay() {
  let day = TODAY;
  while (weekday(day) === 0 || weekday(day) === 6) day -= 1;
  return day;
}
/** The working day before `day`. */
function workingDayBefore(day: number) {
  let d = day - 1;
  while (weekday(d) === 0 || weekday(d) === 6) d -= 1;
  return d;
}

describe("the participant's cadence", () => {
  it("keeps committedAt the server's: a participant cannot back-date a commitment", async () => {
    const p = await participant("赵一");
    const k = await p.client.collection("commitments").create({
      participant: p.id,
      cohort: w.cohortId,
      module: "eoac",
      kind: "personal",
      action: "每天复盘",
      confidence: 8,
      visibility: "private",
      status: "planned",
      cadence: "steady",
      committedAt: "2020-01-01 00:00:00.000Z",
    });
    expect((await w.admin.collection("commitments").getOne(k.id))["committedAt"]).toBe("");
  });

  it("sends the default cadence's first touch on the next working day at 09:00 Shanghai time", async () => {
    const p = await participant("钱二");
    const w1 = lastWorkingDay();
    const k = await commit(p, "每天下班前复盘一位客户", at(workingDayBefore(w1), 15));
    await runJob(w, NOW);
    expect(await touchesOf(k)).toEqual([{ what: `touch 1 @ ${label(w1)}`, state: "sent" }]);
    expect(weekday(w1)).not.toBe(0);
    expect(weekday(w1)).not.toBe(6);
    const mails = followUps(p);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("每天下班前复盘一位客户");
  });

  it("skips the weekend unless the participant chose weekends too", async () => {
    // The latest Saturday whose Monday 09:00 has passed: day 45 of a commitment made 45 days before it.
    let saturday = TODAY - 2;
    while (weekday(saturday) !== 6) saturday -= 1;
    const weekdays = await participant("孙三");
    const weekends = await participant("李四");
    const a = await commit(weekdays, "周末不打扰", at(saturday - 45, 15), { weekends: false });
    const b = await commit(weekends, "周末也提醒", at(saturday - 45, 15), { weekends: true });
    await runJob(w, NOW);
    // Only the latest due touch of each: the 44 days before collapse into it.
    expect(await touchesOf(a)).toEqual([{ what: `touch 45 @ ${label(saturday + 2)}`, state: "sent" }]);
    expect(await touchesOf(b)).toEqual([{ what: `touch 45 @ ${label(saturday)}`, state: "sent" }]);
    // Day 45 asks the isolation question (keyed on the touch's day).
    const link = answerLinksOf(followUps(weekends)[0]!)[0]!;
    expect((await viewCheckin(w.url, link)).body.askIsolation).toBe(true);
  });

  it("asks about two commitments due the same day in one email and one WeCom message", async () => {
    const p = await participant("周五");
    await choose(p.client, p.id, "wecom_app", MOBILES[0]!);
    const w1 = lastWorkingDay();
    const a = await commit(p, "每位客户离开前问一句还有什么需要", at(workingDayBefore(w1), 14));
    const b = await commit(p, "每周五和组长复盘投诉", at(workingDayBefore(w1), 16));
    const before = w.wecom.appMessages.filter((m) => m.userId === "user0").length;
    await runJob(w, NOW);
    expect((await touchesOf(a)).map((t) => t.state)).toEqual(["sent"]);
    expect((await touchesOf(b)).map((t) => t.state)).toEqual(["sent"]);
    const mails = followUps(p);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("每位客户离开前问一句还有什么需要");
    expect(mails[0]!.text).toContain("每周五和组长复盘投诉");
    const wecom = w.wecom.appMessages.filter((m) => m.userId === "user0").slice(before);
    expect(wecom).toHaveLength(1);
    const deliveries = await w.admin
      .collection("channel_deliveries")
      .getFullList({ filter: w.admin.filter("participant = {:p}", { p: p.id }) });
    expect(deliveries.map((d) => [d["channel"], d["state"], d["followups"].length])).toEqual([
      ["wecom_app", "sent", 2],
    ]);
    // The trainer's channel figures count a touch under its cadence day (day 1), never as a date reminder (0).
    const res = await fetch(`${w.url}/api/jiannuo/cohorts/${w.cohortId}/channels`, {
      headers: { Authorization: w.trainer.authStore.token },
    });
    const channels = (await res.json()).channels as { channel: string; rounds: { round: number; sent: number }[] }[];
    const wecomRounds = channels.find((c) => c.channel === "wecom_app")!.rounds;
    expect(wecomRounds.map((r) => r.round)).not.toContain(0);
    expect(wecomRounds.find((r) => r.round === 1)?.sent).toBeGreaterThanOrEqual(1);
  });

  it("brings one gentle nudge after a missed touch, and never a pile", async () => {
    const p = await participant("吴六");
    // Weekends on, so the days are plain: day 3's touch went unanswered two days ago; day 7 is ahead.
    const k = await commit(p, "微笑迎客", at(TODAY - 5, 15), { weekends: true });
    const q = await participant("郑七");
    // Forty days of unanswered touches: the latest one alone, no nudges piled up behind it.
    const old = await commit(q, "主动回访", at(TODAY - 40, 15), { weekends: true });
    await runJob(w, NOW);
    expect(await touchesOf(k)).toEqual([{ what: `nudge 3 @ ${label(TODAY)}`, state: "sent" }]);
    expect(followUps(p).map((m) => m.subject)).toEqual(["轻轻提醒一下：微笑迎客"]);
    expect(await touchesOf(old)).toEqual([{ what: `touch 30 @ ${label(TODAY - 10)}`, state: "sent" }]);
    expect(followUps(q)).toHaveLength(1);
  });

  it("starts the very next day when confidence is low", async () => {
    const low = await participant("王八");
    const sure = await participant("冯九");
    const a = await commit(low, "学着先听完再回应", at(TODAY - 1, 15), { cadence: "light", confidence: 3 });
    const b = await commit(sure, "学着先听完再回应", at(TODAY - 1, 15), { cadence: "light", confidence: 9 });
    await runJob(w, NOW);
    expect(await touchesOf(a)).toEqual([{ what: `touch 1 @ ${label(TODAY)}`, state: "sent" }]);
    // The light cadence's first touch is day 7: nothing yet for a confident participant.
    expect(await touchesOf(b)).toEqual([]);
    expect(followUps(sure)).toHaveLength(0);
  });

  it("sends nothing for a dropped commitment", async () => {
    const p = await participant("陈十");
    const dropped = await commit(p, "放弃的承诺", at(workingDayBefore(lastWorkingDay()), 15), { status: "dropped" });
    const control = await participant("褚十一");
    const kept = await commit(control, "保留的承诺", at(workingDayBefore(lastWorkingDay()), 15));
    await runJob(w, NOW);
    expect((await touchesOf(kept)).map((t) => t.state)).toEqual(["sent"]);
    expect(await touchesOf(dropped)).toEqual([]);
    expect(followUps(p)).toHaveLength(0);
  });

  it("sends one email a local day: a touch due after that day's email waits until 09:00 the next day", async () => {
    const p = await participant("沈十四");
    await commit(p, "第一条承诺", at(TODAY - 1, 15), { weekends: true });
    await runJob(w, NOW);
    expect(followUps(p)).toHaveLength(1);
    // Written after that run, placed so that its first touch was due at 09:00 today as well.
    const later = await commit(p, "第二条承诺", at(TODAY - 1, 16), { weekends: true });
    await runJob(w, NOW + HOUR);
    const held = await w.admin
      .collection("followups")
      .getFirstListItem(w.admin.filter("commitment = {:k}", { k: later }));
    expect([held["kind"], held["state"], held["nextAttemptAt"]]).toEqual(["touch", "queued", pbDate(at(TODAY + 1, 9))]);
    expect(followUps(p)).toHaveLength(1);
    await runJob(w, at(TODAY + 1, 9));
    expect(followUps(p)).toHaveLength(2);
    expect(followUps(p)[1]!.text).toContain("第二条承诺");
  });

  it("keeps the quiet hours: a touch due at 22:00 local goes out at 08:00", async () => {
    const p = await participant("韩十五");
    const k = await commit(p, "晚上不打扰", at(TODAY - 1, 15), { weekends: true });
    await runJob(w, at(TODAY, 22));
    const held = await w.admin.collection("followups").getFirstListItem(w.admin.filter("commitment = {:k}", { k }));
    expect([held["state"], held["nextAttemptAt"]]).toEqual(["queued", pbDate(at(TODAY + 1, 8))]);
    expect(followUps(p)).toHaveLength(0);
    await runJob(w, at(TODAY + 1, 8));
    expect((await touchesOf(k)).map((t) => t.state)).toEqual(["sent"]);
    expect(followUps(p)).toHaveLength(1);
  });

  it("tapers a done commitment to the day-45 'still doing it?' check, and a rerun sends nothing twice", async () => {
    // Day 45 is the next 09:00 in Shanghai after the real clock: the job may run then (a day at most ahead).
    const next = localDay(REAL) * DAY + 9 * HOUR - OFFSET > REAL ? localDay(REAL) : localDay(REAL) + 1;
    const p = await participant("卫十二");
    const k = await commit(p, "交接班时说清楚客户的事", at(next - 45, 15), { weekends: true });
    const twin = await participant("蒋十三");
    const open = await commit(twin, "交接班时说清楚客户的事", at(next - 45, 15), { weekends: true });
    await p.client.collection("commitments").update(k, { status: "done" });
    await runJob(w, NOW);
    // The open twin gets its latest due touch; the done one is not asked about touches it had missed.
    expect((await touchesOf(open)).map((t) => t.what)).toEqual([`touch 30 @ ${label(next - 15)}`]);
    expect(await touchesOf(k)).toEqual([]);
    await runJob(w, at(next, 9));
    expect(await touchesOf(k)).toEqual([{ what: `still 45 @ ${label(next)}`, state: "sent" }]);
    const mails = followUps(p);
    expect(mails.map((m) => m.subject)).toEqual(["王老师想问问：你还在坚持吗？"]);
    expect(mails[0]!.text).toContain("交接班时说清楚客户的事");

    // Everything again, at both times: not one more follow-up, email or WeCom message.
    const count = async () => ({
      followups: (await w.admin.collection("followups").getFullList()).length,
      mails: readMailbox(w.server.handle.mailDir).length,
      wecom: w.wecom.appMessages.length,
    });
    const before = await count();
    await runJob(w, NOW);
    await runJob(w, at(next, 9));
    expect(await count()).toEqual(before);
  });
});
