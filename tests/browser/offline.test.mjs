// Offline and installable: after one visit, the service worker (sw.js, made
// by scripts/service-worker.mjs) serves the whole app with the network off,
// under the test server's sub-path: the quiz from start to report, sharing,
// a shared result, a team link with presenter and CSV, About, the builder
// with its preview, German, and a coach's quiz file fetched once. A new
// deploy is announced and taken only when the reader says so, answers kept,
// old caches gone. Where workers are missing, refused or throw, and inside
// embeds, Candor works as before and says nothing. The page is installable
// (Chromium's own check), with icons drawn from the mark.
//
// Each test serves its own copy of the build on its own origin, so workers
// and caches never leak from one test into another.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeServiceWorker } from '../../scripts/service-worker.mjs';
import { test } from './harness.mjs';
import { encodeCode, loadQuiz, scoreTeam, sheetByStrength, teamCsvRows } from './oracle.mjs';
import {
  addToTeam,
  answerSheet,
  blockStorage,
  checkedAnswer,
  clickButton,
  documentLoadedAt,
  downloadedBy,
  goToFragment,
  presenter,
  seeBuilderWithPreview,
  seeHeading,
  seePresenterClosed,
  seeQuestion,
  seeReport,
  seeSharedResult,
  seeSlide,
  seeTeamMembers,
  settle,
  shareCode,
  shareLink,
  sharePanel,
  startQuiz,
} from './verbs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ONBOARDING = path.join(here, '..', '..', 'content', 'onboarding-readiness.quiz.json');
const SPANISH = path.join(here, '..', 'fixtures', 'spanish.quiz.json');

const quiz = loadQuiz();
const onboarding = loadQuiz(ONBOARDING);
const spanish = JSON.parse(readFileSync(SPANISH, 'utf8'));

const READY = 'A new version of Candor is ready.';
const SHEET = sheetByStrength(quiz, (_question, i) => [4, 2, 5, 3, 1, 0][i % 6]);
const TEAM = [
  ['Ana', sheetByStrength(quiz, (_question, i) => [5, 4][i % 2])],
  ['Ben', sheetByStrength(quiz, (_question, i) => [1, 3, 2][i % 3])],
  ['Cy', sheetByStrength(quiz, (_question, i) => [3, 5, 4, 2][i % 4])],
];

// ---------------------------------------------------------------------------
// Helpers

/**
 * A copy of the build in a temporary folder, with `files` added, served on its
 * own origin at `base` (with `headers` for some files); `dir` is the folder.
 */
async function serveCopy(t, files = {}, { base = '/candor/sub/path/', headers = {} } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'candor-offline-'));
  cpSync(t.dist, dir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) writeFileSync(path.join(dir, name), contents);
  const server = await t.serve({ root: dir, base, headers });
  return { ...server, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Waits until a service worker controls the page (the worker is registered
 * two seconds after the load event, then precaches the build and claims the
 * page); reloads once if it does not.
 */
async function seeWorkerInControl(page) {
  const controlled = () => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  try {
    await controlled();
  } catch {
    await page.reload();
    await controlled();
  }
}

/** Another tab in the page's browser context (same worker, same caches; watched by the harness like the first). */
async function newTab(page) {
  const tab = await page.context().newPage();
  tab.setDefaultTimeout(10_000);
  return tab;
}

/** The names of the page's Cache Storage caches, sorted. */
function cacheNames(page) {
  return page.evaluate(async () => (await caches.keys()).sort());
}

/** The address of every entry of every Cache Storage cache of the page's origin, with its cache's name, sorted. */
function cachedEntries(page) {
  return page.evaluate(async () => {
    const entries = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) entries.push(`${name} ${request.url}`);
    }
    return entries.sort();
  });
}

/** The update notice (a `.notices.update` box inside a status region). */
function updateNotice(page) {
  return page.locator('[role=status] > .notices.update');
}

