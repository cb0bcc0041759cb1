// Candor in the reader's language: a German reader's whole journey with no
// English left on any screen, the language switch, the order that chooses a
// language, mixed German and English teams, axe and narrow screens in
// German, and coaches' own languages through a quiz file's `ui` overrides.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from './harness.mjs';
import { BUILTIN_QUIZ_PATH, encodeCode, loadQuiz, sheetByDimension } from './oracle.mjs';
import { downloadedBy, openApp, serveDistWith, settle, storeValue, storedValue } from './verbs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CATALOGUES = path.join(here, '..', '..', 'src', 'core', 'catalogue');
const FIXTURES = path.join(here, '..', 'fixtures');

const quiz = loadQuiz();
const germanQuiz = loadQuiz(path.join(path.dirname(BUILTIN_QUIZ_PATH), 'candor.de.quiz.json'));
const TOTAL = quiz.questions.length;

/** Every catalogue's texts in one language (`EN` or `DE`), by key, read from the source. */
function catalogue(which) {
  const texts = {};
  for (const file of readdirSync(CATALOGUES).filter((f) => f.endsWith('.rs'))) {
    const source = readFileSync(path.join(CATALOGUES, file), 'utf8');
    const block = source.match(new RegExp(`pub static ${which}: \\w+ = \\w+::from_fields\\(\\w+ \\{([\\s\\S]*?)\\n\\}\\);`));
    if (!block) continue;
    for (const [, key, literal] of block[1].matchAll(/(\w+):\s*"((?:[^"\\]|\\[\s\S])*)"/g)) {
      texts[key] = literal
        .replace(/\\\n\s*/g, '')
        .replace(/\\n/g, '\n')
        .replace(/\\(["\\'])/g, '$1');
    }
  }
  return texts;
}

const EN = catalogue('EN');
const DE = catalogue('DE');

/** The English quiz's own words: what a German page must not show either. */
function quizTexts(q) {
  const texts = [q.title, q.intro, ...q.scale.labels, q.scale.not_sure];
  for (const d of q.dimensions) {
    texts.push(d.name, d.description, ...(d.discussion ?? []));
    for (const band of d.bands ?? []) texts.push(band.headline, ...(band.advice ?? []).map((a) => a.text));
  }
  for (const question of q.questions) texts.push(question.text);
  for (const p of q.patterns ?? []) texts.push(p.name, p.summary, p.try_first);
  for (const r of q.reflections ?? []) texts.push(r.prompt);
  return texts.filter((x) => typeof x === 'string' && x.trim());
}

/** The English texts a German screen may not show: whole catalogue strings and quiz texts, and the fixed parts of templates. */
const ENGLISH = (() => {
  const whole = new Set();
  const fragments = new Set();
  for (const [key, text] of Object.entries(EN)) {
    if (DE[key] === text) continue;
    if (text.includes('{')) {
      for (const part of text.split(/\{\w+\}/)) {
        const fixed = part.trim();
        if (fixed.split(/\s+/).length >= 3) fragments.add(fixed);
      }
    } else {
      whole.add(text.trim());
    }
  }
  for (const text of quizTexts(quiz)) whole.add(text.trim());
  for (const text of quizTexts(germanQuiz)) whole.delete(text.trim());
  return { whole: [...whole], fragments: [...fragments] };
})();

/** Names and numbers, which are the same in every language. */
const NEUTRAL = /^(Candor|English|Deutsch|[\d\s.,:;%+\-–—·/()…]*)$/;

/** Every visible text node, `aria-label`, `title`, `placeholder` and `alt` of the page, and its title. */
function shownTexts(page) {
  return page.evaluate(() => {
    const out = [document.title];
    const shown = (el) => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (text && shown(node.parentElement) && !node.parentElement.closest('code, input, textarea')) out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value) out.push(value.trim());
      }
    }
    return out;
  });
}

/** Fails the test for each English text shown on the page (`where` names the screen); returns how many texts were read. */
async function seeNoEnglish(t, page, where) {
  const texts = await shownTexts(page);
  const english = [];
  for (const text of texts) {
    if (NEUTRAL.test(text)) continue;
    if (ENGLISH.whole.includes(text)) english.push(text);
    else {
      const fragment = ENGLISH.fragments.find((f) => text.includes(f));
      if (fragment) english.push(`${text} (has "${fragment}")`);
    }
  }
  t.equal(english, [], `${where}: no English text`);
  t.assert(texts.length > 3, `${where}: texts were read`);
  return texts.length;
}

