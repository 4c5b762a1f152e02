// PocketBase killed with SIGKILL in the middle of a burst of commitments: every commitment a client
// was told had arrived (a 2xx answer) is still there after a restart, and the clients' outboxes
// deliver the rest, each exactly once. Runs its own PocketBase so the kill hurts no other test.
import { afterAll, beforeAll, expect, it } from "vitest";
import { DatabaseSync } from "node:sqlite";
import path from "node:path";
import PocketBase from "pocketbase";
import { useTestStorageEngine, cleanTestStorage } from "@nanostores/persistent";
import { pb as devicePb } from "../../src/lib/pocketbase";
import { $session, type JoinedCohort } from "../../src/stores/session-state";
import { $outbox, flushOutbox, submitCommitment } from "../../src/stores/outbox";
import { newRecordId } from "../../src/lib/record-id";
import { deliverAsOutbox, tabletCommitment } from "../support/outbox-rule";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import { superuserClient } from "../support/api";

type Started = Awaited<ReturnType<typeof startTestPocketBase>>;
let server: Started;
let admin: PocketBase;
let code: string;
let cohortId: string;

async function join(name: string) {
  const res = await fetch(`${server.handle.url}/api/jiannuo/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, name, locale: "zh-CN" }),
  });
  expect(res.status).toBe(200);
  return res.json() as Promise<{ token: string; record: { id: string }; cohort: JoinedCohort }>;
}

/**
 * Another tablet in the room, with the outbox's delivery rule (src/stores/outbox.ts): an id chosen on
 * the device, send again until the server has it, and "this id already exists" counts as delivered.
 */
function otherDevice(session: Awaited<ReturnType<typeof join>>, name: string, count: number) {
  const client = new PocketBase(server.handle.url);
  client.autoCancellation(false);
  client.authStore.save(session.token, session.record as never);
  const entries = Array.from({ length: count }, (_, i) => ({
    id: newRecordId(),
    action: `${name} 的第 ${i + 1} 条承诺`,
    sent: false,
  }));
  const acknowledged: string[] = [];
  async function deliver(entry: (typeof entries)[number]) {
    const body = {
      id: entry.id,
      participant: session.record.id,
      cohort: session.cohort.id,
      status: "planned",
      ...tabletCommitment(entry.action),
    };
    const delivered = await deliverAsOutbox(client, body);
    if (!delivered) return; // network error: stays in the outbox
    if (delivered === "created") acknowledged.push(entry.id);
    entry.sent = true;
  }
  return {
    entries,
    acknowledged,
    /** One pass over everything not yet delivered, in order, as the outbox does. */
    async flush() {
      for (const entry of entries.filter((e) => !e.sent)) await deliver(entry).catch(() => undefined);
    },
  };
}

beforeAll(async () => {
  useTestStorageEngine();
  cleanTestStorage();
  server = await startTestPocketBase(FIXTURE_SITE);
  admin = await superuserClient(server.handle);
  const trainer = await admin
    .collection("trainers")
    .create({ email: "crash@example.com", name: "T", password: "trainer-pass-1", passwordConfirm: "trainer-pass-1" });
  const cohort = await admin.collection("cohorts").create({
    name: "断电测试班",
    organization: "示例银行",
    trainer: trainer.id,
    startsOn: "2026-11-24",
    endsOn: "2026-11-25",
    locale: "zh-CN",
  });
  code = cohort.joinCode;
  cohortId = cohort.id;
});

afterAll(async () => {
  delete devicePb.afterSend;
  await server?.stop();
});

it("keeps every acknowledged commitment through a SIGKILL, and the outboxes deliver the rest exactly once", async () => {
  // The tablet under test runs the app's real outbox; four more tablets send at the same time.
  const session = await join("真实设备");
  $session.set({
    token: session.token,
    participant: session.record as never,
    cohort: session.cohort,
    joinKey: "k".repeat(43),
  });
  devicePb.baseURL = server.handle.url;
  const deviceAcks: string[] = [];
  devicePb.afterSend = (response, data) => {
    if (response.ok && new URL(response.url).pathname.endsWith("/collections/commitments/records") && data?.id)
      deviceAcks.push(data.id);
    return data;
  };
  const others = await Promise.all(
    ["甲", "乙", "丙", "丁"].map(async (name) => otherDevice(await join(name), name, 40)),
  );

  const deviceIds = Array.from({ length: 40 }, (_, i) =>
    submitCommitment(tabletCommitment(`真实设备 的第 ${i + 1} 条承诺`)),
  );
  const burst = Promise.all(others.map((o) => o.flush()));
  const acks = () => deviceAcks.length + others.reduce((n, o) => n + o.acknowledged.length, 0);
  while (acks() < 40) await new Promise((r) => setTimeout(r, 5));

  server.server.child.kill("SIGKILL");
  expect(await server.server.exited).toMatchObject({ signal: "SIGKILL" });
  await Promise.all([burst, flushOutbox()]);
  const acknowledged = [...deviceAcks, ...others.flatMap((o) => o.acknowledged)];
  const submitted = [...deviceIds, ...others.flatMap((o) => o.entries.map((e) => e.id))];
  expect(acknowledged.length).toBeGreaterThanOrEqual(40);
  expect(acknowledged.length).toBeLessThan(submitted.length); // the kill did land in the middle
  expect($outbox.get().filter((e) => e.state === "waiting").length).toBeGreaterThan(0);
  expect($outbox.get().filter((e) => e.state === "failed")).toEqual([]);

  // Restart on the same folder and port: what was acknowledged is there before any client resends.
  await server.restart();
  await admin
    .collection("_superusers")
    .authWithPassword(server.handle.superuser.email, server.handle.superuser.password);
  const storedIds = async () =>
    await admin
      .collection("commitments")
      .getFullList({ filter: admin.filter("cohort = {:c}", { c: cohortId }), fields: "id,action" });
  const afterRestart = new Set((await storedIds()).map((r) => r.id));
  expect(acknowledged.filter((id) => !afterRestart.has(id))).toEqual([]);

  // The outboxes send the rest (twice over, as a reconnecting tablet might): each arrives exactly once.
  for (let pass = 0; pass < 2; pass += 1) {
    await flushOutbox({ force: true });
    await Promise.all(others.map((o) => o.flush()));
  }
  expect($outbox.get().map((e) => e.state)).toEqual(Array(40).fill("sent"));
  expect(others.flatMap((o) => o.entries).filter((e) => !e.sent)).toEqual([]);
  const final = await storedIds();
  expect(final.map((r) => r.id).sort()).toEqual([...submitted].sort());
  const actions = final.map((r) => r.action);
  expect(new Set(actions).size).toBe(200);

  // And the database file is sound.
  await server.server.stop();
  const db = new DatabaseSync(path.join(server.handle.dataDir, "data.db"), { readOnly: true });
  expect(db.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
  expect(db.prepare("SELECT count(*) AS n FROM commitments WHERE cohort = ?").get(cohortId)).toEqual({ n: 200 });
  db.close();
});
