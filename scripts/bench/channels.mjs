// Follow-ups over mixed channels at scale: N due follow-ups (5 per participant: four rounds and a
// commitment's date, all due) of participants who chose, in turn, the WeCom app, DingTalk work notices,
// SMS, the cohort's WeCom group robot or its DingTalk group robot, drained by the real job (POST
// /api/jiannuo/followups/run, back to back) into the tests' local fakes of each provider
// (tests/support/fakes/), which check signatures and tokens and enforce the providers' limits.
// Each run stands for one minute of the providers' time (`?now=` and the fakes' clocks move on
// together), so a robot's 20 messages a minute show as runs. Every cohort posts into the same two
// robots (one organisation's groups), so their limit is what the digests wait for.
// Proof of "once": each person's one message per channel (a userid, a number, a mention) appears
// exactly once at the fake, and no delivery is left queued. Its own PocketBase, without SMTP.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import PocketBase from "pocketbase";
import { upsertSuperuser } from "../lib/pocketbase-binary.mjs";
import { freePort, startPocketBase } from "../lib/run-pocketbase.mjs";
import { adminClient, COHORT_MAX, inParallel, join, trainerWithCohorts } from "./fixtures.mjs";
import { daytimeZone } from "../lib/daytime-zone.mjs";

const { startWecomFake } = await import("../../tests/support/fakes/wecom.ts");
const { startDingtalkFake } = await import("../../tests/support/fakes/dingtalk.ts");
const { startAliyunSmsFake } = await import("../../tests/support/fakes/aliyun-sms.ts");

const DAY = 86400000;
const MINUTE = 60000;
const ROUNDS = [1, 2, 3, 4];
const PER_PARTICIPANT = ROUNDS.length + 1;
const CHANNELS = ["wecom_app", "dingtalk_notice", "sms", "wecom_robot", "dingtalk_robot"];
const ROBOT_LIMIT = 20;
const WECOM_KEY = "bench-7f1e2d3c-4b5a-6978";
const DING_TOKEN = `bench${"a1b2c3d4".repeat(7)}`;
const DING_SECRET = `SEC${"f0e1d2c3".repeat(8)}`;
const SECRETS = {
  wecom: "bench-wecom-app-secret-01",
  ding: "bench-dingtalk-app-secret-1",
  aliyun: "bench-aliyun-secret-0001",
};

/** A distinct mainland mobile number per participant. */
const mobileOf = (i) => `139${String(i).padStart(8, "0")}`;

async function startFakes(participants) {
  const users = Object.fromEntries(Array.from({ length: participants }, (_, i) => [mobileOf(i), `u${i}`]));
  const wecom = await startWecomFake({
    robotKeys: [WECOM_KEY],
    corpId: "wwbench0123456789",
    secret: SECRETS.wecom,
    agentId: 1000002,
    users,
  });
  const dingtalk = await startDingtalkFake({
    robots: { [DING_TOKEN]: { secret: DING_SECRET } },
    appKey: "dingbenchappkey0001",
    appSecret: SECRETS.ding,
    agentId: 2000003,
    users,
  });
  const aliyun = await startAliyunSmsFake({
    accessKeyId: "LTAI5tBenchKeyId0001",
    accessKeySecret: SECRETS.aliyun,
    signNames: ["践诺"],
    templates: { SMS_465000001: ["link"] },
  });
  return { wecom, dingtalk, aliyun };
}

async function startServer(dataDir, fakes) {
  const superuser = { email: "bench@test.local", password: randomBytes(12).toString("hex") };
  upsertSuperuser(dataDir, superuser);
  const port = await freePort();
  const server = await startPocketBase({
    dataDir,
    port,
    stdio: "pipe",
    env: {
      APP_URL: `http://127.0.0.1:${port}`,
      JIANNUO_FOLLOWUP_CRON: "off",
      JIANNUO_WECOM_BASE_URL: fakes.wecom.url,
      JIANNUO_DINGTALK_BASE_URL: fakes.dingtalk.url,
      JIANNUO_ALIYUN_SMS_BASE_URL: fakes.aliyun.url,
      JIANNUO_WECOM_CORP_ID: "wwbench0123456789",
      JIANNUO_WECOM_APP_SECRET: SECRETS.wecom,
      JIANNUO_WECOM_AGENT_ID: "1000002",
      JIANNUO_DINGTALK_APP_KEY: "dingbenchappkey0001",
      JIANNUO_DINGTALK_APP_SECRET: SECRETS.ding,
      JIANNUO_DINGTALK_AGENT_ID: "2000003",
      JIANNUO_ALIYUN_ACCESS_KEY_ID: "LTAI5tBenchKeyId0001",
      JIANNUO_ALIYUN_ACCESS_KEY_SECRET: SECRETS.aliyun,
      JIANNUO_ALIYUN_SMS_SIGN_NAME: "践诺",
      JIANNUO_ALIYUN_SMS_TEMPLATE_CODE: "SMS_465000001",
    },
  });
  return { server, superuser };
}

