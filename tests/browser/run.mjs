// Entry point of the browser tests: `node tests/browser/run.mjs [name filter]`.
// Serves the built app (dist/, or $CANDOR_DIST) under a sub-path and runs
// every tests/browser/*.test.mjs against it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { requireDist } from './dist.mjs';
import { runTests } from './harness.mjs';
import { startServer } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = requireDist();

for (const file of readdirSync(here).filter((name) => name.endsWith('.test.mjs')).sort()) {
  await import(pathToFileURL(path.join(here, file)).href);
}

const app = await startServer({ root: dist });
try {
  const ok = await runTests({ app, dist, filter: process.argv[2] ?? '' });
  process.exitCode = ok ? 0 : 1;
} finally {
  await app.close();
}
