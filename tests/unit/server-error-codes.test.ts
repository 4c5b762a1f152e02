// Every error code the server can send has a message in both dictionaries and is shown by the client's
// error mapping, so no participant ever sees a raw code or English in a Chinese form. The codes come
// from one place, pocketbase/pb_hooks/lib/api-errors.js, which every hook raises its errors through.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ClientResponseError } from "pocketbase";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, MESSAGES } from "../../pocketbase/pb_hooks/lib/api-errors.js";
import { en } from "../../src/i18n/en";
import { zhCN } from "../../src/i18n/zh-CN";
import { apiErrorKeys, KNOWN_ERROR_CODES } from "../../src/lib/api-errors";
import { HOOKS_DIR } from "../../scripts/lib/pocketbase-binary.mjs";

const API_ERRORS = "lib/api-errors.js";
const hookFiles = (readdirSync(HOOKS_DIR, { recursive: true }) as string[])
  .filter((file) => file.endsWith(".js") && !file.startsWith(`lib${path.sep}generated`))
  .map((file) => ({ file: file.split(path.sep).join("/"), source: readFileSync(path.join(HOOKS_DIR, file), "utf8") }));
const others = hookFiles.filter((f) => f.file !== API_ERRORS);

/** Names that look like codes but are not: cron jobs' and middlewares' ids. */
function ids(source: string): string[] {
  return [...source.matchAll(/cronAdd\(\s*"(\w+)"|,\s*-?\d+,\s*"(\w+)"\)\)/g)].map((m) => m[1] ?? m[2] ?? "");
}

/** The codes a hook file names: quoted jiannuo_* and validation_* strings. */
function codesIn(source: string): string[] {
  const named = [...source.matchAll(/["'`]((?:jiannuo|validation)_[a-z_]+)["'`]/g)].map((m) => m[1] ?? "");
  return named.filter((code) => !ids(source).includes(code));
}

describe("the server's error codes", () => {
  it("are raised only through lib/api-errors.js", () => {
    const throwing = others.filter((f) =>
      /new (?:\w+Error|ApiError)\b|\.json\(\s*[45]\d\d/.test(f.source.replace(/new Error\b/g, "")),
    );
    expect(throwing.map((f) => f.file)).toEqual([]);
  });

  it("are all in its list, and every code in it is raised somewhere", () => {
    const raised = new Set(others.flatMap((f) => codesIn(f.source)));
    const apiErrors = hookFiles.find((f) => f.file === API_ERRORS)?.source ?? "";
    for (const m of apiErrors.matchAll(/MESSAGES\.(\w+)/g)) raised.add(m[1] ?? "");
    expect([...raised].filter((code) => !ERROR_CODES.includes(code))).toEqual([]);
    expect(Object.keys(MESSAGES).filter((code) => !raised.has(code))).toEqual([]);
  });

  it("reach the client as generated (npm run types)", () => {
    expect([...KNOWN_ERROR_CODES]).toEqual(ERROR_CODES);
  });

  it.each(ERROR_CODES.map((code: string) => [code]))(
    "%s has a Chinese and an English message, and the client shows it",
    (code) => {
      const key = `errors.${code}` as keyof typeof zhCN;
      expect(zhCN[key], `zh-CN ${key}`).toBeTruthy();
      expect(en[key], `en ${key}`).toBeTruthy();
      const error = new ClientResponseError({
        status: 400,
        data: { status: 400, message: "x", data: { field: { code, message: "" } } },
      });
      expect(apiErrorKeys(error)).toEqual({ field: key });
    },
  );

  it("shows too many failed guesses (a 429 without field data) as jiannuo_rate_limited", () => {
    expect(
      apiErrorKeys(
        new ClientResponseError({
          status: 429,
          data: { status: 429, message: MESSAGES["jiannuo_rate_limited"], data: {} },
        }),
      ),
    ).toEqual({ form: "errors.jiannuo_rate_limited" });
  });
});
