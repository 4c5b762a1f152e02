// Email addresses against the real server and a real SMTP sink (README "Email addresses"): nobody's
// text reaches an address before its owner confirmed that participation; an unsubscribe holds for the
// address in every cohort until the owner undoes it from the address itself; one confirmation email a
// day at most; a join code admits a room, not a flood.
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import {
  client,
  confirmEmailOf,
  joinAs,
  newCohort,
  newTrainer,
  postJoin,
  runFollowupJob,
  superuserClient,
  unique,
} from "../support/api";
import {
  addressLinkAt,
  confirmToken,
  isConfirmation,
  mailsTo,
  nextMailTo,
  signInCode,
  type Mail,
} from "../support/mail";

let admin: PocketBase;
let trainer: Awaited<ReturnType<typeof newTrainer>>;
let ended: { id: string; joinCode: string; name: string };
let other: { id: string; joinCode: string; name: string };

const today = () => new Date().toISOString().slice(0, 10);
const api = (path: string, body: unknown, token = "") =>
  fetch(`${trainer.pb.baseURL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { Authorization: token } : {}) },
    body: JSON.stringify(body),
  }).then(async (res) => ({ status: res.status, headers: res.headers, body: (await res.json()) as any }));

/** Joins with an email and consent, and writes one commitment (due today) with `action`. */
async function joinAndCommit(code: string, name: string, email: string, action: string, cohortId: string) {
  const joined = await joinAs(code, name, { email, followUpConsent: true });
  await joined.pb.collection("commitments").create({
    participant: joined.record.id,
    cohort: cohortId,
    module: "eoac",
    kind: "personal",
    action,
    trigger: "当客户等候时",
    dueOn: today(),
    confidence: 8,
    visibility: "private",
    status: "planned",
  });
  return joined;
}

/** Everything of a message a reader sees. */
const whole = (m: Mail) => `${m.subject}\n${m.from}\n${m.text}\n${m.html}`;

async function addressOf(email: string) {
  return admin.collection("addresses").getFirstListItem(admin.filter("email = {:e}", { e: email }));
}

beforeAll(async () => {
  admin = await superuserClient();
  trainer = await newTrainer(admin, "周老师");
  // Ended 30 days ago: the 7- and 21-day rounds are due, the 45-day one is ahead.
  const endsOn = new Date(Date.now() - 30 * 86400000).toISOString().slice(0, 10);
  ended = (await newCohort(trainer.pb, { startsOn: endsOn, endsOn, followUpDays: [7, 21, 45] })) as never;
  other = (await newCohort(trainer.pb, { startsOn: endsOn, endsOn, followUpDays: [7, 21, 45] })) as never;
});

// The requests exactly as reported, which the code before addresses also answers (there they
// fail: the text goes out, and the stranger's consent brings mail back after the unsubscribe).
describe("the attack as the issue reported it", () => {
  it("a stranger's join with someone's address and consent sends that address none of the stranger's text", async () => {
    const victim = `${unique("reported")}@example.com`;
    const marker = unique("PHISH");
    await joinAndCommit(
      ended.joinCode,
      `客服中心${marker}`,
      victim,
      `${marker} 请点击 http://evil.example/verify 验证账户`,
      ended.id,
    );
    await runFollowupJob(admin);
    expect(mailsTo(victim).length).toBeGreaterThan(0); // something was sent (the confirmation), so a clean inbox means something
    for (const m of mailsTo(victim)) expect(whole(m)).not.toContain(marker);
  });

  it("after the address's one-click unsubscribe, the participant's followUpConsent: true does not bring mail back", async () => {
    const victim = `${unique("reported")}@example.com`;
    const marker = unique("PHISH");
    const attacker = await joinAndCommit(ended.joinCode, "Stranger", victim, `${marker} first`, ended.id);
    await confirmEmailOf(admin, attacker.record.id); // as if the owner had confirmed it by mistake
    await runFollowupJob(admin);
    const followUp = mailsTo(victim).find((m) => m.headers["list-unsubscribe"]);
    expect(followUp).toBeDefined();
    const url = followUp!.headers["list-unsubscribe"]!.slice(1, -1);
    expect(
      (
        await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        })
      ).status,
    ).toBe(200);
    const before = mailsTo(victim).length;
    await attacker.pb.collection("participants").update(attacker.record.id, { followUpConsent: true });
    await attacker.pb.collection("commitments").create({
      participant: attacker.record.id,
      cohort: ended.id,
      module: "eoac",
      kind: "personal",
      action: `${marker} again`,
      dueOn: today(),
      confidence: 8,
      visibility: "private",
      status: "planned",
    });
    await runFollowupJob(admin);
    expect(mailsTo(victim)).toHaveLength(before);
  });
});