/** The notice's own words (its text, without the buttons'). */
function noticeText(page) {
  return updateNotice(page).evaluate((notice) =>
    Array.from(notice.childNodes, (node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : '')).join('').trim(),
  );
}

/** Makes a new deploy of the copy: a new <title> in index.html, and the worker written again. */
async function deployNewTitle(copy, title) {
  const index = path.join(copy.dir, 'index.html');
  const html = readFileSync(index, 'utf8');
  if (!html.includes('<title>Candor</title>')) throw new Error('the built index.html has no <title>Candor</title>');
  writeFileSync(index, html.replace('<title>Candor</title>', `<title>${title}</title>`));
  return writeServiceWorker(copy.dir);
}

/** Asks the page's registration to look for a new worker now, as the browser does on a later visit. */
function checkForUpdate(page) {
  return page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration()).update();
  });
}

/** Compares the 512 px install icon with the mark (the favicon SVG) as Chromium draws it: `{ mean, far }`. */
function iconAgainstMark(page, icon) {
  return page.evaluate(async (file) => {
    const size = 512;
    const pixels = async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      context.drawImage(image, 0, 0, size, size);
      return context.getImageData(0, 0, size, size).data;
    };
    const mark = await pixels(document.querySelector('link[rel=icon]').href);
    const drawn = await pixels(file);
    let total = 0;
    let far = 0;
    for (let i = 0; i < mark.length; i += 4) {
      let worst = 0;
      for (let c = 0; c < 4; c += 1) {
        const d = Math.abs(mark[i + c] - drawn[i + c]);
        total += d;
        worst = Math.max(worst, d);
      }
      if (worst > 64) far += 1;
    }
    // Mean difference per channel (0–255), and the share of pixels that differ by more than a quarter.
    return { mean: total / mark.length, far: far / (size * size) };
  }, icon);
}

// ---------------------------------------------------------------------------
// 1. Offline after one visit, and installable

