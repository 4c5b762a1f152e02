// CSV that Excel opens correctly with Chinese text: UTF-8 with a byte-order mark, CRLF line ends,
// and cells that cannot run as formulas (a participant's text starting with = + - @ is made inert).

const BOM = "\uFEFF";

/** One cell: quoted when needed; a leading formula character gets a ' so spreadsheets show it as text. */
function csvCell(value) {
  let text = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header row and the data rows. */
function toCsv(header, rows) {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

module.exports = { csvCell, toCsv };
