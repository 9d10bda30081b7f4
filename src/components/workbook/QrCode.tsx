/**
 * A QR code of a link, drawn as SVG elements from uqr's boolean matrix (no innerHTML). Dark modules
 * are one path of 1×1 squares, so the SVG stays small and crisp at any size.
 */
import { encode } from 'uqr';

interface Props {
  text: string;
  /** Accessible name, e.g. "QR code of the link to your answers". */
  label: string;
}

/** The path data for the dark modules of a QR matrix. */
export function qrPath(data: readonly (readonly boolean[])[]): string {
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return d;
}

export function QrCode({ text, label }: Props) {
  const qr = encode(text, { ecc: 'M', border: 2 });
  return (
    <svg
      class="qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qrPath(qr.data)} fill="#000" />
    </svg>
  );
}
