// Join codes as the trainer's QR code and the server know them: 6 characters from an alphabet without
// look-alikes (no 0/O, 1/I/L), so a code read aloud or copied from a slide is hard to get wrong.

/** Characters a join code can contain. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Length of every join code. */
export const JOIN_CODE_LENGTH = 6;

const FORMAT = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** What people type or scan, reduced to the stored form: uppercase, no spaces or hyphens. */
export function normalizeJoinCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s\-‐‑–—－]/g, "");
}

/** Whether an already normalized code has exactly the join-code format. */
export function isJoinCodeFormat(code: string): boolean {
  return FORMAT.test(code);
}

/** Instant feedback while typing: how far a (raw) entry is from a well-formed code. */
export type JoinCodeProgress =
  | { state: "empty" }
  | { state: "short"; missing: number }
  | { state: "long"; extra: number }
  | { state: "badChars" }
  | { state: "ok" };

/** Classifies a raw entry for the hint under the code field; bad characters win over length. */
export function joinCodeProgress(raw: string): JoinCodeProgress {
  const code = normalizeJoinCode(raw);
  if (code === "") return { state: "empty" };
  if ([...code].some((ch) => !JOIN_CODE_ALPHABET.includes(ch))) return { state: "badChars" };
  if (code.length < JOIN_CODE_LENGTH) return { state: "short", missing: JOIN_CODE_LENGTH - code.length };
  if (code.length > JOIN_CODE_LENGTH) return { state: "long", extra: code.length - JOIN_CODE_LENGTH };
  return { state: "ok" };
}
