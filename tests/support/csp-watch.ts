// Collects Content-Security-Policy violations of a browser context: the page's own
// `securitypolicyviolation` events (added before any page script runs) and Chrome's console reports.
import type { BrowserContext, Page } from "playwright-core";

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

/** Starts watching a context; `violations(page)` returns everything reported so far. */
export async function watchCsp(context: BrowserContext) {
  const console: string[] = [];
  context.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text()))
      console.push(message.text());
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations!.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return {
    async violations(page: Page): Promise<string[]> {
      const inPage = await page.evaluate(() => window.__cspViolations ?? []);
      return [...console, ...inPage];
    },
  };
}

/** What hostile text could have done to a page: injected elements, handlers, or the flag it sets. */
export function injectedOn(page: Page) {
  return page.evaluate(() => ({
    pwned: window.__pwned,
    elements: document.querySelectorAll("img[src='x'], [onerror], [onload], [onmouseover], iframe[src^='javascript']")
      .length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes("__pwned")).length,
  }));
}
