// Trunk post-build hook, run on the staged dist/ of each of the three builds
// (`make build` runs `trunk build tools.html` and `trunk build coach.html`
// first, then `trunk build`):
// 1. minifies wasm-bindgen's JavaScript (Trunk's own minifier fails on ES
//    modules) and updates the subresource-integrity hash Trunk gave it;
// 2. for the app's page: brings in the facilitator tools' two modules (the
//    team's and the coach's) from their builds, writes for each the small
//    script that starts it (its name carries a content hash, like every other
//    file), names that script in a <meta name="candor-tools"> or
//    <meta name="candor-coach"> the app reads when one of its screens opens,
//    and starts it at once when the page opens on one of its screens; the
//    tools' own stylesheet (style/tools.css, built into both) comes with
//    them, loaded by that script before the module starts;
// 3. for the app's page: puts the built-in quiz's first screen, in every
//    language, where index.html has its placeholder, printed by
//    `cargo run --example first_screen` from the quiz files and catalogue
//    the app uses, and after it the small inline script that shows the one
//    in the reader's language (scripts/first-screen.js), so a reader reads it
//    before the wasm has arrived (issue 22); and writes the texts of every
//    language but English, which the reader's module fetches when it needs
//    them (`cargo run --example texts_pack`);
// 4. writes the sha256 of every inline <script> into the page's
//    Content-Security-Policy, so the page needs neither 'unsafe-inline' nor a
//    server to add headers;
// 5. for the app's page: draws the manifest's install icons from the mark
//    (scripts/icons.mjs) and checks the manifest names exactly those;
// 6. for the app's page, once every file is final: writes the offline
//    service worker, sw.js, whose precache list is every file of the build
//    but the plugin's zip and dotfiles (scripts/service-worker.mjs);
// 7. for the app's page, last: zips the WordPress plugin, wordpress/candor/,
//    with the whole build in its app/ folder, into candor-wordpress.zip,
//    which the embed builder links to (scripts/wordpress-zip.mjs); the build
//    fails if the plugin's folder is missing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { minify } from 'terser';
import { writeIcons } from './icons.mjs';
import { writeServiceWorker } from './service-worker.mjs';
import { PLUGIN_FOLDER, writePluginZip } from './wordpress-zip.mjs';

const PLACEHOLDER = 'CANDOR_INLINE_SCRIPT_HASHES';
/**
 * The facilitator tools' modules: where `trunk build <page>` puts each (see
 * the Makefile), the <meta> that names its starting script, the events that
 * script fires, what it is, and the fragments of its routes
 * (`Route::tools_module` in src/app/shared/route.rs) that start it early.
 */
const TOOLS_MODULES = [
  {
    name: 'tools',
    dist: 'target/tools-dist',
    meta: 'candor-tools',
    started: 'CandorToolsStarted',
    failed: 'CandorToolsFailed',
    what: "Candor's team tools (team view, presenter, pictures)",
    early: '^#(t=|\\/team$)',
  },
  {
    name: 'coach',
    dist: 'target/coach-dist',
    meta: 'candor-coach',
    started: 'CandorCoachStarted',
    failed: 'CandorCoachFailed',
    what: "Candor's coach tools (embed builder, quiz-file checker, quiz editor)",
    early: '^#(\\/embed$|\\/builder$)',
  },
];

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run this through trunk');
  process.exit(1);
}
const page = basename(process.env.TRUNK_HTML_FILE ?? 'index.html');
const digest = (algorithm, text) => createHash(algorithm).update(text, 'utf8').digest('base64');
const wasmBindgenJs = /^(candor|tools|coach)-[0-9a-f]+\.js$/;

// Trunk stages the page it builds as index.html, whatever its source is called.
const indexFile = join(dir, 'index.html');
let html = readFileSync(indexFile, 'utf8');

if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of readdirSync(dir).filter((f) => wasmBindgenJs.test(f))) {
    const file = join(dir, name);
    const source = readFileSync(file, 'utf8');
    const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
    writeFileSync(file, code);
    // The file name keeps Trunk's hash: it still names this build uniquely.
    html = html.replace(`sha384-${digest('sha384', source)}`, `sha384-${digest('sha384', code)}`);
    console.log(`post-build: ${name} minified from ${source.length} to ${code.length} bytes`);
  }
}

if (TOOLS_MODULES.some(({ name }) => page === `${name}.html`)) {
  // Only this build's module is used, by the app's page; its own page is not.
  writeFileSync(indexFile, html);
  process.exit(0);
}

