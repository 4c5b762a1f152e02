// The carriers' unsubscribe: a participant who replied "T" to a text message is refused by the SMS
// provider (Tencent Cloud's PhoneNumberInBlacklist); the follow-up job then ends their SMS consent and
// deletes the number, and sends them nothing more by SMS, while their other channels go on.
import { afterAll, beforeAll, expect, it } from "vitest";
import { FIXTURE_SITE } from "../support/integration-setup";
import { startTencentSmsFake, type TencentSmsFake } from "../support/fakes/tencent-sms";
import {
  MOBILES,
  choose,
  deliveriesOf,
  joinWithCommitment,
  runJob,
  startReachWorld,
  type ReachWorld,
} from "../support/reach-world";

const SECRET_KEY = "tencent-secret-key-reach-5e4d3c2b";
let tencent: TencentSmsFake;
let w: ReachWorld;

beforeAll(async () => {
  tencent = await startTencentSmsFake({
    secretId: "AKIDtencentReach0001",
    secretKey: SECRET_KEY,
    sdkAppId: "1400000001",
    signNames: ["践诺"],
    templates: { "2000001": 1 },
    unsubscribed: [`+86${MOBILES[1]}`],
  });
  w = await startReachWorld(FIXTURE_SITE, {
    APP_URL: "https://jiannuo.test",
    JIANNUO_SMS_PROVIDER: "tencent",
    JIANNUO_SMS_LINK_PREFIX: "https://jiannuo.test/checkin/",
    JIANNUO_TENCENT_SMS_BASE_URL: tencent.url,
    JIANNUO_TENCENT_SECRET_ID: "AKIDtencentReach0001",
    JIANNUO_TENCENT_SECRET_KEY: SECRET_KEY,
    JIANNUO_TENCENT_SMS_SDK_APP_ID: "1400000001",
    JIANNUO_TENCENT_SMS_SIGN_NAME: "践诺",
    JIANNUO_TENCENT_SMS_TEMPLATE_ID: "2000001",
  });
});

afterAll(async () => {
  await w?.stop();
  await tencent?.server.close();
});

it("a number that replied T ends that SMS consent and its number; the other channel still delivers", async () => {
  const ming = await joinWithCommitment(w, "小明");
  const sms = await choose(ming.pb, ming.id, "sms", MOBILES[1]!);
  await choose(ming.pb, ming.id, "wecom_app", MOBILES[1]!);
  const other = await joinWithCommitment(w, "小红");
  await choose(other.pb, other.id, "sms", MOBILES[2]!);
  await runJob(w);

  const rows = await deliveriesOf(w, ming.id);
  const refused = rows.find((d) => d.channel === "sms")!;
  expect([refused.state, refused.reason, refused.providerCode]).toEqual([
    "failed",
    "sms_recipient_unsubscribed",
    "FailedOperation.PhoneNumberInBlacklist",
  ]);
  const choice = await ming.pb.collection("reach_channels").getOne(sms.id);
  expect([choice.consent, choice.mobile, Boolean(choice.withdrawnAt)]).toEqual([false, "", true]);
  expect(rows.find((d) => d.channel === "wecom_app")!.state).toBe("sent");
  // The other participant's text went out, with only the link's part after the template's fixed start.
  expect(tencent.sent.map((m) => m.phone)).toEqual([`+86${MOBILES[2]}`]);
  expect(tencent.sent[0]!.params[0]).toMatch(/^#t=[A-Za-z0-9]+&c=[a-z0-9]{15}&ch=sms$/);
});