async function seeHtmlLang(t, page, lang, where) {
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  t.equal(await page.evaluate(() => document.documentElement.lang), lang, `${where}: <html lang>`);
}

async function seeIntro(page) {
  await page.locator('main.intro h1').waitFor();
}

async function seeQuestionNumber(page, n) {
  await page.waitForFunction((number) => location.hash === `#/q/${number}` && document.querySelector('main.question'), n);
}

/** Answers from the current question on by keyboard, one screen at a time (`total` questions in all). */
async function answerSome(page, keys, total = TOTAL) {
  for (const key of keys) {
    const at = Number((await page.evaluate(() => location.hash)).replace('#/q/', ''));
    await page.keyboard.press(key);
    if (at < total) await seeQuestionNumber(page, at + 1);
  }
}

/** Answers every question from the current one by keyboard, then waits for the report. */
async function answerAll(page, keys, total = TOTAL) {
  await answerSome(page, keys, total);
  await page.waitForFunction(() => location.hash === '#/report');
  await page.locator('header.archetype h1').waitFor();
}

const GERMAN = { locale: 'de-DE' };

// Three results: one made by a German reader in this test, two English codes.
const ALEX = sheetByDimension(quiz, {
  integrity: [5, 5, 4, 5],
  candor: [4, 4, 5, 4],
  listening: [3, 4, 3, 4],
  ownership: [2, 3, 2, 3],
  expectations: [4, 3, 4, 3],
  partnership: [5, 4, 5, 4],
  wholehearted: [3, 3, 3, 3],
});
const SAM = sheetByDimension(quiz, {
  integrity: [2, 2, 3, 2],
  candor: [3, 3, 2, 3],
  listening: [5, 5, 5, 5],
  ownership: [4, 4, 4, 4],
  expectations: [2, 2, 2, 2],
  partnership: [3, 3, 3, 3],
  wholehearted: [4, 5, 4, 5],
});

test('language: a German reader goes from the first screen to the report, shares, and compares a mixed team, with no English anywhere', async (t) => {
  const page = await openApp(t, '', GERMAN);
  await seeIntro(page);
  await seeHtmlLang(t, page, 'de', 'first screen');
  t.equal((await page.locator('main.intro h1').innerText()).trim(), germanQuiz.title, 'the German quiz title');
  await seeNoEnglish(t, page, 'first screen');
  await t.check(page);

  await page.getByRole('button', { name: DE.start, exact: true }).click();
  await seeQuestionNumber(page, 1);
  t.equal((await page.locator('main.question p.count').innerText()).trim(), `1 von ${TOTAL}`, 'the count in German');
  t.equal((await page.locator('main.question h1').innerText()).trim(), germanQuiz.questions[0].text, 'the German question');
  await seeNoEnglish(t, page, 'question 1');
  await t.check(page);

  const keys = Array.from({ length: TOTAL }, (_, i) => String((i % 5) + 1));
  await answerAll(page, keys);
  await seeNoEnglish(t, page, 'report');
  await t.check(page);
  const patternNames = new Set(germanQuiz.patterns.map((p) => p.name));
  t.assert(patternNames.has((await page.locator('header.archetype h1').innerText()).trim()), 'the style is named in German');

  const code = await page.getByRole('textbox', { name: DE.share_code, exact: true }).inputValue();
  t.assert(code.length > 10, 'a share code is shown');

  // The result link opens in the language of whoever opens it.
  const german = await openApp(t, `#r=${code}`, GERMAN);
  await german.locator('header.archetype h1').waitFor();
  await seeHtmlLang(t, german, 'de', 'shared result (German)');
  await seeNoEnglish(t, german, 'shared result opened in German');
  const english = await openApp(t, `#r=${code}`, { locale: 'en-US' });
  await english.locator('header.archetype h1').waitFor();
  await seeHtmlLang(t, english, 'en', 'shared result (English)');
  const englishNames = new Set(quiz.patterns.map((p) => p.name));
  t.assert(englishNames.has((await english.locator('header.archetype h1').innerText()).trim()), 'opened in English, the style is named in English');

  // A team of the German result and two English codes, in the facilitator's German.
  const codes = [code, encodeCode(quiz, ALEX, 'Alex'), encodeCode(quiz, SAM, 'Sam')];
  const team = await openApp(t, `#t=${codes.join('~')}`, GERMAN);
  await team.locator('main p.members').waitFor();
  await seeHtmlLang(t, team, 'de', 'team view');
  const members = (await team.locator('main p.members').innerText()).trim();
  t.assert(members.startsWith('3 '), `all three compare as one team: "${members}"`);
  await seeNoEnglish(t, team, 'team view');
  await t.check(team);

  const csv = await downloadedBy(team, () => team.getByRole('button', { name: DE.export_csv, exact: true }).click());
  const header = csv.text.split(/\r?\n/)[0];
  t.assert(header.includes(DE.csv_member) && header.includes(DE.csv_archetype), `the CSV's header is German: ${header}`);
  t.assert(!header.includes(EN.csv_archetype), `no English in the CSV's header: ${header}`);

  await team.getByRole('button', { name: DE.present, exact: true }).click();
  await team.locator('div.presenter[role=dialog]:not([hidden])').waitFor();
  await seeNoEnglish(t, team, 'presenter');
  await t.check(team);
  await settle(team);
});

