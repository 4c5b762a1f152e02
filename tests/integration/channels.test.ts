// The channel senders against local fakes of WeCom, DingTalk and Alibaba Cloud SMS that follow their
// published protocols (tests/support/fakes/): each channel delivers once; a limit answer waits and the
// later send goes out without duplicates; an expired token is renewed once with nothing lost; an
// outage waits; wrong credentials name what to fix; no answer, and nothing in the server's output or request
// log, ever carries a key, secret, token or number.
// A real PocketBase with the hooks, its senders pointed at the fakes by the JIANNUO_*_BASE_URL variables.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import { startWecomFake, type WecomFake } from "../support/fakes/wecom";
import { startDingtalkFake, type DingtalkFake } from "../support/fakes/dingtalk";
import { startAliyunSmsFake, type AliyunSmsFake } from "../support/fakes/aliyun-sms";
import { superuserClient } from "../support/api";

type Started = Awaited<ReturnType<typeof startTestPocketBase>>;

const WECOM_KEY = "693a91f6-7f9c-4bc4-97a0-0ec2sifa5aaa";
const WECOM_KEY_2 = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
const DING_TOKEN = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2";
const DING_SECRET = "SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd";
const DING_TOKEN_2 = "b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3";
const WECOM_SECRET = "wecom-app-secret-8d7f6e5d4c3b2a19";
const DING_APP_SECRET = "dingtalk-app-secret-1a2b3c4d5e6f7a8b";
const ALIYUN_SECRET = "aliyun-access-key-secret-9f8e7d6c5b4a";
const ANNA = "13800138000";
const BO = "13900139001";
const SECRETS = [
  WECOM_KEY,
  WECOM_KEY_2,
  DING_TOKEN,
  DING_TOKEN_2,
  DING_SECRET,
  WECOM_SECRET,
  DING_APP_SECRET,
  ALIYUN_SECRET,
];

let server: Started;
let token: string;
let wecom: WecomFake;
let dingtalk: DingtalkFake;
let aliyun: AliyunSmsFake;
/** Every answer the route gave, checked at the end for secrets and numbers. */
const answers: unknown[] = [];

