/**
 * QR codes for share links: whether a link is short enough to scan reliably, and the code's dark
 * modules as one SVG path (one element, not thousands), drawn by the island as real SVG elements.
 */
import { encode } from 'uqr';

/**
 * Longest link offered as a QR code. A code holds about 2,300 bytes at medium error correction, but
 * codes that dense are hard for phone cameras; 1,200 characters keeps it comfortably scannable.
 */
export const QR_MAX_CHARS = 1200;

/** A QR code ready to draw: the side in modules (quiet zone included) and the path of dark modules. */
export interface QrDrawing {
  size: number;
  path: string;
}

/** The SVG path data for the dark modules of a boolean matrix, one unit square per module. */
export function matrixToPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      // Runs of dark modules on a row become one rectangle: a much shorter path.
      let end = x;
      while (end < row.length && row[end]) end += 1;
      parts.push(`M${x} ${y}h${end - x}v1h${x - end}z`);
      x = end;
    }
  });
  return parts.join('');
}

/** The QR code of a link, or null when the link is too long to offer as one. */
export function linkToQr(link: string): QrDrawing | null {
  if (link.length > QR_MAX_CHARS) return null;
  const qr = encode(link, { ecc: 'M', border: 4 });
  return { size: qr.size, path: matrixToPath(qr.data) };
}
