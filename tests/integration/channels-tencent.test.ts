// SMS through Tencent Cloud, against a local fake that follows its published protocol
// (tests/support/fakes/tencent-sms.ts): the request is signed with TC3-HMAC-SHA256 and accepted; the
// template holds the link's fixed start and its variable only the rest (Tencent Cloud refuses links in
// variables); the 30-second limit per number waits and the later send goes out once; a number that
// replied to unsubscribe is refused for good; a reset SecretKey names what to fix. Its own PocketBase,
// with JIANNUO_SMS_PROVIDER=tencent and the sender pointed at the fake.
import { afterAll, beforeAll, expect, it } from "vitest";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import { startTencentSmsFake, type TencentSmsFake } from "../support/fakes/tencent-sms";
import { superuserClient } from "../support/api";

const SECRET_KEY = "tencent-secret-key-5e4d3c2b1a09";
const PREFIX = "https://jiannuo.test/checkin/";
const ANNA = "13800138000";
const UNSUBSCRIBED = "13700137000";

let server: Awaited<ReturnType<typeof startTestPocketBase>>;
let fake: TencentSmsFake;
let token: string;
const answers: unknown[] = [];

async function sms(mobile: string, link: string, now?: number) {
  const res = await fetch(`${server.handle.url}/api/jiannuo/channels/send-test`, {
    method: "POST",
    headers: { Authorization: token, "Content-Type": "application/json" },
    body: JSON.stringify({
      channel: "sms",
      target: { mobile },
      message: { title: "践诺", text: "回顾", link },
      ...(now ? { now } : {}),
    }),
  });
  const body = await res.json();
  answers.push(body);
  return body;
}

beforeAll(async () => {
  fake = await startTencentSmsFake({
    secretId: "AKIDtencentSecretId0001",
    secretKey: SECRET_KEY,
    sdkAppId: "1400000001",
    signNames: ["践诺"],
    templates: { "2000001": 1 },
    unsubscribed: [`+86${UNSUBSCRIBED}`],
  });
  server = await startTestPocketBase(FIXTURE_SITE, {
    JIANNUO_SMS_PROVIDER: "tencent",
    JIANNUO_SMS_LINK_PREFIX: PREFIX,
    JIANNUO_TENCENT_SMS_BASE_URL: fake.url,
    JIANNUO_TENCENT_SECRET_ID: "AKIDtencentSecretId0001",
    JIANNUO_TENCENT_SECRET_KEY: SECRET_KEY,
    JIANNUO_TENCENT_SMS_SDK_APP_ID: "1400000001",
    JIANNUO_TENCENT_SMS_SIGN_NAME: "践诺",
    JIANNUO_TENCENT_SMS_TEMPLATE_ID: "2000001",
  });
  const admin = await superuserClient(server.handle);
  token = admin.authStore.token;
});

afterAll(async () => {
  await server?.stop();
  await fake?.server.close();
});

it("sends once, signed, with only the link's part after the template's fixed start as the variable", async () => {
  const body = await sms(ANNA, `${PREFIX}#t=first`);
  expect(body.outcome).toBe("sent");
  expect(fake.sent).toEqual([
    { phone: `+86${ANNA}`, signName: "践诺", templateId: "2000001", params: ["#t=first"], serialNo: body.providerId },
  ]);
});

it("waits out the 30-second limit per number, then the later send goes out once", async () => {
  const before = fake.sent.length;
  const limited = await sms(ANNA, `${PREFIX}#t=second`);
  expect(limited).toMatchObject({
    outcome: "retry-after",
    reason: "rate_limited",
    providerCode: "LimitExceeded.PhoneNumberThirtySecondLimit",
  });
  expect(limited.retryAt - Date.now()).toBeGreaterThan(20_000);
  expect(fake.sent.length).toBe(before);
  fake.server.passTime(30_000);
  expect((await sms(ANNA, `${PREFIX}#t=second`)).outcome).toBe("sent");
  expect(fake.sent.slice(before).map((s) => s.params)).toEqual([["#t=second"]]);
});

it("refuses, for good, a number that replied to unsubscribe", async () => {
  expect(await sms(UNSUBSCRIBED, `${PREFIX}#t=third`)).toMatchObject({
    outcome: "refused",
    reason: "sms_recipient_unsubscribed",
    providerCode: "FailedOperation.PhoneNumberInBlacklist",
  });
});

it("sends nothing when the link does not start with the template's fixed start", async () => {
  const calls = fake.server.requests.length;
  expect(await sms(ANNA, "https://elsewhere.test/checkin/#t=x")).toMatchObject({
    outcome: "config-error",
    reason: "sms_link_prefix_mismatch",
  });
  expect(fake.server.requests.length).toBe(calls);
});

it("a reset SecretKey is a configuration error that names the credentials", async () => {
  fake.options.secretKey = "a-new-key-set-in-the-console";
  try {
    expect(await sms(ANNA, `${PREFIX}#t=fourth`)).toMatchObject({
      outcome: "config-error",
      reason: "sms_credentials_invalid",
      providerCode: "AuthFailure.SignatureFailure",
    });
  } finally {
    fake.options.secretKey = SECRET_KEY;
  }
});

it("no answer carries the secret key or a number", () => {
  const text = JSON.stringify(answers);
  expect(text).not.toContain(SECRET_KEY);
  expect(text).not.toContain(ANNA);
  expect(text).not.toContain(UNSUBSCRIBED);
});