/** Cohorts that ended five days ago with rounds on days 1-4, their robots, and the participants' choices. */
async function seed(url, admin, participants) {
  const endsOn = new Date(Date.now() - 5 * DAY).toISOString().slice(0, 10);
  const dueOn = new Date(Date.now() - DAY).toISOString().slice(0, 10);
  const count = Math.max(1, Math.ceil(participants / COHORT_MAX));
  const { cohorts, email, password } = await trainerWithCohorts(admin, {
    count,
    endsOn,
    followUpDays: ROUNDS,
    name: "渠道",
    // Awake for the whole drain, whenever the bench runs: nothing goes out in a cohort's quiet hours.
    timeZone: daytimeZone(),
  });
  const trainer = new PocketBase(url);
  trainer.autoCancellation(false);
  await trainer.collection("trainers").authWithPassword(email, password);
  for (const cohort of cohorts) {
    for (const [channel, webhook, secret] of [
      ["wecom_robot", `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}`, ""],
      ["dingtalk_robot", `https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}`, DING_SECRET],
    ]) {
      const res = await fetch(`${url}/api/jiannuo/cohorts/${cohort.id}/robots`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: trainer.authStore.token },
        body: JSON.stringify({ channel, webhook, secret }),
      });
      if (res.status !== 200) throw new Error(`setting a robot answered ${res.status}`);
    }
  }
  await inParallel(participants, 25, async (i) => {
    const cohort = cohorts[i % cohorts.length];
    const session = await join(url, cohort.joinCode, `参与者${i}`);
    const post = async (collection, body) => {
      const res = await fetch(`${url}/api/collections/${collection}/records`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: session.token },
        body: JSON.stringify(body),
      });
      if (res.status !== 200) throw new Error(`seeding ${collection} answered ${res.status}: ${await res.text()}`);
    };
    await post("commitments", {
      participant: session.record.id,
      cohort: cohort.id,
      module: "eoac",
      kind: "personal",
      action: `第${i}条：每天下班前回访一位客户`,
      dueOn,
      confidence: 8,
      visibility: "private",
      status: "planned",
    });
    await post("reach_channels", {
      participant: session.record.id,
      channel: CHANNELS[i % CHANNELS.length],
      mobile: mobileOf(i),
      consent: true,
    });
  });
}

