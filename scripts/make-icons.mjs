// Draws Rapport's icon and writes it in the formats the packagers want:
//   resources/icon.png              1024x1024 (electron-builder's source image)
//   resources/icons/NxN.png         16…512, for Linux desktop entries
//   resources/icon.ico              16…256, PNG-compressed entries (Windows Vista and later)
//   resources/icon.icns             PNG-based entries 16…1024 (macOS 10.7 and later)
//
// No image tools are needed: shapes are drawn as signed distance fields, which gives
// smooth anti-aliased edges at every size, and encoded with node:zlib. The output is
// committed; run this again only to change the design:  node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const resources = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');

// ---- the design, in a 1024-unit square -------------------------------------------------

const TOP_LEFT = [20, 184, 166]; // teal
const BOTTOM_RIGHT = [67, 56, 202]; // indigo
const FIGURE = [255, 255, 255];

/** Distance to a rounded square (negative inside). */
function roundedSquare(x, y, center, half, radius) {
  const qx = Math.abs(x - center) - half + radius;
  const qy = Math.abs(y - center) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;

/** A person: a head, and shoulders cut flat at the bottom like a contact card's portrait. */
function figure(x, y) {
  const head = circle(x, y, 512, 400, 150);
  const shoulders = Math.max(circle(x, y, 512, 880, 270), y - 790);
  return Math.min(head, shoulders);
}

/** Coverage of a pixel by a shape, from its distance in pixels: a one-pixel soft edge. */
const coverage = (distance, pixel) => Math.min(1, Math.max(0, 0.5 - distance / pixel));

function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const unit = 1024 / size;
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      const x = (col + 0.5) * unit;
      const y = (row + 0.5) * unit;
      // Small sizes keep less margin, so the icon does not shrink into a dot in a taskbar.
      const margin = size <= 32 ? 24 : 80;
      const background = coverage(roundedSquare(x, y, 512, 512 - margin, 200), unit);
      if (background === 0) continue;
      const t = Math.min(1, Math.max(0, (x + y) / 2048));
      const base = TOP_LEFT.map((from, i) => from + (BOTTOM_RIGHT[i] - from) * t);
      const ink = coverage(figure(x, y), unit);
      const offset = (row * size + col) * 4;
      for (let i = 0; i < 3; i += 1) pixels[offset + i] = Math.round(base[i] * (1 - ink) + FIGURE[i] * ink);
      pixels[offset + 3] = Math.round(background * 255);
    }
  }
  return pixels;
}

// ---- PNG ------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each scanline starts with filter type 0 (none); deflate does the rest well enough here.
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row += 1) rgba.copy(raw, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- ICO and ICNS containers ----------------------------------------------------------

function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size; // 0 means 256
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

/** PNG-carrying ICNS element types by pixel size (ic11-ic14 are the @2x variants). */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

function encodeIcns(pngBySize) {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = pngBySize.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

// ---- write ----------------------------------------------------------------------------

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const pngBySize = new Map(sizes.map((size) => [size, encodePng(size, draw(size))]));

fs.mkdirSync(path.join(resources, 'icons'), { recursive: true });
fs.writeFileSync(path.join(resources, 'icon.png'), pngBySize.get(1024));
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) fs.writeFileSync(path.join(resources, 'icons', `${size}x${size}.png`), pngBySize.get(size));
fs.writeFileSync(path.join(resources, 'icon.ico'), encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: pngBySize.get(size) }))));
fs.writeFileSync(path.join(resources, 'icon.icns'), encodeIcns(pngBySize));
console.log('wrote resources/icon.png, resources/icons/*.png, resources/icon.ico, resources/icon.icns');
