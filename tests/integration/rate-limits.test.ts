// Rate limits against a real PocketBase of this file's own (so the suite's shared server is never
// throttled): failed guesses of join codes and link tokens per device and per client address
// (pb_hooks/lib/guess-limit.js, here 3 failures per device, 12 wrong codes and 20 unknown tokens per
// address, per 4 seconds), and PocketBase's built-in limiter on sign-in
// (pb_migrations/1764000600_rate_limits.js, production values). Each test speaks for its own client
// address through X-Forwarded-For, which the server trusts here as behind a reverse proxy, and for its
// devices through X-Jiannuo-Device, as the site's pages do (src/stores/device.ts).
import { createHash, randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import { superuserClient } from "../support/api";

const DEVICE_MAX = 3;
const ADDRESS_MAX = 12;
const LINK_ADDRESS_MAX = 20;
const WINDOW_SECONDS = 4;

let pb: Awaited<ReturnType<typeof startTestPocketBase>>;
let admin: PocketBase;
let code: string;
let cohortId: string;
let trainerEmail: string;

let addressCounter = 0;
/** A client address no other test uses. */
const newAddress = () => `198.51.100.${++addressCounter}`;
/** A device id as the site's pages make one. */
const newDevice = () => randomBytes(32).toString("base64url");

async function call(address: string, method: string, path: string, body?: unknown, device = "") {
  const headers: Record<string, string> = { "content-type": "application/json", "x-forwarded-for": address };
  if (device) headers["x-jiannuo-device"] = device;
  const res = await fetch(`${pb.handle.url}${path}`, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: (await res.json()) as any };
}

const join = (address: string, device: string, joinCode: string, name = "参与者") =>
  call(address, "POST", "/api/jiannuo/join", { code: joinCode, name, locale: "zh-CN" }, device);
/** A well-formed code that no cohort of this server has (checked in beforeAll and when the room's cohort is made). */
const WRONG_CODE = "ZZZZZZ";
const randomToken = () =>
  randomBytes(32)
    .toString("base64")
    .replace(/[^A-Za-z0-9]/g, "")
    .padEnd(43, "x")
    .slice(0, 43);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let round = 0;
/** A link (token, commitment) of a sent follow-up, working until `expiresAt`. */
async function followupWithLink(expiresAt: string) {
  const participant = await admin
    .collection("participants")
    .getFirstListItem(admin.filter("cohort = {:c}", { c: cohortId }));
  const commitment = await admin.collection("commitments").create({
    participant: participant.id,
    cohort: cohortId,
    module: "eoac",
    kind: "personal",
    action: "限流测试的承诺",
    confidence: 7,
    visibility: "private",
    status: "planned",
  });
  const token = randomToken();
  await admin.collection("followups").create({
    participant: participant.id,
    cohort: cohortId,
    kind: "round",
    round: ++round,
    dueAt: "2026-01-01 09:00:00.000Z",
    state: "sent",
    tokenHash: createHash("sha256").update(token).digest("hex"),
    tokenExpiresAt: expiresAt,
    shownCommitments: [commitment.id],
  });
  return { t: token, c: commitment.id };
}

beforeAll(async () => {
  pb = await startTestPocketBase(FIXTURE_SITE, {
    JIANNUO_GUESS_DEVICE_MAX_FAILURES: String(DEVICE_MAX),
    JIANNUO_GUESS_ADDRESS_MAX_FAILURES: String(ADDRESS_MAX),
    JIANNUO_LINK_ADDRESS_MAX_FAILURES: String(LINK_ADDRESS_MAX),
    JIANNUO_GUESS_WINDOW_SECONDS: String(WINDOW_SECONDS),
  });
  admin = await superuserClient(pb.handle);
  // As behind a reverse proxy: the client address comes from X-Forwarded-For (README "Rate limits").
  await admin.settings.update({ trustedProxy: { headers: ["X-Forwarded-For"], useLeftmostIP: false } });
  const password = randomBytes(12).toString("hex");
  trainerEmail = "limits@example.com";
  const trainer = await admin
    .collection("trainers")
    .create({ email: trainerEmail, name: "限流", password, passwordConfirm: password });
  const cohort = await admin.collection("cohorts").create({
    name: "限流测试班",
    organization: "示例",
    trainer: trainer.id,
    startsOn: "2026-11-24",
    endsOn: "2026-11-25",
    locale: "zh-CN",
  });
  code = cohort["joinCode"];
  cohortId = cohort.id;
  expect(code).not.toBe(WRONG_CODE);
});

afterAll(async () => {
  await pb?.stop();
});

describe("wrong join codes", () => {
  it(`stop the device that made ${DEVICE_MAX} of them, even with the right code, and say why; the room behind the same address still joins`, async () => {
    const venue = newAddress();
    const guesser = newDevice();
    for (let i = 0; i < DEVICE_MAX; i++) {
      expect(await join(venue, guesser, WRONG_CODE)).toMatchObject({
        status: 400,
        body: { data: { code: { code: "jiannuo_code_unknown" } } },
      });
    }
    const limited = await join(venue, guesser, WRONG_CODE);
    expect(limited.status).toBe(429);
    expect(limited.body.message).toMatch(/too many failed attempts/i);
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(WINDOW_SECONDS);
    // Otherwise the 429 would tell a guesser which code is right.
    expect((await join(venue, guesser, code)).status).toBe(429);
    // The next tablet on the same network, and a client that names no device, are not affected.
    expect((await join(venue, newDevice(), code)).status).toBe(200);
    expect((await join(venue, "", code)).status).toBe(200);
  });

  it(`stop a whole address at ${ADDRESS_MAX}, a ceiling sized for a room, when every guess comes from a made-up device`, async () => {
    const address = newAddress();
    for (let i = 0; i < ADDRESS_MAX; i++)
      expect((await join(address, i % 2 ? newDevice() : "", WRONG_CODE)).status).toBe(400);
    const limited = await join(address, newDevice(), WRONG_CODE);
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect((await join(address, newDevice(), code)).status).toBe(429); // the right code gets the same answer
    expect((await join(newAddress(), newDevice(), code)).status).toBe(200);
  });

  it("never count successful joins: a room of 300 behind one address joins, and its typos still have their allowance", async () => {
    const room = newAddress();
    // A conference: the most places a cohort can have.
    const conference = await admin.collection("cohorts").create({
      name: "大会",
      organization: "示例",
      trainer: (await admin.collection("trainers").getFirstListItem(admin.filter("email = {:e}", { e: trainerEmail })))
        .id,
      startsOn: "2026-11-24",
      endsOn: "2026-11-25",
      locale: "zh-CN",
      capacity: 300,
    });
    expect(conference["joinCode"]).not.toBe(WRONG_CODE);
    const statuses: number[] = [];
    for (let batch = 0; batch < 6; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => join(room, newDevice(), conference["joinCode"], `学员${batch * 50 + i}`)),
      );
      statuses.push(...answers.map((a) => a.status));
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(300);
    const typist = newDevice();
    for (let i = 0; i < DEVICE_MAX; i++) expect((await join(room, typist, WRONG_CODE)).status).toBe(400);
    expect((await join(room, typist, WRONG_CODE)).status).toBe(429);
    expect((await join(room, newDevice(), WRONG_CODE)).status).toBe(400);
    const joined = await admin
      .collection("participants")
      .getList(1, 1, { filter: admin.filter("cohort = {:c}", { c: conference.id }) });
    expect(joined.totalItems).toBe(300);
  });

  it("clear once the window has passed", async () => {
    const address = newAddress();
    const device = newDevice();
    for (let i = 0; i < DEVICE_MAX; i++) await join(address, device, WRONG_CODE);
    expect((await join(address, device, code)).status).toBe(429);
    await sleep(WINDOW_SECONDS * 1000 + 500);
    expect((await join(address, device, code)).status).toBe(200);
    expect((await join(address, device, WRONG_CODE)).status).toBe(400);
  });

  it("do not count malformed codes (no guess reaches the database)", async () => {
    const address = newAddress();
    const device = newDevice();
    for (let i = 0; i < DEVICE_MAX + 2; i++) {
      expect(await join(address, device, "0O1")).toMatchObject({
        status: 400,
        body: { data: { code: { code: "jiannuo_code_format" } } },
      });
    }
    expect((await join(address, device, code)).status).toBe(200);
  });
});

