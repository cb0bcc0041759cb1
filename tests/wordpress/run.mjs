// Entry point of the WordPress tests, run by `make test-wordpress` through
// scripts/wordpress.sh, which starts a real WordPress at $CANDOR_WP_URL.
// Serves the built app (dist/) on another site (127.0.0.1, the blog is on
// localhost) and runs tests/wordpress/*.test.mjs in Chromium with the browser
// tests' harness: console errors, CSP violations and stray requests fail a test.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { requireDist } from '../browser/dist.mjs';
import { runTests } from '../browser/harness.mjs';
import { startServer } from '../browser/server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
if (!process.env.CANDOR_WP_URL) {
  console.error('CANDOR_WP_URL is not set: run make test-wordpress (scripts/wordpress.sh starts WordPress)');
  process.exit(2);
}
const dist = requireDist();
for (const file of readdirSync(here).filter((name) => name.endsWith('.test.mjs')).sort()) {
  await import(pathToFileURL(path.join(here, file)).href);
}
const app = await startServer({ root: dist, base: '/candor/' });
try {
  const ok = await runTests({ app, dist, filter: process.argv[2] ?? '' });
  process.exitCode = ok ? 0 : 1;
} finally {
  await app.close();
}
