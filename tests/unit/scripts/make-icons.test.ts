import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, encodePng, iconFiles } from '../../../scripts/make-icons';

describe('encodePng', () => {
  it('writes a PNG a decoder can read back: signature, size and pixels', () => {
    const rgb = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9]); // 2 × 2
    const png = encodePng(2, 2, rgb);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(2);
    expect(png.readUInt32BE(20)).toBe(2);
    const idatLength = png.readUInt32BE(33);
    expect(png.toString('latin1', 37, 41)).toBe('IDAT');
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...rows]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 9, 9, 9]);
  });
});

describe('drawIcon', () => {
  it('fills the corners with the accent colour and puts white in the middle of the dot', () => {
    const size = 64;
    const pixels = drawIcon(size);
    const at = (x: number, y: number) => [...pixels.subarray((y * size + x) * 3, (y * size + x) * 3 + 3)];
    expect(at(0, 0)).toEqual([0x1f, 0x5f, 0x8b]);
    expect(at(size - 1, size - 1)).toEqual([0x1f, 0x5f, 0x8b]);
    expect(at(24, 26)).toEqual([255, 255, 255]);
  });
});

describe('the committed icons', () => {
  it.each(Object.entries(iconFiles))(
    'public/%s is what the script draws (run it after a change)',
    (name, size) => {
      expect(readFileSync(`public/${name}`).equals(encodePng(size, size, drawIcon(size)))).toBe(true);
    },
  );
});