describe("the attack from the issue: joins with someone else's address and a phishing commitment", () => {
  it("20 joins bring the address one confirmation email of fixed words, and none of their text", async () => {
    const victim = `${unique("victim")}@example.com`;
    const marker = unique("PHISH");
    for (let i = 0; i < 20; i++) {
      await joinAndCommit(
        ended.joinCode,
        `钓鱼${marker}`,
        i % 2 ? victim.toUpperCase() : victim,
        `${marker} 点击 http://evil.example/login 领取奖品`,
        ended.id,
      );
    }
    await runFollowupJob(admin);
    await runFollowupJob(admin);
    const mails = mailsTo(victim);
    expect(mails).toHaveLength(1);
    expect(isConfirmation(mails[0]!)).toBe(true);
    expect(whole(mails[0]!)).not.toContain(marker);
    expect(whole(mails[0]!)).not.toContain("evil.example");
    expect(whole(mails[0]!)).not.toContain("钓鱼");
    // The trainer wrote the cohort's name; the sender is the server, not the trainer.
    expect(mails[0]!.text).toContain(ended.name);
    expect(mails[0]!.from).not.toContain("周老师");
    // Nothing was even planned for those participations.
    const address = await addressOf(victim);
    const planned = await admin
      .collection("followups")
      .getFullList({ filter: admin.filter("participant.address = {:a}", { a: address.id }) });
    expect(planned).toEqual([]);
  });

  describe("against an address whose owner confirmed their own participation", () => {
    const owner = `${unique("owner")}@example.com`;
    const own = unique("OWN");
    const phish = unique("PHISH");
    let mine: Awaited<ReturnType<typeof joinAndCommit>>;
    let attacker: Awaited<ReturnType<typeof joinAndCommit>>;

    it("the owner confirms their participation from the email's link", async () => {
      mine = await joinAndCommit(ended.joinCode, "Lina", owner, `${own} 每天回访一位客户`, ended.id);
      await runFollowupJob(admin);
      const [mail] = mailsTo(owner);
      expect(isConfirmation(mail!)).toBe(true);
      const t = confirmToken(mail!);
      const view = await api("/api/jiannuo/confirm", { t });
      expect(view.status).toBe(200);
      expect(view.body).toEqual({
        unsubscribed: false,
        participations: [
          {
            id: mine.record.id,
            cohort: { name: ended.name, organization: "Example Org" },
            joinedAt: expect.any(String),
            confirmed: false,
            followUpConsent: true,
          },
        ],
      });
      const confirmed = await api("/api/jiannuo/confirm", { t, action: "confirm", participant: mine.record.id });
      expect(confirmed.body.participations[0].confirmed).toBe(true);
      expect((await admin.collection("participants").getOne(mine.record.id))["emailConfirmedAt"]).not.toBe("");
    });

    it("strangers joining with that address get nothing of theirs sent; the owner gets their own follow-ups", async () => {
      for (let i = 0; i < 5; i++)
        attacker = await joinAndCommit(
          other.joinCode,
          `钓鱼${phish}`,
          owner.toUpperCase(),
          `${phish} http://evil.example`,
          other.id,
        );
      await runFollowupJob(admin);
      const mails = mailsTo(owner);
      const followUps = mails.filter((m) => !isConfirmation(m));
      // The latest due round: the missed one collapses into it, and it asks about the commitment due today.
      expect(followUps.length).toBeGreaterThanOrEqual(1);
      for (const m of mails) expect(whole(m)).not.toContain(phish);
      expect(followUps.every((m) => m.text.includes(own))).toBe(true);
      expect(mails.filter(isConfirmation)).toHaveLength(1); // one a day: the strangers' joins asked again, today
    });

    it("after the owner's one-click unsubscribe, the stranger's consent does not bring mail back, in any cohort", async () => {
      const before = mailsTo(owner).length;
      const url = mailsTo(owner)
        .find((m) => !isConfirmation(m))!
        .headers["list-unsubscribe"]!.slice(1, -1);
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
      expect(res.status).toBe(200);
      await attacker.pb.collection("participants").update(attacker.record.id, { followUpConsent: false });
      expect(
        (await attacker.pb.collection("participants").update(attacker.record.id, { followUpConsent: true }))
          .followUpConsent,
      ).toBe(true);
      expect(await attacker.pb.send("/api/jiannuo/me/confirmation", { method: "POST" })).toEqual({ requested: true });
      await joinAndCommit(ended.joinCode, "又来了", owner, `${phish} again`, ended.id);
      await confirmEmailOf(admin, attacker.record.id); // even a confirmed participation: the address is unsubscribed
      await admin
        .collection("addresses")
        .update((await addressOf(owner)).id, { confirmMailAt: "2020-01-01 00:00:00.000Z" });
      await runFollowupJob(admin);
      await runFollowupJob(admin);
      expect(mailsTo(owner)).toHaveLength(before);
      expect((await addressOf(owner))["unsubscribedAt"]).not.toBe("");
      // The owner's later round was skipped, not sent.
      const later = await admin
        .collection("followups")
        .getFullList({ filter: admin.filter("participant = {:p} && round = 45", { p: mine.record.id }) });
      expect(later.map((f) => f["state"])).toEqual(["skipped"]);
    });

    it("the owner's undo on the unsubscribe page (the link came to the address) brings their follow-ups back", async () => {
      const link = mailsTo(owner).find((m) => !isConfirmation(m))!.headers["list-unsubscribe"]!;
      const t = link.match(/t=([A-Za-z0-9]+)/)![1]!;
      expect((await api("/api/jiannuo/unsubscribe/undo", { t: "Z".repeat(43) })).status).toBe(404);
      expect((await api("/api/jiannuo/unsubscribe/undo", { t })).status).toBe(200);
      expect((await addressOf(owner))["unsubscribedAt"]).toBe("");
      expect((await admin.collection("participants").getOne(mine.record.id))["followUpConsent"]).toBe(true);
      const later = await admin
        .collection("followups")
        .getFullList({ filter: admin.filter("participant = {:p} && round = 45", { p: mine.record.id }) });
      expect(later.map((f) => f["state"])).toEqual(["queued"]);
      const before = mailsTo(owner).length;
      const sent = await trainer.pb.send(`/api/jiannuo/cohorts/${ended.id}/followups/send-now`, { method: "POST" });
      expect(sent.round).toBe(45);
      const after = mailsTo(owner).slice(before);
      expect(after.length).toBeGreaterThanOrEqual(1);
      expect(after.every((m) => m.text.includes(own) && !whole(m).includes(phish))).toBe(true);
    });
  });
});

