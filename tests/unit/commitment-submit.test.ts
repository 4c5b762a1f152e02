// Submitting a draft, on the stores against a fake PocketBase: the check, the outbox, clearing the draft,
// and dropping the commitment it replaces. The form around it is tested in
// tests/component/CommitmentForm.test.tsx, the outbox against the real server in tests/integration.
import { cleanStores, keepMount } from "nanostores";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { $drafts, EMPTY_DRAFT, editDraft } from "../../src/stores/commitment-draft";
import { $drops, dropCommitment, submitDraft, type DropProgress } from "../../src/stores/commitment-submit";
import { $outbox, flushOutbox } from "../../src/stores/outbox";
import { $session } from "../../src/stores/session";
import { useFreshDevice } from "../support/device";
import { fakePocketBase, json, list, networkFailure, type FakePocketBase } from "../support/fake-pocketbase";
import { demoCohort, participantRecord, participantSession } from "../support/records";

const PARTICIPANT = "participant0001";
const REPLACED = { id: "open00000000002", module: "eoac", action: "每周五给一位同事一条 EOAC 反馈" };

/** A PocketBase that lists no open commitments and accepts every write. */
function stubServer(): FakePocketBase {
  return fakePocketBase(({ method, path, body }) =>
    method === "GET" ? list([]) : json(200, { id: path.split("/").pop(), ...body }),
  );
}

/** Resolves once the drop of `id` has come to `progress`. */
function dropReaches(id: string, progress: DropProgress): Promise<void> {
  return new Promise((resolve) => {
    const stop = $drops.subscribe((drops) => {
      if (drops[id] !== progress) return;
      queueMicrotask(() => stop());
      resolve();
    });
  });
}

/** The requests with `method`, as method, path and body. */
const sentWith = (server: FakePocketBase, method: string) =>
  server.sent(method).map(({ path, body }) => ({ method, path, body }));

useFreshDevice();

beforeEach(() => {
  keepMount($drafts);
  keepMount($outbox);
  $outbox.set([]);
  $drafts.set({});
  $drops.set({});
  $session.set(participantSession(participantRecord({ id: PARTICIPANT })));
});

afterEach(() => cleanStores($drafts, $outbox, $drops));

