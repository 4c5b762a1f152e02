// Recognises a write refused because the data folder's disk is full. PocketBase answers such a
// create with "400 Failed to create record.", which a client takes for a refusal of its data; the
// cause (SQLite's "database or disk is full") is only in the error's raw data. Such a write answers
// 503 instead (a passing server problem: the commitment outbox keeps the entry and sends it again
// later), and the operator sees one line in the server's output.
const { throwUnavailable } = require("./api-errors.js");

const FULL = /database or disk is full|no space left on device|disk quota exceeded/i;

const MESSAGE =
  "The server's disk is full, so nothing was saved. Please try again later; the server's administrator must free some space.";

/** Whether an error thrown by `e.next()` comes from a full disk. */
function isStorageFull(err) {
  let raw = "";
  try {
    raw = String(err && err.value && typeof err.value.rawData === "function" ? err.value.rawData() : "");
  } catch (_) {
    // not a PocketBase ApiError
  }
  return FULL.test(raw) || FULL.test(String(err));
}

/** Runs the rest of the request; a write refused for a full disk becomes a 503. */
function refuseWhenDiskFull(e) {
  try {
    return e.next();
  } catch (err) {
    if (!isStorageFull(err)) throw err;
    console.error(
      `Jiannuo: a write was refused because the disk of the data folder is full (${e.request.method} ${e.request.url.path}). Free some space: until then every write is refused.`,
    );
    throwUnavailable(MESSAGE);
  }
}

module.exports = { refuseWhenDiskFull };