describe("re-subscribing", () => {
  it("works after signing in with an emailed code, never through a participant's consent", async () => {
    const email = `${unique("back")}@example.com`;
    const me = await joinAndCommit(ended.joinCode, "回来", email, "每周分享一次", ended.id);
    await runFollowupJob(admin);
    const t = confirmToken(mailsTo(email)[0]!);
    await api("/api/jiannuo/confirm", { t, action: "confirm", participant: me.record.id });
    expect((await api("/api/jiannuo/confirm", { t, action: "stop" })).body.unsubscribed).toBe(true);
    await me.pb.collection("participants").update(me.record.id, { followUpConsent: false });
    await me.pb.collection("participants").update(me.record.id, { followUpConsent: true });
    expect((await addressOf(email))["unsubscribedAt"]).not.toBe("");

    const device = client();
    const seen = mailsTo(email).length;
    const { otpId } = await device.collection("addresses").requestOTP(email);
    const code = signInCode(await nextMailTo(email, seen));
    await device.collection("addresses").authWithOTP(otpId, code);
    const choice = await device.send("/api/jiannuo/address/participations", {});
    expect(choice).toMatchObject({ email, unsubscribed: true, participations: [{ id: me.record.id }] });
    const session = await device.send("/api/jiannuo/address/sign-in", {
      method: "POST",
      body: { participant: me.record.id, resume: true },
    });
    expect(session.record.id).toBe(me.record.id);
    expect((await addressOf(email))["unsubscribedAt"]).toBe("");
  });

  it("the confirmation link can stop every email and undo that; an old link still stops", async () => {
    const email = `${unique("stop")}@example.com`;
    await joinAs(ended.joinCode, "名字不外传", { email, followUpConsent: true });
    await runFollowupJob(admin);
    const t = confirmToken(mailsTo(email)[0]!);
    expect((await api("/api/jiannuo/confirm", { t, action: "stop" })).body.unsubscribed).toBe(true);
    expect((await api("/api/jiannuo/confirm", { t, action: "resume" })).body.unsubscribed).toBe(false);

    // The link of an email sent 31 days ago.
    const old = addressLinkAt((await addressOf(email)).id, Date.now() - 31 * 86400000);
    expect(await api("/api/jiannuo/confirm", { t: old })).toMatchObject({
      status: 410,
      body: { data: { t: { code: "jiannuo_token_expired" } } },
    });
    expect((await api("/api/jiannuo/confirm", { t: old, action: "stop" })).body.unsubscribed).toBe(true);
    const altered = `${t.slice(0, -1)}${t.endsWith("a") ? "b" : "a"}`;
    expect(await api("/api/jiannuo/confirm", { t: altered })).toMatchObject({
      status: 404,
      body: { data: { t: { code: "jiannuo_token_invalid" } } },
    });
    // The page never shows what a participant typed.
    expect(JSON.stringify((await api("/api/jiannuo/confirm", { t })).body)).not.toContain("名字不外传");
  });
});

