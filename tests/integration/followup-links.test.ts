import { runFollowupJob, superuserClient } from "../support/api";
// The links of follow-up emails against the real server: a late joiner to an old cohort gets one
// email, not a pile; every link in every email sent works, for 30 days from its sending; a token
// answers only the commitments its email showed; tokens come from a secret only superusers can read.
import { createHmac } from "node:crypto";
import PocketBase from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";
import { tokenOfDigest } from "../../pocketbase/pb_hooks/lib/pure/answer-link.js";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import {
  answerCheckin,
  answerLinksOf,
  commitFor,
  dayFromToday,
  joinForFollowUps,
  viewCheckin,
  type SinkMail,
} from "../support/followup-links";

let pb: Awaited<ReturnType<typeof startTestPocketBase>>;
let admin: PocketBase;
let trainerId: string;
const DAY = 86400000;

const run = () => runFollowupJob(admin, pb.handle.url);
const mailTo = (address: string): SinkMail[] =>
  readMailbox(pb.handle.mailDir).filter((m: SinkMail) => m.envelopeTo.includes(address));

async function cohortThatEnded(daysAgo: number, followUpDays: number[]) {
  const endsOn = dayFromToday(-daysAgo);
  return admin.collection("cohorts").create({
    name: `结束了 ${daysAgo} 天的班`,
    organization: "示例酒店",
    trainer: trainerId,
    startsOn: endsOn,
    endsOn,
    locale: "zh-CN",
    followUpDays,
  });
}

beforeAll(async () => {
  pb = await startTestPocketBase(FIXTURE_SITE);
  admin = await superuserClient(pb.handle);
  const password = "trainer-pass-123";
  trainerId = (
    await admin
      .collection("trainers")
      .create({ email: "links@example.com", name: "周老师", password, passwordConfirm: password })
  ).id;
});

afterAll(() => pb?.stop());

describe("a late joiner to an old cohort", () => {
  it("gets the most recent round only; the missed ones are recorded as skipped, with the reason", async () => {
    const cohort = await cohortThatEnded(100, [7, 21, 45, 90]);
    const late = await joinForFollowUps(admin, cohort["joinCode"], "晚到的人", "late@example.com");
    await commitFor(late, cohort.id, "每周五整理一次客户反馈");
    expect(await run()).toMatchObject({ sent: 1, skipped: 3 });

    const mails = mailTo("late@example.com");
    expect(mails).toHaveLength(1);
    const followups = await admin
      .collection("followups")
      .getFullList({ filter: admin.filter("participant = {:p}", { p: late.id }), sort: "round" });
    expect(followups.map((f) => [f["round"], f["state"], f["lastError"]])).toEqual([
      [7, "skipped", "superseded by a later round"],
      [21, "skipped", "superseded by a later round"],
      [45, "skipped", "superseded by a later round"],
      [90, "sent", ""],
    ]);
  });

  it("gets links that work, for 30 days from the email's sending (not from the cohort's schedule)", async () => {
    const [mail] = mailTo("late@example.com");
    const links = answerLinksOf(mail!);
    expect(links).toHaveLength(4);
    for (const link of links) expect((await viewCheckin(pb.handle.url, link)).status).toBe(200);
    const sent = await admin
      .collection("followups")
      .getFirstListItem("state = 'sent' && participant.address.email = 'late@example.com'");
    const validFor =
      Date.parse(sent["tokenExpiresAt"].replace(" ", "T")) - Date.parse(sent["sentAt"].replace(" ", "T"));
    expect(Math.abs(validFor - 30 * DAY)).toBeLessThan(60_000);
  });
});

describe("every email sent", () => {
  it("has only links that answer: each link of each email of a run opens its commitment", async () => {
    const cohort = await cohortThatEnded(10, [7, 30]);
    for (const [i, name] of ["甲", "乙", "丙"].entries()) {
      const who = await joinForFollowUps(admin, cohort["joinCode"], name, `every${i}@example.com`);
      await commitFor(who, cohort.id, `${name}的第一条承诺`);
      await commitFor(who, cohort.id, `${name}的第二条承诺`, dayFromToday(-1));
    }
    expect(await run()).toMatchObject({ sent: 3 });
    for (let i = 0; i < 3; i++) {
      const mails = mailTo(`every${i}@example.com`);
      expect(mails).toHaveLength(1); // the 7-day round; the reminder of yesterday is asked about in it
      const links = answerLinksOf(mails[0]!);
      expect(links).toHaveLength(8);
      for (const link of links)
        expect(await viewCheckin(pb.handle.url, link)).toMatchObject({
          status: 200,
          body: { commitment: { id: link.c } },
        });
    }
  });
});