test(
  'offline: after one visit, the whole app works with the network off, and it is installable',
  async (t) => {
    const copy = await serveCopy(t, { 'coach.quiz.json': readFileSync(ONBOARDING) });
    try {
      // First visit: the worker takes over and precaches the build.
      const page = await t.newPage();
      await page.goto(copy.url);
      await seeHeading(page, quiz.title);
      await seeWorkerInControl(page);
      const names = await cacheNames(page);
      t.equal(names.length, 1, `one cache: ${names}`);
      t.assert(/^candor-[0-9a-f]{16}$/.test(names[0]), `the cache is named by the build's version: ${names[0]}`);
      const precached = await page.evaluate(
        async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname).sort(),
        names[0],
      );
      const worker = JSON.parse(readFileSync(path.join(copy.dir, 'sw.js'), 'utf8').match(/FILES=(\[[^\]]*\])/)[1]);
      t.equal(precached, worker.map((file) => new URL(file, copy.url).pathname).sort(), 'every file the worker lists is precached');
      for (const file of ['index.html', 'embed.js', 'candor.quiz.json', 'candor.de.quiz.json', 'candor.de.texts.json', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png']) {
        t.assert(worker.includes(file), `the worker precaches ${file}`);
      }
      for (const pattern of [/^candor-[0-9a-f]+_bg\.wasm$/, /^tools-[0-9a-f]+_bg\.wasm$/, /^tools-start-[0-9a-f]+\.js$/, /^main-[0-9a-f]+\.css$/]) {
        t.assert(worker.some((file) => pattern.test(file)), `the worker precaches a file named like ${pattern}`);
      }
      t.assert(!worker.includes('sw.js') && !worker.includes('coach.quiz.json'), 'neither the worker nor files added after the build are precached');

      // Installable, by Chromium's own check (a test context is incognito, which is all it may say).
      const cdp = await page.context().newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      t.equal(installabilityErrors.map(({ errorId }) => errorId), ['in-incognito'], 'Chromium finds nothing against installing but the incognito test context');
      const manifest = await cdp.send('Page.getAppManifest');
      t.equal(manifest.errors, [], 'the manifest parses without errors');
      t.equal(new URL(manifest.url).pathname, new URL('manifest.webmanifest', copy.url).pathname, 'the page links its manifest');
      const parsed = JSON.parse(manifest.data);
      t.equal([parsed.start_url, parsed.scope, parsed.id, parsed.display], ['./', './', './', 'standalone'], 'start_url, scope, id and display');
      const icons = parsed.icons.map(({ src, sizes, purpose }) => `${src} ${sizes} ${purpose}`);
      t.equal(icons, ['icon-192.png 192x192 any', 'icon-512.png 512x512 any', 'icon-maskable-512.png 512x512 maskable'], 'the icons');
      const likeMark = await iconAgainstMark(page, 'icon-512.png');
      t.assert(likeMark.mean < 2 && likeMark.far < 0.002, `icon-512.png is the mark as Chromium draws it: ${JSON.stringify(likeMark)}`);
      const themes = await page.locator('meta[name=theme-color]').evaluateAll((metas) => metas.map((meta) => `${meta.media} ${meta.content}`));
      t.equal(themes, ['(prefers-color-scheme: light) #1f4e79', '(prefers-color-scheme: dark) #121417'], 'a theme color for light and for dark');

      // A coach's quiz file next to the app, fetched once while online.
      await page.goto(`${copy.url}?quiz=coach.quiz.json`);
      await seeHeading(page, onboarding.title);

      // The network goes away: offline in the browser, and the server closed.
      await page.context().setOffline(true);
      await copy.close();
      await page.goto(copy.url);
      await seeHeading(page, quiz.title);

      // Every question of the built-in quiz, then the report.
      await startQuiz(page);
      await answerSheet(page, SHEET);
      await seeReport(page);

      // Sharing: link, code, QR code and result file.
      const code = await shareCode(page);
      t.equal(code, encodeCode(quiz, SHEET), 'the share code');
      t.assert((await shareLink(page)).endsWith(`#r=${code}`), 'the share link carries the code');
      await sharePanel(page).getByRole('img', { name: 'QR code of the result link', exact: true }).waitFor();
      const file = await downloadedBy(page, () => clickButton(page, 'Download result file'));
      t.equal(JSON.parse(file.text).code, code, 'the result file holds the code');
      await settle(page);
      await t.check(page);

      // Someone else's result from a link.
      const other = encodeCode(quiz, TEAM[0][1], TEAM[0][0]);
      await goToFragment(page, `#r=${other}`);
      const shared = await seeSharedResult(page);
      t.assert(shared.kicker.includes('Ana'), `the shared result is Ana's: ${shared.kicker}`);

      // A team link of three, opened cold in a new tab: the tools' module comes from the cache.
      const teamPage = await newTab(page);
      const codes = TEAM.map(([name, sheet]) => encodeCode(quiz, sheet, name));
      await teamPage.goto(`${copy.url}#t=${codes.join('~')}`);
      await seeHeading(teamPage, 'Compare as a team');
      t.equal(await seeTeamMembers(teamPage, 3), ['Ana', 'Ben', 'Cy'], 'the team of three');
      t.equal(await addToTeam(teamPage, code), 'The team has 4 members.', 'a pasted code joins the team');
      await clickButton(teamPage, 'Present');
      await seeSlide(teamPage, 1);
      t.assert(await presenter(teamPage).isVisible(), 'the presenter shows');
      await teamPage.keyboard.press('Escape');
      await seePresenterClosed(teamPage);
      const csv = await downloadedBy(teamPage, () => clickButton(teamPage, 'Export CSV'));
      const sheets = [...TEAM.map(([, sheet]) => sheet), SHEET];
      const rows = teamCsvRows(quiz, scoreTeam(quiz, sheets), ['Ana', 'Ben', 'Cy', 'Member 4'], [true, true, true, false]);
      t.equal(csv.text, `${rows.join('\r\n')}\r\n`, 'the CSV');
      await settle(teamPage);
      await t.check(teamPage);

      // About, and the builder with its live preview (a frame of the app).
      await goToFragment(page, '#/about');
      await seeHeading(page, 'About Candor');
      await goToFragment(page, '#/embed');
      await seeBuilderWithPreview(page);

      // German: its quiz file comes from the cache too.
      const german = await newTab(page);
      await german.goto(`${copy.url}?lang=de`);
      await clickButton(german, 'Los geht’s');
      await german.waitForFunction(() => location.hash === '#/q/1' && /^1 von \d+$/.test(document.querySelector('main.question p.count')?.textContent ?? ''));

      // The coach's file again, from its last good copy, still validated.
      await page.goto(`${copy.url}?quiz=coach.quiz.json`);
      await seeHeading(page, onboarding.title);
      await startQuiz(page);
      t.equal((await page.locator('main.question p.count').textContent()).trim(), `1 of ${onboarding.questions.length}`, 'the coach\'s questions');
    } finally {
      copy.remove();
    }
  },
  { timeout: 120_000 },
);

