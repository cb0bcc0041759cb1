// Trunk post-build hook: writes the sha256 hash of every inline <script> in the
// staged index.html into its Content-Security-Policy, so the page needs neither
// 'unsafe-inline' nor a server to add headers.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACEHOLDER = 'CANDOR_INLINE_SCRIPT_HASHES';
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp-hash: TRUNK_STAGING_DIR is not set; run this through trunk');
  process.exit(1);
}
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
if (!html.includes(PLACEHOLDER)) {
  console.error(`csp-hash: ${file} has no ${PLACEHOLDER} placeholder in its CSP`);
  process.exit(1);
}
const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
writeFileSync(file, html.replace(PLACEHOLDER, [...new Set(hashes)].join(' ')));
console.log(`csp-hash: ${hashes.length} inline script(s) hashed into the CSP`);
