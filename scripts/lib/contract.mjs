// The client/server contract that `npm run types` writes from the migrations: each field's limits,
// pattern and choices, the join code's alphabet (read from the pattern of cohorts.joinCode), the one
// normaliser of typed join codes, and the error codes the server can answer with. The same values go
// to the client (src/lib/pocketbase-contract/, re-exported by src/lib/pocketbase-types.ts) and to the
// hooks (pocketbase/pb_hooks/lib/generated/contract.js), so neither side keeps a copy.
import { createRequire } from "node:module";
import path from "node:path";
import { HOOKS_DIR, ROOT } from "./pocketbase-binary.mjs";

/** The client's contract modules: one a collection, so a page carries only the limits its islands read. */
export const CONTRACT_DIR = path.join(ROOT, "src/lib/pocketbase-contract");
/** The hooks' contract: everything in one plain file. */
export const HOOKS_CONTRACT_FILE = path.join(HOOKS_DIR, "lib/generated/contract.js");

/** The hooks' error module: every code a hook raises, and the PocketBase codes clients localise. */
export const API_ERRORS_FILE = path.join(HOOKS_DIR, "lib/api-errors.js");

// The join-code rules both sides run, written once here. They are arrow functions so the TypeScript
// side can type them by an annotation and keep the same text as the hooks' plain JavaScript.
const JOIN_CODE_FUNCTIONS = [
  {
    doc: "What people type or scan, reduced to the stored form: uppercase, without spaces or dashes (‐‑–—－ too).",
    name: "normalizeJoinCode",
    type: "(raw: unknown) => string",
    source: '(raw) => String(raw ?? "").toUpperCase().replace(/[\\s\\-‐‑–—－]+/g, "")',
  },
  {
    doc: "Whether an already normalized code has exactly the join-code format.",
    name: "isJoinCodeFormat",
    type: "(code: unknown) => boolean",
    source: '(code) => typeof code === "string" && JOIN_CODE_PATTERN.test(code)',
  },
];

// Deliberately simple, the same on both sides: one @, no spaces, a dot in the domain. PocketBase
// checks an address again when it is saved.
const EMAIL_SHAPE = "/^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/";

// The one normaliser of typed email addresses: the join form, the join route, the sign-in page and the
// sign-in code request all store and look up this form, so "Lina@Example.com " finds lina@example.com.
// NFKC first: Chinese keyboards often type full-width letters and ＠.
const EMAIL_FUNCTIONS = [
  {
    doc: "A typed email address in the one form the server stores and looks up: NFKC (full-width ＠ and letters become ASCII), trimmed, lower case.",
    name: "normalizeEmail",
    type: "(raw: unknown) => string",
    source: '(raw) => String(raw ?? "").normalize("NFKC").trim().toLowerCase()',
  },
];

/** `commitments` -> `COMMITMENTS_FIELDS`. */
export function fieldsConstName(collection) {
  return `${collection.toUpperCase()}_FIELDS`;
}

/**
 * What the schema says a field's value must be: min/max, pattern, choices (and whether it is required);
 * null when it sets none of those (relations, dates, flags).
 */
function limitsOf(field) {
  const limits = {};
  if (field.required) limits.required = true;
  if (field.type === "text") {
    if (field.min > 0) limits.min = field.min;
    if (field.max > 0) limits.max = field.max;
    if (field.pattern) limits.pattern = field.pattern;
  } else if (field.type === "number") {
    if (typeof field.min === "number") limits.min = field.min;
    if (typeof field.max === "number") limits.max = field.max;
    if (field.onlyInt) limits.onlyInt = true;
  } else if (field.type === "select") {
    limits.values = field.values;
  } else if (field.type === "json" && field.maxSize > 0) {
    limits.maxSize = field.maxSize;
  }
  return Object.keys(limits).some((key) => key !== "required") ? limits : null;
}

/**
 * Per collection, the limits of each field that has any. Left out: hidden fields (no client sends
 * them) and the id, whose format is PocketBase's own (15 characters of a-z and 0-9), not the schema's.
 * Keys keep the migrations' order.
 * @returns {[string, Record<string, object>][]}
 */
export function fieldLimits(collections) {
  const out = [];
  for (const col of collections) {
    const fields = {};
    for (const field of JSON.parse(col.fields)) {
      const limits = field.hidden || field.name === "id" ? null : limitsOf(field);
      if (limits) fields[field.name] = limits;
    }
    if (Object.keys(fields).length) out.push([col.name, fields]);
  }
  return out;
}

/**
 * Per collection, the type of each field a client may write (text, number, bool, date, select, relation,
 * json, email ...), so the hooks can check a request's raw values by type (lib/pure/field-checks.js).
 * Left out: the id, hidden fields and the automatic timestamps (autodate).
 * @returns {[string, Record<string, string>][]}
 */
export function fieldTypes(collections) {
  return collections.map((col) => [
    col.name,
    Object.fromEntries(
      JSON.parse(col.fields)
        .filter((f) => !f.hidden && f.name !== "id" && f.type !== "autodate")
        .map((f) => [f.name, f.type]),
    ),
  ]);
}

/** The join code's pattern from cohorts.joinCode, and the alphabet and length written in it. */
export function joinCodeRules(collections) {
  const cohorts = collections.find((c) => c.name === "cohorts");
  const field = cohorts && JSON.parse(cohorts.fields).find((f) => f.name === "joinCode");
  const match = field && /^\^\[([^\]\\-]+)\]\{(\d+)\}\$$/.exec(field.pattern);
  if (!match)
    throw new Error(
      "cohorts.joinCode needs a pattern of the shape ^[ALPHABET]{N}$ (no ranges): the join code's alphabet is read from it",
    );
  return { pattern: field.pattern, alphabet: match[1], length: Number(match[2]) };
}

