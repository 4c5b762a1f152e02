// The one check of each written field (pocketbase/pb_hooks/lib/pure/field-checks.js), run in Node.
import { describe, expect, it } from "vitest";
import { bodyProblems, fieldProblem, textFields } from "../../../pocketbase/pb_hooks/lib/pure/field-checks.js";
import { MESSAGES } from "../../../pocketbase/pb_hooks/lib/api-errors.js";
import { COMMITMENTS_FIELDS, FIELD_TYPES } from "../../../pocketbase/pb_hooks/lib/generated/contract.js";

describe("text fields", () => {
  it.each([
    ["commitments", "action", "先问客户再推荐 👍🏽👨‍👩‍👧"],
    ["commitments", "action", "第一步\n第二步\t（多行）"],
    ["commitments", "trigger", "当客户等候时\n我会先问"],
    ["checkins", "note", "好多了\n下周继续"],
    ["participants", "name", "王小雨"],
    ["participants", "name", "علي\u200F"], // a right-to-left mark is a mark, not an override
    ["commitments", "trigger", ""],
    ["commitments", "trigger", null],
  ])("%s.%s accepts %j", (collection, field, value) => {
    expect(fieldProblem(collection, field, value)).toBe("");
  });

  it.each([
    // Whitespace only, where text is required.
    ["commitments", "action", "   ", "validation_required"],
    ["commitments", "action", "\n\t\u3000", "validation_required"],
    ["participants", "name", " ", "validation_required"],
    ["cohorts", "name", "\u00A0", "validation_required"],
    ["cohorts", "organization", "", "validation_required"],
    ["trainers", "name", "  ", "validation_required"],
    // NUL, other controls and direction overrides or isolates.
    ["commitments", "action", "a\u0000b", "jiannuo_text_control"],
    ["commitments", "action", "a\rb", "jiannuo_text_control"],
    ["commitments", "action", "a\u001Bb", "jiannuo_text_control"],
    ["commitments", "action", "a\u007Fb", "jiannuo_text_control"],
    ["commitments", "action", "a\u0085b", "jiannuo_text_control"],
    ["commitments", "support", "txt.exe\u202Eexe", "jiannuo_text_control"],
    ["checkins", "note", "\u202Aa", "jiannuo_text_control"],
    ["checkins", "note", "\u2066a\u2069", "jiannuo_text_control"],
    ["participants", "name", "王\u202E雨", "jiannuo_text_control"],
    // One-line fields take no line breaks or tabs.
    ["commitments", "module", "eoac\n", "jiannuo_text_control"],
    ["participants", "name", "王\t雨", "jiannuo_text_control"],
    ["cohorts", "name", "A\nB", "jiannuo_text_control"],
    // Not text at all.
    ["commitments", "action", 42, "jiannuo_value_invalid"],
    ["commitments", "action", ["a"], "jiannuo_value_invalid"],
    ["commitments", "action", { a: 1 }, "jiannuo_value_invalid"],
  ])("%s.%s refuses %j with %s", (collection, field, value, code) => {
    expect(fieldProblem(collection, field, value)).toBe(code);
  });

  it("refuses text far past its limit before any work on its characters", () => {
    const huge = "长".repeat(10 * 1024 * 1024);
    const started = performance.now();
    expect(fieldProblem("commitments", "action", huge)).toBe("validation_max_text_constraint");
    expect(performance.now() - started).toBeLessThan(250);
  });

  it("leaves the exact count of characters to PocketBase, up to twice the limit in UTF-16 units", () => {
    const max = COMMITMENTS_FIELDS.action.max;
    expect(fieldProblem("commitments", "action", "😀".repeat(max))).toBe("");
    expect(fieldProblem("commitments", "action", "a".repeat(2 * max + 1))).toBe("validation_max_text_constraint");
  });

  it("names every text field of a collection, from the contract", () => {
    expect(textFields("commitments")).toEqual(["module", "action", "trigger", "measure", "support"]);
    expect(textFields("checkins")).toEqual(["note"]);
  });
});

describe("numbers, dates, flags and choices", () => {
  it.each([
    ["confidence", 8, ""],
    ["confidence", null, ""],
    ["confidence", true, "jiannuo_number_invalid"],
    ["confidence", "8", "jiannuo_number_invalid"],
    ["confidence", [8], "jiannuo_number_invalid"],
    ["dueOn", "2026-12-24", ""],
    ["dueOn", "2026-12-24 00:00:00.000Z", ""],
    ["dueOn", "2026-12-24T08:30:00+08:00", ""],
    ["dueOn", "", ""],
    ["dueOn", null, ""],
    ["dueOn", "next friday", "jiannuo_date_invalid"],
    ["dueOn", "2026-02-30", "jiannuo_date_invalid"],
    ["dueOn", "2026-13-01", "jiannuo_date_invalid"],
    ["dueOn", "2026-12-24 25:00:00", "jiannuo_date_invalid"],
    ["dueOn", 1767225600000, "jiannuo_date_invalid"],
    ["dueOn", `2026-12-24${" ".repeat(100)}`, "jiannuo_date_invalid"],
    ["hidden", false, ""],
    ["hidden", "false", "jiannuo_value_invalid"],
    ["hidden", 1, "jiannuo_value_invalid"],
    ["visibility", "cohort", ""],
    ["visibility", ["cohort"], "jiannuo_value_invalid"],
    ["participant", { id: "x" }, "jiannuo_value_invalid"],
  ])("commitments.%s: %j → %j", (field, value, code) => {
    expect(fieldProblem("commitments", field, value)).toBe(code);
  });

  it("leaves fields it does not know, and json, to PocketBase", () => {
    expect(fieldProblem("commitments", "nonsense", true)).toBe("");
    expect(fieldProblem("exercise_results", "summary", { a: 1 })).toBe("");
    expect(FIELD_TYPES.exercise_results.summary).toBe("json");
  });
});

describe("bodyProblems", () => {
  it("checks the fields a body holds, each with its own code", () => {
    expect(
      bodyProblems("commitments", { action: " ", confidence: true, dueOn: "soon", trigger: "ok", kind: "team" }),
    ).toEqual({ action: "validation_required", confidence: "jiannuo_number_invalid", dueOn: "jiannuo_date_invalid" });
    expect(bodyProblems("commitments", {})).toEqual({});
  });

  it("checks what PocketBase's modifiers would add (field+, +field, field-) as a value of the field", () => {
    expect(
      bodyProblems("commitments", {
        "confidence+": true,
        "action+": "\u202E",
        "+trigger": "\u0000",
        "confidence-": "1",
      }),
    ).toEqual({
      confidence: "jiannuo_number_invalid",
      action: "jiannuo_text_control",
      trigger: "jiannuo_text_control",
    });
    expect(bodyProblems("commitments", { "confidence+": 1, "action+": "，再问一次" })).toEqual({});
  });

  it("answers only with codes that have a message", () => {
    for (const code of [
      "jiannuo_text_control",
      "jiannuo_value_invalid",
      "jiannuo_number_invalid",
      "jiannuo_date_invalid",
    ]) {
      expect(MESSAGES[code], code).toBeTruthy();
    }
  });
});
