// The course text's contract with the rest of the app: six modules with fixed slugs in both locales,
// timings that fill each session, the agreed exercises, and bodies shaped the way the pages expect.
// The build validates every field with the zod schema in src/content.config.ts; these checks cover
// what spans files or lives in the Markdown body. The frontmatter is read with a few regexes, enough
// for the plain YAML the module files use.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { slugOfEntryId, splitBeforeSummary } from "../../src/lib/module-parts";
import { switchLocalePath } from "../../src/i18n";

const ROOT = join(import.meta.dirname, "../../content/modules");
const LOCALES = ["zh-CN", "en"] as const;

/** Slug -> order and exercises: other code and the seed data rely on these. */
const COURSE = {
  "service-mindset": { order: 1, exercises: ["mindset-sort"] },
  eoac: { order: 2, exercises: ["eoac-builder"] },
  "above-standard-demands": { order: 3, exercises: ["above-standard-scenario"] },
  "relationship-trust": { order: 4, exercises: [] },
  belonging: { order: 5, exercises: ["belonging-assessment"] },
  "action-commitment": { order: 6, exercises: [] },
} as const;

interface ModuleFile {
  frontmatter: string;
  body: string;
}

function readModule(locale: string, slug: string): ModuleFile {
  const text = readFileSync(join(ROOT, locale, `${slug}.md`), "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${locale}/${slug}.md has no frontmatter block`);
  return { frontmatter: match[1] ?? "", body: match[2] ?? "" };
}

function numberField(frontmatter: string, key: string): number {
  return Number(new RegExp(`^${key}: (\\d+)$`, "m").exec(frontmatter)?.[1]);
}

/** Items of a top-level list (`key:` then `  - item` lines), or [] for `key: []`. */
function listField(frontmatter: string, key: string): string[] {
  if (new RegExp(`^${key}: \\[\\]$`, "m").test(frontmatter)) return [];
  const block = new RegExp(`^${key}:\\n((?:  - .*\\n?)+)`, "m").exec(frontmatter)?.[1] ?? "";
  return [...block.matchAll(/^ {2}- (.*)$/gm)].map((m) => (m[1] ?? "").trim().replace(/^"(.*)"$/, "$1"));
}

const timingMinutes = (frontmatter: string) =>
  [...frontmatter.matchAll(/^ {4}- minutes: (\d+)$/gm)].map((m) => Number(m[1]));
const sectionHeadings = (body: string) => [...body.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? "").trim());

const cases = LOCALES.flatMap((locale) => Object.keys(COURSE).map((slug) => [locale, slug] as const));

describe("module files", () => {
  it.each(LOCALES)("%s has exactly the six course modules", (locale) => {
    const slugs = readdirSync(join(ROOT, locale)).map((name) => name.replace(/\.md$/, ""));
    expect(slugs.sort()).toEqual(Object.keys(COURSE).sort());
  });

  it.each(LOCALES)("%s numbers the modules 1 to 6, each once", (locale) => {
    const orders = Object.keys(COURSE).map((slug) => numberField(readModule(locale, slug).frontmatter, "order"));
    expect(orders.sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe.each(cases)("%s/%s", (locale, slug) => {
  const { frontmatter, body } = readModule(locale, slug);
  const expected = COURSE[slug as keyof typeof COURSE];

  it("has its agreed order and exercises", () => {
    expect(numberField(frontmatter, "order")).toBe(expected.order);
    expect(listField(frontmatter, "exercises")).toEqual(expected.exercises);
  });

  it("has timings that add up to durationMinutes", () => {
    const minutes = timingMinutes(frontmatter);
    expect(minutes.length).toBeGreaterThan(0);
    expect(minutes.reduce((a, b) => a + b, 0)).toBe(numberField(frontmatter, "durationMinutes"));
  });

  it("has 3 to 6 sections, the last one the summary", () => {
    const headings = sectionHeadings(body);
    expect(headings.length).toBeGreaterThanOrEqual(3);
    expect(headings.length).toBeLessThanOrEqual(6);
    expect(headings.at(-1)).toBe(locale === "zh-CN" ? "小结" : "Summary");
  });

  it("has a worked example from a service setting, set off as a quote", () => {
    expect(body).toMatch(locale === "zh-CN" ? /^### 案例：/m : /^### Worked example: /m);
    expect(body).toMatch(/^> \S/m);
  });

  it("leaves the objectives to the frontmatter", () => {
    for (const objective of listField(frontmatter, "objectives")) expect(body).not.toContain(objective);
  });
});

describe("the two locales", () => {
  it.each(Object.keys(COURSE))("agree on %s's length and running order", (slug) => {
    const [zh, en] = LOCALES.map((locale) => readModule(locale, slug).frontmatter);
    expect(numberField(en ?? "", "durationMinutes")).toBe(numberField(zh ?? "", "durationMinutes"));
    expect(timingMinutes(en ?? "")).toEqual(timingMinutes(zh ?? ""));
  });

  it("are switched on the same module and notes page", () => {
    expect(switchLocalePath("/modules/eoac/", "en")).toBe("/en/modules/eoac/");
    expect(switchLocalePath("/en/modules/eoac/notes/", "zh-CN")).toBe("/modules/eoac/notes/");
  });
});

describe("module-parts", () => {
  it("takes the slug from an entry id", () => {
    expect(slugOfEntryId("zh-CN/above-standard-demands")).toBe("above-standard-demands");
  });

  it("splits a body before its last section", () => {
    const html = "<h2>A</h2><p>a</p><h2>B</h2><p>b</p><h2>小结</h2><ul><li>c</li></ul>";
    expect(splitBeforeSummary(html)).toEqual({
      teaching: "<h2>A</h2><p>a</p><h2>B</h2><p>b</p>",
      summary: "<h2>小结</h2><ul><li>c</li></ul>",
    });
  });

  it("keeps a body with one section whole", () => {
    expect(splitBeforeSummary("<h2>A</h2><p>a</p>")).toEqual({ teaching: "<h2>A</h2><p>a</p>", summary: "" });
  });
});
