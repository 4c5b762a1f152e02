// Follow-ups through the channels participants chose (reach_channels), sent by the follow-up job through
// the channel senders against the local fakes (tests/support/fakes/): each channel delivers once, with the
// participant's own check-in link that answers in two taps; a limit, an expired token and an outage over
// several runs lose nothing and send nothing twice; a withdrawal stops that channel at once, in one tap,
// while the others go on; the trainer's group robot is kept server-side and never shown back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { FIXTURE_SITE } from "../support/integration-setup";
import {
  DING_SECRET,
  DING_TOKEN,
  MOBILES,
  SECRETS,
  WECOM_KEY,
  choose,
  deliveriesOf,
  joinWithCommitment,
  runJob,
  setRobot,
  startReachWorld,
  type ReachWorld,
} from "../support/reach-world";
import { daytimeZone, zoneAtHour } from "../../scripts/lib/daytime-zone.mjs";

let w: ReachWorld;
const MINUTE = 60000;

beforeAll(async () => {
  w = await startReachWorld(FIXTURE_SITE);
  expect(
    (await setRobot(w, "wecom_robot", `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}`)).status,
  ).toBe(200);
  expect(
    (
      await setRobot(
        w,
        "dingtalk_robot",
        `https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}`,
        DING_SECRET,
      )
    ).status,
  ).toBe(200);
});

afterAll(async () => {
  await w?.stop();
});

/** The fragment parameters of a check-in link. */
function linkParams(link: string) {
  return new URLSearchParams(new URL(link).hash.slice(1));
}

/** Opens a check-in link as the page does, then records an answer: the two taps. */
async function answerThrough(link: string, s: string) {
  const p = linkParams(link);
  const view = await fetch(`${w.url}/api/jiannuo/checkin/view`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ t: p.get("t"), c: p.get("c") }),
  });
  expect(view.status).toBe(200);
  const answer = await fetch(`${w.url}/api/jiannuo/checkin`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ t: p.get("t"), c: p.get("c"), s }),
  });
  return { status: answer.status, body: await answer.json() };
}

