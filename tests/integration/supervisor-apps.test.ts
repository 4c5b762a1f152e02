// A supervisor reached through the WeCom or DingTalk app instead of email, against the local fakes
// (tests/support/fakes/): the participant may choose only the apps the server has settings for; the
// weekly digest goes once as a text card or work notification to the supervisor's mobile number, with
// their private link, and no commitment's words; the link opens their page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_SITE } from "../support/integration-setup";
import { MOBILES, joinWithCommitment, runJob, startReachWorld, type ReachWorld } from "../support/reach-world";

let w: ReachWorld;

beforeAll(async () => {
  w = await startReachWorld(FIXTURE_SITE);
});

afterAll(async () => {
  await w?.stop();
});

async function call(path: string, token: string, body?: unknown) {
  const res = await fetch(`${w.url}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json", ...(token ? { Authorization: token } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const tokenIn = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get("t")!;

describe("a supervisor reached through an app", () => {
  it("gets one WeCom text card a week with their link, which opens exactly what was shared", async () => {
    const who = await joinWithCommitment(w, "李娜", "每位客人离店前问一句还有什么需要");
    const token = who.pb.authStore.token;
    expect((await call("/api/jiannuo/me/supervisor", token)).body.channels).toEqual([
      "email",
      "wecom_app",
      "dingtalk_notice",
    ]);
    const named = await call("/api/jiannuo/me/supervisor", token, {
      name: "王店长",
      channel: "wecom_app",
      mobile: `+86 ${MOBILES[1]}`,
      commitments: [who.commitmentId],
    });
    expect(named.status).toBe(200);
    expect(named.body.supervisors[0]).toMatchObject({ contact: MOBILES[1], channel: "wecom_app" });

    const before = w.wecom.appMessages.length;
    await runJob(w);
    await runJob(w);
    const cards = w.wecom.appMessages.slice(before).filter((m) => m.userId === "user1");
    expect(cards).toHaveLength(1);
    expect(cards[0]!.textcard.url).toMatch(/\/supervisor\/#t=[A-Za-z0-9]{43}$/);
    expect(cards[0]!.textcard.title).toBe("本周早会：1 位同事的行动承诺");
    expect(cards[0]!.textcard.description).not.toContain("离店前");
    const view = await call("/api/jiannuo/supervisor/view", "", { t: tokenIn(cards[0]!.textcard.url) });
    expect(view.body.team.map((m: any) => m.commitments.map((k: any) => k.action))).toEqual([
      ["每位客人离店前问一句还有什么需要"],
    ]);
  });

  it("gets a DingTalk work notification the same way", async () => {
    const who = await joinWithCommitment(w, "钱进");
    const before = w.dingtalk.notices.length;
    await call("/api/jiannuo/me/supervisor", who.pb.authStore.token, {
      name: "李班长",
      channel: "dingtalk_notice",
      mobile: MOBILES[2],
      commitments: [who.commitmentId],
    });
    await runJob(w);
    const notices = w.dingtalk.notices.slice(before).filter((n) => n.userId === "user2");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.card.single_url).toMatch(/\/supervisor\/#t=[A-Za-z0-9]{43}$/);
  });

  it("refuses an app channel or a mobile number that cannot be used, changing nothing", async () => {
    const who = await joinWithCommitment(w, "孙丽");
    const token = who.pb.authStore.token;
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ channel: "sms", mobile: MOBILES[3] }, "channel", "jiannuo_channel_unknown"],
      [{ channel: "wecom_app", mobile: "12345" }, "mobile", "jiannuo_mobile_invalid"],
    ];
    for (const [reach, field, code] of cases) {
      const res = await call("/api/jiannuo/me/supervisor", token, { name: "王店长", ...reach, commitments: [] });
      expect({ status: res.status, code: res.body.data?.[field]?.code }).toEqual({ status: 400, code });
    }
    expect((await call("/api/jiannuo/me/supervisor", token)).body.supervisors).toEqual([]);
  });
});
