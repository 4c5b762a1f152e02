// The four exercises on a tablet: completed as a participant would, kept across a reload, accessible,
// saved to PocketBase once the participant has joined, and working offline.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import PocketBase from "pocketbase";
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { goOffline, TABLET, useBrowser, waitForOfflineCopy } from "../support/browser";

const { browser, url } = useBrowser();

/** Scrolls the exercise into view and waits for its island to hydrate. */
async function openExercise(page: Page, id: string) {
  const section = page.locator(`[data-exercise=${id}]`);
  await section.scrollIntoViewIfNeeded();
  await page.locator(`[data-exercise=${id}] astro-island:not([ssr])`).waitFor();
  return section;
}

const EXERCISES: Array<{
  id: string;
  module: string;
  complete: (page: Page) => Promise<void>;
  done: string;
}> = [
  {
    id: "mindset-sort",
    module: "service-mindset",
    complete: async (page) => {
      const statements = page.locator("[data-exercise=mindset-sort] [data-statement]");
      const n = await statements.count();
      expect(n).toBeGreaterThanOrEqual(8);
      for (let i = 0; i < n; i++) await statements.nth(i).locator("button[data-choice=customer]").click();
    },
    done: "[data-exercise=mindset-sort] .mindset-result",
  },
  {
    id: "eoac-builder",
    module: "eoac",
    complete: async (page) => {
      const root = "[data-exercise=eoac-builder]";
      await page.fill(
        `${root} textarea[name=example]`,
        "昨天下午三点，一位客户问了两遍取号的问题，你一直看着屏幕没有抬头。",
      );
      await page.fill(`${root} textarea[name=outcome]`, "客户以为没人理他，又排了一次队，还向大堂经理投诉了。");
      await page.fill(`${root} textarea[name=action]`, "下次客户问第二遍时，起身把他带到取号机前，指给他看。");
      await page.fill(`${root} textarea[name=change]`, "你会少被投诉，客户也会更信任你，考核里看得到。");
      await page.click(`${root} button[data-action=check]`);
    },
    done: "[data-exercise=eoac-builder] [data-part=example][data-code]",
  },
  {
    id: "above-standard-scenario",
    module: "above-standard-demands",
    complete: async (page) => {
      const best = page.locator("[data-exercise=above-standard-scenario] button[data-verdict=best]");
      for (let i = 0; i < 10 && (await best.count()) > 0; i++) await best.first().click();
    },
    done: "[data-exercise=above-standard-scenario] [data-ending][data-outcome=good]",
  },
  {
    id: "belonging-assessment",
    module: "belonging",
    complete: async (page) => {
      const items = page.locator("[data-exercise=belonging-assessment] [data-item]");
      const n = await items.count();
      expect(n).toBeGreaterThanOrEqual(12);
      for (let i = 0; i < n; i++)
        await items
          .nth(i)
          .locator(`input[value="${(i % 5) + 1}"]`)
          .check();
      await page.click("[data-exercise=belonging-assessment] button[data-action=submit]");
    },
    done: "[data-exercise=belonging-assessment] svg[role=img]",
  },
];

describe.each(EXERCISES)("$id", ({ id, module, complete, done }) => {
  it.each([
    ["zh-CN", ""],
    ["en", "/en"],
  ])("can be completed in %s, and a reload keeps the state", async (_lang, prefix) => {
    const context = await browser().newContext(TABLET);
    const page = await context.newPage();
    await page.goto(url(`${prefix}/modules/${module}/`));
    await openExercise(page, id);
    await complete(page);
    await page.locator(done).first().waitFor();
    await page.reload();
    await openExercise(page, id);
    await page.locator(done).first().waitFor();
    await page.goto(url(`${prefix}/`));
    await page.locator(`.module-list li[data-module-slug="${module}"][data-exercises-done]`).waitFor();
    await context.close();
  });

  it("has no serious or critical accessibility violation, before and after completing it", async () => {
    const context = await browser().newContext(TABLET);
    const page = await context.newPage();
    await page.goto(url(`/modules/${module}/`));
    await openExercise(page, id);
    expect(await seriousViolations(page, `[data-exercise=${id}]`)).toEqual([]);
    await complete(page);
    await page.locator(done).first().waitFor();
    expect(await seriousViolations(page, `[data-exercise=${id}]`)).toEqual([]);
    await context.close();
  });
});

describe("exercise results of a joined participant", () => {
  it("reach PocketBase as the participant's own record", async () => {
    const context = await browser().newContext(TABLET);
    const page = await context.newPage();
    await page.goto(url(`/join/?code=${inject("demoJoinCode")}`));
    await page.fill("input[name=name]", "练习者");
    await page.click("button[type=submit]");
    await page.locator('[data-testid="joined"]').waitFor();
    await page.goto(url("/modules/belonging/"));
    await openExercise(page, "belonging-assessment");
    await EXERCISES[3]!.complete(page);
    await page.locator(EXERCISES[3]!.done).waitFor();

    const { url: base, superuser } = inject("pocketbase");
    const admin = new PocketBase(base);
    await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
    const participant = await admin
      .collection("participants")
      .getFirstListItem(admin.filter("name = {:n}", { n: "练习者" }));
    await expect
      .poll(
        async () =>
          (
            await admin
              .collection("exercise_results")
              .getFullList({ filter: admin.filter("participant = {:p}", { p: participant.id }) })
          ).length,
        { timeout: 10_000 },
      )
      .toBe(1);
    const [result] = await admin
      .collection("exercise_results")
      .getFullList({ filter: admin.filter("participant = {:p}", { p: participant.id }) });
    expect(result).toMatchObject({ exercise: "belonging-assessment", module: "belonging" });
    expect(Object.keys(result!.summary)).toEqual(
      expect.arrayContaining(["identification", "security", "value", "engagement"]),
    );
    await context.close();
  });
});

describe("offline", () => {
  it("a module page and its exercise work without a network once the course was opened", async () => {
    const context = await browser().newContext(TABLET);
    const page = await context.newPage();
    await page.goto(url("/"));
    await waitForOfflineCopy(page);
    await goOffline(context, page);
    await page.goto(url("/en/modules/service-mindset/"));
    await page.locator("[data-offline-notice]").waitFor();
    await openExercise(page, "mindset-sort");
    await EXERCISES[0]!.complete(page);
    await page.locator(EXERCISES[0]!.done).waitFor();
    await context.close();
  });
});
