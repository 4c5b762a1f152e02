// The EOAC checker agrees with the course it sits in: every worked example a module teaches, and every
// model answer of the exercise, passes all four checks in its own language. A checker that marked the
// course's own example "could be better" would teach participants to distrust one or the other.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkEoac, EOAC_PARTS, type EoacParts } from "../../src/lib/eoac";
import { LOCALES, type Locale } from "../../src/i18n";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MARK = { zh: /[（(]([EOAC])[）)]/g, quote: /[“"]([^”"]+)[”"]/ };

/** The worked examples of one module text: E/O/A/C bullet lists, sentences marked (E)…(C), and "E … (“quote”)" runs. */
function workedExamples(markdown: string): { where: string; parts: EoacParts }[] {
  const found: { where: string; parts: EoacParts }[] = [];
  const lists = [...markdown.matchAll(/^> - \*\*([EOAC])\*\*[：:]\s*(.+)$/gm)];
  for (let i = 0; i + 3 < lists.length; i += 4) {
    const [e, o, a, c] = lists.slice(i, i + 4).map((m) => m[2]!);
    found.push({ where: `list "${e!.slice(0, 20)}"`, parts: { example: e!, outcome: o!, action: a!, change: c! } });
  }
  for (const sentence of markdown.matchAll(/[“"]([^”"]*?[（(]E[）)][^”"]*?[（(]C[）)])/g)) {
    const pieces = sentence[1]!
      .split(MARK.zh)
      .filter((_, i) => i % 2 === 0)
      .map((p) => p.replace(/^[，。,.\s]+/, ""));
    found.push({
      where: `sentence "${pieces[0]!.slice(0, 20)}"`,
      parts: { example: pieces[0]!, outcome: pieces[1]!, action: pieces[2]!, change: pieces[3]! },
    });
  }
  for (const paragraph of markdown.split(/\n\n/)) {
    const runs = [...paragraph.matchAll(/(?:^|[，,：:]\s*)([EOAC]) [^（(“"]*?[（(]?[“"]([^”"]+)[”"]/g)];
    if (runs.map((r) => r[1]).join("") !== "EOAC") continue;
    const [e, o, a, c] = runs.map((r) => r[2]!);
    found.push({ where: `quotes "${e!.slice(0, 20)}"`, parts: { example: e!, outcome: o!, action: a!, change: c! } });
  }
  return found;
}

describe.each(LOCALES)("EOAC in %s", (locale: Locale) => {
  const modules = readdirSync(path.join(ROOT, "content/modules", locale)).map((file) => ({
    file,
    text: readFileSync(path.join(ROOT, "content/modules", locale, file), "utf8"),
  }));
  const examples = modules.flatMap(({ file, text }) =>
    workedExamples(text).map((x) => ({ ...x, where: `${file}: ${x.where}` })),
  );
  const exercise = JSON.parse(
    readFileSync(path.join(ROOT, "content/exercises", locale, "eoac-builder.json"), "utf8"),
  ) as {
    remarks: { id: string; model: EoacParts }[];
  };

  it("finds the course's worked examples (a list, a marked sentence and a customer explanation)", () => {
    expect(examples.map((x) => x.where.split(": ")[1]!.split(" ")[0])).toEqual(["list", "sentence", "quotes"]);
  });

  it("passes every worked example of every module on all four parts", () => {
    for (const { where, parts } of examples) {
      const findings = checkEoac(parts, locale);
      for (const part of EOAC_PARTS) expect(findings[part].code, `${where} ${part}: ${parts[part]}`).toBe("ok");
    }
  });

  it("passes every model answer of the EOAC exercise", () => {
    expect(exercise.remarks.length).toBeGreaterThanOrEqual(3);
    for (const { id, model } of exercise.remarks) {
      const findings = checkEoac(model, locale);
      for (const part of EOAC_PARTS) expect(findings[part].code, `${id} ${part}`).toBe("ok");
    }
  });
});
