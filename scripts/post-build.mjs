// Trunk post-build hook, run on the staged dist/:
// 1. minifies wasm-bindgen's JavaScript (Trunk's own minifier fails on ES
//    modules) and updates the subresource-integrity hash Trunk gave it;
// 2. writes the sha256 of every inline <script> into the page's
//    Content-Security-Policy, so the page needs neither 'unsafe-inline' nor a
//    server to add headers.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const PLACEHOLDER = 'CANDOR_INLINE_SCRIPT_HASHES';
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run this through trunk');
  process.exit(1);
}
const indexFile = join(dir, 'index.html');
let html = readFileSync(indexFile, 'utf8');

const digest = (algorithm, text) => createHash(algorithm).update(text, 'utf8').digest('base64');

if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of readdirSync(dir).filter((f) => /^candor-[0-9a-f]+\.js$/.test(f))) {
    const file = join(dir, name);
    const source = readFileSync(file, 'utf8');
    const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
    writeFileSync(file, code);
    // The file name keeps Trunk's hash: it still names this build uniquely.
    html = html.replace(`sha384-${digest('sha384', source)}`, `sha384-${digest('sha384', code)}`);
    console.log(`post-build: ${name} minified from ${source.length} to ${code.length} bytes`);
  }
}

if (!html.includes(PLACEHOLDER)) {
  console.error(`post-build: ${indexFile} has no ${PLACEHOLDER} placeholder in its CSP`);
  process.exit(1);
}
const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
  .map(([, body]) => `'sha256-${digest('sha256', body)}'`);
writeFileSync(indexFile, html.replace(PLACEHOLDER, [...new Set(hashes)].join(' ')));
console.log(`post-build: ${hashes.length} inline script(s) hashed into the CSP`);
