/** A QR code drawn as SVG elements: dark modules on a white square, whatever the colour scheme. */
import type { QrDrawing } from '../../lib/meetings/qr';

export function QrCode({ qr, label }: { qr: QrDrawing; label: string }) {
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
