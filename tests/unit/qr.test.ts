// The join screen's QR code: right size for a join link, a clean quiet zone, the same picture every time.
import { describe, expect, it } from "vitest";
import { qrMatrix, qrSvgPath, type QrMatrix } from "../../src/lib/qr";

const LINK = "http://127.0.0.1:8090/join/?code=AB3K7Q";

/** Paints the path's rectangles back into a matrix, to compare with the one it was drawn from. */
function paint(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

/** The 7×7 finder pattern: dark ring, light ring, dark 3×3 centre. */
function isFinder(matrix: QrMatrix, top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (matrix[top + r]?.[left + c] !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe("qrMatrix", () => {
  it("fits a join link into version 3 (29 modules) plus a 4-module quiet zone each side", () => {
    const matrix = qrMatrix(LINK);
    expect(matrix).toHaveLength(29 + 8);
    expect(matrix.every((row) => row.length === 37)).toBe(true);
  });

  it("grows with a longer address and honours a custom quiet zone", () => {
    expect(qrMatrix("https://workshop.example.com/en/join/?code=AB3K7Q", { quietZone: 0 })).toHaveLength(33);
    expect(qrMatrix(LINK, { quietZone: 2 })).toHaveLength(33);
  });

  it("keeps the quiet zone light and puts finder patterns in three corners", () => {
    const matrix = qrMatrix(LINK);
    const size = matrix.length;
    for (let i = 0; i < size; i++) {
      for (const [r, c] of [
        [0, i],
        [3, i],
        [size - 1, i],
        [size - 4, i],
        [i, 0],
        [i, 3],
        [i, size - 1],
        [i, size - 4],
      ] as const) {
        expect(matrix[r]?.[c], `module ${r},${c}`).toBe(false);
      }
    }
    expect(isFinder(matrix, 4, 4)).toBe(true);
    expect(isFinder(matrix, 4, size - 11)).toBe(true);
    expect(isFinder(matrix, size - 11, 4)).toBe(true);
    expect(isFinder(matrix, size - 11, size - 11)).toBe(false);
  });

  it("is deterministic, and different text gives a different code", () => {
    expect(qrMatrix(LINK)).toEqual(qrMatrix(LINK));
    expect(qrMatrix(LINK)).not.toEqual(qrMatrix(LINK.replace("AB3K7Q", "AB3K7R")));
  });

  it("encodes non-ASCII text as UTF-8 bytes instead of dropping the high bits", () => {
    // 6 Chinese characters are 18 bytes in UTF-8; version 1-M holds only 14, so the code must grow.
    expect(qrMatrix("践诺工作坊加入", { quietZone: 0 }).length).toBeGreaterThan(21);
  });
});

describe("qrSvgPath", () => {
  it("draws exactly the dark modules, one rectangle per horizontal run", () => {
    const matrix = qrMatrix(LINK);
    const path = qrSvgPath(matrix);
    expect(paint(path, matrix.length)).toEqual(matrix.map((row) => [...row]));
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    expect(qrSvgPath(matrix)).toBe(path);
  });

  it("is empty for an all-light matrix", () => {
    expect(
      qrSvgPath([
        [false, false],
        [false, false],
      ]),
    ).toBe("");
  });
});
