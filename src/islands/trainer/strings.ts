// The slices of the dictionaries the trainer islands need; the pages pick them, so no dictionary ships
// to the browser.
import { formatMessage, type MessageParams } from "../../i18n/format";
import type { MessageKey } from "../../i18n/zh-CN";

/** Key prefixes TrainerPage passes to the workspace island. */
export const WORKSPACE_STRING_PREFIXES = ["trainer.signin.", "trainer.cohorts.", "trainer.form.", "errors."] as const;

/** Key prefixes of the join view's controls (page language). */
export const JOIN_VIEW_STRING_PREFIXES = ["trainer.join."] as const;

/** Key prefixes of what the projected join screen says (cohort language, both are passed). */
export const SCREEN_STRING_PREFIXES = ["trainer.screen."] as const;

type KeysUnder<P extends string> = Extract<MessageKey, `${P}${string}`>;

/** A key the workspace may show. */
export type WorkspaceKey = KeysUnder<(typeof WORKSPACE_STRING_PREFIXES)[number]>;

/** Already translated strings of the workspace. */
export type WorkspaceStrings = Readonly<Record<WorkspaceKey, string>>;

/** Already translated strings of the join view's controls. */
export type JoinViewStrings = Readonly<Record<KeysUnder<"trainer.join.">, string>>;

/** Already translated strings of the projected screen, in one language. */
export type ScreenStrings = Readonly<Record<KeysUnder<"trainer.screen.">, string>>;

/** Looks up and fills one string. */
export type Text<K extends string> = (key: K, params?: MessageParams) => string;

/** A formatter bound to one set of strings. */
export function textFor<K extends string>(strings: Readonly<Record<K, string>>): Text<K> {
  return (key, params) => formatMessage(strings[key], params);
}

/** The workspace's formatter. */
export type WorkspaceText = Text<WorkspaceKey>;
