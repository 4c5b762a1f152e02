// A PocketBase of its own whose channel senders point at the local fakes of WeCom, DingTalk and Alibaba
// Cloud SMS (tests/support/fakes/), with a trainer, a cohort that ended two weeks ago (so its first
// follow-up rounds are due) and helpers to join it, choose channels and run the follow-up job at a
// chosen time. For tests/integration/reach*.test.ts and the WeCom e2e test.
import PocketBase from "pocketbase";
import { randomBytes } from "node:crypto";
import { startTestPocketBase } from "./integration-setup";
import { superuserClient } from "./api";
import { startWecomFake, type WecomFake } from "./fakes/wecom";
import { startDingtalkFake, type DingtalkFake } from "./fakes/dingtalk";
import { startAliyunSmsFake, type AliyunSmsFake } from "./fakes/aliyun-sms";
import { daytimeZone } from "../../scripts/lib/daytime-zone.mjs";

export const WECOM_KEY = "5f0e1d2c-3b4a-4958-8776-a5b4c3d2e1f0";
export const DING_TOKEN = "c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4";
export const DING_SECRET = "SECfedcba9876543210fedcba9876543210fedcba9876543210fedcba98765432";
const WECOM_SECRET = "wecom-app-secret-reach-0a1b2c3d4e5f";
const DING_APP_SECRET = "dingtalk-app-secret-reach-6a7b8c9d";
const ALIYUN_SECRET = "aliyun-access-key-secret-reach-77aa";
/** Every credential the server holds: none may appear in an answer, a log line or a stored record. */
export const SECRETS = [WECOM_KEY, DING_TOKEN, DING_SECRET, WECOM_SECRET, DING_APP_SECRET, ALIYUN_SECRET];

/** Mobile numbers the fakes' directories know (WeCom and DingTalk users). */
export const MOBILES = ["13800138000", "13900139001", "13700137002", "13600136003", "13500135004"];

