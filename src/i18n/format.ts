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