describe("each channel delivers once", () => {
  it("WeCom app, DingTalk work notice and SMS: one message each, with the person's own link, not sent again", async () => {
    const anna = await joinWithCommitment(w, "安娜");
    await choose(anna.pb, anna.id, "wecom_app", MOBILES[0]!);
    await choose(anna.pb, anna.id, "dingtalk_notice", `+86 ${MOBILES[0]!.slice(0, 3)}-${MOBILES[0]!.slice(3)}`);
    await choose(anna.pb, anna.id, "sms", MOBILES[0]!);
    const before = { wecom: w.wecom.appMessages.length, ding: w.dingtalk.notices.length, sms: w.aliyun.sent.length };
    const first = await runJob(w);
    expect(first.channels.sent).toBeGreaterThanOrEqual(3);
    await runJob(w);
    await runJob(w);
    const wecom = w.wecom.appMessages.slice(before.wecom);
    const ding = w.dingtalk.notices.slice(before.ding);
    const sms = w.aliyun.sent.slice(before.sms);
    expect([wecom.length, ding.length, sms.length]).toEqual([1, 1, 1]);
    expect(wecom[0]!.userId).toBe("user0");
    expect(wecom[0]!.textcard.description).toContain("安娜的承诺");
    const link = wecom[0]!.textcard.url;
    expect(linkParams(link).get("c")).toBe(anna.commitmentId);
    // The same answer link on each channel, naming the channel so the answer counts under it.
    expect(ding[0]!.card.single_url).toBe(link.replace("&ch=wecom_app", "&ch=dingtalk_notice"));
    expect(JSON.stringify(sms[0])).toContain(linkParams(link).get("t"));
    // Two taps on the link record the answer the trainer then sees.
    const answered = await answerThrough(link, "done");
    expect(answered.status).toBe(200);
    expect((await w.trainer.collection("commitments").getOne(anna.commitmentId)).status).toBe("done");
    // The email log says why no email went: the participant chose other channels only.
    const emailLog = await w.trainer
      .collection("followups")
      .getFullList({ filter: w.trainer.filter("participant = {:p}", { p: anna.id }) });
    const due = emailLog.filter((f) => f["state"] !== "queued");
    expect(due.map((f) => [f["state"], f["lastError"]])).toEqual([["skipped", "other channels only"]]);
    const rows = await deliveriesOf(w, anna.id);
    expect(rows.map((d) => [d.channel, d.state]).sort()).toEqual([
      ["dingtalk_notice", "sent"],
      ["sms", "sent"],
      ["wecom_app", "sent"],
    ]);
  });

  it("everything due for one person on one day goes out as one message per channel", async () => {
    const ling = await joinWithCommitment(w, "玲玲", "玲玲的第一条：每天复盘");
    // A second commitment, due yesterday: its reminder falls due beside the day-7 round.
    const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
    await ling.pb.collection("commitments").create({
      participant: ling.id,
      cohort: w.cohortId,
      module: "eoac",
      kind: "personal",
      action: "玲玲的第二条：周五前回访三位客户",
      dueOn: yesterday,
      confidence: 6,
      visibility: "private",
      status: "planned",
    });
    await choose(ling.pb, ling.id, "wecom_app", MOBILES[2]!);
    const before = w.wecom.appMessages.length;
    await runJob(w);
    await runJob(w);
    const cards = w.wecom.appMessages.slice(before).filter((m) => m.userId === "user2");
    expect(cards).toHaveLength(1);
    expect(cards[0]!.textcard.description).toContain("玲玲的第一条");
    expect(cards[0]!.textcard.description).toContain("玲玲的第二条");
    const [delivery] = await deliveriesOf(w, ling.id);
    expect((delivery!["followups"] as string[]).length).toBe(2);
  });

  it("a group robot: one digest a day per cohort, mentioning each consenting person by mobile with their own link", async () => {
    const bo = await joinWithCommitment(w, "波波");
    const chen = await joinWithCommitment(w, "陈晨");
    await choose(bo.pb, bo.id, "wecom_robot", MOBILES[1]!);
    await choose(chen.pb, chen.id, "wecom_robot", MOBILES[2]!);
    const before = w.wecom.robotMessages.length;
    await runJob(w);
    await runJob(w);
    const digests = w.wecom.robotMessages.slice(before);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.mentionedMobiles.sort()).toEqual([MOBILES[1], MOBILES[2]].sort());
    // The group reads the digest: names and links, never a commitment's words.
    expect(digests[0]!.content).toContain("波波");
    expect(digests[0]!.content).not.toContain("波波的承诺");
    const links = digests[0]!.content.match(/https?:\/\/\S+\/checkin\/#\S+/g) ?? [];
    expect(links.map((l) => linkParams(l).get("c")).sort()).toEqual([bo.commitmentId, chen.commitmentId].sort());
  });
});

describe("DingTalk", () => {
  it("a signed group robot posts one digest mentioning the person, and a work notice is checked for delivery", async () => {
    const hui = await joinWithCommitment(w, "慧慧");
    await choose(hui.pb, hui.id, "dingtalk_robot", MOBILES[4]!);
    await choose(hui.pb, hui.id, "dingtalk_notice", MOBILES[4]!);
    const before = { robot: w.dingtalk.robotMessages.length, notices: w.dingtalk.notices.length };
    await runJob(w);
    await runJob(w);
    const digests = w.dingtalk.robotMessages.slice(before.robot);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.atMobiles).toEqual([MOBILES[4]]);
    expect(w.dingtalk.notices.slice(before.notices).map((n) => n.userId)).toEqual(["user4"]);
    const notice = (await deliveriesOf(w, hui.id)).find((d) => d.channel === "dingtalk_notice")!;
    expect([notice.state, Boolean(notice.checkAt)]).toEqual(["sent", true]);
    // A minute later the job asks DingTalk whether it arrived: it did, so nothing more is asked.
    await runJob(w, Date.parse(notice.checkAt.replace(" ", "T")) + 1000);
    const checked = (await deliveriesOf(w, hui.id)).find((d) => d.channel === "dingtalk_notice")!;
    expect([checked.state, checked.checkAt]).toEqual(["sent", ""]);
    expect(w.dingtalk.notices.slice(before.notices)).toHaveLength(1);
  });
});

