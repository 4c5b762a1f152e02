// Whether a draft can be sent: the server's rules only (required fields, lengths, allowed values), never the coach.
import { describe, expect, it } from "vitest";
import type { CommitmentDraft } from "../../src/lib/coach";
import { draftErrors } from "../../src/lib/draft-errors";

const ok: CommitmentDraft = {
  action: "每天下班前回访3位客户",
  trigger: "",
  dueOn: "2025-06-30",
  measure: "",
  support: "",
  confidence: 8,
  kind: "personal",
  visibility: "cohort",
};

describe("draftErrors", () => {
  it("accepts a draft with only the required fields", () => {
    expect(draftErrors({ ...ok, dueOn: "", trigger: "", measure: "", support: "" })).toEqual({});
    expect(draftErrors({ ...ok, action: "尽量多微笑" })).toEqual({}); // the coach never blocks
  });

  it.each([
    ["an empty action", { action: "  " }, { action: "commit.error.action" }],
    [
      "an action over 500 characters",
      { action: "回".repeat(501) },
      { action: "errors.validation_max_text_constraint" },
    ],
    [
      "a trigger over 300 characters",
      { trigger: "a".repeat(301) },
      { trigger: "errors.validation_max_text_constraint" },
    ],
    [
      "a measure over 300 characters",
      { measure: "a".repeat(301) },
      { measure: "errors.validation_max_text_constraint" },
    ],
    ["support over 200 characters", { support: "a".repeat(201) }, { support: "errors.validation_max_text_constraint" }],
    ["no confidence", { confidence: null }, { confidence: "commit.error.confidence" }],
    ["confidence 0", { confidence: 0 }, { confidence: "commit.error.confidence" }],
    ["confidence 11", { confidence: 11 }, { confidence: "commit.error.confidence" }],
    ["confidence 7.5", { confidence: 7.5 }, { confidence: "commit.error.confidence" }],
    ["an unknown kind", { kind: "family" as CommitmentDraft["kind"] }, { kind: "errors.validation_invalid_value" }],
    [
      "an unknown visibility",
      { visibility: "" as CommitmentDraft["visibility"] },
      { visibility: "errors.validation_invalid_value" },
    ],
  ])("refuses %s", (_label, change, errors) => {
    expect(draftErrors({ ...ok, ...change })).toEqual(errors);
  });

  it("counts characters as the server does, so 500 emoji still fit", () => {
    expect(draftErrors({ ...ok, action: "😊".repeat(500) })).toEqual({});
    expect(draftErrors({ ...ok, action: "回".repeat(500), support: "支".repeat(200) })).toEqual({});
  });

  it("names every field that stops a blank draft: the action and the confidence", () => {
    expect(draftErrors({ ...ok, action: "", confidence: null })).toEqual({
      action: "commit.error.action",
      confidence: "commit.error.confidence",
    });
  });
});
