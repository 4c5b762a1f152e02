// Text placed into the HTML of the server's emails.

/** `s` with the characters that mean something in HTML (text and attribute values) escaped. */
function escapeHtml(s) {
  return String(s).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );
}

module.exports = { escapeHtml };
