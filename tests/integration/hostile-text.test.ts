// Hostile participant text on the server side (its own PocketBase, since it runs the follow-up job):
// stored exactly as given, too-long text refused with a localisable error code, formula cells of the CSV
// made inert, and the follow-up email escaping it in HTML while the plain text keeps it as written.
// (How pages show it is tests/e2e/hostile-text.test.ts.)
import { randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";
import { HOSTILE, tooLong } from "../support/hostile-text";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import { parseCsv } from "../support/csv";
import { confirmEmailOf, runFollowupJob, superuserClient } from "../support/api";

interface Mail {
  envelopeTo: string[];
  subject: string;
  text: string;
  html: string;
}

let pb: Awaited<ReturnType<typeof startTestPocketBase>>;
let admin: PocketBase;
let trainer: PocketBase;
let cohortId: string;
let code: string;

async function post(path: string, body: unknown) {
  const res = await fetch(`${pb.handle.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** The newest email to `address` that `matches`, waiting for it to arrive. */
async function mailTo(address: string, matches: (m: Mail) => boolean): Promise<Mail> {
  for (let i = 0; i < 50; i++) {
    const found = readMailbox(pb.handle.mailDir).filter((m: Mail) => m.envelopeTo.includes(address) && matches(m));
    if (found.length) return found.at(-1) as Mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no matching mail to ${address}`);
}

async function join(name: string, email = "") {
  const res = await post("/api/jiannuo/join", {
    code,
    name,
    email,
    followUpConsent: Boolean(email),
    namedInReport: true,
    locale: "zh-CN",
  });
  expect(res.status).toBe(200);
  if (email) await confirmEmailOf(admin, res.body.record.id);
  const client = new PocketBase(pb.handle.url);
  client.authStore.save(res.body.token, res.body.record);
  return { client, id: res.body.record.id as string };
}

const commitmentOf = (participant: string, extra: Record<string, unknown> = {}) => ({
  participant,
  cohort: cohortId,
  module: "eoac",
  kind: "personal",
  action: HOSTILE.action,
  trigger: HOSTILE.trigger,
  measure: HOSTILE.measure,
  support: HOSTILE.support,
  confidence: 8,
  visibility: "cohort",
  status: "planned",
  ...extra,
});

beforeAll(async () => {
  pb = await startTestPocketBase(FIXTURE_SITE);
  admin = await superuserClient(pb.handle);
  const email = "hostile@example.com";
  const password = randomBytes(10).toString("hex");
  const account = await admin
    .collection("trainers")
    .create({ email, password, passwordConfirm: password, name: "周老师" });
  trainer = new PocketBase(pb.handle.url);
  await trainer.collection("trainers").authWithPassword(email, password);
  const endsOn = new Date(Date.now() - 10 * 86400000).toISOString().slice(0, 10);
  const cohort = await admin.collection("cohorts").create({
    name: "安全测试班",
    organization: "示例",
    trainer: account.id,
    startsOn: endsOn,
    endsOn,
    locale: "zh-CN",
    followUpDays: [7],
  });
  cohortId = cohort.id;
  code = cohort["joinCode"];
});

afterAll(async () => {
  await pb?.stop();
});

describe("hostile participant text", () => {
  it("is stored exactly as given, and refused with the field's error code when too long", async () => {
    const who = await join(HOSTILE.name);
    const created = await who.client.collection("commitments").create(commitmentOf(who.id));
    const stored = await admin.collection("commitments").getOne(created.id);
    expect({
      action: stored["action"],
      trigger: stored["trigger"],
      measure: stored["measure"],
      support: stored["support"],
    }).toEqual({
      action: HOSTILE.action,
      trigger: HOSTILE.trigger,
      measure: HOSTILE.measure,
      support: HOSTILE.support,
    });
    expect((await admin.collection("participants").getOne(who.id))["name"]).toBe(HOSTILE.name);

    expect(await post("/api/jiannuo/join", { code, name: tooLong("name"), locale: "zh-CN" })).toMatchObject({
      status: 400,
      body: { data: { name: { code: "jiannuo_name_too_long" } } },
    });
    for (const field of ["action", "trigger", "measure", "support"] as const) {
      const refused = await who.client
        .collection("commitments")
        .create(commitmentOf(who.id, { [field]: tooLong(field) }))
        .catch((e) => e);
      expect(refused.status).toBe(400);
      expect(refused.response.data[field].code).toBe("validation_max_text_constraint");
    }
  });

  it("reaches the follow-up email escaped in HTML and as written in plain text; the note is kept as given", async () => {
    const email = `guest-${randomBytes(4).toString("hex")}@example.com`;
    const who = await join(HOSTILE.name, email);
    await who.client.collection("commitments").create(commitmentOf(who.id));
    await runFollowupJob(admin, pb.handle.url);
    const mail = readMailbox(pb.handle.mailDir).find((m: Mail) => m.envelopeTo.includes(email)) as Mail;
    expect(mail).toBeDefined();

    expect(mail.text).toContain(HOSTILE.name);
    expect(mail.text).toContain(HOSTILE.action);
    expect(mail.text).toContain(HOSTILE.trigger);
    // No markup of the participant's survives as markup in the HTML part: only escaped.
    expect(mail.html).not.toMatch(/<(script|img|svg|iframe)/i);
    expect(mail.html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=");
    expect(mail.html).toContain("👍🏽👨‍👩‍👧");

    // The note, through the check-in link's own route: kept exactly; one over the limit is refused.
    const [, t, c] = mail.text.match(/\/checkin\/#t=([A-Za-z0-9]+)&c=([a-z0-9]+)&s=done/)!;
    expect((await post("/api/jiannuo/checkin", { t, c, s: "done" })).status).toBe(200);
    const saved = await post("/api/jiannuo/checkin", { t, c, s: "done", note: HOSTILE.note, shareable: true });
    expect(saved).toMatchObject({ status: 200, body: { answer: { note: HOSTILE.note.trim() } } });
    const [checkin] = await admin
      .collection("checkins")
      .getFullList({ filter: admin.filter("commitment = {:c}", { c }) });
    expect(checkin!["note"]).toBe(HOSTILE.note.trim());
    const refused = await post("/api/jiannuo/checkin", { t, c, s: "done", note: tooLong("note") });
    expect(refused).toMatchObject({
      status: 400,
      body: { data: { note: { code: "validation_max_text_constraint" } } },
    });
    // Controls and direction overrides are refused here as on every other write path (field-checks.test.ts).
    for (const note of ["好\u202E多了", "a\u0000b", "a\rb"]) {
      expect(await post("/api/jiannuo/checkin", { t, c, s: "done", note })).toMatchObject({
        status: 400,
        body: { data: { note: { code: "jiannuo_text_control" } } },
      });
    }
    expect((await admin.collection("checkins").getOne(checkin!.id))["note"]).toBe(HOSTILE.note.trim());
  });

  it("reaches the CSV with every formula cell made inert and every other cell as written", async () => {
    const formula = await join(HOSTILE.formulaName);
    await formula.client.collection("commitments").create(commitmentOf(formula.id));
    const res = await fetch(`${pb.handle.url}/api/jiannuo/cohorts/${cohortId}/export.csv?what=commitments`, {
      headers: { Authorization: trainer.authStore.token },
    });
    expect(res.status).toBe(200);
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""));
    const row = rows.find((r) => r[1] === `'${HOSTILE.formulaName}`);
    expect(row, "the formula name is guarded").toBeDefined();
    expect(row!.slice(5, 10)).toEqual([
      HOSTILE.action,
      `'${HOSTILE.trigger}`,
      "",
      `'${HOSTILE.measure}`,
      `'${HOSTILE.support}`,
    ]);
    expect(rows.some((r) => r[1] === HOSTILE.name)).toBe(true);
    // No cell anywhere starts with a character a spreadsheet would run.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);

    const checkins = await fetch(`${pb.handle.url}/api/jiannuo/cohorts/${cohortId}/export.csv?what=checkins`, {
      headers: { Authorization: trainer.authStore.token },
    });
    const checkinRows = parseCsv((await checkins.text()).replace(/^\uFEFF/, ""));
    expect(checkinRows.map((r) => r[5])).toContain(`'${HOSTILE.note.trim()}`);
    expect(checkinRows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it("reaches the CSV guarded when a formula hides behind whitespace, a line break or full-width characters", async () => {
    const who = await join(`＝1+1`);
    const hidden = {
      action: '\n=HYPERLINK("http://evil.test","点我")',
      trigger: "＋86 138",
      measure: " =1+1",
      support: "＠SUM(1)",
    };
    await who.client.collection("commitments").create(commitmentOf(who.id, hidden));
    const res = await fetch(`${pb.handle.url}/api/jiannuo/cohorts/${cohortId}/export.csv?what=commitments`, {
      headers: { Authorization: trainer.authStore.token },
    });
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""));
    const row = rows.find((r) => r[1] === "'＝1+1");
    expect(row, "the full-width formula name is guarded").toBeDefined();
    expect(row!.slice(5, 10)).toEqual([
      `'${hidden.action}`,
      `'${hidden.trigger}`,
      "",
      `'${hidden.measure}`,
      `'${hidden.support}`,
    ]);
    // No cell anywhere starts, after whitespace, with a character a spreadsheet would run.
    expect(rows.flat().filter((cell) => /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/.test(cell))).toEqual([]);
  });

  it("reaches the follow-up email as written when it looks like a replacement pattern ($', $`, $&, $1), and never the sign-in code email", async () => {
    const name = "A$'B$`C$&D$1";
    const action = "先问$'客户$`再$&推荐$1";
    const trigger = "当$'客户$`等候$&时$1";
    const email = `dollar-${randomBytes(4).toString("hex")}@example.com`;
    const who = await join(name, email);
    await who.client.collection("commitments").create(commitmentOf(who.id, { action, trigger }));

    // The code email has fixed words only (whoever asks for a code may not own the address): no name.
    await new PocketBase(pb.handle.url).collection("addresses").requestOTP(email);
    const signIn = await mailTo(email, (m) => /\d{6}/.test(m.subject));
    expect(signIn.text).toMatch(/^你好：/);
    for (const part of [signIn.text, signIn.html]) expect(part).not.toContain("A$");

    await runFollowupJob(admin, pb.handle.url);
    const followUp = await mailTo(email, (m) => m.text.includes("/checkin/"));
    expect(followUp.text).toContain(`${name}，你好`);
    expect(followUp.text).toContain(`• ${action}`);
    expect(followUp.text).toContain(trigger);
    expect(followUp.html).toContain("先问$&#39;客户$`再$&amp;推荐$1");
  });
});
