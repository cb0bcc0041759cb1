// Makes the install icons of the web app manifest from Candor's mark,
// public/favicon.svg, at build time, with resvg (a well-kept SVG renderer,
// npm `@resvg/resvg-js`): 192 and 512 px PNGs of the mark as it is, and a
// 512 px maskable one, the mark's square filled edge to edge (its corner
// radius dropped) so a launcher's mask never shows a corner.
//
// Run by scripts/post-build.mjs on the staged app build; the PNGs are never
// committed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const MARK = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'favicon.svg');

/** The icons the manifest (public/manifest.webmanifest) names. */
export const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

/** Writes every icon of ICONS into `dir`; returns their file names. */
export function writeIcons(dir, { mark = MARK } = {}) {
  const svg = readFileSync(mark, 'utf8');
  for (const { file, size, maskable } of ICONS) {
    writeFileSync(path.join(dir, file), render(maskable ? squared(svg) : svg, size));
  }
  return ICONS.map(({ file }) => file);
}

/** The mark with its background square's corners squared: the mark's first
 * element is that square (a rounded `<rect>`); anything else stops the build
 * rather than make a maskable icon with transparent corners. */
function squared(svg) {
  const first = /<svg\b[^>]*>\s*<rect\b([^>]*?)\/?>/.exec(svg);
  if (!first || !/\brx="/.test(first[1])) {
    throw new Error("icons: the mark's first element is not its rounded background square (a <rect> with rx)");
  }
  return svg.replace(first[0], first[0].replace(/\s(rx|ry)="[^"]*"/g, ''));
}

function render(svg, size) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
  return png;
}
