// A participant reached in WeCom or DingTalk: on a phone in that app's in-app browser they join, choose
// the cohort's group digest under "怎样提醒我" with their mobile number, the follow-up job posts the
// digest to the local fake of that provider, and the link it holds for them opens the check-in page in
// the same browser, where two taps (the link, then the answer) record the check-in the trainer sees,
// under that group in the dashboard's channels section.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SITE_DIR } from "../../scripts/lib/pocketbase-binary.mjs";
import { PHONE, useBrowser } from "../support/browser";
import {
  DING_SECRET,
  DING_TOKEN,
  MOBILES,
  WECOM_KEY,
  runJob,
  setRobot,
  startReachWorld,
  type ReachWorld,
} from "../support/reach-world";

const ANDROID_WEBVIEW =
  "Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) " +
  "Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36";

/** Each app's group, its in-app browser (Android), and what its fake received. */
const APPS = [
  {
    app: "WeCom",
    channel: "wecom_robot",
    group: "企业微信群",
    person: "前台小周",
    mobile: MOBILES[0]!,
    // WeCom's user agent carries wxwork/ and MicroMessenger/.
    userAgent: `${ANDROID_WEBVIEW} wxwork/4.1.22 ColorScheme/Light MicroMessenger/7.0.1 NetType/WIFI Language/zh Lang/zh`,
    digests: (w: ReachWorld) => w.wecom.robotMessages.map((m) => ({ mentioned: m.mentionedMobiles, text: m.content })),
  },
  {
    app: "DingTalk",
    channel: "dingtalk_robot",
    group: "钉钉群",
    person: "大堂小吴",
    mobile: MOBILES[1]!,
    // DingTalk's user agent carries AliApp(DingTalk/…) and DingTalk/.
    userAgent: `${ANDROID_WEBVIEW} AliApp(DingTalk/7.0.10) com.alibaba.android.rimet/36017520 Channel/227200 language/zh-CN UT4Aplus/0.2.25 colorScheme/light DingTalk/7.0.10`,
    digests: (w: ReachWorld) => w.dingtalk.robotMessages.map((m) => ({ mentioned: m.atMobiles, text: m.content })),
  },
] as const;

const { browser } = useBrowser();
let w: ReachWorld;

beforeAll(async () => {
  w = await startReachWorld(SITE_DIR);
  await setRobot(w, "wecom_robot", `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}`);
  await setRobot(w, "dingtalk_robot", `https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}`, DING_SECRET);
});

afterAll(async () => {
  await w?.stop();
});

describe.each(APPS)(
  "a follow-up in a $app group",
  ({ channel, group, person, mobile, userAgent, digests: received }) => {
    const APP_PHONE = { ...PHONE, userAgent };
    it("is chosen on my commitments, arrives as a digest mentioning me, and two taps on its link record my answer", async () => {
      const { joinCode } = await w.admin.collection("cohorts").getOne(w.cohortId);
      const context = await browser().newContext(APP_PHONE);
      const page = await context.newPage();
      await page.goto(`${w.url}/join?code=${joinCode}`);
      await page.waitForSelector("form input[name=name]");
      await page.fill("input[name=name]", person);
      await page.click("button[type=submit]");
      await page.locator('[data-testid="joined"]').waitFor();
      const [me] = await w.admin
        .collection("participants")
        .getFullList({ filter: w.admin.filter("cohort = {:c} && name = {:name}", { c: w.cohortId, name: person }) });
      // The commitment made in the room (the commitment form has its own tests).
      const commitment = await w.admin.collection("commitments").create({
        participant: me!.id,
        cohort: w.cohortId,
        module: "relationship-trust",
        kind: "personal",
        action: "答应客户的回电，当天下班前打完",
        confidence: 6,
        visibility: "private",
        status: "planned",
      });

      await page.goto(`${w.url}/me/`);
      await page.getByText("怎样提醒我").click();
      await page.getByLabel(`通过${group}提醒我`).check();
      await page.getByLabel("手机号").fill(mobile);
      await page.getByRole("button", { name: "同意并开始提醒" }).click();
      await page.getByText(`已保存：会通过${group}提醒你。`).waitFor();
      await context.close();

      const before = received(w).length;
      await runJob(w);
      const digests = received(w).slice(before);
      expect(digests).toHaveLength(1);
      expect(digests[0]!.mentioned).toEqual([mobile]);
      expect(digests[0]!.text).toContain(person);
      expect(digests[0]!.text).not.toContain("答应客户的回电");
      const link = digests[0]!.text.match(/https?:\/\/\S+\/checkin\/#\S+/)![0];

      // Tap 1: the link, opened in the app's browser on the phone; tap 2: the answer.
      const app = await browser().newContext(APP_PHONE);
      const phone = await app.newPage();
      await phone.goto(link);
      expect(await phone.evaluate(() => window.innerWidth)).toBe(390);
      await phone.getByText("答应客户的回电，当天下班前打完").waitFor();
      await phone.locator('button[data-answer="done"]').click();
      await phone.locator('[data-answer-recorded="done"]').waitFor();
      await app.close();

      const trainerView = await w.trainer.collection("commitments").getOne(commitment.id);
      expect(trainerView.status).toBe("done");
      const [checkin] = await w.trainer
        .collection("checkins")
        .getFullList({ filter: w.trainer.filter("commitment = {:k}", { k: commitment.id }) });
      // The answer counts under the channel whose message brought it (the page sends the link's `ch`).
      expect(checkin).toMatchObject({ status: "done", source: "email", channel });

      // The trainer's dashboard counts the digest and its answer under the app's group, once opened.
      const desk = await browser().newContext();
      await desk.addInitScript(
        ([key, value]) => localStorage.setItem(key!, value!),
        [
          "jiannuo:trainer-auth",
          JSON.stringify({ token: w.trainer.authStore.token, record: w.trainer.authStore.record }),
        ],
      );
      const dashboard = await desk.newPage();
      await dashboard.goto(`${w.url}/trainer/cohort/?cohort=${w.cohortId}`);
      await dashboard.locator("[data-dashboard-ready]").waitFor();
      await dashboard.getByRole("button", { name: "渠道（邮件、企业微信、钉钉、短信）" }).click();
      const row = dashboard.locator(`tr[data-channel=${channel}]`);
      await row.waitFor();
      expect(await row.locator("[data-sent]").textContent()).toBe("1");
      expect(await row.locator("[data-answered]").textContent()).toBe("1");
      expect(await row.locator("[data-round]").allTextContents()).toEqual(["第 7 天：1/1（100%）"]);
      await desk.close();
    });
  },
);