describe("wrong follow-up link tokens", () => {
  it(`stop the device that sent ${DEVICE_MAX} unknown ones on any link route; another device behind the same address still answers`, async () => {
    const address = newAddress();
    const guesser = newDevice();
    const routes = [
      ["GET", `/api/jiannuo/checkin?t=${randomToken()}&c=abc`, undefined],
      ["POST", "/api/jiannuo/checkin", { t: randomToken(), c: "abc", s: "done" }],
      ["POST", `/api/jiannuo/unsubscribe?t=${randomToken()}`, undefined],
    ] as const;
    for (const [method, path, body] of routes)
      expect((await call(address, method, path, body, guesser)).status).toBe(404);
    for (const [method, path, body] of routes) {
      const limited = await call(address, method, path, body, guesser);
      expect(limited.status).toBe(429);
      expect(limited.body.message).toMatch(/too many failed attempts/i);
    }
    const link = await followupWithLink("2099-01-01 00:00:00.000Z");
    expect(await call(address, "POST", "/api/jiannuo/checkin", { ...link, s: "done" }, newDevice())).toMatchObject({
      status: 200,
      body: { answer: { status: "done" } },
    });
    // Join codes are counted apart: a device mistyping links is not stopped from joining, and back.
    expect((await join(address, guesser, code)).status).toBe(200);
  });

  it(`stop a device guessing supervisor links after ${DEVICE_MAX} unknown tokens, on the page and on its taps`, async () => {
    const address = newAddress();
    const guesser = newDevice();
    for (let i = 0; i < DEVICE_MAX; i++)
      expect((await call(address, "POST", "/api/jiannuo/supervisor/view", { t: randomToken() }, guesser)).status).toBe(
        404,
      );
    const limited = await call(
      address,
      "POST",
      "/api/jiannuo/supervisor/mark",
      { t: randomToken(), c: "abc", kind: "observed" },
      guesser,
    );
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    // Another device behind the same address is not stopped (its unknown token is still a plain 404).
    expect(
      (await call(address, "POST", "/api/jiannuo/supervisor/view", { t: randomToken() }, newDevice())).status,
    ).toBe(404);
  });

  it(`have no lock-out sized for guessing on the address, only a flood ceiling (${LINK_ADDRESS_MAX} per window)`, async () => {
    const address = newAddress();
    for (let i = 0; i < LINK_ADDRESS_MAX; i++) {
      expect(
        (await call(address, "GET", `/api/jiannuo/checkin?t=${randomToken()}&c=abc`, undefined, newDevice())).status,
      ).toBe(404);
    }
    expect(
      (await call(address, "GET", `/api/jiannuo/checkin?t=${randomToken()}&c=abc`, undefined, newDevice())).status,
    ).toBe(429);
  });

  it("do not count an expired link (a real link, refused with 410 every time)", async () => {
    const address = newAddress();
    const device = newDevice();
    const link = await followupWithLink("2026-02-01 00:00:00.000Z");
    for (let i = 0; i < DEVICE_MAX + 2; i++) {
      expect(
        await call(address, "GET", `/api/jiannuo/checkin?t=${link.t}&c=${link.c}`, undefined, device),
      ).toMatchObject({
        status: 410,
        body: { data: { t: { code: "jiannuo_token_expired" } } },
      });
    }
  });
});

