// A module page's commitment step as a participant uses it: scrolled to, its form opened with a tap
// (src/islands/commitment/CommitmentStep.tsx), or found already open on a device that holds a draft or a
// commitment of that module.
import type { Locator, Page } from "playwright-core";

/** Scrolls to the step, opens its form (a tap, unless `restored`: then it must open by itself) and returns the form. */
export async function openCommitmentStep(page: Page, module?: string, { restored = false } = {}): Promise<Locator> {
  const step = page.locator("[data-commitment-step]");
  await step.scrollIntoViewIfNeeded();
  await step.locator("astro-island:not([ssr])").waitFor();
  if (!restored) await step.locator("[data-commitment-open]").click();
  const form = step.locator(`[data-commitment-form]${module ? `[data-module="${module}"]` : ""}`);
  await form.waitFor();
  return form;
}
