// The trainer's channels section (GET /api/jiannuo/cohorts/{id}/channels, pb_hooks/lib/channel-stats.js)
// over deliveries the real follow-up job made against the local fakes: per channel sent, failed by the
// provider's reason code, answered and the response rate by round; each channel's message previewed for
// a made-up participant; and nothing personal in the answer (no names, numbers, webhooks, commitments).
import PocketBase from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_SITE } from "../support/integration-setup";
import {
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

let w: ReachWorld;
// Not in the fake WeCom directory: WeCom answers 46004, the job records wecom_user_not_found.
const UNKNOWN_MOBILE = "13300133009";

beforeAll(async () => {
  w = await startReachWorld(FIXTURE_SITE);
  expect(
    (await setRobot(w, "wecom_robot", `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}`)).status,
  ).toBe(200);
});

afterAll(async () => {
  await w?.stop();
});

interface ChannelStats {
  channel: string;
  ready: boolean;
  sent: number;
  waiting: number;
  failed: Record<string, number>;
  answered: number;
  responseRate: number;
  rounds: { round: number; sent: number; answered: number; responseRate: number }[];
}

/** Answers as the check-in page does with a link's parameters (token, commitment, channel). */
function answerThrough(link: URLSearchParams, s: string) {
  return fetch(`${w.url}/api/jiannuo/checkin`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ t: link.get("t"), c: link.get("c"), ch: link.get("ch"), s }),
  });
}

async function channelsView(token = w.trainer.authStore.token) {
  const res = await fetch(`${w.url}/api/jiannuo/cohorts/${w.cohortId}/channels`, {
    headers: { Authorization: token },
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) };
}

describe("the trainer's figures per channel", () => {
  it("counts what the job sent, failed (by reason) and what was answered, by round, with nothing personal", async () => {
    const anna = await joinWithCommitment(w, "安娜", "安娜的承诺：每天回访一位客户");
    const bo = await joinWithCommitment(w, "波波", "波波的承诺：周五前整理投诉");
    const chen = await joinWithCommitment(w, "陈晨", "陈晨的承诺：每周复盘");
    await choose(anna.pb, anna.id, "wecom_app", MOBILES[0]!);
    await choose(anna.pb, anna.id, "sms", MOBILES[0]!);
    await choose(bo.pb, bo.id, "wecom_app", UNKNOWN_MOBILE);
    await choose(chen.pb, chen.id, "wecom_robot", MOBILES[1]!);
    const before = w.wecom.appMessages.length;
    await runJob(w);
    await runJob(w);
    const card = w.wecom.appMessages.slice(before).find((m) => m.userId === "user0")!;
    // Anna answers through her WeCom card's link: the page's two taps, sending what the link carries.
    const p = new URLSearchParams(new URL(card.textcard.url).hash.slice(1));
    expect(p.get("ch")).toBe("wecom_app");
    expect((await answerThrough(p, "done")).status).toBe(200);
    // Chen edits his digest link to claim SMS, which never carried his follow-up: counted under no channel.
    const digest = w.wecom.robotMessages.find((m) => m.mentionedMobiles.includes(MOBILES[1]!))!;
    const chenLink = new URL(digest.content.match(/https?:\/\/\S+\/checkin\/#\S+/)![0]);
    const q = new URLSearchParams(chenLink.hash.slice(1));
    expect(q.get("ch")).toBe("wecom_robot");
    q.set("ch", "sms");
    expect((await answerThrough(q, "in_progress")).status).toBe(200);
    const boRows = await deliveriesOf(w, bo.id);
    expect(boRows.map((d) => [d.state, d.reason])).toEqual([["failed", "wecom_user_not_found"]]);

    const { status, text, body } = await channelsView();
    expect(status).toBe(200);
    const by = Object.fromEntries((body.channels as ChannelStats[]).map((c) => [c.channel, c]));
    expect(Object.keys(by)).toEqual(["email", "wecom_robot", "dingtalk_robot", "wecom_app", "dingtalk_notice", "sms"]);
    expect(by["wecom_app"]).toEqual({
      channel: "wecom_app",
      ready: true,
      sent: 1,
      waiting: 0,
      failed: { wecom_user_not_found: 1 },
      answered: 1,
      responseRate: 1,
      rounds: [{ round: 7, sent: 1, answered: 1, responseRate: 1 }],
    });
    // The same follow-up went by SMS too, but Anna answered from WeCom: not answered there.
    expect([by["sms"]!.sent, by["sms"]!.answered, by["sms"]!.failed]).toEqual([1, 0, {}]);
    expect(by["wecom_robot"]).toMatchObject({ ready: true, sent: 1, answered: 0, responseRate: 0 });
    expect(by["wecom_robot"]!.rounds).toEqual([{ round: 7, sent: 1, answered: 0, responseRate: 0 }]);
    // No DingTalk robot is set for this cohort: not ready, nothing sent.
    expect(by["dingtalk_robot"]).toMatchObject({ ready: false, sent: 0, failed: {} });
    // Nobody here is emailed: the follow-ups went by the other channels only.
    expect(by["email"]).toMatchObject({ sent: 0, waiting: 0, answered: 0, failed: {} });
    for (const personal of [
      "安娜",
      "波波",
      "陈晨",
      "每天回访",
      "整理投诉",
      UNKNOWN_MOBILE,
      MOBILES[0]!,
      MOBILES[1]!,
      p.get("t")!,
      ...SECRETS,
    ])
      expect(text).not.toContain(personal);
  });

  it("previews each channel's message for a made-up participant, with a link that answers nothing", async () => {
    const { body } = await channelsView();
    const previews = body.previews as Record<string, { title: string; text: string }>;
    expect(Object.keys(previews).sort()).toEqual(
      ["email", "wecom_robot", "dingtalk_robot", "wecom_app", "dingtalk_notice", "sms"].sort(),
    );
    expect(previews["wecom_app"]!.title).toBe("践诺：你的承诺进展如何？");
    expect(previews["wecom_app"]!.text).toContain("（参与者），王老师 想知道你在「服务之道 12 月班」");
    expect(previews["wecom_app"]!.text).toContain("（参与者的承诺）");
    expect(previews["wecom_robot"]!.title).toBe("今日打卡 · 服务之道 12 月班");
    expect(previews["wecom_robot"]!.text).toContain("（参与者）：有 1 个承诺等你打卡。");
    expect(previews["dingtalk_robot"]!.text).toMatch(/^@\d{11} （参与者）/m);
    expect(previews["email"]!.text).toContain("（参与者的承诺）");
    const link = previews["sms"]!.text;
    const t = new URLSearchParams(new URL(link).hash.slice(1)).get("t")!;
    expect(t).toMatch(/^PREVIEW0+$/);
    const view = await fetch(`${w.url}/api/jiannuo/checkin/view`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ t, c: "preview0000000" }),
    });
    expect(view.status).not.toBe(200);
  });

  it("another trainer's cohort is not found", async () => {
    const other = await w.admin.collection("trainers").create({
      email: "other-trainer@example.com",
      password: "other-trainer-pass-1",
      passwordConfirm: "other-trainer-pass-1",
      name: "李老师",
    });
    const client = new PocketBase(w.url);
    const auth = await client.collection("trainers").authWithPassword(other.email, "other-trainer-pass-1");
    const { status, text } = await channelsView(auth.token);
    expect(status).toBe(404);
    expect(text).not.toContain("wecom_app");
  });
});