describe("PocketBase's built-in limiter (production rules)", () => {
  it("stops password guessing after 100 tries per 10 minutes from one address", async () => {
    const address = newAddress();
    const attempt = () =>
      call(address, "POST", "/api/collections/trainers/auth-with-password", {
        identity: trainerEmail,
        password: "wrong-password",
      });
    const first = [];
    for (let batch = 0; batch < 10; batch++)
      first.push(...(await Promise.all(Array.from({ length: 10 }, attempt))).map((a) => a.status));
    expect(first.filter((s) => s === 400)).toHaveLength(100);
    expect((await attempt()).status).toBe(429);
    // Another address still signs in.
    expect(
      (
        await call(newAddress(), "POST", "/api/collections/trainers/auth-with-password", {
          identity: trainerEmail,
          password: "wrong-password",
        })
      ).status,
    ).toBe(400);
  }, 90_000); // 101 password checks (bcrypt) on a shared machine

  it("stops sign-in code requests (each one an email) after 30 a minute from one address", async () => {
    const address = newAddress();
    const request = () =>
      call(address, "POST", "/api/collections/addresses/request-otp", { email: "someone@example.com" });
    for (let i = 0; i < 30; i++) expect((await request()).status).toBe(200);
    expect((await request()).status).toBe(429);
  });
});