// ---------------------------------------------------------------------------
// 2. Updates

test(
  'offline: a new deploy is announced, nothing changes until Reload, then the new version runs with the answers kept',
  async (t) => {
    const copy = await serveCopy(t, { 'es.quiz.json': readFileSync(SPANISH) });
    try {
      const page = await t.newPage();
      await page.goto(copy.url);
      await seeHeading(page, quiz.title);
      await seeWorkerInControl(page);
      const [before] = await cacheNames(page);
      await startQuiz(page);
      await answerSheet(page, '452');
      await seeQuestion(page, 4);
      // A second tab, on a coach's Spanish file (its `ui` words).
      const es = await newTab(page);
      await es.goto(`${copy.url}?quiz=es.quiz.json`);
      await es.locator('main.intro h1').waitFor();
      await es.waitForFunction(() => navigator.serviceWorker.controller !== null);
      t.equal(await updateNotice(page).count(), 0, 'no notice before there is a new version');
      const loadedAt = await documentLoadedAt(page);

      const next = await deployNewTitle(copy, 'Candor, new');
      t.assert(`candor-${next.version}` !== before, `the new build has a new version (${before}, then candor-${next.version})`);
      await checkForUpdate(page);

      await updateNotice(page).waitFor();
      t.equal(await noticeText(page), READY, 'the notice');
      await updateNotice(es).waitFor();
      t.equal(await noticeText(es), spanish.ui.update_ready, 'the notice in the coach\'s words');
      t.equal(await updateNotice(es).getByRole('button', { name: spanish.ui.update_reload, exact: true }).count(), 1, 'Reload in the coach\'s words');
      await settle(page);
      await t.check(page);

      // Nothing changes until the reader says so.
      t.equal(await page.title(), 'Candor', 'the page is still the old version');
      t.equal(await documentLoadedAt(page), loadedAt, 'the page was not reloaded');
      await seeQuestion(page, 4);
      t.equal(await cacheNames(page), [before, `candor-${next.version}`].sort(), 'the old cache serves until the switch');

      await clickButton(updateNotice(page), 'Reload');
      await page.waitForFunction(() => document.title === 'Candor, new');
      t.assert((await documentLoadedAt(page)) !== loadedAt, 'Reload reloaded the page');
      await seeQuestion(page, 4);
      t.equal(await updateNotice(page).count(), 0, 'no notice on the new version');
      await clickButton(page, 'Back');
      await seeQuestion(page, 3);
      t.equal(await checkedAnswer(page), 'Rarely', 'the answers given before the switch are kept');

      // Only the new cache is left, and it kept the coach's file fetched at run time.
      await page.waitForFunction(async (name) => {
        const names = (await caches.keys()).filter((key) => key.startsWith('candor-'));
        return names.length === 1 && names[0] === name;
      }, `candor-${next.version}`);
      const kept = await page.evaluate(async (name) => (await (await caches.open(name)).match('es.quiz.json')) !== undefined, `candor-${next.version}`);
      t.assert(kept, 'the coach\'s file fetched at run time is carried into the new cache');
    } finally {
      copy.remove();
    }
  },
  { timeout: 90_000 },
);

