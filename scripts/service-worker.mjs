// Writes the offline service worker, dist/sw.js, from its template
// (public/sw.js) and the build's real output: the precache list is every file
// of the folder with its hashed name (sw.js itself and the WordPress plugin's
// zip aside: only a coach installing the plugin needs it, online, so readers
// never download it; the worker leaves it to the network), and the cache
// version is a hash of the template and of all those files' names and bytes,
// so any change to the build or to the worker gives a new worker (whose
// activation deletes the old one's cache), and an unchanged build the same one.
//
// Run by scripts/post-build.mjs on the staged app build, last, once every
// file is final. By hand: `node scripts/service-worker.mjs dist`. The browser
// tests import `writeServiceWorker` to make a "new deploy" of a copy.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { PLUGIN_ZIP } from './wordpress-zip.mjs';

const TEMPLATE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'sw.js');
export const WORKER_FILE = 'sw.js';
/** Files of the build that are not precached. */
export const NOT_PRECACHED = [WORKER_FILE, PLUGIN_ZIP];
const VERSION_PLACEHOLDER = "'CANDOR_SW_VERSION'";
const FILES_PLACEHOLDER = "['CANDOR_SW_FILES']";

/**
 * Writes `dir/sw.js`; returns `{ version, files, bytes }` (the cache version,
 * the precached files, relative to `dir` with `/` separators, and the size of
 * the worker written).
 */
export async function writeServiceWorker(dir, { template = TEMPLATE } = {}) {
  // Dotfiles (.htaccess) are for the web server, never fetched by a page.
  const files = listFiles(dir).filter((file) => !NOT_PRECACHED.includes(file) && !file.split('/').some((part) => part.startsWith('.')));
  if (!files.includes('index.html')) throw new Error(`service-worker: ${dir} has no index.html`);
  const source = readFileSync(template, 'utf8');
  const hash = createHash('sha256').update(`${source}\0`);
  for (const file of files) {
    const bytes = readFileSync(path.join(dir, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  const version = hash.digest('hex').slice(0, 16);

  for (const placeholder of [VERSION_PLACEHOLDER, FILES_PLACEHOLDER]) {
    if (source.split(placeholder).length !== 2) throw new Error(`service-worker: ${template} must hold ${placeholder} exactly once`);
  }
  const filled = source.replace(VERSION_PLACEHOLDER, JSON.stringify(version)).replace(FILES_PLACEHOLDER, JSON.stringify(files));
  const { code } = await minify(filled, { compress: { passes: 2 }, mangle: true, format: { comments: false } });
  writeFileSync(path.join(dir, WORKER_FILE), code);
  return { version, files, bytes: Buffer.byteLength(code) };
}

/** Every file under `dir`, as sorted relative paths with `/` separators. */
function listFiles(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listFiles(dir, relative);
      return entry.isFile() ? [relative] : [];
    })
    .sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/service-worker.mjs <built folder>');
    process.exit(2);
  }
  const { version, files, bytes } = await writeServiceWorker(dir);
  console.log(`service-worker: ${WORKER_FILE} (${bytes} bytes), version ${version}, precaches ${files.length} files`);
}
