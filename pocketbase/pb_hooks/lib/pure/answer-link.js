// The answer link of a follow-up email, as rules without a database: how long it works, which
// commitments it answers, and how its token is spelled. lib/answer-token.js and the sender apply them.
const { dateMs, pbDate } = require("./pb-date.js");

/** An email's links work for this many days from the email's sending. */
const LINK_DAYS = 30;
const DAY = 86400000;
/** Tokens are 43 characters of this alphabet: 62^43 > 2^256, so a 256-bit digest fits without loss. */
const TOKEN_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const TOKEN_LENGTH = 43;
const TOKEN_PATTERN = /^[A-Za-z0-9]{43}$/;

/** When the links of an email sent at `nowMs` stop working. */
function linkExpiry(nowMs) {
  return pbDate(nowMs + LINK_DAYS * DAY);
}

/** Whether a link expiring at `expiresAt` (PocketBase date) still works at `nowMs`. */
function isLinkLive(expiresAt, nowMs) {
  return dateMs(expiresAt) > nowMs;
}

/** The commitment ids stored on a follow-up (its JSON field, raw text or already parsed). */
function shownIds(raw) {
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw || "null");
    } catch (_) {
      value = null;
    }
  }
  return Array.isArray(value) ? value.filter((id) => typeof id === "string") : [];
}

/** Whether the email of a follow-up with these shown ids asked about commitment `id`. */
function showsCommitment(raw, id) {
  return typeof id === "string" && id !== "" && shownIds(raw).indexOf(id) >= 0;
}

/** The ids an email showed across its attempts: what an earlier copy showed keeps working. */
function mergeShown(raw, ids) {
  const merged = shownIds(raw);
  for (const id of ids) if (merged.indexOf(id) < 0) merged.push(id);
  return merged;
}

/** A 256-bit digest (64 hex digits) as a token of TOKEN_LENGTH characters (base 62, fixed length). */
function tokenOfDigest(hex) {
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error("tokenOfDigest expects 64 lowercase hex digits");
  const base = BigInt(TOKEN_ALPHABET.length);
  let n = BigInt(`0x${hex}`);
  let token = "";
  for (let i = 0; i < TOKEN_LENGTH; i++) {
    token = TOKEN_ALPHABET[Number(n % base)] + token;
    n /= base;
  }
  return token;
}

module.exports = {
  LINK_DAYS,
  TOKEN_PATTERN,
  linkExpiry,
  isLinkLive,
  shownIds,
  showsCommitment,
  mergeShown,
  tokenOfDigest,
};
