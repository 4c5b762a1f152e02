// String.prototype.replace reads `$'`, `$&`, `$1` ... in a replacement STRING as patterns, so text
// inserted that way is garbled when it holds them (a participant named "A$'B" once broke the sign-in
// email). Every replace in the project whose replacement is not a fixed string must therefore pass a
// function. This walks src/, pocketbase/ and scripts/ and names each call that does not.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../../scripts/lib/pocketbase-binary.mjs";

const SOURCES = /\.(?:js|mjs|ts|tsx|astro)$/;

function files(dir: string): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((file) => SOURCES.test(file) && !file.split(path.sep).includes("node_modules"))
    .map((file) => path.join(dir, file));
}

/** The index just past a quoted string or regular expression literal that starts at `at`. */
function skipLiteral(source: string, at: number): number {
  const quote = source[at];
  let inClass = false;
  for (let i = at + 1; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (quote === "/" && ch === "[") inClass = true;
    else if (quote === "/" && ch === "]") inClass = false;
    else if (ch === quote && !inClass) return i + 1;
  }
  return source.length;
}

/** The index of the comma ending the argument that starts at `at`, or -1 when the call ends first. */
function argumentEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const ch = source[i]!;
    if (`"'\``.includes(ch) || (ch === "/" && i === at)) i = skipLiteral(source, i) - 1;
    else if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) {
      if (depth === 0) return -1;
      depth--;
    } else if (ch === "," && depth === 0) return i;
  }
  return -1;
}

/** Whether the replacement argument at the start of `rest` is a function or a string fixed in the source. */
function isSafeReplacement(rest: string): boolean {
  if (/^(?:\([^)]*\)|[\w$]+)\s*=>|^function\b/.test(rest)) return true;
  const quote = rest[0] ?? "";
  if (!`"'\``.includes(quote) || quote === "") return false;
  const literal = rest.slice(0, skipLiteral(rest, 0));
  // A template that inserts a value is not fixed; a literal followed by more (`"a" + name`) is not either.
  return !(quote === "`" && literal.includes("${")) && /^\s*[),]/.test(rest.slice(literal.length));
}

it("passes a function to every replace whose replacement is not a fixed string", () => {
  const unsafe: string[] = [];
  for (const file of [...files("src"), ...files("pocketbase"), ...files("scripts")]) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    for (const match of source.matchAll(/\.replace(?:All)?\(\s*/g)) {
      const first = match.index + match[0].length;
      const comma = argumentEnd(source, first);
      if (comma < 0) continue; // one argument: not String.prototype.replace (e.g. a store's replace)
      const second = source.slice(comma + 1).trimStart();
      if (!isSafeReplacement(second)) {
        unsafe.push(`${file}:${source.slice(0, match.index).split("\n").length}: ${second.split("\n")[0]}`);
      }
    }
  }
  expect(unsafe).toEqual([]);
});

it("recognises a replacement that could insert text as unsafe", () => {
  expect(isSafeReplacement("name)")).toBe(false);
  expect(isSafeReplacement("`Hello ${name}`)")).toBe(false);
  expect(isSafeReplacement("escapeHtml(name))")).toBe(false);
  expect(isSafeReplacement("(c) => map[c])")).toBe(true);
  expect(isSafeReplacement('"$1")')).toBe(true);
  expect(isSafeReplacement("'\"\"')")).toBe(true);
  expect(isSafeReplacement('"(" + name + ")")')).toBe(false);
  expect(isSafeReplacement("`fixed`)")).toBe(true);
});
