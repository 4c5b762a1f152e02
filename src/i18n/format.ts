// Filling in messages, and the one formatter every island uses over the strings its page picked for it
// (./islands.ts). Only types come from the dictionary here, so no dictionary reaches the browser.
import type { MessageKey } from "./zh-CN";

/** Values for `{param}` placeholders in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces each `{param}` in a message; unknown placeholders stay visible so a missing value is noticed. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A piece of a filled-in message: its own text, or a value put in for a placeholder. */
type MessagePart = string | { value: string };

/** A message cut at its placeholders; unknown placeholders stay as text. */
function messageParts(template: string, params: MessageParams): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = params[match[1] ?? ""];
    if (value === undefined) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ value: String(value) });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** Opening marks end no line and closing marks start none: they go with the value they enclose. */
const OPENING = /[「『“‘（《【([]+$/u;
const CLOSING = /^[」』”’）》】)\]、，。：；！？,.:;!?]+/u;

/**
 * The message's pieces for a page that keeps each value on one line: its own text, and each value with
 * the quotation marks or brackets around it ("你在「{cohort}」。" keeps "「城东支行」。" together).
 */
export function keptPieces(template: string, values: MessageParams): (string | { kept: string })[] {
  const pieces = messageParts(template, values).map((p) => (typeof p === "string" ? p : { kept: p.value }));
  pieces.forEach((piece, i) => {
    if (typeof piece === "string") return;
    const before = pieces[i - 1];
    if (typeof before === "string") {
      const open = before.match(OPENING)?.[0] ?? "";
      pieces[i - 1] = before.slice(0, before.length - open.length);
      piece.kept = open + piece.kept;
    }
    const after = pieces[i + 1];
    if (typeof after === "string") {
      const close = after.match(CLOSING)?.[0] ?? "";
      pieces[i + 1] = after.slice(close.length);
      piece.kept += close;
    }
  });
  return pieces.filter((piece) => piece !== "");
}

/** A list as the locale writes it: "7、21、45、90" in Chinese (the enumeration comma), "7, 21, 45, 90" in English. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: "conjunction", style: "narrow" }).format(items);
}

/** The `{param}` names used in a message, sorted, for checking that locales agree. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}

/** What a page may pick for an island: a prefix ending in "." (every key under it), or one whole key. */
export type KeyPick = `${string}.` | MessageKey;

type KeysOfPick<P> = P extends `${string}.` ? Extract<MessageKey, `${P}${string}`> : Extract<MessageKey, P>;

/** The dictionary keys a list of picks selects. */
export type PickedKey<P extends readonly KeyPick[]> = KeysOfPick<P[number]>;

/** Already translated strings, keyed like the dictionaries. */
export type Strings<K extends string> = Readonly<Record<K, string>>;

/** Looks up one of an island's strings and fills in its placeholders. */
export type Text<K extends string> = (key: K, params?: MessageParams) => string;

/** The formatter over an island's strings. */
export function textFor<K extends string>(strings: Strings<K>): Text<K> {
  return (key, params) => formatMessage(strings[key], params);
}