test('language: the switch changes the words in place, keeps the answers, is remembered, and ?lang= wins', async (t) => {
  const page = await openApp(t, '', { locale: 'en-US' });
  await seeIntro(page);
  await seeHtmlLang(t, page, 'en', 'an English browser');
  await page.getByRole('button', { name: EN.start, exact: true }).click();
  await seeQuestionNumber(page, 1);
  await answerSome(page, ['4', '2', '5']);
  await seeQuestionNumber(page, 4);
  await page.goto(`${t.url}#/`);
  await seeIntro(page);

  await page.getByRole('combobox', { name: EN.language, exact: true }).selectOption('de');
  await seeHtmlLang(t, page, 'de', 'after switching');
  await page.getByRole('button', { name: `Weiter bei Aussage 4 von ${TOTAL}`, exact: true }).waitFor();
  t.equal((await page.locator('main.intro h1').innerText()).trim(), germanQuiz.title, 'the quiz is in German');
  t.assert(
    await page.getByRole('combobox', { name: DE.language, exact: true }).evaluate((el) => el === document.activeElement),
    'focus is back on the switch',
  );
  t.equal(await storedValue(page, 'candor.lang'), '"de"', 'the choice is stored');
  await seeNoEnglish(t, page, 'first screen after the switch');

  await page.getByRole('button', { name: `Weiter bei Aussage 4 von ${TOTAL}`, exact: true }).click();
  await seeQuestionNumber(page, 4);
  await page.keyboard.press('Backspace');
  await seeQuestionNumber(page, 3);
  t.equal(
    await page.evaluate(() => document.querySelector('main.question input[name=answer]:checked')?.closest('label')?.querySelector('.label')?.textContent),
    germanQuiz.scale.labels[4],
    'the answer given in English is kept, labelled in German',
  );

  // Remembered on this device, and the address's ?lang= goes first.
  await page.goto(`${t.url}#/`);
  await seeIntro(page);
  await seeHtmlLang(t, page, 'de', 'a new visit');
  await page.goto(`${t.url}?lang=en#/`);
  await seeIntro(page);
  await seeHtmlLang(t, page, 'en', '?lang=en');
  t.equal((await page.locator('main.intro h1').innerText()).trim(), quiz.title, 'the quiz is in English');

  // In About too.
  await page.goto(`${t.url}?lang=en#/about`);
  await page.locator('main.about h1').waitFor();
  await page.getByRole('combobox', { name: EN.language, exact: true }).selectOption('de');
  await page.getByRole('heading', { level: 1, name: DE.about_title, exact: true }).waitFor();
  await seeNoEnglish(t, page, 'About after the switch');
});

/** The app (not the page's painted first screen) has started in `lang`. */
async function seeAppIn(page, lang) {
  await page.waitForFunction((l) => document.documentElement.getAttribute('data-candor-lang') === l, lang);
}

