// CSV that Excel opens correctly with Chinese text: UTF-8 with a byte-order mark, CRLF line ends,
// and cells that cannot run as formulas (a participant's text starting with = + - @ is made inert).

const BOM = "\uFEFF";

// A cell a spreadsheet may read as a formula: one starting with a tab or carriage return, or with = + - @
// (or their full-width forms ＝ ＋ － ＠, which a Chinese input method types and some spreadsheets
// read as the ASCII ones) after any leading whitespace, line breaks or zero-width characters, since
// spreadsheets skip those before looking for a formula.
const FORMULA_START = /^(?:[\t\r]|[\s\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** One cell: quoted when needed; a cell that could start a formula gets a ' so spreadsheets show it as text. */
function csvCell(value) {
  let text = value == null ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header row and the data rows. */
function toCsv(header, rows) {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

module.exports = { csvCell, toCsv };