export interface ReachWorld {
  url: string;
  admin: PocketBase;
  trainer: PocketBase;
  cohortId: string;
  wecom: WecomFake;
  dingtalk: DingtalkFake;
  aliyun: AliyunSmsFake;
  server: Awaited<ReturnType<typeof startTestPocketBase>>;
  stop(): Promise<void>;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Starts the fakes and a PocketBase configured for every channel, with a trainer and an ended cohort. */
export async function startReachWorld(publicDir: string, extraEnv: Record<string, string> = {}): Promise<ReachWorld> {
  const users = Object.fromEntries(MOBILES.map((m, i) => [m, `user${i}`]));
  const wecom = await startWecomFake({
    robotKeys: [WECOM_KEY],
    corpId: "ww0123456789abcdef",
    secret: WECOM_SECRET,
    agentId: 1000002,
    users,
  });
  const dingtalk = await startDingtalkFake({
    robots: { [DING_TOKEN]: { secret: DING_SECRET } },
    appKey: "dingappkeyreach01234",
    appSecret: DING_APP_SECRET,
    agentId: 2000003,
    users,
  });
  const aliyun = await startAliyunSmsFake({
    accessKeyId: "LTAI5tReachKeyId0001",
    accessKeySecret: ALIYUN_SECRET,
    signNames: ["践诺"],
    templates: { SMS_465000001: ["link"] },
  });
  const server = await startTestPocketBase(publicDir, {
    JIANNUO_WECOM_BASE_URL: wecom.url,
    JIANNUO_DINGTALK_BASE_URL: dingtalk.url,
    JIANNUO_ALIYUN_SMS_BASE_URL: aliyun.url,
    JIANNUO_WECOM_CORP_ID: "ww0123456789abcdef",
    JIANNUO_WECOM_APP_SECRET: WECOM_SECRET,
    JIANNUO_WECOM_AGENT_ID: "1000002",
    JIANNUO_DINGTALK_APP_KEY: "dingappkeyreach01234",
    JIANNUO_DINGTALK_APP_SECRET: DING_APP_SECRET,
    JIANNUO_DINGTALK_AGENT_ID: "2000003",
    JIANNUO_ALIYUN_ACCESS_KEY_ID: "LTAI5tReachKeyId0001",
    JIANNUO_ALIYUN_ACCESS_KEY_SECRET: ALIYUN_SECRET,
    JIANNUO_ALIYUN_SMS_SIGN_NAME: "践诺",
    JIANNUO_ALIYUN_SMS_TEMPLATE_CODE: "SMS_465000001",
    ...extraEnv,
  });
  const url = server.handle.url;
  const admin = await superuserClient(server.handle);
  const email = `trainer-${randomBytes(4).toString("hex")}@example.com`;
  const password = randomBytes(12).toString("hex");
  await admin.collection("trainers").create({ email, password, passwordConfirm: password, name: "王老师" });
  const trainer = new PocketBase(url);
  trainer.autoCancellation(false);
  await trainer.collection("trainers").authWithPassword(email, password);
  // Ended 10 days ago: the day-7 round is due, the day-21 one is not yet.
  const ended = Date.now() - 10 * 86400000;
  const cohort = await trainer.collection("cohorts").create({
    name: "服务之道 12 月班",
    organization: "示例银行",
    trainer: trainer.authStore.record!.id,
    startsOn: iso(ended - 86400000),
    endsOn: iso(ended),
    locale: "zh-CN",
    // Awake whenever the tests run: nothing goes out in a cohort's quiet hours.
    timeZone: daytimeZone(),
  });
  return {
    url,
    admin,
    trainer,
    cohortId: cohort.id,
    wecom,
    dingtalk,
    aliyun,
    server,
    async stop() {
      await server.stop();
      await Promise.all([wecom, dingtalk, aliyun].map((f) => f.server.close()));
    },
  };
}

/** Joins the world's cohort without an email (channels only) and writes one commitment; the participant's client. */
export async function joinWithCommitment(world: ReachWorld, name: string, action = `${name}的承诺：每天复盘一位客户`) {
  const { joinCode } = await world.admin.collection("cohorts").getOne(world.cohortId);
  const res = await fetch(`${world.url}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: joinCode, name, locale: "zh-CN" }),
  });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`join failed: ${res.status} ${JSON.stringify(body)}`);
  const pb = new PocketBase(world.url);
  pb.autoCancellation(false);
  pb.authStore.save(body.token, body.record);
  const id = body.record.id as string;
  const commitment = await pb.collection("commitments").create({
    participant: id,
    cohort: world.cohortId,
    module: "eoac",
    kind: "personal",
    action,
    confidence: 7,
    visibility: "private",
    status: "planned",
  });
  return { pb, id, commitmentId: commitment.id };
}

/** The participant consents to a channel with their mobile number. */
export async function choose(pb: PocketBase, participant: string, channel: string, mobile: string) {
  return pb.collection("reach_channels").create({ participant, channel, mobile, consent: true });
}

/** Sets the cohort's group robot through the trainer's route. */
export async function setRobot(world: ReachWorld, channel: string, webhook: string, secret?: string) {
  const res = await fetch(`${world.url}/api/jiannuo/cohorts/${world.cohortId}/robots`, {
    method: "POST",
    headers: { Authorization: world.trainer.authStore.token, "content-type": "application/json" },
    body: JSON.stringify({ channel, webhook, secret }),
  });
  return { status: res.status, body: await res.json() };
}

/** Runs the follow-up job as at `now` (ms; the real time unless given). */
export async function runJob(world: ReachWorld, now?: number) {
  const query = now ? `?now=${now}` : "";
  const res = await fetch(`${world.url}/api/jiannuo/followups/run${query}`, {
    method: "POST",
    headers: { Authorization: world.admin.authStore.token },
  });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`job answered ${res.status}: ${JSON.stringify(body)}`);
  return body as { channels: { planned: number; sent: number; retry: number; failed: number; skipped: number } };
}

/** The deliveries of a participant (superuser view), oldest first. */
export async function deliveriesOf(world: ReachWorld, participant: string) {
  return world.admin
    .collection("channel_deliveries")
    .getFullList({ filter: world.admin.filter("participant = {:p}", { p: participant }), sort: "created" });
}
