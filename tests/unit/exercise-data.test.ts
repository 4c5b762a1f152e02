// The exercises' course data: every file parses with the schema the build uses, both locales have the
// same structure (same ids in the same order), and the model answers pass their own checks.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkEoac, countOkParts } from "../../src/lib/eoac";
import { EXERCISE_IDS, exerciseDataSchema, type ExerciseData, type ExerciseId } from "../../src/lib/exercise-schemas";
import { bestPath, validateScenario } from "../../src/lib/scenario";

const LOCALES = ["zh-CN", "en"] as const;
const root = new URL("../../content/exercises/", import.meta.url);

function load(locale: string, id: ExerciseId): ExerciseData {
  const raw: unknown = JSON.parse(readFileSync(new URL(`${locale}/${id}.json`, root), "utf8"));
  const result = exerciseDataSchema.safeParse(raw);
  if (!result.success) throw new Error(`${locale}/${id}.json: ${JSON.stringify(result.error.issues, null, 2)}`);
  return result.data;
}

/** The structure both locales must share: ids, answers, links; not the wording. */
function skeleton(data: ExerciseData): unknown {
  switch (data.id) {
    case "mindset-sort":
      return data.statements.map((s) => [s.id, s.answer]);
    case "eoac-builder":
      return data.remarks.map((r) => r.id);
    case "belonging-assessment":
      return data.items.map((i) => [i.id, i.component]);
    case "above-standard-scenario":
      return [
        data.start,
        data.nodes.map((n) =>
          n.kind === "ending"
            ? [n.id, n.outcome]
            : [n.id, n.choices.map((c) => [c.id, c.next, c.verdict, c.principle])],
        ),
      ];
  }
}

describe("exercise data files", () => {
  it("has one file per exercise in each locale, and nothing else", () => {
    for (const locale of LOCALES) {
      expect(readdirSync(new URL(`${locale}/`, root)).sort()).toEqual(EXERCISE_IDS.map((id) => `${id}.json`).sort());
    }
  });

  it.each(EXERCISE_IDS)("%s parses in both locales with matching structure and module", (id) => {
    const [zh, en] = LOCALES.map((locale) => load(locale, id));
    expect(zh?.id).toBe(id);
    expect(skeleton(en!)).toEqual(skeleton(zh!));
    expect(en?.module).toBe(zh?.module);
  });

  it("writes the Chinese files in Chinese", () => {
    for (const id of EXERCISE_IDS) expect(load("zh-CN", id).title).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("eoac-builder data", () => {
  it.each(LOCALES)("%s model answers pass every check", (locale) => {
    const data = load(locale, "eoac-builder");
    if (data.id !== "eoac-builder") throw new Error("wrong data");
    for (const remark of data.remarks) {
      const findings = checkEoac(remark.model, locale);
      expect({ remark: remark.id, ok: countOkParts(findings), findings }).toMatchObject({ ok: 4 });
    }
  });

  it.each(LOCALES)("%s starting remarks themselves fail the Example check", (locale) => {
    const data = load(locale, "eoac-builder");
    if (data.id !== "eoac-builder") throw new Error("wrong data");
    for (const remark of data.remarks) {
      const { example } = checkEoac({ example: remark.text, outcome: "", action: "", change: "" }, locale);
      expect([remark.id, example.code]).toEqual([remark.id, "e-judgement"]);
    }
  });
});

describe("above-standard-scenario data", () => {
  it.each(LOCALES)("%s is playable with at least three decisions on the best path", (locale) => {
    const data = load(locale, "above-standard-scenario");
    if (data.id !== "above-standard-scenario") throw new Error("wrong data");
    expect(validateScenario(data)).toEqual([]);
    expect(bestPath(data).filter((node) => node.kind === "decision").length).toBeGreaterThanOrEqual(3);
  });
});

describe("exerciseDataSchema", () => {
  it("names the field of malformed data", () => {
    const data = load("en", "mindset-sort");
    if (data.id !== "mindset-sort") throw new Error("wrong data");
    const broken = { ...data, statements: data.statements.map((s, i) => (i === 2 ? { ...s, answer: "both" } : s)) };
    const result = exerciseDataSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["statements", 2, "answer"]);
  });

  it("rejects a belonging component with fewer than three items", () => {
    const data = load("en", "belonging-assessment");
    if (data.id !== "belonging-assessment") throw new Error("wrong data");
    const broken = { ...data, items: data.items.filter((item) => item.id !== "value-meaning") };
    expect(exerciseDataSchema.safeParse(broken).error?.issues[0]?.message).toContain("value");
  });

  it("rejects a scenario choice that leads nowhere", () => {
    const data = load("en", "above-standard-scenario");
    const text = JSON.stringify(data).replace('"next":"loyal-guest"', '"next":"nowhere"');
    const issues = exerciseDataSchema.safeParse(JSON.parse(text)).error?.issues ?? [];
    expect(issues.map((issue) => issue.message).join("\n")).toContain("nowhere");
  });
});
