// The one formatter every island uses over the strings its page picked for it (./islands.ts), and the
// types of those picks. Only types come from the dictionary here, so no dictionary reaches the browser.
import { formatMessage, type MessageParams } from "./format";
import type { MessageKey } from "./zh-CN";

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