/** Every error code the server can put in `data.<field>.code`, from the hooks' error module. */
export function serverErrorCodes() {
  return createRequire(import.meta.url)(API_ERRORS_FILE).ERROR_CODES;
}

/** A value as source text on one line: `{ max: 40, pattern: "^[a-z]+$" }`, `["a", "b"]`. */
function literal(value) {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([key, v]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${literal(v)}`,
    );
    return `{ ${entries.join(", ")} }`;
  }
  return JSON.stringify(value);
}

/** An object of objects as source text, one entry a line. */
function objectLiteral(value) {
  return `{\n${Object.entries(value)
    .map(([key, v]) => `  ${key}: ${literal(v)},`)
    .join("\n")}\n}`;
}

/** The statement declaring one collection's field limits (`typed`: TypeScript, exported). */
export function fieldsStatement(name, fields, typed) {
  // The hooks' copy says `as const` in JSDoc, so TypeScript reads its values as literals there too.
  const value = typed ? `${objectLiteral(fields)} as const` : `/** @type {const} */ (${objectLiteral(fields)})`;
  return [
    `/** Limits, patterns and choices of \`${name}\` fields, as the migrations set them. */`,
    `${typed ? "export " : ""}const ${fieldsConstName(name)} = ${value};`,
  ];
}

/** The join code's rules: pattern, alphabet, length, the normaliser and format check, the email shape. */
export function joinCodeStatements(collections, typed) {
  const exp = typed ? "export " : "";
  const code = joinCodeRules(collections);
  const out = [
    "/** A stored join code: cohorts.joinCode's pattern. */",
    `${exp}const JOIN_CODE_PATTERN = /${code.pattern}/;`,
    "/** Characters a join code can contain (no look-alikes such as 0/O, 1/I/L), read from that pattern. */",
    `${exp}const JOIN_CODE_ALPHABET = ${JSON.stringify(code.alphabet)};`,
    "/** Length of every join code. */",
    `${exp}const JOIN_CODE_LENGTH = ${code.length};`,
    "",
  ];
  for (const f of JOIN_CODE_FUNCTIONS) {
    out.push(`/** ${f.doc} */`, `${exp}const ${f.name}${typed ? `: ${f.type}` : ""} = ${f.source};`, "");
  }
  out.push(
    "/** The shape of an email address the join form and the join route accept. */",
    `${exp}const EMAIL_SHAPE = ${EMAIL_SHAPE};`,
    "",
  );
  for (const f of EMAIL_FUNCTIONS)
    out.push(`/** ${f.doc} */`, `${exp}const ${f.name}${typed ? `: ${f.type}` : ""} = ${f.source};`);
  return out;
}

/** Names the join-code statements declare. */
export const JOIN_CODE_NAMES = [
  "JOIN_CODE_PATTERN",
  "JOIN_CODE_ALPHABET",
  "JOIN_CODE_LENGTH",
  ...JOIN_CODE_FUNCTIONS.map((f) => f.name),
  "EMAIL_SHAPE",
  ...EMAIL_FUNCTIONS.map((f) => f.name),
];

function header(sources) {
  return `// Generated by \`npm run types\` from ${sources}. Do not edit by hand.`;
}

/**
 * The client's contract modules ([file, source]) and the lines by which src/lib/pocketbase-types.ts
 * re-exports them. One module a collection, because a page's JavaScript then holds only the limits its
 * islands read (module pages have a budget: scripts/bench/js-budgets.mjs).
 */
export function clientContract(collections, errorCodes) {
  const files = [];
  const reexports = [];
  const add = (module, sources, lines, names) => {
    files.push([path.join(CONTRACT_DIR, `${module}.ts`), [header(sources), "", ...lines, ""].join("\n")]);
    reexports.push(`export { ${names.join(", ")} } from "./pocketbase-contract/${module}";`);
  };
  for (const [name, fields] of fieldLimits(collections)) {
    add(name.replace(/_/g, "-"), "pocketbase/pb_migrations", fieldsStatement(name, fields, true), [
      fieldsConstName(name),
    ]);
  }
  add(
    "join-code",
    "pocketbase/pb_migrations and scripts/lib/contract.mjs",
    joinCodeStatements(collections, true),
    JOIN_CODE_NAMES,
  );
  const codes = [
    "/** Every error code the server can put in `data.<field>.code`; each has an `errors.<code>` message. */",
    `export const SERVER_ERROR_CODES = [\n${errorCodes.map((code) => `  ${JSON.stringify(code)},`).join("\n")}\n] as const;`,
  ];
  add("error-codes", "pocketbase/pb_hooks/lib/api-errors.js", codes, ["SERVER_ERROR_CODES"]);
  return { files, reexports };
}

/** The hooks' plain JavaScript copy of the contract (CommonJS, as hooks require it). */
export function renderHooksContract(collections) {
  const limits = fieldLimits(collections);
  const out = [
    header("pocketbase/pb_migrations and scripts/lib/contract.mjs"),
    "// src/lib/pocketbase-contract/ holds the same values for the client.",
    "",
  ];
  for (const [name, fields] of limits) out.push(...fieldsStatement(name, fields, false), "");
  out.push(
    "/** The type of each field a client may write, by collection (no id, hidden fields or timestamps). */",
    `const FIELD_TYPES = ${objectLiteral(Object.fromEntries(fieldTypes(collections)))};`,
    "",
  );
  out.push(...joinCodeStatements(collections, false), "");
  out.push(
    `module.exports = { ${[...limits.map(([name]) => fieldsConstName(name)), "FIELD_TYPES", ...JOIN_CODE_NAMES].join(", ")} };`,
    "",
  );
  return out.join("\n");
}
