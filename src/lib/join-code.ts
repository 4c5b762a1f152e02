// Join codes as the trainer's QR code and the server know them: 6 characters from an alphabet without
// look-alikes (no 0/O, 1/I/L), so a code read aloud or copied from a slide is hard to get wrong. The
// alphabet, the length and the one normaliser come from the generated contract (`npm run types`), which
// the join route's hooks run too.
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normalizeJoinCode } from "./pocketbase-types";

export { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, isJoinCodeFormat, normalizeJoinCode } from "./pocketbase-types";

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
