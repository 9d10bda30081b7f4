/** QR codes for shared links: drawn as one SVG path, and refused when too long to scan. */
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { QR_MAX_BYTES, byteLength, fitsQr, matrixToPath, qrPath } from '../../../src/lib/transfer/qr';

const link = 'https://example.org/workbook/#template=1.abcDEF123_-';

/** Reads the path back into dark modules, to compare with the encoder's own matrix. */
function modulesOf(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) {
      const row = grid[Number(y)];
      if (row) row[Number(x) + i] = true;
    }
  }
  return grid;
}

describe('qrPath', () => {
  it('draws exactly the modules of the QR code, with a quiet zone', () => {
    const qr = qrPath(link);
    if (!qr) throw new Error('expected a QR code');
    expect(modulesOf(qr.path, qr.size)).toEqual(encode(link, { ecc: 'M', border: 4 }).data);
    expect(qr.path.startsWith('M4 4')).toBe(true);
  });

  it('gives no QR code for a link past the limit', () => {
    const long = `${link}${'a'.repeat(QR_MAX_BYTES)}`;
    expect(fitsQr(long)).toBe(false);
    expect(qrPath(long)).toBeUndefined();
  });

  it('counts bytes, not characters, since that is what the code holds', () => {
    expect(byteLength('é')).toBe(2);
    expect(fitsQr('é'.repeat(QR_MAX_BYTES / 2 + 1))).toBe(false);
  });
});

describe('matrixToPath', () => {
  it('draws each run of dark modules on a row as one rectangle', () => {
    expect(
      matrixToPath([
        [true, true, false, true],
        [false, false, false, false],
        [false, true, true, true],
      ]),
    ).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
  });
});
