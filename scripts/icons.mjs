// Makes the install icons of the web app manifest from Candor's mark,
// public/favicon.svg, at build time: 192 and 512 px PNGs of the mark as it is
// (a rounded square with a "C" stroke), and a 512 px maskable one (the square
// filled edge to edge, the "C" inside the maskable safe zone, the central
// circle of 80 % of the icon's width).
//
// The mark is made of simple shapes, so this draws it itself rather than
// adding a rasteriser to the build: a strict reader of the SVG (one <rect>
// with rounded corners, one <path> of circular arcs drawn with a round-capped
// stroke; anything else stops the build, so a redesigned mark is never drawn
// wrong), signed distances for anti-aliased edges, and a PNG encoder on
// node:zlib. The output is the same, byte for byte, on every run.
//
// Run by scripts/post-build.mjs on the staged app build; the PNGs are never
// committed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const MARK = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'favicon.svg');

/** The icons the manifest (public/manifest.webmanifest) names. */
export const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

/** Radius of the maskable safe zone, as a fraction of the icon's width. */
const SAFE_ZONE = 0.4;

/** Writes every icon of ICONS into `dir`; returns their file names. */
export function writeIcons(dir, { mark = MARK } = {}) {
  const shapes = readMark(readFileSync(mark, 'utf8'));
  for (const { file, size, maskable } of ICONS) {
    writeFileSync(path.join(dir, file), encodePng(size, size, draw(shapes, size, maskable)));
  }
  return ICONS.map(({ file }) => file);
}

// ---------------------------------------------------------------------------
// Reading the mark

/** `{ view, rect, arcs, stroke }` from the SVG text; throws on anything it can't draw exactly. */
export function readMark(svg) {
  const fail = (why) => {
    throw new Error(`icons: ${why} in the mark (scripts/icons.mjs draws only a rounded <rect> and a round-capped <path> of arcs)`);
  };
  const attributes = (tag) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
  const elements = [...svg.matchAll(/<(\w+)\b([^>]*?)\/?>/g)].map(([, name, rest]) => ({ name, attrs: attributes(rest) }));
  const names = elements.map(({ name }) => name).join(',');
  if (names !== 'svg,rect,path') fail(`elements ${names}`);
  const [root, rectElement, pathElement] = elements;

  const view = (root.attrs.viewBox ?? '').split(/[\s,]+/).map(Number);
  if (view.length !== 4 || view[0] !== 0 || view[1] !== 0 || view[2] !== view[3] || !(view[2] > 0)) fail(`viewBox "${root.attrs.viewBox}"`);
  const number = (attrs, name, fallback) => {
    const value = attrs[name] ?? fallback;
    if (value === undefined || !Number.isFinite(Number(value))) fail(`${name}="${value}"`);
    return Number(value);
  };

  const r = rectElement.attrs;
  const known = (attrs, allowed) => Object.keys(attrs).filter((name) => !allowed.includes(name)).forEach((name) => fail(`attribute ${name}`));
  known(r, ['x', 'y', 'width', 'height', 'rx', 'ry', 'fill']);
  const rect = {
    x: number(r, 'x', 0),
    y: number(r, 'y', 0),
    width: number(r, 'width'),
    height: number(r, 'height'),
    radius: number(r, 'rx', r.ry ?? 0),
    fill: color(r.fill, fail),
  };
  if (r.ry !== undefined && Number(r.ry) !== rect.radius) fail('rx and ry that differ');

  const p = pathElement.attrs;
  known(p, ['d', 'fill', 'stroke', 'stroke-width', 'stroke-linecap']);
  if (p.fill !== 'none') fail(`a filled path (fill="${p.fill}")`);
  if (p['stroke-linecap'] !== 'round') fail(`stroke-linecap="${p['stroke-linecap']}"`);
  const stroke = { color: color(p.stroke, fail), width: number(p, 'stroke-width') };
  return { view: view[2], rect, arcs: readArcs(p.d ?? '', fail), stroke };
}

function color(text, fail) {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text ?? '')?.[1];
  if (!hex) fail(`colour "${text}"`);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
}

/** The circular arcs of a path of `M`/`m` and `A`/`a` commands, each with its centre, radius and angles. */
function readArcs(d, fail) {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  const arcs = [];
  let x = 0;
  let y = 0;
  let i = 0;
  const next = () => {
    const value = Number(tokens[i++]);
    if (!Number.isFinite(value)) fail(`path data "${d}"`);
    return value;
  };
  while (i < tokens.length) {
    const command = tokens[i++];
    if (command === 'M' || command === 'm') {
      const [nx, ny] = [next(), next()];
      [x, y] = command === 'M' ? [nx, ny] : [x + nx, y + ny];
    } else if (command === 'A' || command === 'a') {
      const [rx, ry, , large, sweep, ex, ey] = [next(), next(), next(), next(), next(), next(), next()];
      if (rx !== ry) fail('an elliptical arc');
      const [x2, y2] = command === 'A' ? [ex, ey] : [x + ex, y + ey];
      arcs.push(arcFromEndpoints(x, y, x2, y2, rx, large !== 0, sweep !== 0));
      [x, y] = [x2, y2];
    } else {
      fail(`path command "${command}"`);
    }
  }
  if (arcs.length === 0) fail('a path without arcs');
  return arcs;
}

