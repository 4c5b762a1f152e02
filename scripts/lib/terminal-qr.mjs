// A QR code drawn with text, for the terminal: two rows of modules per line with half blocks, so it
// stays square in a terminal font. Dark modules are drawn black on a white background (ANSI colours)
// because phone scanners expect dark on light, whatever the terminal's own colours are.
import { qrMatrix } from "../../src/lib/qr.ts";

const UPPER = "▀";
const LOWER = "▄";
const BOTH = "█";
const ON_WHITE = "\u001b[30;107m";
const RESET = "\u001b[0m";

/**
 * Lines of text that draw `text` as a QR code (with a quiet zone of 2 modules, enough on a screen).
 * @param {string} text
 * @param {{ color?: boolean }} options colour off draws dark modules as blocks for a light background
 */
export function terminalQr(text, { color = true } = {}) {
  const matrix = qrMatrix(text, { level: "L", quietZone: 2 });
  const lines = [];
  for (let y = 0; y < matrix.length; y += 2) {
    let line = "";
    for (let x = 0; x < matrix.length; x += 1) {
      const top = matrix[y][x];
      const bottom = matrix[y + 1]?.[x] ?? false;
      line += top && bottom ? BOTH : top ? UPPER : bottom ? LOWER : " ";
    }
    lines.push(color ? `${ON_WHITE}${line}${RESET}` : line);
  }
  return lines;
}

/** The module matrix a printed code shows, read back from its lines (tests decode what was printed). */
export function readTerminalQr(lines) {
  const rows = [];
  for (const raw of lines) {
    const line = raw.replaceAll(ON_WHITE, "").replaceAll(RESET, "");
    const chars = [...line];
    rows.push(chars.map((c) => c === UPPER || c === BOTH));
    rows.push(chars.map((c) => c === LOWER || c === BOTH));
  }
  return rows;
}