describe("submitDraft", () => {
  it("refuses a draft without action and confidence, keeps it, and sends nothing", async () => {
    const server = stubServer();
    editDraft("eoac", { trigger: "当客户说完需求时" });
    expect(submitDraft("eoac")).toEqual({
      ok: false,
      errors: { action: "commit.error.action", confidence: "commit.error.confidence" },
    });
    // The outbox's send loop has run to the end, so any request it made is recorded by now.
    await flushOutbox({ force: true });
    expect($outbox.get()).toEqual([]);
    expect(server.sent("POST")).toEqual([]);
    expect($drafts.get()["eoac"]?.trigger).toBe("当客户说完需求时");
  });

  it("refuses a draft the server would refuse, with the field that is wrong", () => {
    stubServer();
    editDraft("eoac", { action: "回".repeat(501), confidence: 8 });
    expect(submitDraft("eoac")).toEqual({ ok: false, errors: { action: "errors.validation_max_text_constraint" } });
    expect($outbox.get()).toEqual([]);
  });

  it("puts the draft with its module in the outbox for the signed-in participant, clears it and sends it", async () => {
    const server = stubServer();
    editDraft("eoac", {
      action: "每通电话结束前复述客户的需求",
      trigger: "当客户说完需求时，我会复述一遍",
      dueOn: "2026-12-24",
      confidence: 8,
      visibility: "cohort",
    });
    editDraft("belonging", { action: "另一节课的草稿" });
    const result = submitDraft("eoac");

    expect(result).toEqual({ ok: true });
    expect($outbox.get()).toHaveLength(1);
    expect($outbox.get()[0]).toMatchObject({
      participant: PARTICIPANT,
      cohort: demoCohort.id,
      fields: {
        module: "eoac",
        action: "每通电话结束前复述客户的需求",
        trigger: "当客户说完需求时，我会复述一遍",
        dueOn: "2026-12-24",
        confidence: 8,
        kind: "personal",
        visibility: "cohort",
        measure: "",
        support: "",
      },
    });
    expect($drafts.get()["eoac"]).toBeUndefined();
    expect($drafts.get()["belonging"]).toEqual({ ...EMPTY_DRAFT, action: "另一节课的草稿" });

    await flushOutbox();
    expect($outbox.get()[0]?.state).toBe("sent");
    const post = server.sent("POST")[0];
    expect(post?.body).toMatchObject({ id: $outbox.get()[0]!.id, module: "eoac", status: "planned" });
  });

  it("sends the strength scale with the commitment when all five are answered", async () => {
    const server = stubServer();
    editDraft("eoac", { action: "每通电话结束前复述客户的需求", confidence: 8 });
    editDraft("eoac", { strength1: 2, strength2: 1, strength3: 4, strength4: 3, strength5: 5 });
    expect(submitDraft("eoac")).toEqual({ ok: true });
    await flushOutbox();
    expect(server.sent("POST")[0]?.body).toMatchObject({
      strength1: 2,
      strength2: 1,
      strength3: 4,
      strength4: 3,
      strength5: 5,
    });
  });

  it("sends a partly answered scale as it is (the server scores only a whole one), and nothing of a cleared one", async () => {
    const server = stubServer();
    editDraft("eoac", { action: "每通电话结束前复述客户的需求", confidence: 8, strength1: 2, strength3: 4 });
    editDraft("belonging", { action: "晨会上请一位同事分享", confidence: 7, strength1: 2 });
    // Cleared in the form: each answer set to undefined.
    editDraft("belonging", { strength1: undefined });
    expect(submitDraft("eoac")).toEqual({ ok: true });
    expect(submitDraft("belonging")).toEqual({ ok: true });
    await flushOutbox();
    const strengthOf = (body: unknown) => Object.entries(body as object).filter(([key]) => key.startsWith("strength"));
    expect(server.sent("POST").map((request) => strengthOf(request.body))).toEqual([
      [
        ["strength1", 2],
        ["strength3", 4],
      ],
      [],
    ]);
  });

  it("marks the commitment the new one replaces dropped", async () => {
    const server = stubServer();
    editDraft("eoac", { action: "每通电话结束前复述客户的需求", confidence: 8 });
    const dropped = dropReaches(REPLACED.id, "done");
    expect(submitDraft("eoac", REPLACED).ok).toBe(true);
    expect($drops.get()).toEqual({ [REPLACED.id]: "sending" });
    await dropped;
    expect(sentWith(server, "PATCH")).toEqual([
      { method: "PATCH", path: `/api/collections/commitments/records/${REPLACED.id}`, body: { status: "dropped" } },
    ]);
    expect($outbox.get()).toHaveLength(1);
  });

  it("drops nothing when it replaces nothing", async () => {
    const server = stubServer();
    editDraft("eoac", { action: "每通电话结束前复述客户的需求", confidence: 8 });
    expect(submitDraft("eoac").ok).toBe(true);
    // A drop is marked before its request goes out; none was.
    expect($drops.get()).toEqual({});
    await flushOutbox();
    expect(server.sent("POST")).toHaveLength(1);
    expect(sentWith(server, "PATCH")).toEqual([]);
  });
});

describe("dropCommitment", () => {
  it("says when the drop failed, and succeeds when tried again", async () => {
    let offline = true;
    const server = fakePocketBase(
      networkFailure(() => offline),
      () => json(200, { id: REPLACED.id, status: "dropped" }),
    );
    await dropCommitment(REPLACED.id);
    expect($drops.get()).toEqual({ [REPLACED.id]: "failed" });
    offline = false;
    await dropCommitment(REPLACED.id);
    expect($drops.get()).toEqual({ [REPLACED.id]: "done" });
    expect(sentWith(server, "PATCH")).toHaveLength(2);
  });
});
