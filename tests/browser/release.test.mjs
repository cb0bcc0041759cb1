// `make release`: the zip a coach uploads to any static host holds the whole
// build and UPLOAD.md, and the site unpacked from it works as it is, from a
// folder of its own; the plugin's zip sits beside it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from './harness.mjs';
import { answerSheet, questionCount, seeQuestion, seeReport, startQuiz } from './verbs.mjs';
import { readZip } from './zip.mjs';
import { candorVersion, writeRelease } from '../../scripts/release.mjs';

/** Every file under `dir`, dotfiles included, as sorted paths with `/` separators. */
function filesOf(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix))
    .flatMap((name) => {
      const relative = prefix ? `${prefix}/${name}` : name;
      return statSync(path.join(dir, relative)).isDirectory() ? filesOf(dir, relative) : [relative];
    })
    .sort();
}

test('release: candor-site-<version>.zip holds the whole build and UPLOAD.md, and the site unpacked from it runs from any folder', async (t) => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'candor-release-'));
  try {
    const version = candorVersion();
    const { site, plugin } = writeRelease(t.dist, out);
    t.equal(path.basename(site), `candor-site-${version}.zip`, 'named with Candor\'s version');
    t.equal(readFileSync(plugin), readFileSync(path.join(t.dist, 'candor-wordpress.zip')), `the plugin beside it, as candor-wordpress-${version}.zip`);

    const entries = readZip(readFileSync(site));
    const files = entries.filter((e) => !e.name.endsWith('/'));
    t.equal(
      files.map((e) => e.name).sort(),
      ['UPLOAD.md', ...filesOf(t.dist).map((file) => `candor/${file}`)].sort(),
      'UPLOAD.md, and every file of the build under candor/, .htaccess and the plugin included',
    );
    const guide = files.find((e) => e.name === 'UPLOAD.md').data.toString('utf8');
    for (const host of ['GitHub Pages', 'Netlify', 'Cloudflare Pages', 'S3', 'sw.js', 'quiz']) {
      t.assert(guide.includes(host), `UPLOAD.md speaks of ${host}`);
    }

    // Unpacked as a coach would, and served from a folder of its own.
    const root = path.join(out, 'unpacked');
    for (const { name, data } of files.filter((e) => e.name.startsWith('candor/'))) {
      const file = path.join(root, name.slice('candor/'.length));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, data);
    }
    const server = await t.serve({ root, base: '/my-coaching/quiz/' });
    const page = await t.newPage({ allowOrigins: [server.origin] });
    await page.goto(server.url);
    await startQuiz(page);
    await seeQuestion(page, 1);
    await answerSheet(page, '3'.repeat((await questionCount(page)).total));
    await seeReport(page);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, { timeout: 60_000 });