test('language: only German readers download the German texts; without them the page is English throughout, quiz included', async (t) => {
  const PACK = /\/candor\.de\.texts\.json$/;
  /** A page that counts its requests for the German texts. */
  async function counted(pageOptions) {
    const page = await t.newPage({ serviceWorkers: 'block', ...pageOptions });
    const asked = [];
    page.on('request', (request) => {
      if (PACK.test(new URL(request.url()).pathname)) asked.push(request.url());
    });
    return { page, asked };
  }

  const english = await counted({ locale: 'en-US' });
  await english.page.goto(t.url);
  await seeAppIn(english.page, 'en');
  await english.page.getByRole('button', { name: EN.start, exact: true }).click();
  await seeQuestionNumber(english.page, 1);
  t.equal(english.asked.length, 0, 'an English reader does not download them');

  const german = await counted({ locale: 'de-DE' });
  await german.page.goto(t.url);
  await seeAppIn(german.page, 'de');
  await german.page.getByRole('button', { name: DE.start, exact: true }).click();
  await seeQuestionNumber(german.page, 1);
  await german.page.goto(`${t.url}#/about`);
  await german.page.getByRole('heading', { level: 1, name: DE.about_title, exact: true }).waitFor();
  t.equal(german.asked.length, 1, 'a German reader downloads them, once a page');

  /** The page shows the English app and quiz, with no German of either. */
  async function seeEnglishThroughout(page, where) {
    await seeAppIn(page, 'en');
    await seeHtmlLang(t, page, 'en', where);
    t.equal((await page.locator('main.intro h1').innerText()).trim(), quiz.title, `${where}: the quiz is in English`);
    await page.getByRole('button', { name: EN.start, exact: true }).waitFor();
    const shown = (await shownTexts(page)).join('\n');
    for (const text of [DE.start, DE.about, germanQuiz.title, germanQuiz.intro]) {
      t.assert(!shown.includes(text), `${where}: no German (${text})`);
    }
  }

  const unreachable = await counted({ locale: 'de-DE', expectErrors: [/Failed to load resource/] });
  await unreachable.page.route(PACK, (route) => route.abort());
  await unreachable.page.goto(t.url);
  await seeEnglishThroughout(unreachable.page, 'German texts unreachable');

  const otherBuild = JSON.stringify({ lang: 'de', texts: { start: 'Los geht’s' }, problems: {} });
  const copy = await serveDistWith(t, { 'candor.de.texts.json': otherBuild });
  try {
    const stale = await t.newPage({ serviceWorkers: 'block' });
    await stale.goto(`${copy.url}?lang=de`);
    await seeEnglishThroughout(stale, 'German texts of another build');
  } finally {
    copy.remove();
  }
});

test('language: a notice on screen when the language changes follows it in place', async (t) => {
  const page = await openApp(t, '', { locale: 'en-US' });
  await seeAppIn(page, 'en');
  await storeValue(page, 'candor.progress.candor', '{not json');
  await page.reload();
  await seeAppIn(page, 'en');
  const notices = page.locator('div.notices[role=status]');
  await notices.locator('p').first().waitFor();
  t.assert((await notices.innerText()).includes(EN.record_progress), 'the notice, in English');
  t.equal(await notices.getAttribute('aria-label'), EN.notices_label, 'its label, in English');

  await page.getByRole('combobox', { name: EN.language, exact: true }).selectOption('de');
  await seeHtmlLang(t, page, 'de', 'after switching');
  await page.waitForFunction((words) => document.querySelector('div.notices[role=status]')?.innerText.includes(words), DE.record_progress);
  t.equal(await notices.getAttribute('aria-label'), DE.notices_label, 'its label, in German');
  await notices.getByRole('button', { name: DE.dismiss, exact: true }).waitFor();
  t.equal(await notices.locator('p').count(), 1, 'still the one notice');
  await seeNoEnglish(t, page, 'first screen with a notice, after the switch');
});