describe("a token", () => {
  it("of a due-date reminder answers only the commitment that email showed, not the participant's others", async () => {
    const cohort = await cohortThatEnded(1, [30]); // no round due yet: the reminder goes out on its own
    const who = await joinForFollowUps(admin, cohort["joinCode"], "只问一条", "reminder@example.com");
    const due = await commitFor(who, cohort.id, "昨天要做完的那件事", dayFromToday(-1));
    const other = await commitFor(who, cohort.id, "另一条，没有日期");
    expect(await run()).toMatchObject({ sent: 1 });
    const [mail] = mailTo("reminder@example.com");
    expect(mail!.subject).toContain("昨天要做完的那件事");
    const [link] = answerLinksOf(mail!);
    expect(link!.c).toBe(due.id);
    expect((await answerCheckin(pb.handle.url, link!)).status).toBe(200);

    const later = await commitFor(who, cohort.id, "邮件之后才写的承诺", dayFromToday(5));
    for (const c of [other.id, later.id]) {
      expect(await viewCheckin(pb.handle.url, { t: link!.t, c })).toMatchObject({
        status: 404,
        body: { data: { c: { code: "jiannuo_token_invalid" } } },
      });
      expect((await answerCheckin(pb.handle.url, { t: link!.t, c, s: "done" })).status).toBe(404);
    }
    const checkins = await admin
      .collection("checkins")
      .getFullList({ filter: admin.filter("commitment.participant = {:p}", { p: who.id }) });
    expect(checkins.map((k) => k["commitment"])).toEqual([due.id]);
  });

  it("of a round answers the commitments it listed, and none written after the email", async () => {
    const [mail] = mailTo("late@example.com");
    const [link] = answerLinksOf(mail!);
    const participant = await admin.collection("participants").getFirstListItem("address.email = 'late@example.com'");
    const who = { client: admin, id: participant.id };
    const after = await commitFor(who, participant["cohort"], "邮件之后的新承诺");
    expect((await answerCheckin(pb.handle.url, { t: link!.t, c: after.id, s: "done" })).status).toBe(404);
    expect((await answerCheckin(pb.handle.url, link!)).status).toBe(200);
  });

  it("is derived from a server secret that only superusers can read, and only its hash is stored", async () => {
    const [mail] = mailTo("late@example.com");
    const [link] = answerLinksOf(mail!);
    const followup = await admin
      .collection("followups")
      .getFirstListItem("state = 'sent' && participant.address.email = 'late@example.com'");
    const [secret] = await admin.collection("server_secrets").getFullList();
    expect(secret).toMatchObject({ name: "followup-links" });
    expect(link!.t).toBe(
      tokenOfDigest(createHmac("sha256", secret!["value"]).update(`followup:${followup.id}`).digest("hex")),
    );
    expect(JSON.stringify(followup)).not.toContain(link!.t);

    const trainer = new PocketBase(pb.handle.url);
    await trainer.collection("trainers").authWithPassword("links@example.com", "trainer-pass-123");
    const participant = await joinForFollowUps(
      admin,
      (await admin.collection("cohorts").getFirstListItem("")).joinCode,
      "好奇的人",
      "curious@example.com",
    );
    for (const client of [new PocketBase(pb.handle.url), trainer, participant.client]) {
      await expect(client.collection("server_secrets").getFullList()).rejects.toMatchObject({ status: 403 });
      await expect(client.collection("server_secrets").getOne(secret!.id)).rejects.toMatchObject({ status: 403 });
    }
    const seenByTrainer = await trainer.collection("followups").getOne(followup.id);
    expect(seenByTrainer["tokenHash"]).toBeUndefined();
  });
});
