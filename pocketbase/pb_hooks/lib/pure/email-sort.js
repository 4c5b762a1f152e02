// Detects a sort expression that orders records by an email field.

/** Whether a `sort` query value orders by `email` or a relation's `.email` (not `emailVisibility`). */
function sortsByEmail(sort) {
  return /(^|[^A-Za-z0-9_])email(?![A-Za-z0-9_])/.test(String(sort || ""));
}

module.exports = { sortsByEmail };
