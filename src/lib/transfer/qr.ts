/**
 * QR codes for every link the workbook shares (join, answers, agreement, meeting summary, template),
 * as one SVG path, so an island can draw it with plain SVG elements (no innerHTML). A QR code holds at
 * most about 2,300 bytes at medium error correction; past that there is no QR code, and the page
 * offers the link and the file instead.
 */
import { encode } from 'uqr';

/** The longest link, in UTF-8 bytes, that gets a QR code (medium error correction). */
export const QR_MAX_BYTES = 2300;

/** A QR code as an SVG path: draw `path` in a `0 0 size size` view box. */
export interface QrPath {
  size: number;
  path: string;
}

/** The link's length in UTF-8 bytes, which is what a QR code has to hold. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Whether a link is short enough for a QR code that scans reliably. */
export function fitsQr(text: string): boolean {
  return byteLength(text) <= QR_MAX_BYTES;
}

/**
 * The QR code for `text` (with a four-module quiet zone, as the standard asks), or `undefined` when
 * the text is too long to scan reliably.
 */
export function qrPath(text: string): QrPath | undefined {
  if (!fitsQr(text)) return undefined;
  let data: boolean[][];
  try {
    data = encode(text, { ecc: 'M', border: 4 }).data;
  } catch {
    return undefined;
  }
  return { size: data.length, path: matrixToPath(data) };
}

/** The SVG path data for the dark modules of a QR matrix, one unit square per module. */
export function matrixToPath(data: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      // One rectangle per run of dark modules keeps the path short.
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join('');
}