/** SVG's endpoint-to-centre conversion (SVG 1.1, F.6.5) for a circle: `{ cx, cy, r, start, sweep }` in radians. */
function arcFromEndpoints(x1, y1, x2, y2, radius, large, positive) {
  const hx = (x1 - x2) / 2;
  const hy = (y1 - y2) / 2;
  const r = Math.max(Math.abs(radius), Math.hypot(hx, hy)); // a radius too small is scaled up
  const k = (large !== positive ? 1 : -1) * Math.sqrt(Math.max(0, (r * r - hx * hx - hy * hy) / (hx * hx + hy * hy)));
  const cx = k * hy + (x1 + x2) / 2;
  const cy = -k * hx + (y1 + y2) / 2;
  const start = Math.atan2(y1 - cy, x1 - cx);
  let sweep = Math.atan2(y2 - cy, x2 - cx) - start;
  if (positive && sweep < 0) sweep += 2 * Math.PI;
  if (!positive && sweep > 0) sweep -= 2 * Math.PI;
  return { cx, cy, r, start, sweep, x1, y1, x2, y2 };
}

// ---------------------------------------------------------------------------
// Drawing

/** RGBA pixels of the mark at `size` px; `maskable` fills the square and keeps the stroke in the safe zone. */
function draw({ view, rect, arcs, stroke }, size, maskable) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = size / view; // px per unit of the viewBox
  const centre = view / 2;
  // The stroke's reach from the centre of the icon, to fit it in the safe zone.
  const reach = Math.max(...arcs.flatMap((arc) => Array.from({ length: 721 }, (_, i) => pointOnArc(arc, i / 720)).map(([px, py]) => Math.hypot(px - centre, py - centre)))) + stroke.width / 2;
  const shrink = maskable ? Math.min(1, (SAFE_ZONE * view) / reach) : 1;
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      // The pixel's centre, in viewBox units.
      const x = (column + 0.5) / scale;
      const y = (row + 0.5) / scale;
      const background = maskable ? 1 : coverage(roundedRectDistance(x, y, rect) * scale);
      const sx = centre + (x - centre) / shrink;
      const sy = centre + (y - centre) / shrink;
      const ink = coverage((Math.min(...arcs.map((arc) => arcDistance(sx, sy, arc))) - stroke.width / 2) * scale * shrink);
      const at = (row * size + column) * 4;
      const alpha = ink + background * (1 - ink);
      for (let c = 0; c < 3; c += 1) {
        const value = alpha > 0 ? (stroke.color[c] * ink + rect.fill[c] * background * (1 - ink)) / alpha : 0;
        pixels[at + c] = Math.round(value);
      }
      pixels[at + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

/** How much of a pixel a shape covers, from its signed distance in px (negative inside). */
function coverage(distancePx) {
  return Math.min(1, Math.max(0, 0.5 - distancePx));
}

function roundedRectDistance(x, y, { x: left, y: top, width, height, radius }) {
  const r = Math.min(radius, width / 2, height / 2);
  const qx = Math.abs(x - (left + width / 2)) - (width / 2 - r);
  const qy = Math.abs(y - (top + height / 2)) - (height / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function pointOnArc({ cx, cy, r, start, sweep }, t) {
  const angle = start + sweep * t;
  return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
}

/** Distance from (x, y) to the arc (not to its whole circle): round caps end it. */
function arcDistance(x, y, arc) {
  const { cx, cy, r, start, sweep, x1, y1, x2, y2 } = arc;
  const turn = 2 * Math.PI;
  const along = ((((Math.atan2(y - cy, x - cx) - start) * Math.sign(sweep)) % turn) + turn) % turn;
  if (along <= Math.abs(sweep)) return Math.abs(Math.hypot(x - cx, y - cy) - r);
  return Math.min(Math.hypot(x - x1, y - y1), Math.hypot(x - x2, y - y2));
}

// ---------------------------------------------------------------------------
// PNG

/** A PNG of 8-bit RGBA `pixels`, rows unfiltered, compressed with zlib. */
export function encodePng(width, height, pixels) {
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let row = 0; row < height; row += 1) {
    pixels.copy(rows, row * (width * 4 + 1) + 1, row * width * 4, (row + 1) * width * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
