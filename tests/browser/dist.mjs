// Where the built app is: dist/ at the repo root, or the folder in $CANDOR_DIST.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The built app's folder; exits with a hint when it has not been built. */
export function requireDist() {
  const name = (process.env.CANDOR_DIST ?? 'dist').replace(/\/+$/, '');
  const dist = path.resolve(repoRoot, name);
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`${name}/ is missing: run \`make build\` first`);
    process.exit(1);
  }
  return dist;
}