describe("confirmation emails", () => {
  it("at most one a day per address, only for a new request, and none to an unsubscribed address", async () => {
    const email = `${unique("daily")}@example.com`;
    const confirmations = () => mailsTo(email).filter(isConfirmation).length;
    /** Moves the address's dates a day and an hour back, as if that time had passed. */
    const aDayPasses = async () => {
      const address = await addressOf(email);
      const back = (date: string) =>
        date ? new Date(Date.parse(date.replace(" ", "T")) - 25 * 3600000).toISOString().replace("T", " ") : "";
      await admin.collection("addresses").update(address.id, {
        confirmMailAt: back(address["confirmMailAt"]),
        confirmRequestedAt: back(address["confirmRequestedAt"]),
      });
    };
    const first = await joinAs(ended.joinCode, "A", { email, followUpConsent: true });
    await runFollowupJob(admin);
    await joinAs(other.joinCode, "B", { email, followUpConsent: true });
    await runFollowupJob(admin);
    expect(confirmations()).toBe(1);
    await aDayPasses();
    await runFollowupJob(admin);
    expect(confirmations()).toBe(2); // B's join asked after the first email
    await aDayPasses();
    await runFollowupJob(admin);
    expect(confirmations()).toBe(2); // nobody asked since

    // Asking again from the participant's device: one more. After a stop, none, however asked.
    await first.pb.send("/api/jiannuo/me/confirmation", { method: "POST" });
    await runFollowupJob(admin);
    expect(confirmations()).toBe(3);
    await api("/api/jiannuo/confirm", { t: confirmToken(mailsTo(email).at(-1)!), action: "stop" });
    await first.pb.send("/api/jiannuo/me/confirmation", { method: "POST" });
    await joinAs(ended.joinCode, "C", { email, followUpConsent: true });
    await aDayPasses();
    await runFollowupJob(admin);
    expect(mailsTo(email)).toHaveLength(3);
  });

  it("is asked for when consent is given later, in the participant's language", async () => {
    const email = `${unique("later")}@example.com`;
    const later = await joinAs(ended.joinCode, "Later", { email, locale: "en" });
    await runFollowupJob(admin);
    expect(mailsTo(email)).toEqual([]);
    await later.pb.collection("participants").update(later.record.id, { followUpConsent: true });
    await runFollowupJob(admin);
    const [mail] = mailsTo(email);
    expect(mail!.subject).toBe("Please confirm: Jiannuo follow-up emails to this address");
    expect(mail!.text).toContain(`/en/confirm/#t=`);
    expect(whole(mail!)).not.toContain("Later");
  });
});

