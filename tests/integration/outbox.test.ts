// The commitment outbox against the real server: offline work is kept, and every commitment arrives
// exactly once, whatever happens to the answers.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from "@nanostores/persistent";
import type PocketBase from "pocketbase";
import { pb } from "../../src/lib/pocketbase";
import { $session } from "../../src/stores/session-state";
import {
  $outbox,
  backoffMs,
  flushOutbox,
  retryEntry,
  submitCommitment,
  type CommitmentFields,
} from "../../src/stores/outbox";
import { newCohort, newTrainer, postJoin, superuserClient } from "../support/api";

let admin: PocketBase;
let code: string;
const serverUrl = () => inject("pocketbase").url;
const UNREACHABLE = "http://127.0.0.1:9"; // nothing listens on the discard port here

beforeAll(async () => {
  useTestStorageEngine();
  admin = await superuserClient();
  code = (await newCohort((await newTrainer(admin)).pb)).joinCode;
});

beforeEach(async () => {
  cleanTestStorage();
  $outbox.set([]);
  pb.baseURL = serverUrl();
  const { body } = await postJoin({ code, name: "Outbox" });
  $session.set({ token: body.token, participant: body.record, cohort: body.cohort, joinKey: "k".repeat(43) });
});

const fields = (action: string): CommitmentFields => ({
  module: "eoac",
  kind: "personal",
  action,
  trigger: "当客户投诉时，我会先复述他的问题",
  dueOn: "2026-12-24",
  measure: "每周记录一次",
  support: "组长",
  confidence: 8,
  visibility: "cohort",
});

const stored = (id: string) =>
  admin.collection("commitments").getFullList({ filter: admin.filter("id = {:id}", { id }) });

describe("the outbox", () => {
  it("keeps commitments made offline on the device, then delivers each exactly once", async () => {
    pb.baseURL = UNREACHABLE;
    const a = submitCommitment(fields("每周五给一位同事一条 EOAC 反馈"));
    const b = submitCommitment(fields("客户等候超过五分钟时主动致歉并说明原因"));
    await flushOutbox();
    expect($outbox.get().map((e) => [e.id, e.state, e.errors?.["form"]])).toEqual([
      [a, "waiting", "errors.network"],
      [b, "waiting", "errors.network"],
    ]);
    // What a reload would read back from the device's storage:
    expect(JSON.parse(getTestStorage()["jiannuo:outbox"]!).map((e: { id: string }) => e.id)).toEqual([a, b]);
    expect(await stored(a)).toEqual([]);

    pb.baseURL = serverUrl();
    await flushOutbox({ force: true });
    await flushOutbox({ force: true });
    expect($outbox.get().map((e) => e.state)).toEqual(["sent", "sent"]);
    expect(await stored(a)).toHaveLength(1);
    expect(await stored(b)).toHaveLength(1);
    expect((await stored(a))[0]).toMatchObject({
      action: "每周五给一位同事一条 EOAC 反馈",
      status: "planned",
      visibility: "cohort",
    });
  });

  it("waits for the backoff before retrying on its own", async () => {
    pb.baseURL = UNREACHABLE;
    const before = Date.now();
    submitCommitment(fields("先听完再回答"));
    await flushOutbox();
    const entry = $outbox.get()[0]!;
    expect(entry.attempts).toBe(1);
    expect(entry.nextAttemptAt).toBeGreaterThanOrEqual(before + backoffMs(1));
    pb.baseURL = serverUrl();
    await flushOutbox({ now: entry.nextAttemptAt - 1 });
    expect($outbox.get()[0]!.state).toBe("waiting");
    await flushOutbox({ now: entry.nextAttemptAt });
    expect($outbox.get()[0]!.state).toBe("sent");
    expect([backoffMs(1), backoffMs(2), backoffMs(3), backoffMs(20)]).toEqual([1000, 2000, 4000, 60_000]);
  });

  it("treats a duplicate id as already delivered (the answer was lost)", async () => {
    pb.baseURL = UNREACHABLE;
    const id = submitCommitment(fields("答应客户的回电，当天下班前打完"));
    await flushOutbox();
    // The server did get it; only the answer never came back.
    const entry = $outbox.get()[0]!;
    await admin
      .collection("commitments")
      .create({ id, participant: entry.participant, cohort: entry.cohort, status: "planned", ...entry.fields });
    pb.baseURL = serverUrl();
    await flushOutbox({ force: true });
    expect($outbox.get()[0]!.state).toBe("sent");
    expect(await stored(id)).toHaveLength(1);
  });

  it("marks a refused commitment failed, with the reason, and sends it once fixed", async () => {
    const id = submitCommitment(fields("做".repeat(501)));
    await flushOutbox();
    expect($outbox.get()[0]).toMatchObject({
      state: "failed",
      errors: { action: "errors.validation_max_text_constraint" },
    });
    expect(await stored(id)).toEqual([]);
    await retryEntry(id, fields("每天开门前检查一遍叫号机"));
    expect($outbox.get()[0]!.state).toBe("sent");
    expect(await stored(id)).toHaveLength(1);
  });

  it("two tabs flushing at once still create one record", async () => {
    const id = submitCommitment(fields("遇到老人办业务时，主动帮忙填表"));
    const entry = $outbox.get()[0]!;
    // A second tab holding the same entry sends it at the same time.
    const second = admin
      .collection("commitments")
      .create({ id, participant: entry.participant, cohort: entry.cohort, status: "planned", ...entry.fields })
      .catch(() => null);
    await Promise.all([flushOutbox({ force: true }), second]);
    expect($outbox.get()[0]!.state).toBe("sent");
    expect(await stored(id)).toHaveLength(1);
  });
});
