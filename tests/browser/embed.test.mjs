// Embedding: two frames on a host page of another origin, each sized to its
// content and independent of the other; forged messages ignored; the options
// a host sets (colors, texts, call to action, hidden parts); a coach's own
// quiz file, valid, broken, oversized or missing; blocked storage in the
// frame; the events a host can ask for; no focus taken from the host; axe in
// embed mode and on the builder; and the builder itself, down to pasting its
// snippet into a page, and its WordPress shortcode and plugin zip.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZip } from './zip.mjs';
import { test } from './harness.mjs';
import { loadQuiz, sheetByStrength } from './oracle.mjs';
import {
  serveDistWith,
  allowClipboard,
  answerSheet,
  answerSheetByClicking,
  answerWithKey,
  blockStorageOf,
  button,
  clickButton,
  clickLink,
  computedColor,
  contentHeight,
  dismissChangedElsewhere,
  embeddedApp,
  fillAndLeave,
  frameHeight,
  heading,
  link,
  openApp,
  recordDialogs,
  recordWarnings,
  seeButton,
  seeCopiedOrSelected,
  seeFrameFitsContent,
  seeHeading,
  seeNotice,
  seeNotKept,
  noticesShown,
  openShareOrSave,
  seeQuestion,
  seeReport,
  settle,
  startQuiz,
} from './verbs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'fixtures');
const ONBOARDING_PATH = path.join(here, '..', '..', 'content', 'onboarding-readiness.quiz.json');
const PLUGIN_FOLDER = path.join(here, '..', '..', 'wordpress', 'candor');

const quiz = loadQuiz();
const onboarding = loadQuiz(ONBOARDING_PATH);

/** A varied answer sheet (every habit gets a mix), so the report has something to say everywhere. */
const MIXED = sheetByStrength(quiz, (_question, i) => [4, 2, 5, 3, 1][i % 5]);
const ONBOARDING_SHEET = sheetByStrength(onboarding, (_question, i) => [3, 4, 2][i % 3]);

const SHARE_CODE = /^C1[A-Za-z0-9_-]{26}$/;
const MAX_QUIZ_BYTES = 256 * 1024;

// ---------------------------------------------------------------------------
// Helpers

/**
 * Serves fixtures/ on a second origin and opens fixtures/embed/host.html there,
 * embedding the app twice. `first` and `second` are extra data-* attributes of
 * each embed (`{ events: '1' }` → `data-events="1"`); `forger` is the address
 * of a third-origin page to frame next to them. Other options go to `t.newPage`.
 */
async function openHost(t, { first = {}, second = {}, forger = null, allowOrigins = [], ...pageOptions } = {}) {
  const site = await t.serve({ root: FIXTURES, base: '/blog/' });
  const page = await t.newPage({ allowOrigins: [t.origin, ...allowOrigins], ...pageOptions });
  const query = new URLSearchParams({ app: t.url });
  if (Object.keys(first).length) query.set('first', new URLSearchParams(first).toString());
  if (Object.keys(second).length) query.set('second', new URLSearchParams(second).toString());
  if (forger) query.set('forger', forger);
  await page.goto(`${site.url}embed/host.html?${query}`);
  return { page, site };
}

/** What the host page has received so far: `{ events, messages }` (see fixtures/embed/host.js). */
function hostLog(page) {
  return page.evaluate(() => structuredClone(window.hostLog));
}

/**
 * Waits until the frame of `placeholder` fits its content and its page does
 * not scroll inside; returns the frame's height. With a `misfits` list, a
 * frame that does not fit is noted there and the test goes on.
 */
async function seeFits(t, page, placeholder, frame, what, misfits = null) {
  let fit;
  try {
    fit = await seeFrameFitsContent(page, placeholder, frame);
    t.assert(
      fit.scroll <= fit.viewport + 2,
      `the page inside the frame still scrolls (scroll height ${fit.scroll} px in a ${fit.viewport} px frame)`,
    );
  } catch (err) {
    err.message = `${what}: ${err.message}`;
    if (!misfits) throw err;
    misfits.push(err.message);
  }
  return fit?.frame ?? frameHeight(page, placeholder);
}

/** `text` padded with spaces before its closing brace to exactly `bytes` bytes: still the same JSON. */
function padJson(text, bytes) {
  const trimmed = text.trimEnd();
  const missing = bytes - Buffer.byteLength(trimmed);
  if (missing < 0) throw new Error(`the file is already ${Buffer.byteLength(trimmed)} bytes`);
  return `${trimmed.slice(0, -1)}${' '.repeat(missing)}}`;
}

