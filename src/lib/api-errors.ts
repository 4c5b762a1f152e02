// Maps what PocketBase (and our join route) answers on failure to i18n keys, so forms show the
// participant's language instead of the server's English message.
import type { MessageKey } from "../i18n/zh-CN";
import { SERVER_ERROR_CODES } from "./pocketbase-types";

/** Where a form shows errors that belong to no single field (network, rate limit, server). */
export const FORM_ERROR = "form";

/** An i18n key of an error message (`errors.*`). */
export type ErrorMessageKey = Extract<MessageKey, `errors.${string}`>;

/** Field name (or FORM_ERROR) to the i18n key of its message. */
export type ErrorKeys = Record<string, ErrorMessageKey>;

type ErrorCodeOf<K> = K extends `errors.${infer C}` ? C : never;

/**
 * Error codes the server may put in `data.<field>.code`, generated from the hooks' error module; the
 * check below fails the type check when one has no `errors.<code>` message.
 */
export const KNOWN_ERROR_CODES = SERVER_ERROR_CODES satisfies readonly ErrorCodeOf<MessageKey>[];

/** A code the dictionaries have a message for. */
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

/** Options for apiErrorKeys. */
export interface ApiErrorOptions {
  /** Fields the form shows; errors for other fields go to FORM_ERROR so they are never lost. */
  fields?: readonly string[];
  /** Whether the device is online; read from the browser when not given (tests pass it). */
  online?: boolean;
}

/** The one place the device's connection is read: online unless a browser says otherwise (Node's navigator has no onLine). */
function deviceOnline(): boolean {
  return typeof navigator === "undefined" || navigator.onLine !== false;
}

interface ErrorLike {
  status?: unknown;
  response?: unknown;
  data?: unknown;
}

function isKnownCode(code: unknown): code is KnownErrorCode {
  return typeof code === "string" && (KNOWN_ERROR_CODES as readonly string[]).includes(code);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** The `{status, data}` body inside a ClientResponseError, or the body itself when given one. */
function bodyOf(error: unknown): { status: number; data: Record<string, unknown> } {
  const outer = asRecord(error) as ErrorLike | undefined;
  const status = typeof outer?.status === "number" ? outer.status : 0;
  // ClientResponseError keeps the body in `response`; a raw body has `data` directly.
  const inner = asRecord(outer?.response) ?? outer;
  const data = asRecord(asRecord(inner)?.["data"]) ?? {};
  return { status, data };
}

/** Turns a failed request into `{ field -> "errors.<code>" }`, with FORM_ERROR for anything field-less. */
export function apiErrorKeys(error: unknown, options: ApiErrorOptions = {}): ErrorKeys {
  const { status, data } = bodyOf(error);
  if (status === 0) return { [FORM_ERROR]: (options.online ?? deviceOnline()) ? "errors.network" : "errors.offline" };
  // A 429 of ours may name its reason on a field (a cohort's joins, lib/join.js); PocketBase's own does not.
  if (status === 429 && !Object.values(data).some((detail) => isKnownCode(asRecord(detail)?.["code"]))) {
    return { [FORM_ERROR]: "errors.jiannuo_rate_limited" };
  }
  if (status >= 500) return { [FORM_ERROR]: "errors.server" };

  const keys: ErrorKeys = {};
  for (const [field, detail] of Object.entries(data)) {
    const code = asRecord(detail)?.["code"];
    const key: ErrorMessageKey = isKnownCode(code) ? `errors.${code}` : "errors.invalid";
    const target = options.fields && !options.fields.includes(field) ? FORM_ERROR : field;
    keys[target] ??= key;
  }
  if (Object.keys(keys).length === 0) keys[FORM_ERROR] = "errors.server";
  return keys;
}
