// Reading a result measure's values from a CSV file, as a trainer exports them from the client's
// spreadsheet: one row per measurement, the date then the value ("2026-11-20,3.2"; 2026/11/20 too, as
// Excel writes dates in China). An optional header row is skipped. Every bad row is named with its line
// number and why, so the trainer can fix the file; the caller writes nothing unless no row is bad
// (pb_hooks/lib/results.js). Pure: unit-tested in Node.

/** Rows one import may hold (a measure keeps at most this many values, too). */
const MAX_VALUES = 200;
/** Characters of the file read at most: far above 200 rows of a date and a number. */
const MAX_CSV_CHARS = 16000;
/** Values beyond this size are a typing or unit slip, not a measure. */
const MAX_ABS_VALUE = 1e12;

const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The cells of one CSV line: commas separate, double quotes enclose ("" is a quote inside). */
function cellsOf(line) {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === "," || ch === ";" || ch === "\t") {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** "YYYY-MM-DD" of a real calendar day written as Y-M-D (with - / or .), or "". */
function calendarDay(text) {
  const m = DATE.exec(text);
  if (!m) return "";
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return "";
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The number a cell writes (thousands separated by commas allowed), or null. */
function numberOf(text) {
  if (!NUMBER.test(text)) return null;
  const value = Number(text.replace(/,/g, ""));
  return Number.isFinite(value) && Math.abs(value) < MAX_ABS_VALUE ? value : null;
}

/**
 * The values of a CSV text, or what is wrong: `errors` maps `row<n>` (the line number as a spreadsheet
 * shows it) or `csv` (the whole file) to an error code; `values` is meaningful only when there is none.
 * @param {string} text
 * @returns {{ values: { measuredOn: string, value: number }[], errors: Record<string, string> }}
 */
function readResultValues(text) {
  if (typeof text !== "string") return { values: [], errors: { csv: "jiannuo_value_invalid" } };
  if (text.length > MAX_CSV_CHARS) return { values: [], errors: { csv: "jiannuo_results_csv_too_large" } };
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const values = [];
  const errors = {};
  const seen = {};
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === "") continue;
    const cells = cellsOf(lines[i]);
    const day = calendarDay(cells[0]);
    const value = cells.length === 2 ? numberOf(cells[1]) : null;
    // A first line that is neither a date nor a number is the header ("日期,数值" or "date,value").
    const header = first && !day && cells.length === 2 && numberOf(cells[1]) === null;
    first = false;
    if (header) continue;
    const row = `row${i + 1}`;
    if (cells.length !== 2) errors[row] = "jiannuo_results_csv_columns";
    else if (!day) errors[row] = "jiannuo_results_csv_date";
    else if (value === null) errors[row] = "jiannuo_results_csv_value";
    else if (seen[day]) errors[row] = "jiannuo_results_csv_same_day";
    else {
      seen[day] = true;
      values.push({ measuredOn: day, value });
    }
  }
  if (Object.keys(errors).length === 0 && values.length === 0) errors.csv = "jiannuo_results_csv_empty";
  if (values.length > MAX_VALUES) errors.csv = "jiannuo_results_too_many_values";
  return { values, errors };
}

module.exports = { MAX_CSV_CHARS, MAX_VALUES, calendarDay, readResultValues };