async function runJob(url, admin, now) {
  const res = await fetch(`${url}/api/jiannuo/followups/run?now=${now}`, {
    method: "POST",
    headers: { authorization: admin.authStore.token },
  });
  if (res.status !== 200) throw new Error(`the follow-up run answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** How often each value occurs. */
function tally(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * Runs the benchmark in its own server; `followups` is rounded down to whole participants.
 * `emailSeconds`: the email-only drain of the same number, from the follow-up email benchmark, when run.
 */
export async function channelThroughput({ followups = 10_000, emailSeconds = null } = {}) {
  const participants = Math.max(CHANNELS.length, Math.floor(followups / PER_PARTICIPANT));
  const total = participants * PER_PARTICIPANT;
  const fakes = await startFakes(participants);
  const dataDir = mkdtempSync(path.join(tmpdir(), "jiannuo-bench-channels-"));
  const { server, superuser } = await startServer(dataDir, fakes);
  try {
    const url = server.url;
    const admin = await adminClient(url, superuser);
    const seedStart = performance.now();
    await seed(url, admin, participants);
    const seedMs = performance.now() - seedStart;

    const start = Date.now();
    const perRun = [];
    const drainStart = performance.now();
    let queued = 1;
    for (let run = 0; run < 500 && queued > 0; run++) {
      if (run > 0) for (const fake of Object.values(fakes)) fake.server.passTime(MINUTE);
      const robotsBefore = [fakes.wecom.robotMessages.length, fakes.dingtalk.robotMessages.length];
      const result = await runJob(url, admin, start + run * MINUTE);
      perRun.push({
        ...result.channels,
        wecomRobot: fakes.wecom.robotMessages.length - robotsBefore[0],
        dingtalkRobot: fakes.dingtalk.robotMessages.length - robotsBefore[1],
      });
      const c = result.channels;
      const open = await admin
        .collection("channel_deliveries")
        .getList(1, 1, { filter: "state = 'queued' || state = 'sending'", skipTotal: false });
      const unplanned = await admin
        .collection("followups")
        .getList(1, 1, { filter: "channelsPlannedAt = ''", skipTotal: false });
      queued = open.totalItems + unplanned.totalItems + c.planned;
    }
    const drainMs = performance.now() - drainStart;

    const deliveries = await admin
      .collection("channel_deliveries")
      .getFullList({ fields: "channel,state", batch: 2000 });
    const states = tally(deliveries.map((d) => `${d.channel}:${d.state}`));
    const share = participants / CHANNELS.length;
    const expected = Object.fromEntries(
      CHANNELS.map((ch, k) => [
        ch,
        Math.floor(participants / CHANNELS.length) + (k < participants % CHANNELS.length ? 1 : 0),
      ]),
    );
    const reached = {
      wecom_app: tally(fakes.wecom.appMessages.map((m) => m.userId)),
      dingtalk_notice: tally(fakes.dingtalk.notices.map((n) => n.userId)),
      sms: tally(fakes.aliyun.sent.map((s) => s.phone)),
      wecom_robot: tally(fakes.wecom.robotMessages.flatMap((m) => m.mentionedMobiles)),
      dingtalk_robot: tally(fakes.dingtalk.robotMessages.flatMap((m) => m.atMobiles)),
    };
    const once = CHANNELS.every(
      (ch) => reached[ch].size === expected[ch] && [...reached[ch].values()].every((n) => n === 1),
    );
    const maxRobot = Math.max(...perRun.map((r) => Math.max(r.wecomRobot, r.dingtalkRobot)));
    const limited = perRun.reduce((sum, r) => sum + r.retry, 0);
    const simulatedMinutes = perRun.length;
    const rows = CHANNELS.map((ch) => ({
      channel: ch,
      participants: expected[ch],
      "reached once": [...reached[ch].values()].filter((n) => n === 1).length,
      "reached twice or more": [...reached[ch].values()].filter((n) => n > 1).length,
      messages:
        ch === "wecom_robot"
          ? fakes.wecom.robotMessages.length
          : ch === "dingtalk_robot"
            ? fakes.dingtalk.robotMessages.length
            : [...reached[ch].values()].reduce((a, b) => a + b, 0),
      sent: states.get(`${ch}:sent`) ?? 0,
      "failed or skipped": (states.get(`${ch}:failed`) ?? 0) + (states.get(`${ch}:skipped`) ?? 0),
    }));
    const emailNote = emailSeconds === null ? "not run here" : `${emailSeconds.toFixed(0)} s`;
    return {
      rows,
      notes: [
        `${total} due follow-ups of ${participants} participants (${share.toFixed(0)} per channel, ${PER_PARTICIPANT} each, bundled into one message per channel and day); seeding ${(seedMs / 1000).toFixed(1)} s`,
        `drained in ${(drainMs / 1000).toFixed(1)} s of wall time over ${perRun.length} back-to-back job runs (each one minute of the providers' time), ${limited} deliveries put back by a limit`,
        `group robot messages in any one minute: at most ${maxRobot} (limit ${ROBOT_LIMIT})`,
        `each person reached exactly once on their channel, none left queued: ${once && queued === 0 ? "yes" : "NO"}`,
        `email-only, the same number of follow-ups (the follow-up email benchmark): ${emailNote}`,
      ],
      summary: [
        {
          benchmark: `channels: ${total} due follow-ups over 5 channels`,
          figure: `${(drainMs / 1000).toFixed(0)} s wall, ${simulatedMinutes} provider-minutes`,
          goal: `robots ≤ ${ROBOT_LIMIT}/min`,
          reference: `email-only: ${emailNote}`,
          met: maxRobot <= ROBOT_LIMIT,
        },
        {
          benchmark: "channels: each person reached once per channel",
          figure: once && queued === 0 ? "yes" : "no",
          goal: "yes",
          reference: "",
          met: once && queued === 0,
        },
      ],
    };
  } finally {
    await server.stop();
    await Promise.all(Object.values(fakes).map((f) => f.server.close()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