test('offline: without storage that lasts, a new version is not offered, and it comes on the next visit', async (t) => {
  const copy = await serveCopy(t);
  try {
    const page = await t.newPage();
    await blockStorage(page);
    await page.goto(copy.url);
    await seeHeading(page, quiz.title);
    await seeWorkerInControl(page);
    const next = await deployNewTitle(copy, 'Candor, next');
    await checkForUpdate(page);
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null);
    // The worker's state change reaches the page's handler in a task of its own.
    await page.waitForTimeout(500);
    t.equal(await updateNotice(page).count(), 0, 'no notice: a reload would lose the answers kept in memory');
    t.equal(await page.title(), 'Candor', 'the old version runs on');

    // Once no tab runs the old version, the next visit gets the new one.
    const context = page.context();
    await page.close();
    let title = '';
    for (let attempt = 0; attempt < 20 && title !== 'Candor, next'; attempt += 1) {
      const later = await context.newPage();
      later.setDefaultTimeout(10_000);
      await later.goto(copy.url);
      title = await later.title();
      if (title !== 'Candor, next') {
        await later.close();
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    t.equal(title, 'Candor, next', `the next visit runs the new version (candor-${next.version})`);
  } finally {
    copy.remove();
  }
});

test(
  'offline: a new version keeps no entry of the old one that is not in its own list',
  async (t) => {
    const copy = await serveCopy(t, { 'dropped.txt': 'a file of the old build only' });
    try {
      // The old build lists dropped.txt; a coach's file next to it is fetched at run time.
      const old = await writeServiceWorker(copy.dir);
      t.assert(old.files.includes('dropped.txt'), 'the old build lists dropped.txt');
      writeFileSync(path.join(copy.dir, 'coach.quiz.json'), readFileSync(ONBOARDING));
      const page = await t.newPage();
      await page.goto(copy.url);
      await seeHeading(page, quiz.title);
      await seeWorkerInControl(page);
      await page.goto(`${copy.url}?quiz=coach.quiz.json`);
      await seeHeading(page, onboarding.title);
      const oldCache = `candor-${old.version}`;
      await page.waitForFunction(async (name) => (await (await caches.open(name)).match('coach.quiz.json')) !== undefined, oldCache);
      const before = await cachedEntries(page);
      for (const file of ['dropped.txt', 'coach.quiz.json']) {
        t.assert(before.includes(`${oldCache} ${new URL(file, copy.url).href}`), `the old version holds ${file}`);
      }

      // The new build drops dropped.txt; the coach's file is not one of its files either.
      rmSync(path.join(copy.dir, 'dropped.txt'));
      const aside = path.join(os.tmpdir(), `candor-coach-${process.pid}-${Date.now()}.json`);
      renameSync(path.join(copy.dir, 'coach.quiz.json'), aside);
      const next = await writeServiceWorker(copy.dir);
      renameSync(aside, path.join(copy.dir, 'coach.quiz.json'));
      t.assert(!next.files.includes('dropped.txt') && !next.files.includes('coach.quiz.json'), 'neither is in the new list');
      await checkForUpdate(page);
      await updateNotice(page).waitFor();
      const reloaded = page.waitForEvent('load');
      await clickButton(updateNotice(page), 'Reload');
      await reloaded;
      await seeHeading(page, onboarding.title);
      const newCache = `candor-${next.version}`;
      await page.waitForFunction(async (name) => (await caches.keys()).join() === name, newCache);
      const after = (await cachedEntries(page)).map((entry) => new URL(entry.split(' ')[1]).pathname);
      const listed = next.files.map((file) => new URL(file, copy.url).pathname);
      // The new version fetches the coach's file again, itself.
      const extra = after.filter((file) => !listed.includes(file) && file !== new URL('coach.quiz.json', copy.url).pathname);
      t.equal(extra, [], 'after the switch, the caches hold nothing but the new list (and a quiz file it fetched itself)');
      t.assert(!after.includes(new URL('dropped.txt', copy.url).pathname), 'the dropped file is gone');
    } finally {
      copy.remove();
    }
  },
  { timeout: 60_000 },
);

test(
  'offline: served at a site\'s root, the worker stores only Candor\'s files and quiz files, never what says no-store, and leaves other pages to the network',
  async (t) => {
    const page_ = (title) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body><main><h1>${title}</h1></main></body></html>`;
    const copy = await serveCopy(
      t,
      {
        'account.html': page_('Your account'),
        'blog.html': page_('A blog post'),
        'mine.quiz.json': readFileSync(ONBOARDING),
        'private.quiz.json': readFileSync(ONBOARDING),
      },
      {
        base: '/',
        headers: { 'account.html': { 'Cache-Control': 'no-store, private' }, 'private.quiz.json': { 'Cache-Control': 'no-store' } },
      },
    );
    try {
      const page = await t.newPage();
      await page.goto(copy.url);
      await seeHeading(page, quiz.title);
      await seeWorkerInControl(page);
      t.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope), copy.url, 'the worker\'s scope is the site\'s root');

      // The site's other pages, under the worker's scope, and two quiz files.
      for (const [file, title] of [['account.html', 'Your account'], ['blog.html', 'A blog post']]) {
        await page.goto(copy.url + file);
        await seeHeading(page, title);
        t.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true, `${file} is under the worker's scope`);
      }
      await page.goto(`${copy.url}?quiz=private.quiz.json`);
      await seeHeading(page, onboarding.title);
      await page.goto(`${copy.url}?quiz=mine.quiz.json`);
      await seeHeading(page, onboarding.title);
      // The worker stores what it stores after answering: wait for the quiz file it may keep.
      await page.waitForFunction(async () => (await caches.match('mine.quiz.json')) !== undefined);
      await page.waitForTimeout(300);

      const cached = (await cachedEntries(page)).map((entry) => new URL(entry.split(' ')[1]).pathname);
      const worker = JSON.parse(readFileSync(path.join(copy.dir, 'sw.js'), 'utf8').match(/FILES=(\[[^\]]*\])/)[1]);
      const allowed = [...worker.map((file) => `/${file}`), '/mine.quiz.json'];
      t.equal(cached.filter((file) => !allowed.includes(file)), [], 'nothing but the build\'s files and the quiz file is stored');
      for (const file of ['/account.html', '/blog.html', '/private.quiz.json']) t.assert(!cached.includes(file), `${file} is not stored`);

      // With the network gone, the other pages are not served from a copy.
      await page.context().setOffline(true);
      for (const file of ['account.html', 'blog.html']) {
        // The browser's own network error, at once: not a copy, and not a request the worker holds.
        const shown = await page.goto(copy.url + file).then(
          () => 'a page',
          (err) => (/net::ERR_INTERNET_DISCONNECTED/.test(err.message) ? 'no page' : err.message),
        );
        t.equal(shown, 'no page', `offline, ${file} is not served by the worker`);
        // The failed navigation is over once the browser's error page is in:
        // before that, the next navigation is cut short by it.
        await page.waitForURL(/^chrome-error:/);
      }
      // Candor itself still opens offline. The tab first leaves the browser's
      // error page for an empty one, online: offline, Chromium turns even that
      // navigation into its error page, and closing a tab on the error page
      // sometimes never finished (the test hung in about 1 run of 30).
      await page.context().setOffline(false);
      await page.goto('about:blank');
      await page.context().setOffline(true);
      const asked = copy.requests.length;
      const response = await page.goto(copy.url);
      await seeHeading(page, quiz.title);
      t.equal(response.fromServiceWorker(), true, 'the page comes from the worker');
      t.equal(copy.requests.slice(asked), [], 'opening Candor offline asks the server for nothing');
    } finally {
      copy.remove();
    }
  },
  { timeout: 60_000 },
);

