// Runs axe-core inside a page and returns its serious and critical violations.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical WCAG 2 A/AA violations on the page (or inside `selector`). */
export async function seriousViolations(page: Page, selector?: string): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, not as a <script> element: the site's CSP refuses inline
  // scripts it did not hash, and axe must not need the policy loosened.
  await page.evaluate(axeSource);
  const results = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<any> } }).axe;
    return axe.run(context ?? document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
  }, selector ?? null);
  return (results.violations as any[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: any) => String(n.target)) }));
}
