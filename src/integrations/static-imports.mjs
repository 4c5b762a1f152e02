// The chunks a built script imports statically, however deep: for the build's modulepreload links
// (module-preload.ts) and the JavaScript budgets (scripts/bench/js-budgets.mjs). Plain JavaScript: the
// budgets run in plain Node too.

/**
 * The chunks `entry` (a /_astro/ URL) imports statically, directly or not, in load order.
 * @param {string} entry
 * @param {(url: string) => string} read a chunk's code
 * @returns {string[]}
 */
export function staticImportsOf(entry, read) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} url */
  const visit = (url) => {
    // Static imports only: a dynamic `import("./x.js")` has a parenthesis before its quote.
    for (const m of read(url).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
      const chunk = `/_astro/${m[1]}`;
      if (chunk === entry || found.includes(chunk)) continue;
      found.push(chunk);
      visit(chunk);
    }
  };
  visit(entry);
  return found;
}
