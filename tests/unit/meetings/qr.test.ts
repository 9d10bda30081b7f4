import { describe, expect, it } from 'vitest';
import { linkToQr, matrixToPath, QR_MAX_CHARS } from '../../../src/lib/meetings/qr';

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

describe('linkToQr', () => {
  it('draws a short link with a quiet zone around it', () => {
    const qr = linkToQr('https://example.org/workbook/meetings/#p=abc&meeting=1.xyz');
    expect(qr).not.toBeNull();
    expect(qr?.size).toBeGreaterThanOrEqual(21 + 8);
    // The quiet zone (4 modules) is never dark, so no rectangle starts on row 0.
    expect(qr?.path).not.toMatch(/M\d+ 0h/);
    expect(qr?.path).toMatch(/^M\d+ 4h/);
  });

  it('offers no code for a link too long to scan', () => {
    expect(linkToQr('x'.repeat(QR_MAX_CHARS + 1))).toBeNull();
  });
});