describe("the trainer's group robot", () => {
  it("is shown back only as its last characters, and a wrong webhook is refused in words", async () => {
    const res = await fetch(`${w.url}/api/jiannuo/cohorts/${w.cohortId}/robots`, {
      headers: { Authorization: w.trainer.authStore.token },
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(JSON.parse(text).wecom_robot).toEqual({ set: true, hint: `…${WECOM_KEY.slice(-4)}` });
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const wrong = await setRobot(w, "wecom_robot", "https://example.com/hook");
    expect(wrong.status).toBe(400);
    expect(wrong.body.data.webhook.code).toBe("jiannuo_webhook_invalid");
    // Unchanged by the refused attempt.
    const again = await fetch(`${w.url}/api/jiannuo/cohorts/${w.cohortId}/robots`, {
      headers: { Authorization: w.trainer.authStore.token },
    });
    expect((await again.json()).wecom_robot.set).toBe(true);
  });
});

describe("nothing lost, nothing twice", () => {
  it("a robot over its limit (45009) waits and sends to the same people once, after the minute", async () => {
    const people = await Promise.all(["甲", "乙"].map((n) => joinWithCommitment(w, `限流${n}`)));
    await choose(people[0]!.pb, people[0]!.id, "wecom_robot", MOBILES[3]!);
    await choose(people[1]!.pb, people[1]!.id, "wecom_robot", MOBILES[4]!);
    w.wecom.exhaustRobot(WECOM_KEY);
    const before = w.wecom.robotMessages.length;
    const limited = await runJob(w);
    expect(limited.channels.retry).toBe(2);
    expect(w.wecom.robotMessages.length).toBe(before);
    const rows = await deliveriesOf(w, people[0]!.id);
    expect([rows[0]!.state, rows[0]!.reason]).toEqual(["queued", "rate_limited"]);
    // Once the minute has passed (for the fake and for the job), one digest reaches both.
    w.wecom.server.passTime(2 * MINUTE);
    const later = Date.now() + 2 * MINUTE;
    await runJob(w, later);
    await runJob(w, later + 1000);
    const digests = w.wecom.robotMessages.slice(before);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.mentionedMobiles.sort()).toEqual([MOBILES[3], MOBILES[4]].sort());
  });

  it("an expired access token is renewed and the message goes out once", async () => {
    const dan = await joinWithCommitment(w, "丹丹");
    // Warm the token cache with a first person, then let the provider expire every token.
    await choose(dan.pb, dan.id, "wecom_app", MOBILES[1]!);
    w.wecom.tokens.expireAll();
    const before = w.wecom.appMessages.length;
    const fetches = w.wecom.tokens.fetches;
    await runJob(w);
    await runJob(w);
    const sent = w.wecom.appMessages.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.userId).toBe("user1");
    expect(w.wecom.tokens.fetches).toBe(fetches + 1);
  });

  it("a provider outage over several runs loses nothing; the message goes out once it is back", async () => {
    const eva = await joinWithCommitment(w, "伊娃");
    await choose(eva.pb, eva.id, "sms", MOBILES[2]!);
    w.aliyun.server.down("503");
    let now = Date.now();
    for (let run = 0; run < 4; run++) {
      // Each run as at the delivery's next attempt: the outage lasts through all of them.
      const [row] = await deliveriesOf(w, eva.id);
      if (row?.nextAttemptAt) now = Math.max(now, Date.parse(row.nextAttemptAt.replace(" ", "T")) + 1000);
      await runJob(w, now);
      const [after] = await deliveriesOf(w, eva.id);
      expect(after!.state).toBe("queued");
      expect(after!.reason).toMatch(/^provider_(busy|unreachable)$/);
    }
    w.aliyun.server.up();
    const before = w.aliyun.sent.length;
    const [row] = await deliveriesOf(w, eva.id);
    await runJob(w, Date.parse(row!.nextAttemptAt.replace(" ", "T")) + 1000);
    await runJob(w, Date.parse(row!.nextAttemptAt.replace(" ", "T")) + 2000);
    expect(w.aliyun.sent.length - before).toBe(1);
    expect((await deliveriesOf(w, eva.id))[0]!.state).toBe("sent");
  });
});

