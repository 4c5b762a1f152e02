// Join codes: 6 characters that are easy to read off a projector and type on a tablet.
// The alphabet leaves out look-alikes (0/O, 1/I/L), so 31^6 ≈ 887 million codes.

const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const JOIN_CODE_LENGTH = 6;

/** Uppercases and drops spaces and hyphens, as people type codes read from a screen. */
function normalizeJoinCode(raw) {
  return String(raw == null ? "" : raw).toUpperCase().replace(/[\s-]+/g, "");
}

/** Whether the (normalized) code has the shape of a join code. */
function isJoinCodeFormat(code) {
  if (typeof code !== "string" || code.length !== JOIN_CODE_LENGTH) return false;
  for (const ch of code) if (JOIN_CODE_ALPHABET.indexOf(ch) < 0) return false;
  return true;
}

module.exports = { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normalizeJoinCode, isJoinCodeFormat };
