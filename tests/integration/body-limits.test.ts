// Request bodies are capped before anything reads them (pb_hooks/lib/body-limit.js): 20 parallel joins
// of 20 MB each are refused in well under a second and leave the server's memory where it was; the
// same holds without a Content-Length, on every other route and on PocketBase's own record API, and a
// refused body on the join and link routes counts as a failed guess of the client's address. Its own
// PocketBase, so its memory is this file's alone (and the suite's shared server is never throttled);
// each request speaks for its own client address through X-Forwarded-For, as behind a reverse proxy.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bigJson, postBody, rssMb } from "../../scripts/bench/big-bodies.mjs";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import { superuserClient } from "../support/api";

const MAX_FAILURES = 3;
const PARALLEL = 20;
const MEGABYTES = 20;

let pb: Awaited<ReturnType<typeof startTestPocketBase>>;
let admin: PocketBase;
let trainer: PocketBase;
let cohortId: string;
let code: string;
let participant: { token: string; id: string };

let addressCounter = 0;
/** A client address no other test uses. */
const newAddress = () => `203.0.113.${++addressCounter}`;
const TOO_LARGE = { status: 413, body: { data: { body: { code: "jiannuo_body_too_large" } } } };

/** POSTs a raw body from `address`; resolves with the status, the parsed answer and the time to it. */
async function send(
  route: string,
  body: Buffer,
  options: { address?: string; chunked?: boolean; headers?: Record<string, string> } = {},
) {
  const started = performance.now();
  const res = await postBody(pb.handle.url, route, body, {
    chunked: options.chunked,
    headers: { "x-forwarded-for": options.address ?? newAddress(), ...options.headers },
  });
  return { status: res.status, body: res.text ? JSON.parse(res.text) : null, ms: performance.now() - started };
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const joinBody = (name = "参与者") => json({ code, name, locale: "zh-CN" });

beforeAll(async () => {
  pb = await startTestPocketBase(FIXTURE_SITE, {
    // Requests here carry no device id, so they count against their address only.
    JIANNUO_GUESS_ADDRESS_MAX_FAILURES: String(MAX_FAILURES),
    JIANNUO_LINK_ADDRESS_MAX_FAILURES: String(MAX_FAILURES),
    JIANNUO_GUESS_WINDOW_SECONDS: "600",
  });
  admin = await superuserClient(pb.handle);
  await admin.settings.update({ trustedProxy: { headers: ["X-Forwarded-For"], useLeftmostIP: false } });
  const password = randomBytes(12).toString("hex");
  const account = await admin
    .collection("trainers")
    .create({ email: "bodies@example.com", name: "大请求", password, passwordConfirm: password });
  trainer = new PocketBase(pb.handle.url);
  await trainer.collection("trainers").authWithPassword("bodies@example.com", password);
  const cohort = await admin.collection("cohorts").create({
    name: "大请求测试班",
    organization: "示例",
    trainer: account.id,
    startsOn: "2026-11-24",
    endsOn: "2026-11-25",
    locale: "zh-CN",
  });
  cohortId = cohort.id;
  code = cohort["joinCode"];
  const joined = await send("/api/jiannuo/join", joinBody("写承诺的人"));
  expect(joined.status).toBe(200);
  participant = { token: joined.body.token, id: joined.body.record.id };
});

afterAll(async () => {
  await pb?.stop();
});

describe("a body past its limit", () => {
  it(`is refused on the join route in well under a second, ${PARALLEL} of ${MEGABYTES} MB at once, and the server's memory stays flat`, async () => {
    const pid = pb.server.child.pid!;
    expect(readFileSync(`/proc/${pid}/status`, "utf8")).toMatch(/VmRSS/);
    // The reference: as many ordinary joins at once (which also warm up what a join uses).
    const joins = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => send("/api/jiannuo/join", joinBody(`参与者${i}`))),
    );
    expect(joins.map((j) => j.status)).toEqual(Array(PARALLEL).fill(200));
    const before = rssMb(pid)!;

    const big = bigJson({ code, locale: "zh-CN" }, "name", MEGABYTES);
    const refused = await Promise.all(Array.from({ length: PARALLEL }, () => send("/api/jiannuo/join", big)));
    const after = rssMb(pid)!;

    for (const answer of refused) {
      expect(answer).toMatchObject(TOO_LARGE);
      expect(answer.ms).toBeLessThan(1000);
    }
    expect(after - before, `VmRSS ${before} MB before, ${after} MB after`).toBeLessThan(20);
  });

  it("sent without a length, is read only up to the limit and refused the same way", async () => {
    const big = bigJson({ code, locale: "zh-CN" }, "name", MEGABYTES);
    const answer = await send("/api/jiannuo/join", big, { chunked: true });
    expect(answer).toMatchObject(TOO_LARGE);
    expect(answer.ms).toBeLessThan(1000);
    // Just past the join route's 8 KB.
    expect(await send("/api/jiannuo/join", joinBody("长".repeat(3000)), { chunked: true })).toMatchObject(TOO_LARGE);
  });

  it("is refused by every other route: at once when its length says so, while reading when it does not", async () => {
    const big = bigJson({ t: "x".repeat(43), c: "abcdefghijklmno", s: "done" }, "note", 2);
    const trainerAuth = { authorization: trainer.authStore.token };
    const reading = [
      ["/api/jiannuo/checkin", {}],
      ["/api/jiannuo/unsubscribe", {}],
      ["/api/jiannuo/unsubscribe/undo", {}],
      ["/api/jiannuo/confirm", {}],
      ["/api/collections/trainers/auth-with-password", {}],
      ["/api/collections/addresses/request-otp", {}],
    ] as const;
    // Routes that read no body: a body without a length is never read, so only its announced length matters.
    const bodyless = [
      [`/api/jiannuo/cohorts/${cohortId}/join-code`, trainerAuth],
      [`/api/jiannuo/cohorts/${cohortId}/followups/send-now`, trainerAuth],
    ] as const;
    for (const [route, headers] of [...reading, ...bodyless]) {
      expect(await send(route, big, { headers }), route).toMatchObject(TOO_LARGE);
    }
    for (const [route, headers] of reading) {
      const answer = await send(route, big, { chunked: true, headers });
      // PocketBase's own routes answer its own 413, without our code.
      expect(answer, `${route} (chunked)`).toMatchObject(
        route.startsWith("/api/jiannuo/") ? TOO_LARGE : { status: 413 },
      );
    }
    // The join code was not renewed by the refused request.
    expect((await admin.collection("cohorts").getOne(cohortId))["joinCode"]).toBe(code);
  });

  it("through the record API: a 10 MB action is refused at once, on create and on update, and nothing is stored", async () => {
    const fields = {
      participant: participant.id,
      cohort: cohortId,
      module: "eoac",
      kind: "personal",
      confidence: 8,
      visibility: "cohort",
      status: "planned",
    };
    const auth = { authorization: participant.token };
    const big = bigJson(fields, "action", 10);
    for (const chunked of [false, true]) {
      const answer = await send("/api/collections/commitments/records", big, { chunked, headers: auth });
      expect(answer).toMatchObject(TOO_LARGE);
      expect(answer.ms).toBeLessThan(1000);
    }
    const participantClient = new PocketBase(pb.handle.url);
    participantClient.authStore.save(participant.token);
    const created = await participantClient
      .collection("commitments")
      .create({ ...fields, action: "每天先问客户一个问题" });
    const res = await fetch(`${pb.handle.url}/api/collections/commitments/records/${created.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", ...auth },
      body: big,
    });
    expect(res.status).toBe(413);
    expect((await admin.collection("commitments").getOne(created.id))["action"]).toBe("每天先问客户一个问题");
    expect(
      (await admin.collection("commitments").getList(1, 1, { filter: admin.filter("cohort = {:c}", { c: cohortId }) }))
        .totalItems,
    ).toBe(1);
  });

  it("from a superuser is left to PocketBase's own limits (its admin screens upload and import)", async () => {
    const body = json({
      participant: participant.id,
      cohort: cohortId,
      module: "eoac",
      kind: "personal",
      action: "长".repeat(40_000),
      confidence: 8,
      visibility: "cohort",
      status: "planned",
    });
    expect(body.length).toBeGreaterThan(64 * 1024);
    const answer = await send("/api/collections/commitments/records", body, {
      headers: { authorization: admin.authStore.token },
    });
    expect(answer).toMatchObject({
      status: 400,
      body: { data: { action: { code: "validation_max_text_constraint" } } },
    });
  });
});

describe("a refused body on the join and link routes", () => {
  it(`counts as a failed guess: after ${MAX_FAILURES}, even the right code answers 429`, async () => {
    const address = newAddress();
    const big = bigJson({ code, locale: "zh-CN" }, "name", 1);
    expect(await send("/api/jiannuo/join", big, { address })).toMatchObject(TOO_LARGE);
    expect(await send("/api/jiannuo/join", big, { address, chunked: true })).toMatchObject(TOO_LARGE);
    expect(await send("/api/jiannuo/join", Buffer.from("{not json"), { address })).toMatchObject({
      status: 400,
      body: { data: { body: { code: "jiannuo_body_invalid" } } },
    });
    expect((await send("/api/jiannuo/join", joinBody(), { address })).status).toBe(429);
    // Another address joins.
    expect((await send("/api/jiannuo/join", joinBody())).status).toBe(200);
  });

  it("counts against the link routes' allowance too", async () => {
    const address = newAddress();
    const big = bigJson({ t: "x".repeat(43), c: "abcdefghijklmno", s: "done" }, "note", 1);
    for (let i = 0; i < MAX_FAILURES; i++)
      expect(await send("/api/jiannuo/checkin", big, { address })).toMatchObject(TOO_LARGE);
    expect((await send("/api/jiannuo/unsubscribe", json({ t: "x".repeat(43) }), { address })).status).toBe(429);
  });

  it("refuses a name, code or email far past its field's limit with the field's code", async () => {
    const refused = await send(
      "/api/jiannuo/join",
      json({ code: "长".repeat(600), name: "长".repeat(600), email: `${"a".repeat(600)}@example.com` }),
    );
    expect(refused).toMatchObject({
      status: 400,
      body: {
        data: {
          code: { code: "jiannuo_code_format" },
          name: { code: "jiannuo_name_too_long" },
          email: { code: "jiannuo_email_invalid" },
        },
      },
    });
  });
});
