// Someone who gave an email gets back in on another device with a one-time code sent to it (through
// real SMTP, a local sink), then chooses which of that address's workshops this device signs in to.
// The code email has fixed words only; the address is found in any case.
import { describe, expect, it } from "vitest";
import { client, joinAs, newCohort, newTrainer, superuserClient, unique } from "../support/api";
import { mailsTo, nextMailTo, signInCode } from "../support/mail";

async function twoCohorts() {
  const trainer = (await newTrainer(await superuserClient())).pb;
  return [await newCohort(trainer), await newCohort(trainer, { locale: "en" })] as const;
}

/** Asks for a code as `typed`, and signs the address in with it on a fresh client. */
async function signInAddress(typed: string, email: string) {
  const device = client();
  const seen = mailsTo(email).length;
  const { otpId } = await device.collection("addresses").requestOTP(typed);
  const mail = await nextMailTo(email, seen);
  await device.collection("addresses").authWithOTP(otpId, signInCode(mail));
  return { device, mail };
}

describe("the one-time sign-in code", () => {
  it.each([
    ["zh-CN", "你的践诺登录验证码", "你的登录验证码是"],
    ["en", "Your Jiannuo sign-in code", "Your sign-in code is"],
  ])("arrives in %s with fixed words only, for the address in any case", async (locale, subject, body) => {
    const [cohort] = await twoCohorts();
    const email = `${unique("otp")}@example.com`;
    const name = unique("名字");
    await joinAs(cohort.joinCode, name, { email, locale });
    // The page sends the typed address normalised (normalizeEmail); the server matches it in any case too.
    const { mail } = await signInAddress(email.toUpperCase(), email);
    expect(mail.subject).toContain(subject);
    expect(mail.text).toContain(body);
    expect(mail.from).toContain("noreply@jiannuo.test");
    for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toContain(name);
  });

  it("lets the device choose among the address's workshops, newest first, and signs in as that participant", async () => {
    const [a, b] = await twoCohorts();
    const email = `${unique("two")}@example.com`;
    const inA = await joinAs(a.joinCode, "在A班", { email });
    const inB = await joinAs(b.joinCode, "In B", { email: email.toUpperCase(), locale: "en" });
    const { device } = await signInAddress(email, email);
    const choice = await device.send("/api/jiannuo/address/participations", {});
    expect(choice).toEqual({
      email,
      unsubscribed: false,
      participations: [
        {
          id: inB.record.id,
          name: "In B",
          joinedAt: expect.any(String),
          cohort: { id: b.id, name: b.name, organization: b.organization, locale: "en" },
        },
        {
          id: inA.record.id,
          name: "在A班",
          joinedAt: expect.any(String),
          cohort: { id: a.id, name: a.name, organization: a.organization, locale: "zh-CN" },
        },
      ],
    });
    const session = await device.send("/api/jiannuo/address/sign-in", {
      method: "POST",
      body: { participant: inA.record.id },
    });
    expect(session).toMatchObject({
      record: { id: inA.record.id, cohort: a.id },
      cohort: { id: a.id, name: a.name },
      email,
    });
    expect(session.record.emailConfirmedAt).not.toBe(""); // the code proved the address: choosing confirms
    const participant = client();
    participant.authStore.save(session.token, session.record);
    expect((await participant.collection("cohorts").getOne(a.id)).name).toBe(a.name);
    expect((await participant.collection("participants").getFullList()).map((p) => p.id)).toEqual([inA.record.id]);
  });

  it("never signs in as a participant of another address", async () => {
    const [cohort] = await twoCohorts();
    const mine = `${unique("mine")}@example.com`;
    await joinAs(cohort.joinCode, "Me", { email: mine });
    const stranger = await joinAs(cohort.joinCode, "Stranger", { email: `${unique("theirs")}@example.com` });
    const { device } = await signInAddress(mine, mine);
    await expect(
      device.send("/api/jiannuo/address/sign-in", { method: "POST", body: { participant: stranger.record.id } }),
    ).rejects.toMatchObject({ status: 404 });
    // A participant's or a trainer's session is no address session.
    await expect(stranger.pb.send("/api/jiannuo/address/participations", {})).rejects.toMatchObject({ status: 403 });
  });

  it("a wrong code is refused", async () => {
    const [cohort] = await twoCohorts();
    const email = `${unique("otp")}@example.com`;
    await joinAs(cohort.joinCode, "Guess", { email });
    const device = client();
    const { otpId } = await device.collection("addresses").requestOTP(email);
    const real = signInCode(await nextMailTo(email));
    const wrong = real === "000000" ? "111111" : "000000";
    await expect(device.collection("addresses").authWithOTP(otpId, wrong)).rejects.toMatchObject({ status: 400 });
  });

  it("asking for an unknown email answers the same and sends nothing", async () => {
    const [cohort] = await twoCohorts();
    const unknown = `${unique("nobody")}@example.com`;
    const control = `${unique("control")}@example.com`;
    await joinAs(cohort.joinCode, "Control", { email: control });
    const { otpId } = await client().collection("addresses").requestOTP(unknown);
    expect(otpId).toMatch(/^[a-z0-9]{15}$/);
    await client().collection("addresses").requestOTP(control);
    await nextMailTo(control);
    expect(mailsTo(unknown)).toEqual([]);
  });
});
