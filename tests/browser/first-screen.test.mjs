// Issue 22: the built-in quiz's first screen is in the page itself, painted
// before the reader's wasm has arrived, in the reader's language; pages it
// does not fit keep the loading line; Start pressed before the app is ready
// opens the first question once it is; when the app takes over, its intro
// says the same words in the same places, and focus stays where it was.
// The reader's wasm is held back with a route until the test lets it go.
import { test } from './harness.mjs';
import { encodeCode, loadQuiz, scoreSheet } from './oracle.mjs';
import { seeHeading, seeSharedResult } from './verbs.mjs';

const LOADING = 'Loading Candor…';

/** A page whose reader's wasm is not answered until `release()`. */
async function pageWithWasmHeld(t, options = {}) {
  const page = await t.newPage({ serviceWorkers: 'block', ...options });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const asked = { wasm: 0 };
  await page.route(/\/candor-[0-9a-f]+_bg\.wasm$/, async (route) => {
    asked.wasm += 1;
    await held;
    await route.continue();
  });
  return { page, asked, release };
}

/** What the page shows before the app: the painted first screen's text, or the loading line's. */
function painted(page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll('main')].filter((m) => !m.hidden);
    return shown.map((m) => m.innerText.trim());
  });
}

/** Where the first screen's parts are, to the pixel. */
function layout(page, selector) {
  return page.evaluate((sel) => {
    const screen = document.querySelector(sel);
    return [...screen.querySelectorAll('h1, p, button, select, a, label')].map((e) => {
      const r = e.getBoundingClientRect();
      return `${e.tagName} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    });
  }, selector);
}

/** Waits until the app has mounted its own intro (`#main`). */
async function appIntro(page) {
  await page.locator('#main.intro h1').waitFor();
  return page.evaluate(() => document.querySelector('#main').innerText.trim());
}

const LANGUAGES = [
  { name: 'English by default', path: '', locale: 'en-US', lang: 'en', start: 'Start' },
  { name: 'German from ?lang=de', path: '?lang=de', locale: 'en-US', lang: 'de', start: 'Los geht’s' },
  { name: 'German from the browser', path: '', locale: 'de-DE', lang: 'de', start: 'Los geht’s' },
  { name: 'English from ?lang=en over a German browser', path: '?lang=en', locale: 'de-DE', lang: 'en', start: 'Start' },
  { name: 'German from the stored choice', path: '', locale: 'en-US', lang: 'de', start: 'Los geht’s', stored: '"de"' },
];

for (const c of LANGUAGES) {
  test(`first screen: painted from the page, ${c.name}, the app's intro word for word, nothing moves`, async (t) => {
    const { page, asked, release } = await pageWithWasmHeld(t, { locale: c.locale });
    if (c.stored) await page.context().addInitScript((v) => localStorage.setItem('candor.lang', v), c.stored);
    await page.goto(t.url + c.path);
    await page.getByRole('button', { name: c.start, exact: true }).waitFor();
    const before = await painted(page);
    t.equal(before.length, 1, `one screen shown before the app: ${JSON.stringify(before)}`);
    t.assert(!before[0].includes(LOADING), 'not the loading line');
    t.assert(asked.wasm >= 1, 'the wasm was asked for and is held back');
    t.equal(await page.evaluate(() => document.documentElement.lang), c.lang, '<html lang>');
    t.equal(await page.locator('main[data-first-screen]').count(), 1, 'the painted first screen');
    const where = await layout(page, 'main[data-first-screen]');
    await t.check(page);

    release();
    const after = await appIntro(page);
    t.equal(after, before[0], 'the app says what the painted screen said');
    t.equal(await layout(page, '#main'), where, 'nothing moved');
    t.equal(await page.locator('main').count(), 1, 'one screen once the app is there');
    t.equal(await page.evaluate(() => document.documentElement.getAttribute('data-candor-lang')), c.lang, 'the app chose the same language');
  });
}

const NOT_THE_BUILT_IN_INTRO = [
  ['a coach’s quiz', '?quiz=onboarding-readiness.quiz.json'],
  ['a brand', '?brand=Acme'],
  ['a title', '?title=Our%20quiz'],
  ['an introduction', '?intro=Hello'],
  ['hidden links', '?hide=team'],
  ['an embed', '?embed=1'],
  ['a theme', '?theme=dark&lang=de'],
  ['a shared result', '#r=abc'],
  ['a team link', '#t=abc'],
  ['About', '#/about'],
  ['a question', '#/q/1'],
  ['the report', '#/report'],
  ['answers in progress', '', { key: 'candor.progress.candor', value: '{}' }],
  ['earlier results', '', { key: 'candor.history.candor', value: '{}' }],
];

test('first screen: pages it does not fit show the loading line, never the built-in intro', async (t) => {
  // The same page without what makes it different paints the first screen.
  const plain = await pageWithWasmHeld(t);
  await plain.page.goto(t.url + '?lang=en#/');
  await plain.page.waitForFunction(() => document.readyState !== 'loading');
  t.equal(await plain.page.locator('main[data-first-screen]').count(), 1, 'a plain page: the first screen');
  await plain.page.close();
  for (const [what, address, stored] of NOT_THE_BUILT_IN_INTRO) {
    const { page } = await pageWithWasmHeld(t);
    if (stored) await page.context().addInitScript((s) => localStorage.setItem(s.key, s.value), stored);
    await page.goto(t.url + address);
    await page.waitForFunction(() => document.readyState !== 'loading');
    t.equal(await painted(page), [LOADING], `${what} (${address || stored.key}): the loading line`);
    t.equal(await page.locator('main[data-first-screen]').count(), 0, `${what}: no first screen painted`);
    await page.close();
  }
});

test('first screen: Start pressed before the app is ready opens the first question once it is', async (t) => {
  const { page, release } = await pageWithWasmHeld(t);
  await page.goto(t.url);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  t.equal(await painted(page), [LOADING], 'the loading line while the app is on its way');
  t.equal(await page.evaluate(() => location.hash), '#/q/1', 'the address says the first question');
  release();
  await page.locator('#main.question h1').waitFor();
  t.equal(await page.evaluate(() => location.hash), '#/q/1', 'the first question is open');
  t.equal(await page.evaluate(() => document.activeElement?.matches('#main h1')), true, 'focus on its heading');
  await t.check(page);
});

test('first screen: a result file opened before the app is ready is opened once it is, also when its picker closes after', async (t) => {
  const quiz = loadQuiz();
  const sheet = '4'.repeat(quiz.questions.length);
  const file = {
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ candor_result: 1, quiz: quiz.id, code: encodeCode(quiz, sheet), taken: '2026-12-01' })),
  };
  const expected = scoreSheet(quiz, sheet).archetype;

  // Chosen on the painted screen; the app arrives after.
  const before = await pageWithWasmHeld(t);
  await before.page.goto(t.url);
  await before.page.locator('[data-first-screen] input[type=file]').setInputFiles(file);
  before.release();
  t.equal((await seeSharedResult(before.page)).archetype, expected, 'the file opens its result once the app is there');

  // The picker opened on the painted screen, closed once the app has replaced it.
  const after = await pageWithWasmHeld(t);
  await after.page.goto(t.url);
  const input = await after.page.locator('[data-first-screen] input[type=file]').elementHandle();
  after.release();
  await appIntro(after.page);
  t.equal(await input.evaluate((el) => el.isConnected), false, 'the painted screen is gone');
  await input.setInputFiles(file);
  t.equal((await seeSharedResult(after.page)).archetype, expected, 'the file opens its result in the app');
  await t.check(after.page);
});

test('first screen: focus and a language chosen before the app is ready are kept', async (t) => {
  const { page, release } = await pageWithWasmHeld(t, { locale: 'en-US' });
  await page.goto(t.url);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('button', { name: 'Los geht’s', exact: true }).waitFor();
  t.equal(await page.evaluate(() => localStorage.getItem('candor.lang')), '"de"', 'the choice is stored as the app stores it');
  t.equal(await page.evaluate(() => document.activeElement?.id), 'language', 'focus on the select, in German');
  t.equal(await page.locator('#language').count(), 1, 'one element named language');
  release();
  const text = await appIntro(page);
  t.assert(text.includes('Los geht’s'), 'the app is in German');
  t.equal(await page.evaluate(() => document.activeElement?.matches('#main select#language')), true, 'focus still on the select');
  await seeHeading(page, 'Candor: Offen widersprechen oder murrend mitmachen?');
});

// The page's script and the app choose the language by the same rules
// (src/app/shared/i18n.rs, core::language): on pages where the two could differ,
// the painted screen's language is the one the app then shows.
const CHOICES = [
  { path: '?lang=DE_ch', locale: 'en-US' },
  { path: '?lang=%20de-AT%20', locale: 'en-US' },
  { path: '?lang=dee', locale: 'de-DE' },
  { path: '?lang=es', locale: 'en-US', stored: '"de-AT"' },
  { path: '?lang=', locale: 'de-DE', stored: '"EN"' },
  { path: '', locale: 'de-DE', stored: 'de' },
  { path: '', locale: 'en-US', stored: '"xx"' },
  { path: '', locale: 'fr-FR', stored: '"xx"' },
];

test('first screen: the painted language is the one the app chooses', async (t) => {
  for (const c of CHOICES) {
    const { page, release } = await pageWithWasmHeld(t, { locale: c.locale });
    if (c.stored) await page.context().addInitScript((v) => localStorage.setItem('candor.lang', v), c.stored);
    await page.goto(t.url + c.path);
    await page.locator('main[data-first-screen]').waitFor();
    const painted = await page.evaluate(() => document.querySelector('main[data-first-screen]').getAttribute('data-first-screen'));
    release();
    await page.locator('#main.intro h1').waitFor();
    const chosen = await page.evaluate(() => document.documentElement.getAttribute('data-candor-lang'));
    t.equal(painted, chosen, `${c.path || 'no query'}, browser ${c.locale}, stored ${c.stored ?? 'nothing'}`);
    await page.close();
  }
});

// The largest contentful paint is the page's own first screen, never the
// app's intro that replaces it: the app takes over only once the browser
// has reported the page's paint (a screen replaced before that report is
// never counted, and Lighthouse then timed the page at the wasm).
test('first screen: the largest contentful paint is the page\'s own screen, also when the wasm arrives at once', async (t) => {
  for (let load = 1; load <= 5; load += 1) {
    const page = await t.newPage({ serviceWorkers: 'block' });
    await page.goto(t.url);
    await appIntro(page);
    const entries = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            resolve(list.getEntries().map((e) => ({ at: Math.round(e.startTime), app: Boolean(e.element?.closest('#main')), text: e.element?.textContent?.slice(0, 30) ?? null })));
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    t.assert(entries.length >= 1, `load ${load}: a largest contentful paint`);
    t.equal(entries.filter((e) => e.app), [], `load ${load}: none of them the app's intro (${JSON.stringify(entries)})`);
    await page.close();
  }
});