for (const scheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    test(`language: axe passes in German, ${scheme}, ${width} px`, async (t) => {
      const page = await openApp(t, '?lang=de', { colorScheme: scheme, viewport: { width, height: 800 } });
      await seeIntro(page);
      await seeHtmlLang(t, page, 'de', 'first screen');
      await t.check(page);
      await page.getByRole('button', { name: DE.start, exact: true }).click();
      await seeQuestionNumber(page, 1);
      await t.check(page);
      await answerAll(page, Array.from({ length: TOTAL }, (_, i) => String(((i * 3) % 5) + 1)));
      await t.check(page);
      await page.goto(`${t.url}?lang=de#/about`);
      await page.locator('main.about h1').waitFor();
      await t.check(page);
    });
  }
}

/** Elements that stick out of the viewport or whose content is clipped sideways, at the current width. */
function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    for (const el of document.querySelectorAll('main *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || el.tagName === 'INPUT' || el.closest('.visually-hidden, [hidden], dialog:not([open]), .presenter[hidden]')) continue;
      const style = getComputedStyle(el);
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
      if (r.right > width + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)}`);
      else if (clips && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'DETAILS') out.push(`${el.tagName.toLowerCase()}.${el.className} clips its content`);
    }
    return out.slice(0, 10);
  });
}

test('language: German fits at 320 px: first screen, question, report and team view', async (t) => {
  const page = await openApp(t, '?lang=de', { viewport: { width: 320, height: 640 } });
  await seeIntro(page);
  t.equal(await overflowing(page), [], 'first screen');
  await page.getByRole('button', { name: DE.start, exact: true }).click();
  await seeQuestionNumber(page, 1);
  t.equal(await overflowing(page), [], 'question');
  await answerAll(page, Array.from({ length: TOTAL }, (_, i) => String((i % 5) + 1)));
  t.equal(await overflowing(page), [], 'report');
  const team = await openApp(t, `?lang=de#t=${[encodeCode(quiz, ALEX, 'Alexandra-Katharina'), encodeCode(quiz, SAM, 'Sam')].join('~')}`, {
    viewport: { width: 320, height: 640 },
  });
  await team.locator('main p.members').waitFor();
  t.equal(await overflowing(team), [], 'team view');
});

test('language: a coach\'s Spanish file with ui overrides shows Spanish throughout; a misspelt ui key is refused with its path', async (t) => {
  const spanishText = readFileSync(path.join(FIXTURES, 'spanish.quiz.json'), 'utf8');
  const spanish = JSON.parse(spanishText);
  const misspelt = JSON.parse(spanishText);
  misspelt.ui = { strat: 'Empezar' };
  const copy = await serveDistWith(t, {
    'es.quiz.json': spanishText,
    'misspelt.quiz.json': JSON.stringify(misspelt, null, 2),
  });
  try {
    // The reader's own browser prefers German: a coach's file in a language
    // Candor lacks still shows the coach's words, never a third language.
    const page = await t.newPage(GERMAN);
    await page.goto(`${copy.url}?quiz=es.quiz.json`);
    await seeIntro(page);
    await seeHtmlLang(t, page, 'es', 'a Spanish file').catch(() => {});
    const ui = spanish.ui;
    const shown = async (where) => {
      const texts = await shownTexts(page);
      const english = texts.filter((text) => !NEUTRAL.test(text) && ENGLISH.whole.includes(text) && !Object.values(ui).includes(text));
      t.equal(english, [], `${where}: no English`);
      const german = texts.filter((text) => Object.values(DE).includes(text) && !Object.values(ui).includes(text) && !NEUTRAL.test(text));
      t.equal(german, [], `${where}: no German`);
    };
    await shown('first screen');
    await page.getByRole('button', { name: ui.start, exact: true }).click();
    await seeQuestionNumber(page, 1);
    await shown('question');
    await answerAll(page, Array.from({ length: spanish.questions.length }, (_, i) => String((i % 5) + 1)), spanish.questions.length);
    await shown('report');
    await t.check(page);

    const refused = await t.newPage();
    await refused.goto(`${copy.url}?quiz=misspelt.quiz.json`);
    const boot = refused.locator('main#boot');
    await boot.locator('h1').waitFor();
    const text = await boot.innerText();
    t.assert(text.includes('$.ui.strat'), `the problem names its path: ${text}`);
    t.assert(text.includes('"start"'), `and the nearest key: ${text}`);
    t.equal(await refused.locator('main.intro').count(), 0, 'nothing of the file is shown');
  } finally {
    copy.remove();
  }
});