test('offline: Forget my data deletes Candor\'s caches and its worker, and leaves other caches alone', async (t) => {
  const copy = await serveCopy(t);
  try {
    const page = await t.newPage();
    await page.goto(copy.url);
    await seeHeading(page, quiz.title);
    await seeWorkerInControl(page);
    await page.evaluate(async () => (await caches.open('another-app')).put('another-app.txt', new Response('keep me')));
    const before = await cacheNames(page);
    t.equal(before.length, 2, `Candor's cache and another app's: ${before}`);

    await goToFragment(page, '#/about');
    await seeHeading(page, 'About Candor');
    await clickButton(page, 'Forget my data');
    await clickButton(page, 'Delete everything');
    await page.getByRole('status').filter({ hasText: 'Everything Candor stored on this device is gone.' }).waitFor();
    t.equal(await cacheNames(page), ['another-app'], 'only the other app\'s cache is left');
    t.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, 'Candor\'s worker is unregistered');

    // The next visit is a first one again: a worker, and a cache of the build.
    await page.goto(copy.url);
    await seeHeading(page, quiz.title);
    await seeWorkerInControl(page);
    t.assert((await cacheNames(page)).some((name) => name.startsWith('candor-')), 'a cache of the build again');
    await settle(page);
  } finally {
    copy.remove();
  }
});

