// The disk of the data folder fills up while PocketBase runs: a write is refused with a clear 503
// (not a 400 that says the participant's data was wrong), nothing half-written is kept, reads go on,
// the app's outbox keeps the commitment and delivers it once when space is free again, and the
// database is sound. The disk is a small tmpfs mounted for this test (see tests/support/mount.ts).
import { afterAll, beforeAll, expect, it } from "vitest";
import { mkdtempSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import PocketBase from "pocketbase";
import { cleanTestStorage, useTestStorageEngine } from "@nanostores/persistent";
import { upsertSuperuser } from "../../scripts/lib/pocketbase-binary.mjs";
import { freePort, startPocketBase } from "../../scripts/lib/run-pocketbase.mjs";
import { pb as devicePb } from "../../src/lib/pocketbase";
import { $session } from "../../src/stores/session-state";
import { $outbox, flushOutbox, submitCommitment, type CommitmentFields } from "../../src/stores/outbox";
import { FIXTURE_SITE } from "../support/integration-setup";
import { fillFileSystem, mount, umount } from "../support/mount";

const dataDir = mkdtempSync(path.join(tmpdir(), "jiannuo-diskfull-"));
const filler = path.join(dataDir, "filler");
let server: Awaited<ReturnType<typeof startPocketBase>>;
let admin: PocketBase;
let cohort: { id: string; joinCode: string };

const fields = (action: string): CommitmentFields => ({
  module: "eoac",
  kind: "personal",
  action,
  trigger: "当客户投诉时",
  dueOn: "",
  measure: "",
  support: "",
  confidence: 7,
  visibility: "private",
});

beforeAll(async () => {
  useTestStorageEngine();
  cleanTestStorage();
  mount("-t", "tmpfs", "-o", "size=48m", "tmpfs", dataDir);
  upsertSuperuser(dataDir, { email: "root@test.local", password: "root-password-1" });
  server = await startPocketBase({
    dataDir,
    port: await freePort(),
    publicDir: FIXTURE_SITE,
    stdio: "pipe",
    env: { JIANNUO_FOLLOWUP_CRON: "off", SMTP_HOST: "" },
  });
  admin = new PocketBase(server.url);
  admin.autoCancellation(false);
  await admin.collection("_superusers").authWithPassword("root@test.local", "root-password-1");
  const trainer = await admin
    .collection("trainers")
    .create({ email: "full@example.com", name: "T", password: "trainer-pass-1", passwordConfirm: "trainer-pass-1" });
  cohort = await admin.collection("cohorts").create({
    name: "满盘班",
    organization: "示例",
    trainer: trainer.id,
    startsOn: "2026-11-24",
    endsOn: "2026-11-25",
    locale: "zh-CN",
  });
});

afterAll(async () => {
  await server?.stop();
  umount(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
});

const join = (name: string) =>
  fetch(`${server.url}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: cohort.joinCode, name, locale: "zh-CN" }),
  });
const commitmentsOf = (participant: string) =>
  admin.collection("commitments").getFullList({ filter: admin.filter("participant = {:p}", { p: participant }) });

it("refuses writes with a clear 503 while the disk is full, and the outbox delivers once space is back", async () => {
  const joined = await (await join("小张")).json();
  $session.set({ token: joined.token, participant: joined.record, cohort: joined.cohort, joinKey: "k".repeat(43) });
  devicePb.baseURL = server.url;
  const first = submitCommitment(fields("先复述客户的问题"));
  await flushOutbox();
  expect($outbox.get().find((e) => e.id === first)?.state).toBe("sent");

  fillFileSystem(filler);
  const second = submitCommitment(fields("客户等候时主动说明原因"));
  await flushOutbox();
  expect($outbox.get().find((e) => e.id === second)).toMatchObject({
    state: "waiting",
    attempts: 1,
    errors: { form: "errors.server" },
  });

  const refusedJoin = await join("小李");
  expect(refusedJoin.status).toBe(503);
  expect((await refusedJoin.json()).message).toBe(
    "The server's disk is full, so nothing was saved. Please try again later; the server's administrator must free some space.",
  );
  const rename = await fetch(`${server.url}/api/collections/cohorts/records/${cohort.id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", Authorization: admin.authStore.token },
    body: JSON.stringify({ name: "改名" }),
  });
  expect(rename.status).toBe(503);
  expect(server.output()).toContain("a write was refused because the disk of the data folder is full");

  // Reads go on; nothing of the refused writes was kept.
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  expect((await commitmentsOf(joined.record.id)).map((c) => c.id)).toEqual([first]);
  expect((await admin.collection("cohorts").getOne(cohort.id)).name).toBe("满盘班");
  expect(await admin.collection("participants").getFullList({ filter: "name = '小李'" })).toEqual([]);

  unlinkSync(filler);
  await flushOutbox({ force: true });
  await flushOutbox({ force: true });
  expect($outbox.get().map((e) => e.state)).toEqual(["sent", "sent"]);
  expect((await commitmentsOf(joined.record.id)).map((c) => c.id).sort()).toEqual([first, second].sort());
  expect((await join("小李")).status).toBe(200);

  await server.stop();
  const db = new DatabaseSync(path.join(dataDir, "data.db"), { readOnly: true });
  expect(db.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
  expect(db.prepare("SELECT count(*) AS n FROM commitments WHERE cohort = ?").get(cohort.id)).toEqual({ n: 2 });
  db.close();
});