async function send(body: Record<string, unknown>) {
  const res = await fetch(`${server.handle.url}/api/jiannuo/channels/send-test`, {
    method: "POST",
    headers: { Authorization: token, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  answers.push(json);
  return { status: res.status, body: json };
}

const message = (text: string, link = "https://jiannuo.test/checkin/#t=abc") => ({
  title: "践诺课后提醒",
  text,
  link,
  linkLabel: "打卡",
});

const entry = (id: string, mobile: string, text: string) => ({
  id,
  mobile,
  name: `学员${id}`,
  text,
  link: `https://jiannuo.test/checkin/#t=${id}`,
});

beforeAll(async () => {
  wecom = await startWecomFake({
    robotKeys: [WECOM_KEY, WECOM_KEY_2],
    corpId: "ww0123456789abcdef",
    secret: WECOM_SECRET,
    agentId: 1000002,
    users: { [ANNA]: "anna", [BO]: "bo" },
  });
  dingtalk = await startDingtalkFake({
    robots: { [DING_TOKEN]: { secret: DING_SECRET }, [DING_TOKEN_2]: { secret: DING_SECRET } },
    appKey: "dingappkey0123456789",
    appSecret: DING_APP_SECRET,
    agentId: 2000003,
    users: { [ANNA]: "manager4711", [BO]: "staff0815" },
  });
  aliyun = await startAliyunSmsFake({
    accessKeyId: "LTAI5tAccessKeyId0001",
    accessKeySecret: ALIYUN_SECRET,
    signNames: ["践诺"],
    templates: { SMS_465000001: ["link"] },
  });
  server = await startTestPocketBase(FIXTURE_SITE, {
    JIANNUO_WECOM_BASE_URL: wecom.url,
    JIANNUO_DINGTALK_BASE_URL: dingtalk.url,
    JIANNUO_ALIYUN_SMS_BASE_URL: aliyun.url,
    JIANNUO_WECOM_CORP_ID: "ww0123456789abcdef",
    JIANNUO_WECOM_APP_SECRET: WECOM_SECRET,
    JIANNUO_WECOM_AGENT_ID: "1000002",
    JIANNUO_DINGTALK_APP_KEY: "dingappkey0123456789",
    JIANNUO_DINGTALK_APP_SECRET: DING_APP_SECRET,
    JIANNUO_DINGTALK_AGENT_ID: "2000003",
    JIANNUO_ALIYUN_ACCESS_KEY_ID: "LTAI5tAccessKeyId0001",
    JIANNUO_ALIYUN_ACCESS_KEY_SECRET: ALIYUN_SECRET,
    JIANNUO_ALIYUN_SMS_SIGN_NAME: "践诺",
    JIANNUO_ALIYUN_SMS_TEMPLATE_CODE: "SMS_465000001",
  });
  const admin = await superuserClient(server.handle);
  token = admin.authStore.token;
});

afterAll(async () => {
  await server?.stop();
  await Promise.all([wecom, dingtalk, aliyun].map((f) => f?.server.close()));
});

describe("each channel delivers once", () => {
  it("email, through the mail server", async () => {
    const { body } = await send({
      channel: "email",
      target: { address: "li.wei@example.com" },
      message: message("邮件正文"),
    });
    expect(body.outcome).toBe("sent");
    const mails = readMailbox(server.handle.mailDir).filter((m: { envelopeTo: string[] }) =>
      m.envelopeTo.includes("li.wei@example.com"),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("践诺课后提醒");
    expect(mails[0].text).toContain("https://jiannuo.test/checkin/#t=abc");
  });

  it("a WeCom group digest, mentioning each person by mobile with their own link", async () => {
    const before = wecom.robotMessages.length;
    const { body } = await send({
      channel: "wecom_robot",
      target: { webhook: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}` },
      digest: {
        title: "今日打卡",
        intro: "点自己的链接，两下就好。",
        entries: [entry("a1", ANNA, "每周一次反馈"), entry("b1", BO, "微笑问候")],
      },
    });
    expect(body).toMatchObject({ outcome: "sent", delivered: ["a1", "b1"], remaining: [] });
    const got = wecom.robotMessages.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ key: WECOM_KEY, msgtype: "text", mentionedMobiles: [ANNA, BO] });
    expect(got[0]!.content).toContain("学员a1：每周一次反馈\nhttps://jiannuo.test/checkin/#t=a1");
    expect(got[0]!.content).toContain("https://jiannuo.test/checkin/#t=b1");
  });

  it("a long digest as several messages within 2,048 bytes each, everyone mentioned once", async () => {
    const before = wecom.robotMessages.length;
    const people = Array.from({ length: 30 }, (_, i) =>
      entry(
        `p${i}`,
        `1370000${String(i).padStart(4, "0")}`,
        "我答应每天下班前整理服务台，并把客户的等候时间记下来。".repeat(3),
      ),
    );
    const { body } = await send({
      channel: "wecom_robot",
      target: { webhook: WECOM_KEY_2 },
      digest: { title: "今日打卡", entries: people },
    });
    expect(body.outcome).toBe("sent");
    expect(body.delivered).toHaveLength(30);
    const got = wecom.robotMessages.slice(before);
    expect(got.length).toBeGreaterThan(1);
    for (const m of got) expect(Buffer.byteLength(m.content)).toBeLessThanOrEqual(2048);
    expect(got.flatMap((m) => m.mentionedMobiles).sort()).toEqual(people.map((p) => p.mobile).sort());
  });

  it("a WeCom app text card to one person, found by mobile", async () => {
    const before = wecom.appMessages.length;
    const { body } = await send({
      channel: "wecom_app",
      target: { mobile: `+86 ${ANNA}` },
      message: message("卡片正文"),
    });
    expect(body.outcome).toBe("sent");
    expect(body.providerId).not.toBe("");
    expect(wecom.appMessages.slice(before)).toEqual([
      {
        userId: "anna",
        msgtype: "textcard",
        textcard: {
          title: "践诺课后提醒",
          description: "卡片正文",
          url: "https://jiannuo.test/checkin/#t=abc",
          btntxt: "打卡",
        },
      },
    ]);
  });

  it("a signed DingTalk group digest, @-mentioning by mobile", async () => {
    const before = dingtalk.robotMessages.length;
    const { body } = await send({
      channel: "dingtalk_robot",
      target: { webhook: `https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}`, secret: DING_SECRET },
      digest: { title: "今日打卡", entries: [entry("a2", ANNA, "每周一次反馈")] },
    });
    expect(body.outcome).toBe("sent");
    const got = dingtalk.robotMessages.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]!.atMobiles).toEqual([ANNA]);
    expect(got[0]!.content).toContain(`@${ANNA} 学员a2：每周一次反馈\nhttps://jiannuo.test/checkin/#t=a2`);
  });

  it("a DingTalk work notification, then its delivery confirmed by getsendresult", async () => {
    const before = dingtalk.notices.length;
    const { body } = await send({
      channel: "dingtalk_notice",
      target: { mobile: BO },
      message: message("工作通知正文"),
    });
    expect(body.outcome).toBe("sent");
    expect(body.providerId).toMatch(/^\d+$/);
    expect(body.checkAt).toBeGreaterThan(Date.now());
    expect(dingtalk.notices.slice(before)).toHaveLength(1);
    expect(dingtalk.notices.at(-1)).toMatchObject({
      userId: "staff0815",
      card: { single_url: "https://jiannuo.test/checkin/#t=abc", single_title: "打卡" },
    });
    const check = await send({
      check: { channel: "dingtalk_notice", target: { mobile: BO }, providerId: body.providerId },
    });
    expect(check.body.outcome).toBe("sent");
  });

  it("the same content to the same person again today is held back by DingTalk, and retried the next day", async () => {
    const first = await send({
      channel: "dingtalk_notice",
      target: { mobile: ANNA },
      message: message("每天一次的内容"),
    });
    const again = await send({
      channel: "dingtalk_notice",
      target: { mobile: ANNA },
      message: message("每天一次的内容"),
    });
    expect(
      (
        await send({
          check: { channel: "dingtalk_notice", target: { mobile: ANNA }, providerId: first.body.providerId },
        })
      ).body.outcome,
    ).toBe("sent");
    const held = (
      await send({ check: { channel: "dingtalk_notice", target: { mobile: ANNA }, providerId: again.body.providerId } })
    ).body;
    expect(held).toMatchObject({ outcome: "retry-after", reason: "dingtalk_daily_limit" });
    expect(held.retryAt).toBeGreaterThan(Date.now());
    expect(dingtalk.notices.filter((n) => n.card.markdown.includes("每天一次的内容"))).toHaveLength(1);
  });

  it("an SMS through Alibaba Cloud, signed, with the link as the template's variable", async () => {
    const before = aliyun.sent.length;
    const { body } = await send({ channel: "sms", target: { mobile: ANNA }, message: message("短信") });
    expect(body.outcome).toBe("sent");
    expect(body.providerId).not.toBe("");
    expect(aliyun.sent.slice(before)).toEqual([
      expect.objectContaining({
        phone: ANNA,
        signName: "践诺",
        templateCode: "SMS_465000001",
        params: { link: "https://jiannuo.test/checkin/#t=abc" },
      }),
    ]);
  });
});

describe("limits are kept, and a limit answer is waited out without duplicates", () => {
  it("a WeCom robot's 45009 gives retry-after; the later send delivers the digest once", async () => {
    wecom.exhaustRobot(WECOM_KEY);
    const before = wecom.robotMessages.length;
    const digest = { title: "限流测试", entries: [entry("r1", ANNA, "限流之后的消息")] };
    const limited = (await send({ channel: "wecom_robot", target: { webhook: WECOM_KEY }, digest })).body;
    expect(limited).toMatchObject({
      outcome: "retry-after",
      reason: "rate_limited",
      providerCode: "45009",
      delivered: [],
      remaining: ["r1"],
    });
    expect(limited.retryAt - Date.now()).toBeGreaterThan(50_000);
    wecom.server.passTime(61_000);
    const later = (await send({ channel: "wecom_robot", target: { webhook: WECOM_KEY }, digest, now: limited.retryAt }))
      .body;
    expect(later.outcome).toBe("sent");
    expect(wecom.robotMessages.slice(before).filter((m) => m.content.includes("限流之后的消息"))).toHaveLength(1);
  });

  it("Jiannuo itself keeps a robot to 20 messages a minute, so the provider is not asked to refuse", async () => {
    const key = "ffffffff-0000-4000-8000-123456789abc";
    wecom.options.robotKeys!.push(key);
    const start = Date.now();
    const results = [];
    for (let i = 0; i < 21; i++) {
      results.push(
        (
          await send({
            channel: "wecom_robot",
            target: { webhook: key },
            digest: { title: "节流", entries: [entry(`t${i}`, ANNA, `第${i}条`)] },
            now: start,
          })
        ).body,
      );
    }
    expect(results.filter((r) => r.outcome === "sent")).toHaveLength(20);
    expect(results[20]).toMatchObject({ outcome: "retry-after", reason: "rate_limited", providerCode: "" });
    expect(wecom.server.requests.filter((r) => r.query.get("key") === key)).toHaveLength(20);
    wecom.server.passTime(61_000);
    const later = (
      await send({
        channel: "wecom_robot",
        target: { webhook: key },
        digest: { title: "节流", entries: [entry("t20", ANNA, "第20条")] },
        now: results[20].retryAt,
      })
    ).body;
    expect(later.outcome).toBe("sent");
  });

  it("a DingTalk robot's 130101 waits out its ten-minute block, then delivers once", async () => {
    dingtalk.exhaustRobot(DING_TOKEN);
    const before = dingtalk.robotMessages.length;
    const target = { webhook: DING_TOKEN, secret: DING_SECRET };
    const digest = { title: "限流", entries: [entry("d1", BO, "钉钉限流之后")] };
    const limited = (await send({ channel: "dingtalk_robot", target, digest })).body;
    expect(limited).toMatchObject({ outcome: "retry-after", reason: "rate_limited", providerCode: "130101" });
    expect(limited.retryAt - Date.now()).toBeGreaterThan(9 * 60_000);
    // Asked again before the block ends, Jiannuo waits without calling DingTalk.
    const calls = dingtalk.server.requests.length;
    expect((await send({ channel: "dingtalk_robot", target, digest })).body.outcome).toBe("retry-after");
    expect(dingtalk.server.requests.length).toBe(calls);
    dingtalk.server.passTime(10 * 60_000 + 1000);
    expect((await send({ channel: "dingtalk_robot", target, digest, now: limited.retryAt })).body.outcome).toBe("sent");
    expect(dingtalk.robotMessages.slice(before)).toHaveLength(1);
  });

  it("Alibaba Cloud's isv.BUSINESS_LIMIT_CONTROL gives retry-after; the later SMS goes out once", async () => {
    aliyun.limitPerMinute(1);
    const before = aliyun.sent.length;
    expect(
      (
        await send({
          channel: "sms",
          target: { mobile: BO },
          message: message("第一条", "https://jiannuo.test/c/#t=one"),
        })
      ).body.outcome,
    ).toBe("sent");
    const limited = (
      await send({
        channel: "sms",
        target: { mobile: BO },
        message: message("第二条", "https://jiannuo.test/c/#t=two"),
      })
    ).body;
    expect(limited).toMatchObject({
      outcome: "retry-after",
      reason: "rate_limited",
      providerCode: "isv.BUSINESS_LIMIT_CONTROL",
    });
    aliyun.server.passTime(61_000);
    expect(
      (
        await send({
          channel: "sms",
          target: { mobile: BO },
          message: message("第二条", "https://jiannuo.test/c/#t=two"),
          now: limited.retryAt,
        })
      ).body.outcome,
    ).toBe("sent");
    expect(aliyun.sent.slice(before).map((s) => s.params.link)).toEqual([
      "https://jiannuo.test/c/#t=one",
      "https://jiannuo.test/c/#t=two",
    ]);
  });
});

describe("an expired token is renewed once, losing and repeating nothing", () => {
  it("WeCom: 42001 on send, one new token, the card delivered once", async () => {
    await send({ channel: "wecom_app", target: { mobile: BO }, message: message("先拿到令牌") });
    const fetches = wecom.tokens.fetches;
    const before = wecom.appMessages.length;
    wecom.tokens.expireAll();
    const { body } = await send({ channel: "wecom_app", target: { mobile: BO }, message: message("令牌过期之后") });
    expect(body.outcome).toBe("sent");
    expect(wecom.tokens.fetches).toBe(fetches + 1);
    expect(wecom.appMessages.slice(before).map((m) => m.textcard.description)).toEqual(["令牌过期之后"]);
    // The new token is kept: the next send fetches none.
    await send({ channel: "wecom_app", target: { mobile: BO }, message: message("缓存的令牌") });
    expect(wecom.tokens.fetches).toBe(fetches + 1);
  });

  it("DingTalk: 40014 on send, one new token, the notification delivered once", async () => {
    await send({ channel: "dingtalk_notice", target: { mobile: BO }, message: message("钉钉令牌") });
    const fetches = dingtalk.tokens.fetches;
    const before = dingtalk.notices.length;
    dingtalk.tokens.expireAll();
    expect(
      (await send({ channel: "dingtalk_notice", target: { mobile: BO }, message: message("钉钉令牌过期之后") })).body
        .outcome,
    ).toBe("sent");
    expect(dingtalk.tokens.fetches).toBe(fetches + 1);
    expect(dingtalk.notices.slice(before).map((n) => n.card.markdown)).toEqual([
      expect.stringContaining("钉钉令牌过期之后"),
    ]);
  });

  it("a repeat of the same card within four hours is delivered once (WeCom's duplicate check)", async () => {
    const before = wecom.appMessages.length;
    for (let i = 0; i < 2; i++)
      expect(
        (await send({ channel: "wecom_app", target: { mobile: ANNA }, message: message("重试的同一张卡片") })).body
          .outcome,
      ).toBe("sent");
    expect(wecom.appMessages.slice(before)).toHaveLength(1);
  });
});

describe("an outage waits, and nothing is lost", () => {
  it.each([
    ["reset", "provider_unreachable"],
    ["503", "provider_busy"],
    ["busy", "provider_busy"],
  ] as const)("a WeCom robot down (%s) gives retry-after; back up, the digest goes out once", async (mode, reason) => {
    const before = wecom.robotMessages.length;
    const digest = { title: "故障", entries: [entry(`o${mode}`, ANNA, `故障${mode}`)] };
    wecom.server.down(mode);
    const down = (
      await send({ channel: "wecom_robot", target: { webhook: WECOM_KEY_2 }, digest, now: Date.now() + 120_000 })
    ).body;
    wecom.server.up();
    expect(down).toMatchObject({ outcome: "retry-after", reason, remaining: [`o${mode}`] });
    expect(down.retryAt).toBeGreaterThan(Date.now());
    if (mode === "reset") expect(down.detail).toMatch(/\/cgi-bin\/webhook\/send\?\*\*\*"/);
    expect(
      (await send({ channel: "wecom_robot", target: { webhook: WECOM_KEY_2 }, digest, now: Date.now() + 240_000 })).body
        .outcome,
    ).toBe("sent");
    expect(wecom.robotMessages.slice(before).filter((m) => m.content.includes(`故障${mode}`))).toHaveLength(1);
  });

  it("the SMS provider unreachable gives retry-after", async () => {
    aliyun.server.down("reset");
    const { body } = await send({
      channel: "sms",
      target: { mobile: ANNA },
      message: message("故障短信", "https://jiannuo.test/c/#t=down"),
    });
    aliyun.server.up();
    expect(body).toMatchObject({ outcome: "retry-after", reason: "provider_unreachable" });
  });
});

describe("wrong credentials give a config-error that says what to fix", () => {
  it("a removed WeCom robot (93000), a wrong DingTalk token (300001) and signing secret (310000)", async () => {
    expect(
      (
        await send({
          channel: "wecom_robot",
          target: { webhook: "deadbeef-dead-beef-dead-beefdeadbeef" },
          digest: { title: "x", entries: [entry("w", ANNA, "x")] },
        })
      ).body,
    ).toMatchObject({
      outcome: "config-error",
      reason: "wecom_robot_key_invalid",
      providerCode: "93000",
    });
    expect(
      (
        await send({
          channel: "dingtalk_robot",
          target: { webhook: "ffff".repeat(16) },
          digest: { title: "x", entries: [entry("w", ANNA, "x")] },
        })
      ).body,
    ).toMatchObject({
      outcome: "config-error",
      reason: "dingtalk_robot_token_invalid",
      providerCode: "300001",
    });
    const wrongSecret = `SEC${"0".repeat(64)}`;
    expect(
      (
        await send({
          channel: "dingtalk_robot",
          target: { webhook: DING_TOKEN_2, secret: wrongSecret },
          digest: { title: "x", entries: [entry("w", ANNA, "x")] },
        })
      ).body,
    ).toMatchObject({
      outcome: "config-error",
      reason: "dingtalk_robot_security",
      providerCode: "310000",
    });
  });

  it("a reset WeCom app secret (40001), a wrong corp id (40013), a wrong DingTalk app secret (40089), a wrong AccessKey secret", async () => {
    wecom.tokens.expireAll();
    wecom.options.secret = "reset-by-the-administrator";
    expect((await send({ channel: "wecom_app", target: { mobile: ANNA }, message: message("x") })).body).toMatchObject({
      outcome: "config-error",
      reason: "wecom_app_secret_invalid",
      providerCode: "40001",
    });
    wecom.options.corpId = "ww-another-company";
    expect((await send({ channel: "wecom_app", target: { mobile: ANNA }, message: message("x") })).body).toMatchObject({
      reason: "wecom_corp_id_invalid",
      providerCode: "40013",
    });
    dingtalk.tokens.expireAll();
    dingtalk.options.appSecret = "rotated";
    expect(
      (await send({ channel: "dingtalk_notice", target: { mobile: ANNA }, message: message("x") })).body,
    ).toMatchObject({
      outcome: "config-error",
      reason: "dingtalk_app_key_invalid",
      providerCode: "40089",
    });
    aliyun.options.accessKeySecret = "rotated-secret";
    expect(
      (await send({ channel: "sms", target: { mobile: ANNA }, message: message("x", "https://jiannuo.test/c/#t=x") }))
        .body,
    ).toMatchObject({
      outcome: "config-error",
      reason: "sms_credentials_invalid",
      providerCode: "SignatureDoesNotMatch",
    });
  });

  it("an unknown number is a refusal, not a retry", async () => {
    wecom.options.secret = WECOM_SECRET;
    wecom.options.corpId = "ww0123456789abcdef";
    expect(
      (await send({ channel: "wecom_app", target: { mobile: "13711112222" }, message: message("x") })).body,
    ).toMatchObject({
      outcome: "refused",
      reason: "wecom_user_not_found",
      providerCode: "46004",
    });
  });

  it("bad input is refused with a field error before anything is sent", async () => {
    const calls = wecom.server.requests.length;
    const bad = await send({
      channel: "wecom_robot",
      target: { webhook: "https://example.com/hook" },
      digest: { title: "x", entries: [entry("w", ANNA, "x")] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.data.target.code).toBe("jiannuo_webhook_invalid");
    expect((await send({ channel: "fax", target: {}, message: message("x") })).body.data.channel.code).toBe(
      "jiannuo_channel_unknown",
    );
    expect(
      (await send({ channel: "wecom_app", target: { mobile: "12345" }, message: message("x") })).body.data.target.code,
    ).toBe("jiannuo_mobile_invalid");
    expect(wecom.server.requests.length).toBe(calls);
  });
});

describe("the server's log holds no secrets", () => {
  it("after failing sends with every credential in play, neither PocketBase's output nor its request log holds one", async () => {
    // Failing sends whose error texts would carry a key, token or number if anything logged them:
    // unreachable providers (the HTTP error names the URL with its key or token), refused credentials,
    // a refused body. Each request carries a marker in its query, so the log's batches can be awaited.
    const marker = `probe${Date.now()}`;
    const probe = async (name: string, body: Record<string, unknown>) => {
      const res = await fetch(`${server.handle.url}/api/jiannuo/channels/send-test?probe=${marker}-${name}`, {
        method: "POST",
        headers: { Authorization: token, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };
    const digest = { title: "日志", entries: [entry("log", BO, "日志检查")] };
    // Hours ahead: past the robots' minute windows and the cached app token (so gettoken, with the
    // secret in its URL, is what fails).
    const now = Date.now() + 3 * 3600_000;
    wecom.server.down("reset");
    dingtalk.server.down("reset");
    aliyun.server.down("reset");
    const failed = [
      await probe("wecom-robot", { channel: "wecom_robot", target: { webhook: WECOM_KEY }, digest, now }),
      await probe("dingtalk-robot", {
        channel: "dingtalk_robot",
        target: { webhook: DING_TOKEN, secret: DING_SECRET },
        digest,
        now,
      }),
      await probe("wecom-app", { channel: "wecom_app", target: { mobile: BO }, message: message("日志"), now }),
      await probe("sms", {
        channel: "sms",
        target: { mobile: BO },
        message: message("日志", "https://jiannuo.test/c/#t=log"),
      }),
    ];
    wecom.server.up();
    dingtalk.server.up();
    aliyun.server.up();
    const refusedKey = await probe("removed-robot", {
      channel: "wecom_robot",
      target: { webhook: "deadbeef-dead-beef-dead-beefdeadbeef" },
      digest,
    });
    const badInput = await probe("bad-input", {
      channel: "dingtalk_robot",
      target: { webhook: DING_TOKEN, secret: `${DING_SECRET}!` },
      digest,
    });
    expect(failed.map((f) => f.body.reason)).toEqual([
      "provider_unreachable",
      "provider_unreachable",
      "provider_unreachable",
      "provider_unreachable",
    ]);
    expect(refusedKey.body).toMatchObject({ outcome: "config-error", reason: "wecom_robot_key_invalid" });
    expect(badInput.status).toBe(400);

    // The positive signal: the request log holds all six probes (it is written in batches).
    const logs = async () => {
      const res = await fetch(`${server.handle.url}/api/logs?perPage=1000&sort=-created`, {
        headers: { Authorization: token },
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    await expect
      .poll(async () => new Set((await logs()).match(new RegExp(`probe=${marker}-[a-z-]+`, "g"))).size, {
        timeout: 15_000,
        interval: 250,
      })
      .toBe(6);
    const everything = `${await logs()}\n${server.server.output()}`;
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/tok[a-z0-9]{10,}/); // the fakes' access tokens
    expect(everything).not.toContain(ANNA);
    expect(everything).not.toContain(BO);
  });
});

describe("answers carry no secrets", () => {
  it("no key, secret, token, webhook or phone number in any answer the senders gave", () => {
    const text = JSON.stringify(answers);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/tok[a-z0-9]{10,}/); // the fakes' access tokens
    expect(text).not.toContain(ANNA);
    expect(text).not.toContain(BO);
  });
});
