// npm run icons: draws public/icon/{16,32,48,128}.png, a triangle of three linked points (three
// sources agreeing) on a rounded square. Plain PNG encoding with node:zlib, no image library.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BG = [47, 111, 79]; // #2f6f4f, the badge colour
const FG = [255, 255, 255];
const POINTS: [number, number][] = [
  [0.5, 0.22],
  [0.22, 0.74],
  [0.78, 0.74],
];

function segmentDistance(px: number, py: number, [ax, ay]: [number, number], [bx, by]: [number, number]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function insideRoundedSquare(x: number, y: number, r: number) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

/** RGBA pixels, each averaged over 4x4 sub-samples for smooth edges. */
function draw(size: number): Buffer {
  // Thin lines vanish at 16 px: keep them at least ~1.6 px wide.
  const half = Math.max(0.045, 0.8 / size);
  const dot = Math.max(0.1, 1.9 / size);
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const u = (x + (sx + 0.5) / n) / size;
          const v = (y + (sy + 0.5) / n) / size;
          if (!insideRoundedSquare(u, v, 0.22)) continue;
          bg++;
          const onLine = POINTS.some((p, i) => segmentDistance(u, v, p, POINTS[(i + 1) % 3]) <= half);
          const onDot = POINTS.some(([qx, qy]) => Math.hypot(u - qx, v - qy) <= dot);
          if (onLine || onDot) fg++;
        }
      }
      const i = (y * size + x) * 4;
      const mix = bg ? fg / bg : 0;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(BG[c] + (FG[c] - BG[c]) * mix);
      px[i + 3] = Math.round((255 * bg) / (n * n));
    }
  }
  return px;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.resolve(import.meta.dirname, '../public/icon');
fs.mkdirSync(dir, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(dir, `${size}.png`), png(size, draw(size)));
console.log(`icons: ${SIZES.join(', ')} px -> public/icon/`);
