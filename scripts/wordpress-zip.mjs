// Zips the Candor WordPress plugin into candor-wordpress.zip in the built
// app's folder, where the embed builder links to it: the folder
// wordpress/candor/, and the release build itself under `app/`, so the plugin
// carries Candor and serves it from the blog's own origin. WordPress's
// "Upload Plugin" wants a zip whose top folder is the plugin's folder, so
// every entry is under `candor/`. Updating the plugin replaces that folder
// whole, so an old build's files never stay behind.
//
// No dependency: Node's zlib deflates and checksums; the local headers, the
// central directory and the end record are written here. The zip is
// deterministic: entries sorted by name, one fixed timestamp (1980-01-01
// 00:00, the earliest a zip can say) and fixed permissions, so two builds of
// the same files give the same bytes. From the plugin's folder every file
// and folder is taken but dotfiles (a name starting with `.`, and everything
// in such a folder); from the build, everything but the zips themselves
// (its .htaccess included: it gives the wasm its type on Apache).
//
// Run by scripts/post-build.mjs on the staged app build, once every other
// file of it is final. By hand:
// `node scripts/wordpress-zip.mjs <built folder> [plugin folder]`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

/** The zip's name in the built app's folder (the builder links to it: `WORDPRESS_PLUGIN` in src/app/tools/screens/builder.rs). */
export const PLUGIN_ZIP = 'candor-wordpress.zip';
/** The plugin's folder, relative to the repository. */
export const PLUGIN_FOLDER = path.join('wordpress', 'candor');
/** The zip's top folder: the plugin's folder name, as WordPress installs it. */
const TOP = 'candor';
/** The folder of the plugin that holds the build (`candor_bundled_address()` in candor.php). */
const APP = 'app';
/** Files of the build the plugin leaves out: zips (this one, and the site's of `make release`). */
const notBundled = (name) => /\.zip$/.test(name);

const REPO = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
// MS-DOS date and time of 1980-01-01 00:00:00: ((1980 - 1980) << 9) | (1 << 5) | 1, and 0.
const DOS_DATE = 0x0021;
const DOS_TIME = 0;
const VERSION_NEEDED = 20; // 2.0: deflate and folders
const VERSION_MADE_BY = (3 << 8) | 20; // Unix, so the external attributes are permissions
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
const FOLDER_ATTRIBUTES = ((0o040755 << 16) | 0x10) >>> 0;

/**
 * Writes `distDir/candor-wordpress.zip` from the plugin folder (by default
 * wordpress/candor/ of this repository) and the build in `distDir`; returns
 * `{ file, entries, bytes }`. Throws, naming the folder, when the plugin's
 * folder is missing or holds no file, or when it holds an `app/` of its own
 * (the build goes there), or when `distDir` holds no build.
 */
export function writePluginZip(distDir, { folder = path.join(REPO, PLUGIN_FOLDER) } = {}) {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`wordpress-zip: the WordPress plugin's folder ${folder} is missing; it must hold the plugin (candor.php and the rest) to zip into ${PLUGIN_ZIP}`);
  }
  const entries = listEntries(folder, { dotfiles: false });
  if (!entries.some((entry) => !entry.folder)) {
    throw new Error(`wordpress-zip: the WordPress plugin's folder ${folder} holds no file (dotfiles are left out)`);
  }
  if (entries.some((entry) => entry.name === APP)) {
    throw new Error(`wordpress-zip: the WordPress plugin's folder ${folder} holds an ${APP}/ of its own; the build goes there`);
  }
  const app = listEntries(distDir, { dotfiles: true }).filter((entry) => !notBundled(entry.name));
  for (const needed of ['index.html', 'embed.js']) {
    if (!app.some((entry) => entry.name === needed)) throw new Error(`wordpress-zip: ${distDir} has no ${needed}: the plugin carries the build`);
  }
  const take = (root, prefix) => ({ name, folder: isFolder }) => ({
    name: `${TOP}/${prefix}${name}${isFolder ? '/' : ''}`,
    folder: isFolder,
    data: isFolder ? Buffer.alloc(0) : readFileSync(path.join(root, name)),
  });
  const all = [
    ...entries.map(take(folder, '')),
    { name: `${TOP}/${APP}/`, folder: true, data: Buffer.alloc(0) },
    ...app.map(take(distDir, `${APP}/`)),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const zip = zipEntries(all);
  const file = path.join(distDir, PLUGIN_ZIP);
  writeFileSync(file, zip);
  return { file, entries: all.length + 1, bytes: zip.length };
}

/** Every file and folder under `dir` (dotfiles only if asked), as `{ name, folder }` with `/` separators, sorted by name. */
export function listEntries(dir, { dotfiles }, prefix = '') {
  return readdirSync(path.join(dir, prefix))
    .filter((name) => dotfiles || !name.startsWith('.'))
    .flatMap((name) => {
      const relative = prefix ? `${prefix}/${name}` : name;
      const info = statSync(path.join(dir, relative));
      if (info.isDirectory()) return [{ name: relative, folder: true }, ...listEntries(dir, { dotfiles }, relative)];
      return info.isFile() ? [{ name: relative, folder: false }] : [];
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * A zip of `entries` (`{ name, folder, data }`, written in order after the
 * top folder's own entry; `top: null` for none).
 */
export function zipEntries(entries, { top = TOP } = {}) {
  const all = [...(top ? [{ name: `${top}/`, folder: true, data: Buffer.alloc(0) }] : []), ...entries];
  if (all.length > 0xffff) throw new Error(`wordpress-zip: ${all.length} entries are more than a zip without ZIP64 holds`);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, folder, data } of all) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const method = deflated.length < data.length ? DEFLATED : STORED;
    const body = method === DEFLATED ? deflated : data;
    const crc = crc32(data) >>> 0;
    if (offset + 30 + nameBytes.length + body.length > 0xffffffff) throw new Error('wordpress-zip: the plugin is too big for a zip without ZIP64');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION_MADE_BY, 4);
    central.writeUInt16LE(VERSION_NEEDED, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(0, 30); // no extra field
    central.writeUInt16LE(0, 32); // no comment
    central.writeUInt16LE(0, 34); // disk 0
    central.writeUInt16LE(0, 36); // no internal attributes
    central.writeUInt32LE(folder ? FOLDER_ATTRIBUTES : FILE_ATTRIBUTES, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // the directory's disk
  end.writeUInt16LE(all.length, 8);
  end.writeUInt16LE(all.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // no comment
  return Buffer.concat([...locals, directory, end]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist, folder] = process.argv.slice(2);
  if (!dist) {
    console.error('usage: node scripts/wordpress-zip.mjs <built folder> [plugin folder]');
    process.exit(2);
  }
  try {
    const { file, entries, bytes } = writePluginZip(dist, folder ? { folder } : {});
    console.log(`wordpress-zip: ${file} (${bytes} bytes, ${entries} entries)`);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
