// Recognises a write refused because the data folder's disk is full. PocketBase answers such a
// create with "400 Failed to create record.", which a client takes for a refusal of its data; the
// cause (SQLite's "database or disk is full") is only in the error's raw data.

const FULL = /database or disk is full|no space left on device|disk quota exceeded/i;

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

const MESSAGE = "The server's disk is full, so nothing was saved. Please try again later; the server's administrator must free some space.";

module.exports = { isStorageFull, MESSAGE };
