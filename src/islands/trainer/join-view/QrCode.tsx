// A QR code drawn as one SVG path from src/lib/qr.ts: sharp at any size, nothing fetched but the encoder,
// nothing rasterised. The encoder is loaded when a code is first drawn: the dashboard shows one only
// when the trainer asks for a re-join code, and the wall only while it is empty.
import { useEffect, useState } from "react";

interface QrCodeProps {
  /** What the code encodes (the join link). */
  value: string;
  /** What a screen reader says instead of the picture. */
  label: string;
}

interface Drawn {
  value: string;
  size: number;
  path: string;
}

/** `svg[data-qr]`, black on white with its quiet zone, scaled by CSS; an empty square until it is drawn. */
export function QrCode({ value, label }: QrCodeProps) {
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    let current = true;
    void import("../../../lib/qr").then(({ qrMatrix, qrSvgPath }) => {
      const matrix = qrMatrix(value);
      if (current) setDrawn({ value, size: matrix.length, path: qrSvgPath(matrix) });
    });
    return () => {
      current = false;
    };
  }, [value]);
  if (drawn?.value !== value) return <svg className="qr" viewBox="0 0 1 1" aria-hidden="true" data-qr-pending="" />;
  return (
    <svg
      className="qr"
      data-qr={value}
      viewBox={`0 0 ${drawn.size} ${drawn.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={drawn.size} height={drawn.size} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}
