// `make release`: what a coach uploads, from the release build in dist/.
// Writes, in release/:
//   candor-site-<version>.zip       the site: candor/ (every file of the
//                                   build, .htaccess and the WordPress
//                                   plugin's zip included) and UPLOAD.md
//                                   (docs/UPLOAD.md: how to publish it)
//   candor-wordpress-<version>.zip  the WordPress plugin, Candor inside
// <version> is Candor's, from Cargo.toml (the plugin's header says the
// same: a native test keeps them equal). Deterministic, like the plugin's
// zip: the same build gives the same bytes.
//
// By hand: `node scripts/release.mjs [built folder] [output folder]`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listEntries, PLUGIN_ZIP, zipEntries } from './wordpress-zip.mjs';

const REPO = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The site's folder inside its zip. */
const SITE = 'candor';

/** Candor's version, from Cargo.toml's [package]. */
export function candorVersion(repo = REPO) {
  const manifest = readFileSync(path.join(repo, 'Cargo.toml'), 'utf8');
  const version = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m.exec(manifest)?.[1];
  if (!version) throw new Error('release: no version in Cargo.toml\'s [package]');
  return version;
}

/**
 * Writes the site's and the plugin's zips for the build in `dist` into `out`;
 * returns `{ site, plugin, version, files }` (the paths written, and the
 * files of the site's folder).
 */
export function writeRelease(dist, out, { repo = REPO } = {}) {
  for (const needed of ['index.html', 'embed.js', 'sw.js', PLUGIN_ZIP]) {
    if (!existsSync(path.join(dist, needed))) throw new Error(`release: ${dist} has no ${needed}: run make build first`);
  }
  const version = candorVersion(repo);
  const guide = readFileSync(path.join(repo, 'docs', 'UPLOAD.md'));
  const build = listEntries(dist, { dotfiles: true }).filter((entry) => !/^candor-site-.*\.zip$/.test(entry.name));
  const entries = [
    { name: 'UPLOAD.md', folder: false, data: guide },
    { name: `${SITE}/`, folder: true, data: Buffer.alloc(0) },
    ...build.map(({ name, folder }) => ({
      name: `${SITE}/${name}${folder ? '/' : ''}`,
      folder,
      data: folder ? Buffer.alloc(0) : readFileSync(path.join(dist, name)),
    })),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  mkdirSync(out, { recursive: true });
  const site = path.join(out, `candor-site-${version}.zip`);
  writeFileSync(site, zipEntries(entries, { top: null }));
  const plugin = path.join(out, `candor-wordpress-${version}.zip`);
  copyFileSync(path.join(dist, PLUGIN_ZIP), plugin);
  return { site, plugin, version, files: build.filter((e) => !e.folder).map((e) => e.name) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist = path.join(REPO, 'dist'), out = path.join(REPO, 'release')] = process.argv.slice(2);
  try {
    const { site, plugin, files } = writeRelease(dist, out);
    console.log(`release: ${path.relative(process.cwd(), site)} (${files.length} files of the site, and UPLOAD.md)`);
    console.log(`release: ${path.relative(process.cwd(), plugin)} (the WordPress plugin, Candor inside)`);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