function luminance([r, g, b]) {
  const linear = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG 2 contrast ratio of two opaque colors. */
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The hue in degrees (0–360) of an RGB color. */
function hue([r, g, b]) {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max === min) return 0;
  const d = max - min;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

/** How far apart two colors' hues are, in degrees (0–180). */
function hueDistance(a, b) {
  const d = Math.abs(hue(a) - hue(b)) % 360;
  return Math.min(d, 360 - d);
}

const hex = (text) => text.match(/[0-9a-f]{2}/gi).map((pair) => parseInt(pair, 16));
const rgbText = ([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const sameRgb = (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/** The primary button's background and text colors, `[r, g, b, a]` each. */
async function primaryColors(scope) {
  return {
    background: await computedColor(scope, 'button.primary', 'backgroundColor'),
    text: await computedColor(scope, 'button.primary', 'color'),
  };
}

/** The color the page shows behind its content: the body's background, or the root's when the body's is transparent. */
async function pageBackground(scope) {
  const body = await computedColor(scope, 'body', 'backgroundColor');
  return body[3] > 0 ? body : computedColor(scope, 'html', 'backgroundColor');
}

/** Waits until the builder's preview frame shows the app at the address the builder last gave it; returns that frame. */
async function seePreviewLoaded(page) {
  const preview = page.locator('iframe.preview');
  const frame = await (await preview.elementHandle()).contentFrame();
  await page.waitForFunction(() => {
    const element = document.querySelector('iframe.preview');
    const doc = element?.contentDocument;
    return doc && doc.location.href === element.src && doc.readyState === 'complete' && doc.querySelector('main h1');
  });
  await settle(frame);
  return frame;
}

async function checkScreen(t, page, ...frames) {
  for (const scope of [page, ...frames]) await settle(scope);
  await t.check(page);
}

// ---------------------------------------------------------------------------
// 1. Two embeds on a host page of another origin

test(
  'embed: two frames on a host page of another origin fit their content at every step, independently',
  async (t) => {
    const { page } = await openHost(t);
    const a = await embeddedApp(page, '#first');
    const b = await embeddedApp(page, '#second');

    // What embed.js made of the two placeholders.
    const made = await page.evaluate(() =>
      ['first', 'second'].map((id) => {
        const frame = document.querySelector(`#${id} iframe`);
        const style = getComputedStyle(frame);
        return {
          count: document.querySelectorAll(`#${id} iframe`).length,
          src: frame.src,
          title: frame.title,
          loading: frame.getAttribute('loading'),
          border: [style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth, style.borderLeftWidth],
          width: frame.getBoundingClientRect().width,
          slot: frame.parentElement.getBoundingClientRect().width,
        };
      }),
    );
    for (const [i, frame] of made.entries()) {
      const which = i === 0 ? 'first frame' : 'second frame';
      t.equal(frame.count, 1, `${which}: one frame in the placeholder`);
      const src = new URL(frame.src);
      t.equal(src.origin + src.pathname, t.url, `${which}: the frame shows the app at data-src`);
      t.equal(src.searchParams.get('embed'), '1', `${which}: the frame address carries embed=1`);
      t.equal(frame.loading, 'lazy', `${which}: loading="lazy"`);
      t.equal(frame.border, ['0px', '0px', '0px', '0px'], `${which}: no border`);
      t.equal(frame.width, frame.slot, `${which}: full width of its placeholder`);
    }
    t.equal(made[0].title, 'Candor self-assessment, first copy', 'the first frame is titled from data-frame-title');
    t.equal(made[1].title, 'Candor self-assessment', 'the second frame has the default title');
    t.assert(!made[0].src.includes('frame-title'), `data-frame-title is not passed to the app: ${made[0].src}`);
    t.assert(await a.evaluate(() => document.documentElement.classList.contains('embedded')), 'the framed app has html.embedded');

    // Both on the intro.
    const introA = await seeFits(t, page, '#first', a, 'first frame, intro');
    const introB = await seeFits(t, page, '#second', b, 'second frame, intro');
    await checkScreen(t, page, a, b); // axe on the host page reaches into both frames

    // The first frame goes to a question, then the report; the second stays on the intro.
    await startQuiz(a);
    const questionA = await seeFits(t, page, '#first', a, 'first frame, question 1');
    await answerSheetByClicking(a, MIXED);
    await seeReport(a);
    const reportA = await seeFits(t, page, '#first', a, 'first frame, report');
    t.assert(reportA > questionA, `the first frame grows on the report: ${questionA} px on question 1, ${reportA} px on the report`);
    t.assert(reportA > introA, `the report (${reportA} px) is taller than the intro (${introA} px)`);
    // Two frames of one quiz share its saved answers (issue 21): the second
    // says the first changed them; once that is dismissed it is as it was.
    await dismissChangedElsewhere(b);
    t.equal(await seeFits(t, page, '#second', b, 'second frame, intro, while the first shows the report'), introB, 'the second frame keeps its height');
    t.assert(reportA !== introB, `the two frames have different heights at the same time (${reportA} px and ${introB} px)`);
    await checkScreen(t, page, a, b);

    // The second frame goes through while the first stays on its report.
    await startQuiz(b);
    const questionB = await seeFits(t, page, '#second', b, 'second frame, question 1');
    await dismissChangedElsewhere(a); // the second frame started over
    t.equal(await seeFits(t, page, '#first', a, 'first frame, report, while the second shows a question'), reportA, 'the first frame keeps its height');
    t.assert(reportA !== questionB, `the two frames have different heights at the same time (${reportA} px and ${questionB} px)`);
    await answerSheetByClicking(b, MIXED.replace(/./g, '3'));
    await seeReport(b);
    const reportB = await seeFits(t, page, '#second', b, 'second frame, report');
    t.assert(reportB > questionB, `the second frame grows on the report: ${questionB} px on question 1, ${reportB} px on the report`);

    // Retake: each shrinks back to a question.
    await clickButton(a, 'Retake the quiz');
    await seeQuestion(a, 1);
    const retakeA = await seeFits(t, page, '#first', a, 'first frame, question 1 of the retake');
    await dismissChangedElsewhere(b); // the first frame started over
    t.assert(retakeA < reportA, `the first frame shrinks back on retake: ${reportA} px on the report, ${retakeA} px after`);
    t.equal(await seeFits(t, page, '#second', b, 'second frame, report, while the first retakes'), reportB, 'the second frame keeps its height');
    t.assert(retakeA !== reportB, `the two frames have different heights at the same time (${retakeA} px and ${reportB} px)`);
    await clickButton(b, 'Retake the quiz');
    await seeQuestion(b, 1);
    const retakeB = await seeFits(t, page, '#second', b, 'second frame, question 1 of the retake');
    t.assert(retakeB < reportB, `the second frame shrinks back on retake: ${reportB} px on the report, ${retakeB} px after`);
    await checkScreen(t, page, a, b);
  },
  { timeout: 120_000 },
);

// ---------------------------------------------------------------------------
// 2. Forged messages

test('embed: resize messages from anyone but the frame itself are ignored', async (t) => {
  const third = await t.serve({ root: FIXTURES, base: '/widgets/' });
  const forger = `${third.url}embed/forger.html`;
  const { page } = await openHost(t, { forger, allowOrigins: [third.origin] });
  const a = await embeddedApp(page, '#first');
  const b = await embeddedApp(page, '#second');
  const before = {
    first: await seeFits(t, page, '#first', a, 'first frame, intro'),
    second: await seeFits(t, page, '#second', b, 'second frame, intro'),
  };
  const heights = async () => ({ first: await frameHeight(page, '#first'), second: await frameHeight(page, '#second') });
  const fromOrigin = async (origin, from) =>
    (await hostLog(page)).messages.filter((m) => m.origin === origin && (from === undefined || m.from === from) && m.data?.source === 'candor');

  // The host page's own window.
  await page.evaluate(() => {
    postMessage({ source: 'candor', type: 'resize', height: 5 }, '*');
    postMessage({ source: 'candor', type: 'completed', code: 'C1forgedforgedforgedforgedfo' }, '*');
  });
  // A frame of a third origin, asked again now that embed.js listens.
  await page.locator('#elsewhere iframe').evaluate((frame) => frame.contentWindow.postMessage('forge', '*'));
  await page.waitForFunction(
    (origin) => window.hostLog.messages.filter((m) => m.origin === origin && m.data?.source === 'candor').length >= 8,
    third.origin,
  );
  await page.waitForFunction(() => window.hostLog.messages.filter((m) => m.from === 'host' && m.data?.source === 'candor').length >= 2);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  t.equal(await heights(), before, 'the frames keep their heights after forged resize messages from the host and from a third origin');
  t.equal((await hostLog(page)).events, [], 'forged started/completed messages raise no candor:* events');

  // The frames still answer their own messages.
  await startQuiz(a);
  const questionA = await seeFits(t, page, '#first', a, 'first frame, question 1, after the forgeries');
  t.assert(questionA !== before.first, 'the first frame still resizes from its own messages');

  // The frame's own window, but another origin: the first frame is navigated to the forger.
  await a.goto(forger);
  await page.waitForFunction(
    (origin) => window.hostLog.messages.filter((m) => m.origin === origin && m.from === 'first' && m.data?.source === 'candor').length >= 4,
    third.origin,
  );
  t.assert((await fromOrigin(third.origin, 'first')).length >= 4, 'the host received the messages of the navigated frame');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  t.equal(await frameHeight(page, '#first'), questionA, 'a frame navigated to another origin cannot resize itself');
  t.equal(await frameHeight(page, '#second'), before.second, 'nor the other frame');
  t.equal((await hostLog(page)).events, [], 'nor raise candor:* events');
});

// ---------------------------------------------------------------------------
// 3. Options

test('embed: the accent color is used, adjusted only as far as AA needs, on light and dark', async (t) => {
  const page = await openApp(t, '?embed=1&theme=light');
  await seeButton(page, 'Start');
  const plainLight = await primaryColors(page);
  await page.goto(`${t.url}?embed=1&theme=dark`);
  await seeButton(page, 'Start');
  const plainDark = await primaryColors(page);

  const cases = [
    // [theme, accent, readable as given on that theme's page?]
    ['light', 'ff8800', false],
    ['light', 'ffee58', false],
    ['light', '8b0000', true],
    ['dark', 'ff8800', true],
    ['dark', 'ffee58', true],
    ['dark', '1f4e79', false],
    ['dark', '8b0000', false],
  ];
  const failures = [];
  for (const [theme, accent, keptAsGiven] of cases) {
    await page.goto(`${t.url}?embed=1&theme=${theme}&accent=${accent}`);
    await seeButton(page, 'Start');
    await settle(page);
    const { background, text } = await primaryColors(page);
    const requested = hex(accent);
    const plain = theme === 'light' ? plainLight : plainDark;
    const what = `theme=${theme} accent=${accent}: the Start button is ${rgbText(background)} with ${rgbText(text)} text`;
    t.equal(background[3], 1, `${what}: an opaque background`);
    t.assert(!sameRgb(background, plain.background), `${what}, the same as without an accent`);
    if (keptAsGiven) t.equal(rgbText(background), `#${accent}`, `${what}: a readable accent is used as given`);
    else t.assert(!sameRgb(background, requested), `${what}: an accent too faint for this theme must be adjusted`);
    t.assert(hueDistance(background, requested) <= 10, `${what}: the adjusted accent keeps its hue (${hue(requested).toFixed(0)}°)`);
    const ratio = contrast(background, text);
    if (ratio < 4.5) failures.push(`${what}: contrast ${ratio.toFixed(2)}, below AA's 4.5`);
    await t.check(page);
  }
  t.equal(failures, [], 'the primary button text is readable (AA) on every accent');
});

test('embed: theme, transparent, title and intro options', async (t) => {
  const page = await openApp(t, '?embed=1&theme=dark');
  const dialogs = recordDialogs(page);
  await seeButton(page, 'Start');
  t.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'html[data-theme=dark]');
  const dark = await pageBackground(page);
  t.assert(luminance(dark) < 0.05, `the page background is dark on a light-scheme device: ${rgbText(dark)}`);
  await t.check(page);

  await page.goto(`${t.url}?embed=1&theme=light`);
  await seeButton(page, 'Start');
  t.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light', 'html[data-theme=light]');
  t.assert(luminance(await pageBackground(page)) > 0.9, 'the page background is light');

  await page.goto(`${t.url}?embed=1&transparent=1`);
  await seeButton(page, 'Start');
  t.assert(await page.evaluate(() => document.documentElement.classList.contains('transparent')), 'html.transparent');
  t.equal((await computedColor(page, 'body', 'backgroundColor'))[3], 0, 'the body background is transparent');
  t.equal((await computedColor(page, 'html', 'backgroundColor'))[3], 0, 'the root background is transparent');

  const title = '<img src=x onerror=alert(1)>';
  const intro = 'Hello <b>there</b> & <script>alert(2)</script>';
  await page.goto(`${t.url}?embed=1&title=${encodeURIComponent(title)}&intro=${encodeURIComponent(intro)}`);
  await seeButton(page, 'Start');
  t.equal(await page.locator('main h1').textContent(), title, 'the title is shown as the literal text given');
  t.equal(await page.locator('main p.promise').textContent(), intro, 'the intro is shown as the literal text given');
  t.equal(await page.locator('main img, main b, main script').count(), 0, 'no element is made from the title or intro');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  const requests = (await t.findings(page)).requests.filter((url) => /\/x$/.test(new URL(url).pathname));
  t.equal(requests, [], 'no request for the image "x"');
  t.equal(dialogs, [], 'no dialog opened');
});

test('embed: a call to action on the report, and only an http(s) one', async (t) => {
  const page = await openApp(t, `?embed=1&cta=${encodeURIComponent('https://coach.example/book')}&cta_label=${encodeURIComponent('Book a call')}`);
  const dialogs = recordDialogs(page);
  const warnings = recordWarnings(page);
  await startQuiz(page);
  await answerSheet(page, MIXED);
  await seeReport(page);
  const cta = page.locator('main p.cta a.button');
  // Issue 14: after the next steps, and again at the end of the report.
  t.equal(await cta.count(), 2, 'the call-to-action link, twice on the report');
  t.equal(await link(page, 'Book a call').count(), 2, 'the link is named "Book a call"');
  t.equal(
    await cta.evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href'), target: a.target, rel: a.rel.split(/\s+/).sort() }))),
    Array(2).fill({ href: 'https://coach.example/book', target: '_blank', rel: ['noopener', 'noreferrer'] }),
    'the link goes to the address given, in a new tab, without an opener',
  );
  await settle(page);
  await t.check(page);
  t.equal(warnings.filter((w) => w.includes('Candor ignored the option')), [], 'a valid call to action raises no warning');

  for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//coach.example/book']) {
    warnings.length = 0;
    await page.goto(`${t.url}?embed=1&cta=${encodeURIComponent(bad)}&cta_label=Click%20me#/report`);
    await seeReport(page);
    t.equal(await page.locator('main p.cta, main a[href^="javascript" i], main a[href^="data:" i]').count(), 0, `cta=${bad}: no call to action`);
    t.equal(await link(page, 'Click me').count(), 0, `cta=${bad}: no "Click me" link`);
    t.assert(
      warnings.some((w) => w.includes('Candor ignored the option "cta"')),
      `cta=${bad}: a console warning says the option was ignored (warnings: ${JSON.stringify(warnings)})`,
    );
  }
  t.equal(dialogs, [], 'no dialog opened');
});

test('embed: hide=share,team,history hides those parts, each on its own', async (t) => {
  const page = await openApp(t, '?embed=1');
  await startQuiz(page);
  await answerSheet(page, MIXED);
  await seeReport(page);
  const shareHeading = page.getByRole('heading', { name: 'Share your result', exact: true });
  t.equal(await shareHeading.count(), 1, 'without hide, the report has the share section');
  await openShareOrSave(page);
  t.equal(await link(page, 'Compare as a team').count(), 1, 'without hide, the report links to the team view');
  await page.goto(`${t.url}?embed=1#/`);
  await seeButton(page, 'Start');
  t.equal(await link(page, 'Your last result').count(), 1, 'without hide, the intro links to the last result');

  await page.goto(`${t.url}?embed=1&hide=share,team,history#/`);
  await seeButton(page, 'Start');
  t.equal(await link(page, 'Your last result').count(), 0, 'hide=history: no "Your last result" on the intro');
  await page.goto(`${t.url}?embed=1&hide=share,team,history#/report`);
  await seeReport(page);
  t.equal(await shareHeading.count(), 0, 'hide=share: no share section');
  t.equal(await page.locator('#share-link, #share-code, #share-name').count(), 0, 'hide=share: no share link, code or name field');
  t.equal(await link(page, 'Compare as a team').count(), 0, 'hide=team: no "Compare as a team"');
  await settle(page);
  await t.check(page);

  await page.goto(`${t.url}?embed=1&hide=team#/report`);
  await seeReport(page);
  t.equal(await shareHeading.count(), 1, 'hide=team alone keeps the share section');
  await openShareOrSave(page);
  t.equal(await link(page, 'Compare as a team').count(), 0, 'hide=team alone: no "Compare as a team"');
  await page.goto(`${t.url}?embed=1&hide=team#/`);
  await seeButton(page, 'Start');
  t.equal(await link(page, 'Your last result').count(), 1, 'hide=team alone keeps "Your last result"');
});

// ---------------------------------------------------------------------------
// 4. Custom quiz

test('embed: a coach\'s quiz file next to the app is taken from start to report', async (t) => {
  const page = await openApp(t, '?embed=1&quiz=onboarding-readiness.quiz.json');
  await seeHeading(page, onboarding.title);
  t.equal(
    (await page.locator('main p.facts').textContent()).trim(),
    `${onboarding.questions.length} statements · about ${onboarding.minutes} minutes`,
    'the intro counts the file\'s statements',
  );
  await clickButton(page, 'Start');
  await seeQuestion(page, 1);
  t.equal((await page.locator('main.question p.count').textContent()).trim(), `1 of ${onboarding.questions.length}`, 'question count');
  t.equal(
    (await page.locator('main.question h1').textContent()).trim(),
    onboarding.questions[0].text,
    'the first question is the file\'s first question',
  );
  await answerSheet(page, ONBOARDING_SHEET);
  await seeReport(page);
  const names = await page.locator('article.dimension h3').evaluateAll((h3s) =>
    h3s.map((h3) => Array.from(h3.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim()),
  );
  t.equal(names, onboarding.dimensions.map((d) => d.name), 'the report is about the file\'s habits');
  await settle(page);
});

test(
  'embed: a broken, oversized or missing quiz file is refused with every reason, and nothing of it is shown',
  async (t) => {
    const onboardingText = readFileSync(ONBOARDING_PATH, 'utf8');
    const copy = await serveDistWith(t, {
      'broken.quiz.json': readFileSync(path.join(FIXTURES, 'embed', 'broken.quiz.json')),
      'oversized.quiz.json': padJson(onboardingText, MAX_QUIZ_BYTES + 1),
      'largest.quiz.json': padJson(onboardingText, MAX_QUIZ_BYTES),
      'not-json.quiz.json': '{"schema": 1, "id": "x",\n  "title": }\n',
    });
    try {
      const refused = async (page, file) => {
        await page.goto(`${copy.url}?embed=1&quiz=${file}`);
        const boot = page.locator('main#boot');
        await heading(boot, 'This quiz could not be loaded').waitFor();
        t.equal(await page.locator('main').count(), 1, `${file}: only the error screen`);
        t.equal(await page.locator('main.question, p.count, main.intro').count(), 0, `${file}: no question or intro of the file`);
        t.equal(await button(page, 'Start').count(), 0, `${file}: no Start button`);
        t.equal(await boot.locator('code').textContent(), file, `${file}: the error names the file`);
        t.equal(await link(boot, 'Take Candor’s own quiz instead').count(), 1, `${file}: offers the built-in quiz`);
        return {
          text: await boot.innerText(),
          problems: await boot.locator('ul.problems li').allTextContents(),
        };
      };

      const page = await t.newPage();
      const broken = await refused(page, 'broken.quiz.json');
      // Counted from 1 with their ids, what would help, and the JSON path last (issue 14).
      const expected = [
        'colour: unknown field "colour" ($.colour)',
        'dimension 1 (expectations), bands[1].min: expected 50 (one above the previous band\'s max), found 55 ($.dimensions[0].bands[1].min)',
        'question 1 (o1), dimension: no dimension has the id "nope"; the ids you can use: expectations, handoff, assertiveness ($.questions[0].dimension)',
        'question 2 (o2), weight: must be more than 0 and at most 10 ($.questions[1].weight)',
      ];
      t.equal([...broken.problems].sort(), [...expected].sort(), 'every problem of the broken file is listed with its place and path');
      t.assert(broken.text.includes(`The file has ${expected.length} problems:`), `the count of problems is given: ${broken.text}`);
      await settle(page);
      await t.check(page);

      const oversized = await refused(page, 'oversized.quiz.json');
      t.assert(
        oversized.text.includes('The file is larger than 256 KB, the most a quiz file may be.'),
        `a file of 256 KB + 1 byte is refused for its size: ${oversized.text}`,
      );
      t.equal(oversized.problems, [], 'no problem list for a file refused for its size');

      const notJson = await refused(page, 'not-json.quiz.json');
      t.equal(notJson.problems.length, 1, `one problem for a file that is not JSON: ${notJson.problems}`);
      t.assert(/^not valid JSON: .*, but found `}` on line 2, column \d+$/.test(notJson.problems[0]), `it names the character, line and column: ${notJson.problems[0]}`);

      // A file of exactly 256 KB is within the limit.
      await page.goto(`${copy.url}?embed=1&quiz=largest.quiz.json`);
      await seeHeading(page, onboarding.title);
      await startQuiz(page);
      t.equal((await page.locator('main.question p.count').textContent()).trim(), `1 of ${onboarding.questions.length}`, 'a 256 KB file loads');
      await settle(page);

      const missingPage = await t.newPage({ expectErrors: [/status of 404/] });
      const missing = await refused(missingPage, 'missing.quiz.json');
      t.assert(
        missing.text.includes('The server answered with an error (HTTP 404). Check the address.'),
        `a missing file is reported as HTTP 404: ${missing.text}`,
      );
      await settle(missingPage);
      await t.check(missingPage);
    } finally {
      copy.remove();
    }
  },
  { timeout: 60_000 },
);

// ---------------------------------------------------------------------------
// 5. Blocked storage inside the frame

test('embed: with storage blocked in the frame, the quiz still completes from memory, with no warning box and a plain line on the report', async (t) => {
  const page = await t.newPage({ allowOrigins: [t.origin] });
  await blockStorageOf(page, t.origin);
  const site = await t.serve({ root: FIXTURES, base: '/blog/' });
  await page.goto(`${site.url}embed/host.html?${new URLSearchParams({ app: t.url })}`);
  const a = await embeddedApp(page, '#first');
  t.equal(
    await a.evaluate(() => {
      try {
        return typeof localStorage.getItem('x');
      } catch (err) {
        return err.name;
      }
    }),
    'SecurityError',
    'storage is blocked inside the frame',
  );
  const misfits = [];
  // Issue 14: no warning box greets the reader on every screen.
  t.equal(await noticesShown(a), false, 'no warning box on the first screen');
  await seeFits(t, page, '#first', a, 'first frame, intro', misfits);
  await startQuiz(a);
  await seeFits(t, page, '#first', a, 'first frame, question 1', misfits);
  await answerSheetByClicking(a, MIXED);
  await seeReport(a);
  t.assert((await seeNotKept(a)).startsWith('This result is not kept on this device'), 'the report says the result is not kept');
  t.equal(await noticesShown(a), false, 'no warning box on the report');
  t.assert(SHARE_CODE.test(await a.locator('#share-code').inputValue()), 'the result can still be kept through its share code');
  await seeFits(t, page, '#first', a, 'first frame, report', misfits);
  await checkScreen(t, page, a);
  t.equal(misfits, [], 'the frame fits its content');
}, { timeout: 60_000 });

// ---------------------------------------------------------------------------
// 6. Events for the host page

test('embed: with data-events, the host hears candor:started and candor:completed; without, nothing', async (t) => {
  const { page } = await openHost(t, { first: { events: '1' } });
  const a = await embeddedApp(page, '#first');
  const b = await embeddedApp(page, '#second');
  t.equal(new URL(await page.locator('#first iframe').getAttribute('src')).searchParams.get('events'), '1', 'data-events is passed as events=1');
  const events = async () => (await hostLog(page)).events;
  const waitForEvents = (n) => page.waitForFunction((count) => window.hostLog.events.length >= count, n);

  await startQuiz(a);
  t.equal(await events(), [], 'no event for pressing Start');
  await answerSheetByClicking(a, MIXED.slice(0, 1));
  await waitForEvents(1);
  t.equal(await events(), [{ type: 'candor:started', target: 'first', detail: {} }], 'candor:started on the placeholder after the first answer');

  // Going back and changing the first answer does not start again.
  await clickButton(a, 'Back');
  await seeQuestion(a, 1);
  await answerSheetByClicking(a, MIXED[0] === '2' ? '3' : '2');
  await answerSheetByClicking(a, MIXED.slice(1));
  await seeReport(a);
  await waitForEvents(2);
  const log = await events();
  t.equal(log.map((e) => [e.type, e.target]), [['candor:started', 'first'], ['candor:completed', 'first']], 'started once, then completed');
  const { code } = log[1].detail;
  t.assert(SHARE_CODE.test(code), `the completed event carries a share code: ${code}`);
  t.equal(code, await a.locator('#share-code').inputValue(), 'the code is the one the report shows');

  // A retake is a new attempt.
  await clickButton(a, 'Retake the quiz');
  await seeQuestion(a, 1);
  await answerSheetByClicking(a, MIXED.slice(0, 1));
  await waitForEvents(3);
  t.equal((await events()).map((e) => e.type), ['candor:started', 'candor:completed', 'candor:started'], 'a retake starts again');

  // The second embed did not ask for events.
  await startQuiz(b);
  await answerSheetByClicking(b, MIXED);
  await seeReport(b);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  const { events: finalEvents, messages } = await hostLog(page);
  t.equal(finalEvents.filter((e) => e.target !== 'first'), [], 'no event from the embed without data-events');
  t.equal(finalEvents.length, 3, 'no more events after the other embed\'s quiz');
  const told = messages.filter((m) => m.from === 'second' && ['started', 'completed'].includes(m.data?.type));
  t.equal(told, [], 'the frame without events=1 posts no started/completed message');
  t.assert(
    messages.some((m) => m.from === 'second' && m.data?.type === 'resize'),
    'the frame without events=1 does post resize messages (the log works)',
  );
}, { timeout: 90_000 });

// ---------------------------------------------------------------------------
// 7. Focus

test('embed: loading the frames takes neither the focus nor the scroll position of the host page', async (t) => {
  const { page } = await openHost(t);
  const a = await embeddedApp(page, '#first', { scroll: false });
  const b = await embeddedApp(page, '#second', { scroll: false });
  await seeFits(t, page, '#first', a, 'first frame, intro');
  await seeFits(t, page, '#second', b, 'second frame, intro');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  t.equal(await page.evaluate(() => document.activeElement?.id), 'note', 'the host\'s text field still has the focus');
  t.equal(await page.evaluate(() => scrollY), 0, 'the host page has not scrolled');
  t.equal([await a.evaluate(() => document.hasFocus()), await b.evaluate(() => document.hasFocus())], [false, false], 'neither frame has the focus');
  await page.keyboard.type('my note');
  t.equal(await page.locator('#note').inputValue(), 'my note', 'typing still goes to the host\'s field');
});

// ---------------------------------------------------------------------------
// 8. axe

test(
  'embed: axe finds nothing in embed mode and on the builder, narrow and wide, light and dark',
  async (t) => {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark']) {
        for (const query of ['?embed=1', '?embed=1&accent=ff8800']) {
          const page = await openApp(t, query, { viewport: { width, height: 800 }, colorScheme });
          await seeButton(page, 'Start');
          await checkScreen(t, page);
          await startQuiz(page);
          await answerWithKey(page, '4');
          await clickButton(page, 'Back');
          await seeQuestion(page, 1);
          await checkScreen(t, page); // a question with an answer checked
          await clickButton(page, 'Next');
          await answerSheet(page, MIXED.slice(1));
          await seeReport(page);
          await checkScreen(t, page);
          await page.close();
        }

        const builder = await openApp(t, '#/embed', { viewport: { width, height: 800 }, colorScheme });
        await seeHeading(builder, 'Embed Candor in your site');
        await seePreviewLoaded(builder);
        await checkScreen(t, builder);
        await fillAndLeave(builder, '#b-accent', 'ffee58');
        await fillAndLeave(builder, '#b-cta', 'javascript:x');
        await builder.locator('section[aria-labelledby=problems-h] li').first().waitFor();
        await seePreviewLoaded(builder);
        await checkScreen(t, builder); // with problems listed
        await builder.close();
      }
    }
  },
  { timeout: 180_000 },
);

// ---------------------------------------------------------------------------
// 9. The builder

test(
  'embed: the builder lists problems, writes escaped snippets that work when pasted, and previews the options',
  async (t) => {
    const page = await openApp(t, '#/about');
    await clickLink(page, 'build an embed snippet');
    await seeHeading(page, 'Embed Candor in your site');
    const problems = page.locator('section[aria-labelledby=problems-h]');
    const problemLines = () => problems.locator('li').allTextContents();
    t.assert((await problems.innerText()).includes('None: '), 'no problem before any option is set');

    // An accent adjusted for contrast: a note beside the field (issue 20: not a problem).
    await fillAndLeave(page, '#b-accent', 'ffee58');
    const accentNote = page.locator('#b-accent-swatches');
    await accentNote.waitFor();
    const noteText = await accentNote.innerText();
    const adjusted = noteText.match(/#ffee58 is hard to read on the light theme, so Candor will use (#[0-9a-f]{6}) there\./);
    t.assert(adjusted, `the accent adjustment is noted beside the field: ${noteText}`);
    t.assert(contrast(hex(adjusted[1]), [255, 255, 255]) >= 4.5, `the color named (${adjusted[1]}) is readable on white`);
    t.assert(!noteText.includes('dark theme'), 'no adjustment is noted for the dark theme, where #ffee58 reads well');

    // Problems.
    await fillAndLeave(page, '#b-cta', 'javascript:x');
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('section[aria-labelledby=problems-h] li')).some((li) => li.textContent.startsWith('cta:')),
    );
    t.assert(
      (await problemLines()).includes('cta: only http://, https:// and mailto: addresses are allowed.'),
      `the bad call-to-action address is listed: ${JSON.stringify(await problemLines())}`,
    );

    // The preview applies the accent the builder named.
    const preview = page.locator('iframe.preview');
    const previewFrame = await (await preview.elementHandle()).contentFrame();
    await previewFrame.waitForFunction(() => new URLSearchParams(location.search).get('accent') === 'ffee58' && document.querySelector('button.primary'));
    const previewButton = await computedColor(previewFrame, 'button.primary', 'backgroundColor');
    t.equal(rgbText(previewButton), adjusted[1], 'the preview uses the color the builder named');

    // Every option, including text that could break out of an attribute.
    const title = 'Are you a "yes" person? "><b>bold</b>';
    const cta = 'https://coach.example/book?a=1&b=2';
    await page.locator('#b-theme').selectOption('dark');
    await fillAndLeave(page, '#b-title', title);
    await fillAndLeave(page, '#b-cta', cta);
    await fillAndLeave(page, '#b-cta-label', 'Book a call');
    await page.locator('#b-hide-team').check();
    await page.locator('#b-events').check();
    await page.waitForFunction(() => !Array.from(document.querySelectorAll('section[aria-labelledby=problems-h] li')).some((li) => li.textContent.startsWith('cta:')));

    const snippetArea = page.getByRole('textbox', { name: 'Snippet', exact: true });
    const frameArea = page.getByRole('textbox', { name: 'If your site strips scripts', exact: true });
    await page.waitForFunction(() => document.querySelector('textarea.snippet')?.value.includes('data-events'));
    const snippet = await snippetArea.inputValue();
    for (const part of [
      '<div data-candor-embed ',
      `data-src="${t.url}"`,
      'data-theme="dark"',
      'data-accent="ffee58"',
      'data-title="Are you a &quot;yes&quot; person? &quot;&gt;&lt;b&gt;bold&lt;/b&gt;"',
      'data-cta="https://coach.example/book?a=1&amp;b=2"',
      'data-cta-label="Book a call"',
      'data-hide="team"',
      'data-events="1"',
      `<script async src="${t.url}embed.js"></script>`,
    ]) {
      t.assert(snippet.includes(part), `the snippet contains ${part}:\n${snippet}`);
    }
    t.assert(!snippet.includes('"><b>') && !snippet.includes('<b>'), `the title cannot break out of its attribute:\n${snippet}`);

    await fillAndLeave(page, '#b-height', '700');
    await page.waitForFunction(() => document.querySelectorAll('textarea.snippet')[1]?.value.includes('height="700"'));
    const frameSnippet = await frameArea.inputValue();
    t.assert(frameSnippet.startsWith(`<iframe src="${t.url}?embed=1&amp;`), `the frame snippet starts with the app address and embed=1&amp;:\n${frameSnippet}`);
    t.assert(!/&(?!amp;|quot;|lt;|gt;)/.test(frameSnippet), `every & in the frame snippet is escaped:\n${frameSnippet}`);
    t.assert(frameSnippet.includes('height="700"'), 'the frame snippet has the chosen height');
    const frameSrc = frameSnippet.match(/src="([^"]*)"/)[1].replaceAll('&amp;', '&');
    const frameParams = Object.fromEntries(new URL(frameSrc).searchParams);
    const expectedParams = {
      embed: '1',
      theme: 'dark',
      accent: 'ffee58',
      title,
      cta,
      'cta-label': 'Book a call',
      hide: 'team',
      events: '1',
    };
    t.equal(frameParams, expectedParams, 'the frame snippet\'s address carries every option');

    await allowClipboard(page, t.origin);
    await clickButton(page, 'Copy snippet');
    await seeCopiedOrSelected(page, 'data-candor-embed');
    await page.getByRole('status').filter({ hasText: 'The snippet is copied.' }).waitFor();

    // The preview reflects the options and sizes itself.
    await page.waitForFunction(() => new URLSearchParams(new URL(document.querySelector('iframe.preview').src).search).get('events') === '1');
    const previewSrc = new URL(await preview.getAttribute('src'));
    t.equal(previewSrc.origin + previewSrc.pathname, t.url, 'the preview shows this app');
    t.equal(Object.fromEntries(previewSrc.searchParams), expectedParams, 'the preview\'s address carries every option');
    await previewFrame.waitForFunction((expected) => document.querySelector('main h1')?.textContent === expected, title);
    t.equal(await previewFrame.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the preview is dark');
    const deadline = Date.now() + 5000;
    let sizes;
    for (;;) {
      sizes = {
        attribute: Number(await preview.getAttribute('height')),
        content: Math.ceil((await contentHeight(previewFrame)).body),
      };
      if (Math.abs(sizes.attribute - sizes.content) <= 2) break;
      if (Date.now() > deadline) break;
      await page.waitForTimeout(100);
    }
    t.assert(Math.abs(sizes.attribute - sizes.content) <= 2, `the preview's height (${sizes.attribute}) follows its content (${sizes.content} px)`);
    t.assert(sizes.attribute !== 600, 'the preview was resized from its initial 600 px');

    // The downloadable quiz files are there.
    for (const [name, id] of [
      ['Download Candor’s quiz as a template', 'candor'],
      ['a shorter example', 'onboarding-readiness'],
    ]) {
      const href = await link(page, name).getAttribute('href');
      t.equal(await link(page, name).getAttribute('download'), href, `"${name}" downloads as ${href}`);
      const response = await page.request.get(new URL(href, page.url()).href);
      t.equal(response.status(), 200, `${href} is served`);
      t.equal((await response.json()).id, id, `${href} is the ${id} quiz`);
    }

    // The snippet, pasted into a page of another site, works.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'candor-paste-'));
    try {
      cpSync(path.join(FIXTURES, 'dot.svg'), path.join(dir, 'dot.svg'));
      writeFileSync(
        path.join(dir, 'post.html'),
        `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<link rel="icon" href="dot.svg">\n<title>A post with the pasted snippet</title>\n</head>\n<body>\n<main>\n<h1>My post</h1>\n${snippet}\n</main>\n</body>\n</html>\n`,
      );
      const blog = await t.serve({ root: dir, base: '/post/' });
      const host = await t.newPage({ allowOrigins: [t.origin] });
      await host.goto(`${blog.url}post.html`);
      const framed = await embeddedApp(host, '[data-candor-embed]');
      t.equal(await framed.locator('main h1').textContent(), title, 'the pasted embed shows the title as given');
      t.equal(await framed.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the pasted embed is dark');
      t.equal(rgbText(await computedColor(framed, 'button.primary', 'backgroundColor')), '#ffee58', 'the pasted embed uses the accent (readable on dark as given)');
      await seeFits(t, host, '[data-candor-embed]', framed, 'the pasted embed');
      await checkScreen(t, host, framed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  { timeout: 60_000 },
);

// ---------------------------------------------------------------------------
// 10. The builder is live and honest (issue 14)

test(
  'embed: the builder follows typing, writes only valid values, names every limit, and lists a broken quiz file\'s problems as its preview shows them',
  async (t) => {
    const copy = await serveDistWith(t, {
      'broken.quiz.json': readFileSync(path.join(FIXTURES, 'embed', 'broken.quiz.json')),
    });
    try {
      const page = await t.newPage();
      await page.goto(`${copy.url}#/embed`);
      await seeHeading(page, 'Embed Candor in your site');
      const snippet = () => page.locator('textarea.snippet').first().inputValue();
      const previewParams = async () => Object.fromEntries(new URL(await page.locator('iframe.preview').getAttribute('src')).searchParams);
      const problems = page.locator('section[aria-labelledby=problems-h]');
      const seeProblem = (text) => problems.locator('li').filter({ hasText: text }).first().waitFor();

      // The coach's theme, not the reader's device, and why.
      t.equal(await page.locator('#b-theme').inputValue(), 'light', 'the builder starts light');
      t.assert((await page.locator('#b-theme-hint').innerText()).includes('a dark frame on your light page'), 'the hint says why');
      t.assert((await snippet()).includes('data-theme="light"'), 'the snippet asks for the light theme');

      // Live: typing, without leaving the field, reaches the snippet and the preview.
      await page.locator('#b-title').pressSequentially('Live title');
      await page.waitForFunction(() => document.querySelector('textarea.snippet').value.includes('data-title="Live title"'));
      t.equal((await previewParams()).title, 'Live title', 'the preview follows typing');

      // An invalid value is listed with its limit and kept out of the snippet and the preview.
      await page.locator('#b-title').fill('x'.repeat(121));
      await seeProblem('title: at most 120 characters are allowed.');
      t.assert(!(await snippet()).includes('data-title'), 'a title over its limit is not written into the snippet');
      t.equal((await previewParams()).title, undefined, 'nor into the preview');
      await page.locator('#b-cta').fill('javascript:alert(1)');
      await page.locator('#b-cta-label').fill('y'.repeat(41));
      await seeProblem('cta: only http://, https:// and mailto: addresses are allowed.');
      await seeProblem('cta-label: at most 40 characters are allowed.');
      t.assert(!/data-cta|javascript/.test(await snippet()), `no invalid call to action in the snippet:\n${await snippet()}`);
      const frameSnippet = await page.locator('textarea.snippet').nth(1).inputValue();
      t.assert(!/cta|javascript|title=x/.test(frameSnippet.replace(/ title="[^"]*"/, '')), `nor in the frame snippet:\n${frameSnippet}`);

      // An adjusted accent: both swatches beside the field, and why.
      await page.locator('#b-accent').fill('ffee58');
      const swatches = page.locator('#b-accent-swatches');
      await swatches.waitFor();
      const swatchText = await swatches.innerText();
      t.assert(swatchText.includes('Your color #ffee58'), `the requested color: ${swatchText}`);
      const used = swatchText.match(/Used on the light theme (#[0-9a-f]{6})/);
      t.assert(used && used[1] !== '#ffee58', `the color used: ${swatchText}`);
      t.assert(swatchText.includes('4.5:1'), 'and why');
      t.equal(await swatches.locator('rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('fill'))), ['#ffee58', used[1]], 'two swatches');

      // A broken quiz file: its problems, as the preview shows them.
      await page.locator('#b-quiz').fill('broken.quiz.json');
      await seeProblem('quiz: The file has 4 problems:');
      const lines = await problems.locator('li').allTextContents();
      const frame = await (await page.locator('iframe.preview').elementHandle()).contentFrame();
      await frame.waitForFunction(() => new URLSearchParams(location.search).get('quiz') === 'broken.quiz.json' && document.querySelectorAll('main li').length > 0);
      const shown = await frame.locator('main li').allTextContents();
      t.equal(shown.length, 4, 'the preview shows the four problems');
      for (const line of shown) t.assert(lines.includes(line), `the builder lists "${line}": ${JSON.stringify(lines)}`);
      await page.locator('#b-quiz').fill('onboarding-readiness.quiz.json');
      await page.waitForFunction(() => !Array.from(document.querySelectorAll('section[aria-labelledby=problems-h] li')).some((li) => li.textContent.startsWith('quiz')));

      // The format reference is a link, served next to the app.
      const format = link(page, 'The quiz file format');
      const response = await page.request.get(new URL(await format.getAttribute('href'), page.url()).href);
      t.equal(response.status(), 200, 'the format reference is served');
      t.assert((await response.text()).includes('# The Candor quiz file format'), 'it is the format reference');

      // "Copied" beside the button that copied.
      await allowClipboard(page, new URL(copy.url).origin);
      await clickButton(page, 'Copy frame snippet');
      const frameRow = page.locator('.copy-status').filter({ has: button(page, 'Copy frame snippet') });
      await frameRow.getByRole('status').filter({ hasText: 'The frame snippet is copied.' }).waitFor();
      const snippetRow = page.locator('.copy-status').filter({ has: button(page, 'Copy snippet') });
      t.equal(await snippetRow.getByRole('status').textContent(), '', 'nothing is said beside the other button');
      await settle(frame);
      await t.check(page);
    } finally {
      copy.remove();
    }
  },
  { timeout: 60_000 },
);

// ---------------------------------------------------------------------------
// 11. The WordPress shortcode and plugin

/** A value as the WordPress plugin's shortcode writes it: HTML-escaped, with `[` and `]` as entities too. */
const shortcodeValue = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('[', '&#91;').replaceAll(']', '&#93;');

/** The files of `dir` but dotfiles, as sorted paths with `/` separators. */
function pluginFiles(dir, { dotfiles = false } = {}, prefix = '') {
  return readdirSync(path.join(dir, prefix))
    .filter((name) => dotfiles || !name.startsWith('.'))
    .flatMap((name) => {
      const relative = prefix ? `${prefix}/${name}` : name;
      return statSync(path.join(dir, relative)).isDirectory() ? pluginFiles(dir, { dotfiles }, relative) : [relative];
    })
    .sort();
}

test(
  'embed: the builder writes the WordPress shortcode of only valid values, copies it, and links the plugin\'s zip',
  async (t) => {
    const page = await openApp(t, '#/embed');
    await seeHeading(page, 'Embed Candor in your site');
    const area = page.getByRole('textbox', { name: 'WordPress shortcode', exact: true });
    // No address: the plugin loads Candor from its own copy (or its Administrator's choice), never from a post.
    t.equal(await area.inputValue(), '[candor theme="light"]', 'the shortcode starts with the light theme, and names no address');
    t.equal(await area.getAttribute('readonly'), '', 'the shortcode is read-only');

    // Every value the shortcode shows, from now on.
    await page.evaluate(() => {
      const field = Array.from(document.querySelectorAll('textarea.snippet')).find((f) => f.value.startsWith('[candor '));
      window.shortcodesSeen = [field.value];
      const look = () => {
        if (field.value !== window.shortcodesSeen.at(-1)) window.shortcodesSeen.push(field.value);
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });

    // An invalid accent is listed as a problem and never written.
    await page.locator('#b-accent').pressSequentially('1f4e7g');
    await page.locator('section[aria-labelledby=problems-h] li').filter({ hasText: 'accent:' }).first().waitFor();
    t.assert(!(await area.inputValue()).includes('accent'), `no invalid accent in the shortcode: ${await area.inputValue()}`);

    // A valid accent, a call to action and a label with quotes; a title with every character to escape.
    const cta = 'https://coach.example/book?c={code}&from=blog';
    const label = 'Book a "free" call';
    const title = 'Are you a [yes] <person> & "why"?';
    await page.locator('#b-accent').fill('');
    await page.locator('#b-accent').pressSequentially('#1f4e79');
    await page.waitForFunction(() => document.querySelectorAll('textarea.snippet')[2]?.value.includes(' accent="1f4e79"'));
    await page.locator('#b-cta').pressSequentially(cta);
    await page.locator('#b-cta-label').pressSequentially(label);
    await page.locator('#b-title').fill(title);
    const expected =
      `[candor theme="light" accent="1f4e79" title="Are you a &#91;yes&#93; &lt;person&gt; &amp; &quot;why&quot;?" ` +
      'cta="https://coach.example/book?c={code}&amp;from=blog" cta-label="Book a &quot;free&quot; call"]';
    t.equal(shortcodeValue(title), 'Are you a &#91;yes&#93; &lt;person&gt; &amp; &quot;why&quot;?', 'the test\'s own escaping');
    await page.waitForFunction((want) => document.querySelectorAll('textarea.snippet')[2]?.value === want, expected).catch(() => {});
    t.equal(await area.inputValue(), expected, 'the shortcode carries the options, escaped, in the snippet\'s order');
    const seen = await page.evaluate(() => window.shortcodesSeen);
    t.assert(seen.length >= 3, `the shortcode was watched as it followed the typing: ${JSON.stringify(seen)}`);
    const accents = [...new Set(seen.flatMap((value) => [...value.matchAll(/ accent="([^"]*)"/g)].map((m) => m[1])))];
    t.equal(accents, ['1f4e79'], `only the valid accent ever reached the shortcode: ${JSON.stringify(seen)}`);
    t.assert(seen.every((value) => value.startsWith('[candor ') && !value.includes('src=') && value.endsWith(']') && !value.includes('\n')), 'every shortcode was one line, without an address');

    // A quiz file by the name the plugin gives it once uploaded in its settings.
    await page.locator('#b-quiz').fill('onboarding-readiness.quiz.json');
    await page.waitForFunction(() => document.querySelectorAll('textarea.snippet')[2]?.value.includes(' quiz="onboarding-readiness"'));
    t.assert((await area.inputValue()).endsWith(' quiz="onboarding-readiness"]'), `the quiz by its name in the plugin: ${await area.inputValue()}`);
    await page.locator('#b-quiz').fill('');
    await page.waitForFunction((want) => document.querySelectorAll('textarea.snippet')[2]?.value === want, expected);

    // Copied, said beside its own button.
    await allowClipboard(page, t.origin);
    await clickButton(page, 'Copy shortcode');
    await seeCopiedOrSelected(page, expected);
    const row = page.locator('.copy-status').filter({ has: button(page, 'Copy shortcode') });
    await row.getByRole('status').filter({ hasText: 'The shortcode is copied.' }).waitFor();

    // The plugin: a zip served next to the app, with every file of wordpress/candor/ under candor/,
    // and the build itself (every file served next to the app but the zips) under candor/app/.
    const download = link(page, 'Download the WordPress plugin');
    const href = await download.getAttribute('href');
    t.equal(href, `${t.url}candor-wordpress.zip`, 'the plugin is linked next to the app');
    t.equal(await download.getAttribute('download'), 'candor-wordpress.zip', 'and downloads as candor-wordpress.zip');
    const response = await page.request.get(href);
    t.equal(response.status(), 200, 'the plugin\'s zip is served');
    const zip = await response.body();
    t.equal([...zip.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], 'it starts as a zip: PK\\x03\\x04');
    const entries = readZip(zip);
    const names = entries.map((e) => e.name);
    t.assert(names.includes('candor/candor.php'), `the zip lists candor/candor.php: ${names}`);
    t.assert(names.every((name) => name.startsWith('candor/')), `every entry is under candor/: ${names}`);
    const files = pluginFiles(PLUGIN_FOLDER);
    const build = pluginFiles(t.dist, { dotfiles: true }).filter((file) => !file.endsWith('.zip'));
    t.assert(build.includes('index.html') && build.includes('.htaccess') && build.some((file) => file.endsWith('_bg.wasm')), `the build has its page, wasm and .htaccess: ${build}`);
    t.equal(
      names.filter((name) => !name.endsWith('/')).sort(),
      [...files.map((file) => `candor/${file}`), ...build.map((file) => `candor/app/${file}`)].sort(),
      'the zip holds every file of wordpress/candor/ but dotfiles, and the build in app/',
    );
    for (const { name, data } of entries.filter((e) => !e.name.endsWith('/'))) {
      const relative = name.slice('candor/'.length);
      const source = relative.startsWith('app/') ? path.join(t.dist, relative.slice('app/'.length)) : path.join(PLUGIN_FOLDER, relative);
      t.assert(data.equals(readFileSync(source)), `${name} is the file as it is`);
    }

    await settle(page);
    await t.check(page);
  },
  { timeout: 60_000 },
);
