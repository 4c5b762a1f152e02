// QR codes for the projected join screen: text in, a boolean module matrix (with its quiet zone) or an
// SVG path out. Pure and deterministic, so the same link always draws the same code.
import qrcode from "qrcode-generator";

/** Error correction: M survives a dusty projector or a glare spot (15%) and keeps the code coarse. */
export type QrLevel = "L" | "M" | "Q" | "H";

/** Options for qrMatrix. */
export interface QrOptions {
  level?: QrLevel;
  /** Light modules around the code; the standard asks for 4, phones need at least that on a busy slide. */
  quietZone?: number;
}

/** Rows of modules, `true` for dark, including the quiet zone; always square. */
export type QrMatrix = readonly (readonly boolean[])[];

/** UTF-8 bytes as a one-byte-per-character string: the library's byte mode keeps only the low byte. */
function utf8Binary(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}

/** The module matrix of `text` in byte mode, the smallest version that fits, with the quiet zone around it. */
export function qrMatrix(text: string, { level = "M", quietZone = 4 }: QrOptions = {}): QrMatrix {
  const code = qrcode(0, level);
  code.addData(utf8Binary(text), "Byte");
  code.make();
  const count = code.getModuleCount();
  const size = count + 2 * quietZone;
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => {
      const r = row - quietZone;
      const c = col - quietZone;
      return r >= 0 && c >= 0 && r < count && c < count && code.isDark(r, c);
    }),
  );
}

/**
 * An SVG path (in module units, for `viewBox="0 0 size size"`) drawing every dark module; each run of
 * dark modules in a row is one rectangle, which keeps the path short and free of hairline seams.
 */
export function qrSvgPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join("");
}
