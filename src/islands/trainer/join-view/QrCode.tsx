// A QR code drawn as one SVG path from src/lib/qr.ts: sharp at any size, nothing fetched, nothing rasterised.
import { useMemo } from "react";
import { qrMatrix, qrSvgPath } from "../../../lib/qr";

interface QrCodeProps {
  /** What the code encodes (the join link). */
  value: string;
  /** What a screen reader says instead of the picture. */
  label: string;
}

/** `svg[data-qr]`, black on white with its quiet zone, scaled by CSS. */
export function QrCode({ value, label }: QrCodeProps) {
  const { size, path } = useMemo(() => {
    const matrix = qrMatrix(value);
    return { size: matrix.length, path: qrSvgPath(matrix) };
  }, [value]);
  return (
    <svg
      className="qr"
      data-qr={value}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