describe("quiet hours", () => {
  it("a message due at night in the cohort's time zone waits until 08:00 there, then goes out once", async () => {
    const { zone, ahead } = zoneAtHour(23);
    await w.admin.collection("cohorts").update(w.cohortId, { timeZone: zone });
    try {
      const fay = await joinWithCommitment(w, "菲菲");
      await choose(fay.pb, fay.id, "wecom_app", MOBILES[0]!);
      const before = w.wecom.appMessages.length;
      await runJob(w);
      const [held] = await deliveriesOf(w, fay.id);
      expect(held!.state).toBe("queued");
      const next = Date.parse(held!.nextAttemptAt.replace(" ", "T"));
      const local = new Date(next + ahead * 3600000);
      expect([local.getUTCHours(), local.getUTCMinutes(), next > Date.now()]).toEqual([8, 0, true]);
      expect(w.wecom.appMessages.length).toBe(before);
      await runJob(w, next + 1000);
      await runJob(w, next + 2000);
      expect(w.wecom.appMessages.length - before).toBe(1);
      expect((await deliveriesOf(w, fay.id))[0]!.state).toBe("sent");
    } finally {
      await w.admin.collection("cohorts").update(w.cohortId, { timeZone: daytimeZone() });
    }
  });
});

describe("withdrawal", () => {
  it("of one channel, in one tap from its message, stops that channel at once; the others continue", async () => {
    const fei = await joinWithCommitment(w, "菲菲");
    await choose(fei.pb, fei.id, "wecom_app", MOBILES[3]!);
    const sms = await choose(fei.pb, fei.id, "sms", MOBILES[3]!);
    const before = w.wecom.appMessages.length;
    await runJob(w);
    const card = w.wecom.appMessages.slice(before).find((m) => m.userId === "user3")!;
    // The card's description is HTML-escaped, as WeCom's text card wants it.
    const description = card.textcard.description.replace(/&amp;/g, "&");
    const withdraw = description.match(/https?:\/\/\S+\/unsubscribe\/#\S+/)![0];
    const p = new URLSearchParams(new URL(withdraw).hash.slice(1));
    expect(p.get("ch")).toBe("wecom_app");
    const res = await fetch(`${w.url}/api/jiannuo/reach/withdraw`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ t: p.get("t"), ch: p.get("ch") }),
    });
    expect(res.status).toBe(200);
    const choices = await fei.pb.collection("reach_channels").getFullList({ sort: "channel" });
    const wecomChoice = choices.find((c) => c.channel === "wecom_app")!;
    expect([wecomChoice.consent, wecomChoice.mobile, Boolean(wecomChoice.withdrawnAt)]).toEqual([false, "", true]);
    expect(choices.find((c) => c.id === sms.id)!.consent).toBe(true);
  });

  it("from my commitments stops what was already queued for that channel, and only that one", async () => {
    const gu = await joinWithCommitment(w, "古古");
    const app = await choose(gu.pb, gu.id, "wecom_app", MOBILES[4]!);
    await choose(gu.pb, gu.id, "dingtalk_notice", MOBILES[4]!);
    // Queued but not yet sent: the WeCom app is down for the first run.
    w.wecom.server.down("503");
    await runJob(w);
    w.wecom.server.up();
    expect((await deliveriesOf(w, gu.id)).find((d) => d.channel === "wecom_app")!.state).toBe("queued");
    await gu.pb.collection("reach_channels").update(app.id, { consent: false });
    const before = w.wecom.appMessages.length;
    await runJob(w, Date.now() + 10 * MINUTE);
    expect(w.wecom.appMessages.slice(before).filter((m) => m.userId === "user4")).toHaveLength(0);
    const rows = await deliveriesOf(w, gu.id);
    expect(rows.map((d) => [d.channel, d.state]).sort()).toEqual([
      ["dingtalk_notice", "sent"],
      ["wecom_app", "skipped"],
    ]);
  });
});

describe("privacy", () => {
  it("no stored delivery, no answer and no log line holds a credential or a number", async () => {
    const rows = await w.admin.collection("channel_deliveries").getFullList();
    const text = JSON.stringify(rows);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    for (const mobile of MOBILES) expect(text).not.toContain(mobile);
    const logs = await w.admin.logs.getList(1, 500);
    const logText = JSON.stringify(logs.items);
    for (const secret of SECRETS) expect(logText).not.toContain(secret);
    for (const mobile of MOBILES) expect(logText).not.toContain(mobile);
    const dataDir = w.server.handle.dataDir;
    for (const name of readdirSync(dataDir).filter((n) => n.endsWith(".log")))
      for (const secret of SECRETS) expect(readFileSync(path.join(dataDir, name), "utf8")).not.toContain(secret);
  });
});
