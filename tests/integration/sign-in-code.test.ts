// A participant who gave an email gets back in on another device with a one-time code, sent in their
// language through real SMTP (a local sink).
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";
import { client, joinAs, newCohort, newTrainer, superuserClient, unique } from "../support/api";

async function mailTo(address: string) {
  const { mailDir } = inject("pocketbase");
  for (let i = 0; i < 50; i++) {
    const mail = readMailbox(mailDir).filter((m: { envelopeTo: string[] }) => m.envelopeTo.includes(address));
    if (mail.length) return mail.at(-1)!;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${address}`);
}

describe("the one-time sign-in code", () => {
  it.each([
    ["zh-CN", "你的践诺登录验证码", "你的登录验证码是"],
    ["en", "Your Jiannuo sign-in code", "Your sign-in code is"],
  ])("arrives in %s and signs the participant in on a new device", async (locale, subject, body) => {
    const cohort = await newCohort((await newTrainer(await superuserClient())).pb);
    const email = `${unique("otp")}@example.com`;
    const joined = await joinAs(cohort.joinCode, "回来的人", { email, locale });

    const otherDevice = client();
    const { otpId } = await otherDevice.collection("participants").requestOTP(email);
    const mail = await mailTo(email);
    expect(mail.subject).toContain(subject);
    expect(mail.text).toContain(body);
    expect(mail.from).toContain("noreply@jiannuo.test");
    const code = mail.subject.match(/(\d{6})$/)![1];
    const auth = await otherDevice.collection("participants").authWithOTP(otpId, code);
    expect(auth.record.id).toBe(joined.record.id);
    expect((await otherDevice.collection("cohorts").getOne(cohort.id)).name).toBe(cohort.name);
  });

  it("a wrong code is refused", async () => {
    const cohort = await newCohort((await newTrainer(await superuserClient())).pb);
    const email = `${unique("otp")}@example.com`;
    await joinAs(cohort.joinCode, "Guess", { email });
    const device = client();
    const { otpId } = await device.collection("participants").requestOTP(email);
    const real = (await mailTo(email)).subject.match(/(\d{6})$/)![1];
    const wrong = real === "000000" ? "111111" : "000000";
    await expect(device.collection("participants").authWithOTP(otpId, wrong)).rejects.toMatchObject({ status: 400 });
  });

  it("asking for an unknown email reveals nothing and sends nothing", async () => {
    const cohort = await newCohort((await newTrainer(await superuserClient())).pb);
    const known = `${unique("otp")}@example.com`;
    await joinAs(cohort.joinCode, "Marker", { email: known });
    const email = `${unique("nobody")}@example.com`;
    const { otpId } = await client().collection("participants").requestOTP(email);
    expect(otpId).toBeTruthy();
    // A code asked for afterwards, for a known email: once it has arrived, a mail for the first would have too.
    await client().collection("participants").requestOTP(known);
    await mailTo(known);
    expect(
      readMailbox(inject("pocketbase").mailDir).some((m: { envelopeTo: string[] }) => m.envelopeTo.includes(email)),
    ).toBe(false);
  });
});