describe("one person, many workshops", () => {
  it("one email joins several cohorts (any case); each participation keeps its own data, all on one address", async () => {
    const email = `${unique("many")}@example.com`;
    const a = await joinAs(ended.joinCode, "在A班", { email });
    const b = await joinAs(other.joinCode, "在B班", { email: `  ${email.toUpperCase()} ` });
    expect([a.body.email, b.body.email]).toEqual([email, email]);
    const [pa, pb] = await Promise.all(
      [a.record.id, b.record.id].map((id) => admin.collection("participants").getOne(id)),
    );
    expect(pa!["address"]).toBe(pb!["address"]);
    expect([pa!["cohort"], pb!["cohort"]]).toEqual([ended.id, other.id]);
    expect([pa!["email"], pb!["email"]]).toEqual(["", ""]); // the address is kept once, on its own record
    expect(
      (await admin.collection("addresses").getFullList({ filter: admin.filter("email = {:e}", { e: email }) })).length,
    ).toBe(1);
    // A's own record and commitments are A's; B sees only B's.
    expect(await b.pb.collection("participants").getFullList()).toHaveLength(1);
  });

  it("a deleted participation takes its address with it when no one else uses it (an unsubscribed one stays)", async () => {
    const email = `${unique("gone")}@example.com`;
    const me = await joinAs(ended.joinCode, "走了", { email });
    await me.pb.collection("participants").delete(me.record.id);
    expect(
      await admin.collection("addresses").getFullList({ filter: admin.filter("email = {:e}", { e: email }) }),
    ).toEqual([]);
  });
});

