/** A QR code drawn with SVG elements (no innerHTML), from the path lib/transfer/qr.ts makes. */
import type { QrPath } from '../../lib/transfer/qr';

interface Props {
  qr: QrPath;
  /** What the code opens, for people who cannot see it. */
  label: string;
}

export function QrCode({ qr, label }: Props) {
  return (
    <svg
      class="qr-code"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
