// The session store against canned PocketBase answers (the real join route is tested in integration).
import { getTestStorage } from "@nanostores/persistent";
import { describe, expect, it, vi } from "vitest";
import { pb } from "../../src/lib/pocketbase";
import { $drafts, editDraft } from "../../src/stores/commitment-draft";
import { $keptCommitments, keepCommitments, keptCommitmentsOf } from "../../src/stores/kept-commitments";
import { $outbox } from "../../src/stores/outbox";
import {
  $joinIdentity,
  $session,
  forgetThisDevice,
  isSession,
  joinCohort,
  leaveSession,
  newJoinKey,
  newParticipantId,
  type JoinInput,
} from "../../src/stores/session";
import { useFreshDevice } from "../support/device";
import { fakePocketBase, fieldError, json, networkFailure } from "../support/fake-pocketbase";
import { demoCohort, outboxEntry, participantRecord, participantSession } from "../support/records";

const input: JoinInput = {
  code: "ab3-k7q",
  name: " 赵敏 ",
  email: "",
  followUpConsent: false,
  namedInReport: true,
  locale: "zh-CN",
};

const cohort = demoCohort;
const participant = (id: string) =>
  participantRecord({ id, namedInReport: true, namedInReportAt: "2025-11-24 10:00:00.000Z" });

useFreshDevice();

describe("ids", () => {
  it("makes PocketBase-style participant ids and 43-character base64url join keys", () => {
    for (let i = 0; i < 50; i++) {
      expect(newParticipantId()).toMatch(/^[a-z0-9]{15}$/);
      expect(newJoinKey()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    expect(newJoinKey()).not.toBe(newJoinKey());
  });
});

describe("joinCohort", () => {
  it("posts the normalized input with the device's id and joinKey, then keeps the session", async () => {
    const server = fakePocketBase(({ body }) => json(200, { token: "token-1", record: participant(body.id), cohort }));

    const result = await joinCohort(input);

    expect(server.requests[0]?.path).toMatch(/\/api\/jiannuo\/join$/);
    const [body] = server.requests.map((r) => r.body);
    expect(body).toMatchObject({
      code: "AB3K7Q",
      name: "赵敏",
      followUpConsent: false,
      namedInReport: true,
      locale: "zh-CN",
    });
    expect(body).not.toHaveProperty("email");
    expect(body.id).toMatch(/^[a-z0-9]{15}$/);
    expect(body.joinKey).toMatch(/^[A-Za-z0-9_-]{43}$/);

    expect(result.ok).toBe(true);
    expect($session.get()).toMatchObject({ token: "token-1", cohort, joinKey: body.joinKey });
    expect(JSON.parse(getTestStorage()["jiannuo:session"] ?? "null")).toMatchObject({ token: "token-1" });
    expect($joinIdentity.get()).toBeNull();
  });

  it("retries a lost response with the same id and joinKey", async () => {
    let attempts = 0;
    const server = fakePocketBase(
      networkFailure(() => ++attempts === 1),
      ({ body }) => json(200, { token: "token-2", record: participant(body.id), cohort }),
    );

    const first = await joinCohort(input);
    expect(first).toEqual({ ok: false, errors: { form: "errors.network" } });
    const second = await joinCohort(input);
    expect(second.ok).toBe(true);

    const [a, b] = server.requests.map((r) => r.body);
    expect(b.id).toBe(a.id);
    expect(b.joinKey).toBe(a.joinKey);
  });

  it("returns field errors and keeps the identity for the next attempt", async () => {
    fakePocketBase(() => fieldError(400, "code", "jiannuo_code_unknown"));

    expect(await joinCohort(input)).toEqual({ ok: false, errors: { code: "errors.jiannuo_code_unknown" } });
    expect($session.get()).toBeNull();
    expect($joinIdentity.get()).not.toBeNull();
  });

  it("starts over with a fresh identity after an id conflict", async () => {
    fakePocketBase(() => fieldError(400, "id", "jiannuo_id_conflict"));

    expect(await joinCohort(input)).toEqual({ ok: false, errors: { form: "errors.jiannuo_id_conflict" } });
    expect($joinIdentity.get()).toBeNull();
  });
});

describe("the client's auth store", () => {
  it("reads the session and sends its token", async () => {
    $session.set({ token: "token-3", participant: participant("p00000000000001"), cohort, joinKey: "k" });
    expect(pb.authStore.token).toBe("token-3");
    expect(pb.authStore.record?.id).toBe("p00000000000001");

    const server = fakePocketBase(() => json(200, {}));
    await pb.send("/api/health", { method: "GET" });
    expect(server.requests[0]?.authorization).toBe("token-3");
  });

  it("writes refreshed tokens into the session and clears it on sign-out", () => {
    const changes = vi.fn();
    const stop = pb.authStore.onChange(changes);
    $session.set({ token: "old", participant: participant("p00000000000001"), cohort, joinKey: "k" });
    pb.authStore.save("new", participant("p00000000000001"));
    expect($session.get()).toMatchObject({ token: "new", cohort, joinKey: "k" });
    pb.authStore.clear();
    expect($session.get()).toBeNull();
    expect(getTestStorage()["jiannuo:session"]).toBeUndefined();
    expect(changes).toHaveBeenCalledTimes(3);
    stop();
  });

  it("treats stored values without the session shape as signed out", () => {
    expect(isSession({ token: "t", joinKey: "k", participant: { id: "p" }, cohort: { id: "c" } })).toBe(true);
    expect(isSession({ token: 1 })).toBe(false);
    expect(isSession(null)).toBe(false);
    expect(pb.authStore.token).toBe("");
  });
});

describe("forgetThisDevice", () => {
  it("clears every jiannuo: key but keeps what has not reached the server, and the device's own id", () => {
    $session.set(participantSession(participantRecord({ id: "participant0001" })));
    $outbox.set([outboxEntry("sent", "已经发出的承诺内容"), outboxEntry("waiting", "等待中的承诺")]);
    editDraft("eoac", { action: "写了一半" });
    editDraft("belonging", { kind: "team" }); // nothing written: not kept
    const storage = getTestStorage();
    storage["jiannuo:progress"] = JSON.stringify({ visited: ["eoac"], exercisesDone: [] });
    storage["jiannuo:exercise:eoac-builder"] = "{}";
    storage["other-app"] = "stays";
    storage["jiannuo:device"] = "D".repeat(43);
    forgetThisDevice(storage);
    expect(Object.keys(storage).sort()).toEqual(["jiannuo:device", "jiannuo:drafts", "jiannuo:outbox", "other-app"]);
    expect(storage["jiannuo:device"]).toBe("D".repeat(43));
    expect($outbox.get().map((e) => e.state)).toEqual(["waiting"]);
    expect(Object.keys($drafts.get())).toEqual(["eoac"]);
    expect($session.get()).toBeNull();
  });
});

describe("leaveSession", () => {
  it("drops the kept list of commitments with the session: the next person on the device never sees it", () => {
    $session.set(participantSession(participantRecord({ id: "participant0001" })));
    keepCommitments("participant0001", [
      {
        id: "commitment00001",
        module: "eoac",
        action: "每周五给同事一条反馈",
        trigger: "",
        dueOn: "",
        measure: "",
        status: "planned",
        created: "2026-11-24 10:00:00.000Z",
      },
    ]);
    expect(keptCommitmentsOf("participant0001")?.commitments).toHaveLength(1);
    expect(keptCommitmentsOf("participant0002")).toBeNull();
    leaveSession();
    expect($keptCommitments.get()).toBeNull();
    expect(getTestStorage()["jiannuo:kept-commitments"]).toBeUndefined();
  });
});
