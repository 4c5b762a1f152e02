// Reads a QR code as the browser shows it: a screenshot of the `svg[data-qr]` element is decoded and each
// module's centre sampled, so a test compares what a phone would scan with qrMatrix of the expected link.
import { inflateSync } from "node:zlib";
import type { Locator } from "playwright-core";

/** An 8-bit RGB or RGBA PNG (what chromium's screenshots are) as rows of grey values. */
function decodePng(png: Buffer): { width: number; height: number; grey: (x: number, y: number) => number } {
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error("unexpected PNG format");
      channels = colour === 6 ? 4 : 3;
    } else if (type === "IDAT") data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= channels ? out[y * stride + i - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = y > 0 && i >= channels ? out[(y - 1) * stride + i - channels]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      out[y * stride + i] = (x + predictor) & 0xff;
    }
  }
  const grey = (x: number, y: number) => {
    const at = y * stride + x * channels;
    return (out[at]! + out[at + 1]! + out[at + 2]!) / 3;
  };
  return { width, height, grey };
}

/** The dark (true) and light modules of the QR code at `qr` as it is on screen, quiet zone included. */
export async function readRenderedQr(qr: Locator): Promise<boolean[][]> {
  const modules = await qr.evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
  const { width, height, grey } = decodePng(await qr.screenshot({ animations: "disabled" }));
  return Array.from({ length: modules }, (_, row) =>
    Array.from(
      { length: modules },
      (_, col) => grey(Math.floor(((col + 0.5) * width) / modules), Math.floor(((row + 0.5) * height) / modules)) < 128,
    ),
  );
}
