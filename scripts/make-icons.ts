/**
 * Draws the app icons (the favicon's mark: a filled circle and a ring, white on the accent colour) as
 * PNG files in public/: 192 and 512 px for the web app manifest, 180 px for iOS ("apple-touch-icon").
 * The output is committed; run this again only when the design changes:
 *
 *   npx node scripts/make-icons.ts
 *
 * No image library is needed: the shapes are drawn with 4 × 4 samples a pixel for smooth edges, and
 * node:zlib compresses the PNG.
 */
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

const accent: Rgb = [0x1f, 0x5f, 0x8b]; // --color-accent in src/styles/tokens.css
const white: Rgb = [0xff, 0xff, 0xff];

// The favicon's shapes (favicon.svg, a 32-unit square), centred and scaled to 80 % so they stay inside
// the safe zone of a maskable icon, which platforms may crop to a circle.
const scale = 0.8;
const centre = { x: 17.125, y: 16.625 }; // the middle of the two shapes together
const place = (x: number, y: number) => ({ x: 16 + scale * (x - centre.x), y: 16 + scale * (y - centre.y) });
const dot = { ...place(12, 13), r: 5 * scale };
const ring = { ...place(21, 19), inner: 3.75 * scale, outer: 6.25 * scale };

/** Whether a point (in the 32-unit square) is white. */
function inMark(x: number, y: number): boolean {
  const toDot = Math.hypot(x - dot.x, y - dot.y);
  const toRing = Math.hypot(x - ring.x, y - ring.y);
  return toDot <= dot.r || (toRing >= ring.inner && toRing <= ring.outer);
}

/** The icon as RGB bytes, row by row, `size` pixels square. */
export function drawIcon(size: number): Uint8Array {
  const samples = 4;
  const pixels = new Uint8Array(size * size * 3);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) * 32) / size;
          const y = ((py + (sy + 0.5) / samples) * 32) / size;
          if (inMark(x, y)) covered++;
        }
      }
      const alpha = covered / samples ** 2;
      for (let channel = 0; channel < 3; channel++) {
        pixels[(py * size + px) * 3 + channel] = Math.round(
          accent[channel]! * (1 - alpha) + white[channel]! * alpha,
        );
      }
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGB bytes (8 bits a channel, no alpha) as a PNG file. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, truecolour, deflate, no filter method, no interlace
  const rows = Buffer.alloc(height * (width * 3 + 1)); // each row starts with filter type 0 (none)
  for (let y = 0; y < height; y++) {
    rows.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The icon files and their sizes. */
export const iconFiles = { 'icon-192.png': 192, 'icon-512.png': 512, 'apple-touch-icon.png': 180 } as const;

if (import.meta.main) {
  for (const [name, size] of Object.entries(iconFiles)) {
    writeFileSync(new URL(`../public/${name}`, import.meta.url), encodePng(size, size, drawIcon(size)));
    console.log(`public/${name} (${size} × ${size})`);
  }
}
