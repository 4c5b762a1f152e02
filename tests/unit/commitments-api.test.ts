// The requests about commitments, against a fake PocketBase: what each asks for, and how answers are read.
// The same requests against the real server (rules included) are in tests/integration.
import { describe, expect, it } from "vitest";
import { createCommitment, deleteCommitment, listOpenCommitments } from "../../src/lib/commitments-api";
import { fakePocketBase, fieldError, json, list, pbError } from "../support/fake-pocketbase";

const PARTICIPANT = "participant0001";
const commitment = {
  id: "commitment00001",
  participant: PARTICIPANT,
  cohort: "cohort000000001",
  module: "eoac",
  kind: "personal" as const,
  action: "每通电话结束前复述客户的需求",
  trigger: "",
  dueOn: "",
  measure: "",
  support: "",
  confidence: 8,
  visibility: "private" as const,
};

describe("listOpenCommitments", () => {
  it("asks for the participant's planned and in-progress commitments only, oldest first", async () => {
    const open = [{ id: "open00000000001", module: "eoac", action: "每周五给一位同事一条 EOAC 反馈" }];
    const server = fakePocketBase(() => list(open));
    expect(await listOpenCommitments(PARTICIPANT)).toEqual(open);
    const [request] = server.requests;
    expect(request?.path).toBe("/api/collections/commitments/records");
    expect(request?.query.get("filter")).toContain(`participant = "${PARTICIPANT}"`);
    expect(request?.query.get("filter")).toContain("(status = 'planned' || status = 'in_progress')");
    expect(request?.query.get("sort")).toBe("created");
  });
});

describe("createCommitment", () => {
  it("creates it planned, under the id chosen on the device", async () => {
    const server = fakePocketBase(({ body }) => json(200, body));
    expect(await createCommitment(commitment)).toBe(true);
    expect(server.sent("POST", "/api/collections/commitments/records").map((r) => r.body)).toEqual([
      { ...commitment, status: "planned" },
    ]);
  });

  it("answers false when that id exists already (sent before), and throws any other refusal", async () => {
    fakePocketBase(() => fieldError(400, "id", "validation_not_unique"));
    expect(await createCommitment(commitment)).toBe(false);
    fakePocketBase(() => fieldError(400, "action", "validation_max_text_constraint"));
    await expect(createCommitment(commitment)).rejects.toMatchObject({ status: 400 });
  });
});

describe("deleteCommitment", () => {
  it("counts a commitment that is already gone as deleted", async () => {
    const server = fakePocketBase();
    await expect(deleteCommitment(commitment.id)).resolves.toBeUndefined();
    expect(server.sent("DELETE").map((r) => r.path)).toEqual([`/api/collections/commitments/records/${commitment.id}`]);
    fakePocketBase(() => pbError(403, "Only the participant may delete it."));
    await expect(deleteCommitment(commitment.id)).rejects.toMatchObject({ status: 403 });
  });
});