describe("no answer tells whether an address is known", () => {
  it("joining answers alike for a known and a new address (there is no 'email taken')", async () => {
    const known = `${unique("known")}@example.com`;
    await joinAs(ended.joinCode, "First", { email: known, followUpConsent: true });
    const again = await postJoin({ code: ended.joinCode, name: "Second", email: known, followUpConsent: true });
    const fresh = await postJoin({
      code: ended.joinCode,
      name: "Third",
      email: `${unique("fresh")}@example.com`,
      followUpConsent: true,
    });
    expect([again.status, fresh.status]).toEqual([200, 200]);
    expect(Object.keys(again.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(Object.keys(again.body.record).sort()).toEqual(Object.keys(fresh.body.record).sort());
    expect(again.body.record.emailConfirmedAt).toBe("");
    expect(fresh.body.record.emailConfirmedAt).toBe("");
    expect(JSON.stringify(again.body)).not.toContain("address");
  });

  it("asking for a sign-in code answers alike for known, unknown, unsubscribed and much-asked addresses", async () => {
    const known = `${unique("code")}@example.com`;
    const stopped = `${unique("codestop")}@example.com`;
    await joinAs(ended.joinCode, "K", { email: known });
    await joinAs(ended.joinCode, "S", { email: stopped, followUpConsent: true });
    await runFollowupJob(admin);
    await api("/api/jiannuo/confirm", { t: confirmToken(mailsTo(stopped)[0]!), action: "stop" });
    const ask = (email: string) => api("/api/collections/addresses/request-otp", { email });
    const answers = [await ask(known.toUpperCase()), await ask(`${unique("nobody")}@example.com`), await ask(stopped)];
    for (let i = 0; i < 5; i++) answers.push(await ask(known)); // past its share: answered the same, nothing sent
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(Object.keys(a.body)).toEqual(["otpId"]);
      expect(a.body.otpId).toMatch(/^[a-z0-9]{15}$/);
    }
    // Codes are made before the answer; one was made for each of the first five requests only.
    const address = await addressOf(known);
    expect(
      (await admin.collection("_otps").getFullList({ filter: admin.filter("recordRef = {:a}", { a: address.id }) }))
        .length,
    ).toBe(5);
    expect(signInCode(await nextMailTo(known))).toMatch(/^\d{6}$/);
  });

  it("asking for the confirmation email again answers alike, whatever the address's state", async () => {
    const states = await Promise.all(
      ["none", "fresh", "confirmed"].map(async (state) => {
        const email = state === "none" ? undefined : `${unique(state)}@example.com`;
        const p = await joinAs(ended.joinCode, state, { ...(email ? { email } : {}), followUpConsent: Boolean(email) });
        if (state === "confirmed") await confirmEmailOf(admin, p.record.id);
        return p.pb;
      }),
    );
    for (const pb of states)
      expect(await pb.send("/api/jiannuo/me/confirmation", { method: "POST" })).toEqual({ requested: true });
  });

  it("PocketBase's own verification, password-reset and email-change routes are closed for participants and addresses", async () => {
    const known = `${unique("pbroutes")}@example.com`;
    const p = await joinAs(ended.joinCode, "R", { email: known });
    for (const collection of ["participants", "addresses"]) {
      for (const email of [known, `${unique("nobody")}@example.com`]) {
        for (const route of ["request-verification", "request-password-reset"]) {
          expect((await api(`/api/collections/${collection}/${route}`, { email })).status).toBe(404);
        }
      }
    }
    expect(
      (await api("/api/collections/participants/request-email-change", { newEmail: known }, p.pb.authStore.token))
        .status,
    ).toBe(404);
    expect(mailsTo(known)).toEqual([]);
  });
});

describe("a join code admits a room", () => {
  it("up to the cohort's capacity; a retried join still gets its participant back", async () => {
    const small = await newCohort(trainer.pb, { capacity: 3 });
    const first = await postJoin({ code: small.joinCode, name: "1", id: "capacity0000001", joinKey: "k".repeat(43) });
    expect(first.status).toBe(200);
    for (const name of ["2", "3"]) expect((await postJoin({ code: small.joinCode, name })).status).toBe(200);
    const fourth = await postJoin({ code: small.joinCode, name: "4" });
    expect(fourth).toMatchObject({ status: 400, body: { data: { code: { code: "jiannuo_cohort_full" } } } });
    const retry = await postJoin({ code: small.joinCode, name: "1", id: "capacity0000001", joinKey: "k".repeat(43) });
    expect(retry.status).toBe(200);
    expect(retry.body.record.id).toBe("capacity0000001");
    expect(
      (await admin.collection("participants").getList(1, 1, { filter: admin.filter("cohort = {:c}", { c: small.id }) }))
        .totalItems,
    ).toBe(3);
  });

  it("and no more new joins in ten minutes than its capacity, even when places are freed", async () => {
    const small = await newCohort(trainer.pb, { capacity: 2 });
    const a = await joinAs(small.joinCode, "A");
    await joinAs(small.joinCode, "B");
    await a.pb.collection("participants").delete(a.record.id);
    const res = await fetch(`${trainer.pb.baseURL}/api/jiannuo/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: small.joinCode, name: "C" }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await res.json()) as any).data.code.code).toBe("jiannuo_cohort_busy");
  });

  it("a room of 60 at once fits the default capacity; the 61st is told the workshop is full", async () => {
    const room = await newCohort(trainer.pb);
    expect(room["capacity"]).toBe(60);
    const joins = await Promise.all(
      Array.from({ length: 60 }, (_, i) => postJoin({ code: room.joinCode, name: `座位${i}` })),
    );
    expect(joins.map((j) => j.status)).toEqual(Array(60).fill(200));
    expect((await postJoin({ code: room.joinCode, name: "站着" })).body.data.code.code).toBe("jiannuo_cohort_full");
  });

  it("the trainer sets the capacity from 1 to 300", async () => {
    const conference = await newCohort(trainer.pb, { capacity: 300 });
    expect(conference["capacity"]).toBe(300);
    await expect(trainer.pb.collection("cohorts").update(conference.id, { capacity: 301 })).rejects.toMatchObject({
      status: 400,
      response: { data: { capacity: { code: "validation_max_number_constraint" } } },
    });
  });
});
