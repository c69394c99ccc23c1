/**
 * Draws the app icon and writes it as PNG (512 and 256 px) and SVG, with no image library: a rounded square
 * in deep red (#B71C1C) holding a white mark — an open frame (匚, the "box" of 匠, a craftsman's square)
 * around a diamond (the work piece). No glyph is drawn, so the icon does not depend on a font.
 *
 * Run: node build/makeIcon.mjs   (writes build/icon.png, build/icons/{256x256,512x512}.png, build/icon.svg)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const RED = [0xb7, 0x1c, 0x1c];
const WHITE = [0xff, 0xff, 0xff];

// Geometry in units of the icon's side (0..1), shared by the PNG rasteriser and the SVG.
const TILE = { x0: 0.0625, y0: 0.0625, x1: 0.9375, y1: 0.9375, radius: 0.19 };
const STROKE = 0.085;
const FRAME = { x0: 0.27, y0: 0.27, x1: 0.73, y1: 0.73 };
const FRAME_BARS = [
  { x0: FRAME.x0, y0: FRAME.y0, x1: FRAME.x1, y1: FRAME.y0 + STROKE }, // top
  { x0: FRAME.x0, y0: FRAME.y0, x1: FRAME.x0 + STROKE, y1: FRAME.y1 }, // left
  { x0: FRAME.x0, y0: FRAME.y1 - STROKE, x1: FRAME.x1, y1: FRAME.y1 }, // bottom
];
const DIAMOND = { cx: 0.565, cy: 0.5, r: 0.115 };

function inRoundedRect(x, y, { x0, y0, x1, y1, radius }) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const dx = Math.max(x0 + radius - x, 0, x - (x1 - radius));
  const dy = Math.max(y0 + radius - y, 0, y - (y1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

function inMark(x, y) {
  const inBar = FRAME_BARS.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);
  return inBar || Math.abs(x - DIAMOND.cx) + Math.abs(y - DIAMOND.cy) <= DIAMOND.r;
}

/** RGBA pixels, antialiased by 4×4 supersampling. */
function render(size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (inRoundedRect(x, y, TILE)) {
            tile += 1;
            if (inMark(x, y)) mark += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (tile === 0) continue;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round((WHITE[c] * mark + RED[c] * (tile - mark)) / tile);
      pixels[i + 3] = Math.round((255 * tile) / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, no filter method variants, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg() {
  const s = (v) => +(v * 512).toFixed(2);
  const t = TILE;
  const bars = FRAME_BARS.map((b) => `<rect x="${s(b.x0)}" y="${s(b.y0)}" width="${s(b.x1 - b.x0)}" height="${s(b.y1 - b.y0)}"/>`);
  const d = DIAMOND;
  const diamond = `<path d="M${s(d.cx)} ${s(d.cy - d.r)}L${s(d.cx + d.r)} ${s(d.cy)}L${s(d.cx)} ${s(d.cy + d.r)}L${s(d.cx - d.r)} ${s(d.cy)}Z"/>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">',
    `  <rect x="${s(t.x0)}" y="${s(t.y0)}" width="${s(t.x1 - t.x0)}" height="${s(t.y1 - t.y0)}" rx="${s(t.radius)}" fill="#B71C1C"/>`,
    `  <g fill="#FFFFFF">${bars.join('')}${diamond}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

function write(relativePath, bytes) {
  const path = join(here, relativePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`wrote build/${relativePath} (${bytes.length} bytes)`);
}

const icon512 = encodePng(512, render(512));
write('icon.png', icon512);
write('icons/512x512.png', icon512);
write('icons/256x256.png', encodePng(256, render(256)));
write('icon.svg', svg());
