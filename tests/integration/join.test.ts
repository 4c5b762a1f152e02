// The join route against the real server: good, wrong and archived codes, bad input, retries.
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import { clientId, joinAs, newCohort, newTrainer, postJoin, superuserClient, unique } from "../support/api";

let admin: PocketBase;
let code: string;
let cohortId: string;

async function participantCount() {
  return (
    await admin.collection("participants").getList(1, 1, { filter: admin.filter("cohort = {:c}", { c: cohortId }) })
  ).totalItems;
}

beforeAll(async () => {
  admin = await superuserClient();
  const trainer = await newTrainer(admin);
  const cohort = await newCohort(trainer.pb, { name: "网点服务提升班", organization: "示例银行" });
  code = cohort.joinCode;
  cohortId = cohort.id;
});

describe("joining a cohort", () => {
  it("with a good code returns a participant session in that cohort", async () => {
    const { status, body } = await postJoin({ code, name: "  王小雨 ", locale: "zh-CN" });
    expect(status).toBe(200);
    expect(body.token).toMatch(/^ey/);
    expect(body.record).toMatchObject({ name: "王小雨", cohort: cohortId, locale: "zh-CN", followUpConsent: false });
    expect(body.record.joinKeyHash).toBeUndefined();
    expect(body.cohort).toEqual({ id: cohortId, name: "网点服务提升班", organization: "示例银行", locale: "zh-CN" });
  });

  it("accepts the code in lower case, with spaces or a hyphen", async () => {
    const typed = `${code.slice(0, 3).toLowerCase()} -${code.slice(3)}`;
    expect((await postJoin({ code: typed, name: "李强" })).status).toBe(200);
  });

  it("the session works: the participant reads their own record and cohort; the device learns the email it gave", async () => {
    const email = `${unique("p")}@example.com`;
    const { pb, record, body } = await joinAs(code, "陈梅", { email: ` ${email.toUpperCase()}` });
    expect(body.email).toBe(email);
    const me = await pb.collection("participants").getOne(record.id);
    expect(me.name).toBe("陈梅");
    expect((await pb.collection("cohorts").getOne(cohortId)).name).toBe("网点服务提升班");
  });

  it("uses the cohort's locale when none is given", async () => {
    const { body } = await postJoin({ code, name: "Zhou" });
    expect(body.record.locale).toBe("zh-CN");
  });

  it("records consents with the time they were given", async () => {
    const before = Date.now();
    const { body } = await postJoin({
      code,
      name: "Lin",
      email: `${unique("p")}@example.com`,
      followUpConsent: true,
      namedInReport: true,
    });
    expect(body.record.followUpConsent).toBe(true);
    expect(body.record.namedInReport).toBe(true);
    expect(new Date(body.record.followUpConsentAt.replace(" ", "T")).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(body.record.namedInReportAt).not.toBe("");
  });

  it.each([
    [{ code: "ZZZZZZ", name: "A" }, "code", "jiannuo_code_unknown"],
    [{ code: "12345", name: "A" }, "code", "jiannuo_code_format"],
    [{ code: "O0O0O0", name: "A" }, "code", "jiannuo_code_format"],
    [{ code: "", name: "A" }, "code", "jiannuo_code_format"],
    [{ name: "   " }, "name", "jiannuo_name_required"],
    [{ name: "名".repeat(41) }, "name", "jiannuo_name_too_long"],
    [{ name: "A", email: "not-an-email" }, "email", "jiannuo_email_invalid"],
    [{ name: "A", followUpConsent: true }, "email", "jiannuo_consent_needs_email"],
    [{ name: "A", locale: "fr" }, "locale", "jiannuo_locale_invalid"],
    [{ name: "A", id: "TooShort" }, "id", "jiannuo_id_format"],
  ])("refuses %j with %s: %s and stores nothing", async (input, field, errorCode) => {
    const before = await participantCount();
    const { status, body } = await postJoin({ code, ...input });
    expect(status).toBe(400);
    expect(body.data[field].code).toBe(errorCode);
    expect(body.data[field].message).toBeTruthy();
    expect(await participantCount()).toBe(before);
  });

  it("refuses an archived cohort's code", async () => {
    const trainer = await newTrainer(admin);
    const closed = await newCohort(trainer.pb, { archived: true });
    const { status, body } = await postJoin({ code: closed.joinCode, name: "A" });
    expect(status).toBe(400);
    expect(body.data.code.code).toBe("jiannuo_cohort_archived");
  });

  it("accepts an email another participant gave (one person, many workshops; nothing tells it was known)", async () => {
    const email = `${unique("dup")}@example.com`;
    expect((await postJoin({ code, name: "A", email })).status).toBe(200);
    const again = await postJoin({ code, name: "B", email: email.toUpperCase() });
    expect(again.status).toBe(200);
    expect(again.body.email).toBe(email);
  });
});

describe("retrying a join", () => {
  it("with the same id and join key returns the same participant, once", async () => {
    const id = clientId();
    const joinKey = "k".repeat(43);
    const first = await postJoin({ code, name: "Retry", id, joinKey });
    const second = await postJoin({ code, name: "Retry", id, joinKey });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body.record.id).toBe(id);
    const list = await admin.collection("participants").getFullList({ filter: admin.filter("id = {:id}", { id }) });
    expect(list).toHaveLength(1);
  });

  it("with the same id but another key is refused (ids are not secrets)", async () => {
    const id = clientId();
    expect((await postJoin({ code, name: "Owner", id, joinKey: "a".repeat(43) })).status).toBe(200);
    const thief = await postJoin({ code, name: "Thief", id, joinKey: "b".repeat(43) });
    expect(thief.status).toBe(400);
    expect(thief.body.data.id.code).toBe("jiannuo_id_conflict");
    expect(thief.body.token).toBeUndefined();
  });
});

describe("participants have no password", () => {
  it("cannot sign in with any password, and cannot sign up through the API", async () => {
    const email = `${unique("nopw")}@example.com`;
    await joinAs(code, "NoPw", { email });
    const pb = (await import("../support/api")).client();
    await expect(pb.collection("participants").authWithPassword(email, "!no-password-sign-in")).rejects.toMatchObject(
      {},
    );
    await expect(
      pb.collection("participants").create({
        cohort: cohortId,
        name: "X",
        locale: "zh-CN",
        password: "abcdefgh12",
        passwordConfirm: "abcdefgh12",
      }),
    ).rejects.toMatchObject({ status: expect.any(Number) });
  });
});