for (const tools of TOOLS_MODULES) {
  const toolsDist = join(process.env.TRUNK_SOURCE_DIR ?? '.', tools.dist);
  const named = new RegExp(`^${tools.name}-[0-9a-f]+(_bg\\.wasm|\\.js)$`);
  const toolsFiles = existsSync(toolsDist) ? readdirSync(toolsDist).filter((f) => named.test(f)) : [];
  const toolsJs = toolsFiles.find((f) => f.endsWith('.js'));
  const toolsWasm = toolsFiles.find((f) => f.endsWith('_bg.wasm'));
  const toolsCss = existsSync(toolsDist) ? readdirSync(toolsDist).find((f) => /^tools-[0-9a-f]+\.css$/.test(f)) : undefined;
  if (!toolsJs || !toolsWasm || !toolsCss) {
    console.error(`post-build: the ${tools.name} module is missing from ${tools.dist}: run \`trunk build ${tools.name}.html --dist ${tools.dist}\` first (make build does)`);
    process.exit(1);
  }
  for (const name of [toolsJs, toolsWasm, toolsCss]) copyFileSync(join(toolsDist, name), join(dir, name));
  const loader = [
    `// Starts ${tools.what} in the app's page.`,
    `import init from './${toolsJs}';`,
    '// The tools\' stylesheet, before their first screen: one <link> in the page\'s',
    '// <head>, added by whichever tools\' module starts first (no Leptos owns the',
    '// head, and it is needed before either module runs). A failed one is taken',
    '// out again, so that trying again adds it anew.',
    'function styles(href) {',
    "  let link = [...document.querySelectorAll('link[rel=stylesheet]')].find((l) => l.href === href);",
    '  if (link?.sheet) return Promise.resolve();',
    '  if (!link) {',
    "    link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });",
    '    document.head.append(link);',
    '  }',
    '  return new Promise((resolve, reject) => {',
    "    link.addEventListener('load', resolve);",
    "    link.addEventListener('error', () => {",
    '      link.remove();',
    '      reject(new Error(`${href} could not be loaded`));',
    '    });',
    '  });',
    '}',
    '// The app says so when it fails to start (its wasm could not be fetched, say), with a way to try again.',
    'try {',
    '  // The wasm downloads beside the stylesheet (its failure is caught where it is awaited).',
    `  const file = fetch(new URL('./${toolsWasm}', import.meta.url));`,
    '  file.catch(() => {});',
    `  await styles(new URL('./${toolsCss}', import.meta.url).href);`,
    '  const wasm = await init({ module_or_path: file });',
    `  dispatchEvent(new CustomEvent('${tools.started}', { detail: { wasm } }));`,
    '} catch (error) {',
    `  dispatchEvent(new CustomEvent('${tools.failed}'));`,
    '  throw error;',
    '}',
    '',
  ].join('\n');
  // Both are named tools-start-…: what starts any of the facilitator's tools.
  const loaderName = `tools-start-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, loaderName), loader);
  // Opened straight on one of its screens (a team link, say), the page starts
  // the module at once, beside the app's, instead of after it: both then
  // download and compile at the same time.
  // A failure is the app's to tell (the script it adds fails the same way).
  const startEarly = `if (/${tools.early}/.test(location.hash)) import('./${loaderName}').catch(() => {});`;
  html = html.replace(
    '</head>',
    `  <meta name="${tools.meta}" content="${loaderName}">\n  <script type="module">${startEarly}</script>\n</head>`,
  );
  console.log(`post-build: the ${tools.name} module is started by ${loaderName}`);
}

// The first screen: Trunk's minifier may drop the placeholder's quotes.
const firstScreenPlaceholder = /<div id="?candor-first-screen"?><\/div>/;
if (!firstScreenPlaceholder.test(html)) {
  console.error(`post-build: ${indexFile} has no <div id="candor-first-screen"></div> placeholder`);
  process.exit(1);
}
const sourceDir = process.env.TRUNK_SOURCE_DIR ?? '.';
const firstScreens = execFileSync('cargo', ['run', '--locked', '--offline', '--quiet', '--example', 'first_screen'], {
  cwd: sourceDir,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
}).trim();
const chooser = (await minify(readFileSync(join(sourceDir, 'scripts/first-screen.js'), 'utf8'), {
  compress: { passes: 2 },
  mangle: true,
})).code;
html = html.replace(firstScreenPlaceholder, () => `${firstScreens}<script>${chooser}</script>`);
console.log(`post-build: the first screen painted from the page (${firstScreens.length + chooser.length} bytes)`);

// The reader's module carries English only: every other language's texts
// are a file it fetches for readers of that language.
const packs = execFileSync('cargo', ['run', '--locked', '--offline', '--quiet', '--example', 'texts_pack', '--', resolve(dir)], {
  cwd: sourceDir,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
}).trim().split('\n');
console.log(`post-build: the texts of other languages in ${packs.join(', ')}`);

if (!html.includes(PLACEHOLDER)) {
  console.error(`post-build: ${indexFile} has no ${PLACEHOLDER} placeholder in its CSP`);
  process.exit(1);
}
const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
  .map(([, body]) => `'sha256-${digest('sha256', body)}'`);
writeFileSync(indexFile, html.replace(PLACEHOLDER, [...new Set(hashes)].join(' ')));
console.log(`post-build: ${hashes.length} inline script(s) hashed into the CSP`);

const icons = writeIcons(dir);
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));
const named = (manifest.icons ?? []).map(({ src }) => src).sort();
if (named.join() !== [...icons].sort().join()) {
  console.error(`post-build: manifest.webmanifest names the icons ${named.join(', ')}, but scripts/icons.mjs draws ${icons.join(', ')}`);
  process.exit(1);
}
console.log(`post-build: ${icons.length} install icons drawn from the mark`);

const worker = await writeServiceWorker(dir);
console.log(`post-build: sw.js (${worker.bytes} bytes) precaches ${worker.files.length} files, version ${worker.version}`);

// Last: the plugin carries the finished build, sw.js included.
let plugin;
try {
  plugin = writePluginZip(dir, { folder: join(process.env.TRUNK_SOURCE_DIR ?? '.', PLUGIN_FOLDER) });
} catch (err) {
  console.error(`post-build: ${err.message}`);
  process.exit(1);
}
console.log(`post-build: the WordPress plugin, with this build in app/, zipped into ${basename(plugin.file)} (${plugin.bytes} bytes, ${plugin.entries} entries)`);