// ---------------------------------------------------------------------------
// 3. Where there is no worker

// Runs in the page before its scripts: makes `navigator.serviceWorker` behave
// as `how` says and records that Candor reached for it.
function breakServiceWorkers(how) {
  const reached = () => {
    window.__candorReachedWorkers = true;
  };
  if (how === 'missing') {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => (reached(), undefined), configurable: true });
  } else if (how === 'throws') {
    // As in a sandboxed frame without allow-same-origin.
    Object.defineProperty(Navigator.prototype, 'serviceWorker', {
      get: () => {
        reached();
        throw new DOMException("Failed to read the 'serviceWorker' property from 'Navigator': The document is sandboxed.", 'SecurityError');
      },
      configurable: true,
    });
  } else {
    // As where storage is blocked or a frame is partitioned.
    ServiceWorkerContainer.prototype.register = function register() {
      reached();
      return Promise.reject(new DOMException('Failed to register a ServiceWorker: The user denied permission to use Service Worker.', 'SecurityError'));
    };
  }
}

test('offline: where service workers are missing, throw or are refused, Candor works as before and logs nothing', async (t) => {
  for (const how of ['missing', 'throws', 'refused']) {
    const page = await t.newPage();
    await page.addInitScript(breakServiceWorkers, how);
    await page.goto(t.url);
    await seeHeading(page, quiz.title);
    await page.waitForFunction(() => window.__candorReachedWorkers === true, null, { timeout: 8000 });
    await startQuiz(page);
    await answerSheet(page, '3');
    await seeQuestion(page, 2);
    t.equal(await updateNotice(page).count(), 0, `${how}: no notice`);
    const { problems } = await t.findings(page);
    t.equal(problems, [], `${how}: nothing logged`);
  }
});

test('offline: inside an embed no worker is registered, and the quiz works as before', async (t) => {
  const copy = await serveCopy(t);
  try {
    const page = await t.newPage();
    await page.goto(`${copy.url}?embed=1`);
    await seeHeading(page, quiz.title);
    await page.waitForFunction(() => document.readyState === 'complete');
    // Well past the two seconds after load at which the app page registers its worker.
    await page.waitForTimeout(3500);
    t.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, 'no registration');
    t.equal(await page.evaluate(() => navigator.serviceWorker.controller), null, 'no worker controls the frame');
    await startQuiz(page);

    // The same copy, opened as the app itself, does register one (so the check above can fail).
    const app = await t.newPage();
    await app.goto(copy.url);
    await seeWorkerInControl(app);
  } finally {
    copy.remove();
  }
});
