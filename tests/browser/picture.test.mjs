// Save as image: the result card and portrait, copying and sharing, and the
// team picture. Every PNG is really downloaded, then decoded in the page to
// check its size, that it is not blank, that each habit's bar is as long as
// the oracle's score says (bars start where core::picture lays them out),
// that the theme and accent are followed, that the same result gives the
// same bytes, and that nothing is fetched but the tools' module.
//
// CANDOR_WRITE_EXAMPLES=1 also writes the README's example images
// (docs/images/result-card.png, docs/images/team-picture.png).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from './harness.mjs';
import { repoRoot } from './dist.mjs';
import { encodeCode, loadQuiz, scoreSheet, scoreTeam, sheetByDimension } from './oracle.mjs';
import { allowClipboard, answerSheet, button, clickButton, openApp, openTeam, presenter, seeReport, seeSharedResult, startQuiz } from './verbs.mjs';

const quiz = loadQuiz();
const german = loadQuiz(path.join(repoRoot, 'content', 'candor.de.quiz.json'));

// Scores 94, 81, 31, 56, 94, 69, 44: none at 0 or 100, so every bar has a
// filled part and an empty part to measure.
const ANA = sheetByDimension(quiz, {
  integrity: [5, 5, 4, 5],
  candor: [4, 4, 5, 4],
  ownership: [2, 3, 2, 2],
  listening: [3, 3, 3, 4],
  expectations: [5, 4, 5, 5],
  partnership: [4, 4, 4, 3],
  wholehearted: [3, 2, 3, 3],
});
const SAM = sheetByDimension(quiz, {
  integrity: [2, 3, 2, 2],
  candor: [1, 2, 1, 2],
  ownership: [4, 4, 5, 4],
  listening: [5, 5, 4, 5],
  expectations: [3, 3, 3, 2],
  partnership: [2, 3, 2, 3],
  wholehearted: [4, 5, 4, 4],
});
const LONG_NAME = 'Maximiliane Mustermann-Ü'; // 24 characters

// Where core::picture puts the bars' left ends (pad + label column + gap on
// the card; pad in portrait).
const BAR_X = { card: 56 + 340 + 16, portrait: 72 };
const SIZE = { card: [1200, 630], portrait: [1080, 1350], team: [1920, 1080] };
const CARD = 'Download card (1200 × 630)';
const PORTRAIT = 'Download portrait (1080 × 1350)';
const MAX_BYTES = 400 * 1024;

const today = () => new Date().toISOString().slice(0, 10);

/** Records every text the page draws on a canvas (in `window.__drawn`). */
async function recordCanvasText(page) {
  await page.addInitScript(() => {
    window.__drawn = [];
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      window.__drawn.push(String(text));
      return fillText.call(this, text, ...rest);
    };
  });
}

/** The texts drawn since the last call. */
function takeDrawn(page) {
  return page.evaluate(() => window.__drawn.splice(0));
}

/** Presses `name` and returns the downloaded file: `{ name, bytes }`. */
async function pictureBy(page, name, scope = page) {
  const [download] = await Promise.all([page.waitForEvent('download'), clickButton(scope, name)]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/**
 * Decodes a PNG in the page. Returns its size, how many distinct colours it
 * has, the colour of a pixel at each of `points`, and the bars: runs of the
 * page's accent colour starting at `barX` and followed by the border colour
 * (the empty part), one per bar, as `{ y, filled, width }`.
 */
function decode(page, bytes, { barX = null, points = [] } = {}) {
  return page.evaluate(
    async ({ base64, barX, points }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }), {
        colorSpaceConversion: 'none',
        premultiplyAlpha: 'none',
      });
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      const { data: px, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const at = (x, y) => {
        const i = (y * width + x) * 4;
        return [px[i], px[i + 1], px[i + 2]];
      };
      const colours = new Set();
      for (let i = 0; i < px.length; i += 4 * 7) colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
      const rgb = (css) => {
        const probe = document.createElement('span');
        probe.style.color = css;
        document.body.append(probe);
        const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g).map(Number);
        probe.remove();
        return [r, g, b];
      };
      const style = getComputedStyle(document.documentElement);
      const accent = rgb(style.getPropertyValue('--accent').trim());
      const border = rgb(style.getPropertyValue('--border').trim());
      const same = (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
      const bars = [];
      if (barX !== null) {
        let last = null;
        for (let y = 0; y < height; y += 1) {
          if (!same(at(barX, y), accent)) {
            last = null;
            continue;
          }
          let x = barX;
          while (x < width && same(at(x, y), accent)) x += 1;
          const filled = x - barX;
          if (!same(at(x, y), border)) continue;
          while (x < width && same(at(x, y), border)) x += 1;
          const bar = { y, filled, width: x - barX };
          if (!last || last.filled !== bar.filled || last.width !== bar.width) bars.push(bar);
          last = bar;
        }
      }
      return {
        width,
        height,
        colours: colours.size,
        points: points.map(([x, y]) => at(x, y)),
        accent,
        border,
        background: rgb(style.getPropertyValue('--bg').trim()),
        bars,
      };
    },
    { base64: bytes.toString('base64'), barX, points },
  );
}

/** Checks a result picture of `shape` against the oracle's `scores` (in quiz order). */
async function checkResultPicture(t, page, picture, shape, scores, what) {
  t.equal(picture.name, `candor-result-${today()}.png`, `${what}: the file name`);
  t.assert(picture.bytes.length < MAX_BYTES, `${what}: under 400 KB (${picture.bytes.length} bytes)`);
  const image = await decode(page, picture.bytes, { barX: BAR_X[shape], points: [[4, SIZE[shape][1] - 4], [4, 4]] });
  t.equal([image.width, image.height], SIZE[shape], `${what}: its size`);
  t.assert(image.colours >= 6, `${what}: not blank (${image.colours} colours)`);
  t.equal(image.points[0], image.background, `${what}: the page's background colour`);
  t.equal(image.points[1], image.accent, `${what}: the accent stripe`);
  t.equal(image.bars.length, scores.length, `${what}: one bar per habit (${JSON.stringify(image.bars)})`);
  image.bars.forEach((bar, i) => {
    const expected = (bar.width * scores[i]) / 100;
    t.assert(Math.abs(bar.filled - expected) <= 1, `${what}: bar ${i + 1} is ${bar.filled} of ${bar.width} px for a score of ${scores[i]}`);
  });
  return image;
}

/** The tools' module's files: its start script, its wasm and the tools' stylesheet. */
const TOOLS_MODULE = /\/tools-(start-)?[0-9a-f]+(\.js|_bg\.wasm|\.css)$/;

/** The own-origin requests made while `action` runs, besides the tools' module. */
async function requestsDuring(t, page, action) {
  const before = (await t.findings(page)).requests.length;
  await action();
  return (await t.findings(page)).requests.slice(before).filter((url) => !TOOLS_MODULE.test(url));
}

function scoresOf(sheet, q = quiz) {
  const result = scoreSheet(q, sheet);
  return q.dimensions.map((d) => result.dimensions[d.name].score);
}

async function maybeWriteExample(file, bytes) {
  if (process.env.CANDOR_WRITE_EXAMPLES !== '1') return;
  const dir = path.join(repoRoot, 'docs', 'images');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, file), bytes);
}

test('picture: a shared result as a card and a portrait, bars by the scores, same bytes every time, nothing fetched', async (t) => {
  const code = encodeCode(quiz, ANA, LONG_NAME);
  const page = await openApp(t, `#r=${code}`);
  await recordCanvasText(page);
  await page.reload();
  const { archetype } = await seeSharedResult(page);
  await button(page, CARD).waitFor();
  await t.check(page);
  const scores = scoresOf(ANA);
  let card;
  const fetched = await requestsDuring(t, page, async () => {
    card = await pictureBy(page, CARD);
  });
  t.equal(fetched, [], 'no request but the tools module');
  await page.getByRole('status').filter({ hasText: 'The image is downloading.' }).waitFor();
  await checkResultPicture(t, page, card, 'card', scores, 'card');
  const drawn = await takeDrawn(page);
  // The name isolated (FSI…PDI): a right-to-left name keeps the line's order.
  t.assert(drawn.includes(`\u2068${LONG_NAME}\u2069’s client-handling style`), `the 24-character name is drawn whole: ${JSON.stringify(drawn.slice(0, 3))}`);
  t.assert(drawn.join(' ').includes(archetype), `the archetype is drawn: ${archetype}`);
  for (const d of quiz.dimensions) t.assert(drawn.includes(d.name), `the habit "${d.name}" is labelled`);
  t.assert(drawn.some((s) => /^[A-Za-z0-9.-]+(:\d+)?\//.test(s) || s.includes('127.0.0.1')), `the address is drawn: ${drawn.join(' | ')}`);

  const again = await pictureBy(page, CARD);
  t.assert(again.bytes.equals(card.bytes), 'the same card twice: identical bytes');
  const portrait = await pictureBy(page, PORTRAIT);
  await checkResultPicture(t, page, portrait, 'portrait', scores, 'portrait');

  // Another device (a fresh context) draws the same bytes.
  const other = await openApp(t, `#r=${code}`);
  await seeSharedResult(other);
  const elsewhere = await pictureBy(other, CARD);
  t.assert(elsewhere.bytes.equals(card.bytes), 'the same result on another page: identical bytes');
  await maybeWriteExample('result-card.png', card.bytes);

  // The alt text: the archetype and the seven scores in words.
  const alt = await page.getByRole('textbox', { name: 'Alt text for the image', exact: true }).inputValue();
  t.assert(alt.startsWith(`Candor result: ${archetype}.`), `alt text names the archetype: ${alt}`);
  quiz.dimensions.forEach((d, i) => t.assert(alt.includes(`${d.name} ${scores[i]} of 100`), `alt text has ${d.name}: ${alt}`));
  await t.check(page);
});

test('picture: the report of a finished quiz saves a card with the share name', async (t) => {
  const page = await openApp(t);
  await startQuiz(page);
  await answerSheet(page, SAM);
  await seeReport(page);
  await page.getByRole('textbox', { name: 'Your name (optional)', exact: true }).fill('Sam');
  await button(page, CARD).waitFor();
  await t.check(page);
  // What the page itself fetched (the offline worker precaches every file of
  // the build on its own, which is not the page loading the module).
  const tools = () =>
    page.evaluate((source) => performance.getEntriesByType('resource').map((e) => e.name).filter((url) => new RegExp(source).test(url)), TOOLS_MODULE.source);
  t.equal(await tools(), [], 'a reader\'s way from the first screen to the report loads nothing of the tools\' module');
  const card = await pictureBy(page, CARD);
  await checkResultPicture(t, page, card, 'card', scoresOf(SAM), 'report card');
  t.assert((await tools()).length > 0, 'the picture loads the tools\' module');
});

test('picture: dark theme and accent colour are followed', async (t) => {
  const code = encodeCode(quiz, ANA, 'Ana');
  const light = await openApp(t, `#r=${code}`, { colorScheme: 'light' });
  await seeSharedResult(light);
  const dark = await openApp(t, `#r=${code}`, { colorScheme: 'dark' });
  await seeSharedResult(dark);
  const accent = await openApp(t, `?accent=b3006b#r=${code}`, { colorScheme: 'light' });
  await seeSharedResult(accent);
  const scores = scoresOf(ANA);
  const lightImage = await checkResultPicture(t, light, await pictureBy(light, CARD), 'card', scores, 'light');
  const darkImage = await checkResultPicture(t, dark, await pictureBy(dark, CARD), 'card', scores, 'dark');
  const accentImage = await checkResultPicture(t, accent, await pictureBy(accent, CARD), 'card', scores, 'accent');
  t.assert(JSON.stringify(lightImage.background) !== JSON.stringify(darkImage.background), `dark and light backgrounds differ: ${lightImage.background} ${darkImage.background}`);
  t.assert(JSON.stringify(lightImage.accent) !== JSON.stringify(accentImage.accent), `the accent variant's bars differ: ${lightImage.accent} ${accentImage.accent}`);
  t.equal(accentImage.background, lightImage.background, 'the accent changes only what the accent colours');
  await t.check(dark);
});

test('picture: a German result shows only German text', async (t) => {
  const code = encodeCode(quiz, ANA, 'Ana');
  const page = await openApp(t, `?lang=de#r=${code}`);
  await recordCanvasText(page);
  await page.reload();
  await seeSharedResult(page);
  const card = await pictureBy(page, 'Karte herunterladen (1200 × 630)');
  await checkResultPicture(t, page, card, 'card', scoresOf(ANA), 'German card');
  const drawn = await takeDrawn(page);
  t.assert(drawn.includes('Stil im Umgang mit Kunden: \u2068Ana\u2069'), `the German kicker: ${drawn.join(' | ')}`);
  for (const d of german.dimensions) t.assert(drawn.includes(d.name), `the German habit "${d.name}" is labelled`);
  const english = [...quiz.dimensions.map((d) => d.name), ...quiz.patterns.map((p) => p.name), 'client-handling style'];
  for (const text of drawn) for (const word of english) t.assert(!text.includes(word), `no English on the German picture: "${text}" has "${word}"`);
  const month = new Intl.DateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' }).format(new Date());
  t.assert(drawn.some((s) => s.includes(month)), `a German date: ${drawn.join(' | ')}`);
  await t.check(page);
});

test('picture: Copy image copies a PNG, and says so honestly where it cannot', async (t) => {
  const code = encodeCode(quiz, ANA, 'Ana');
  const page = await openApp(t, `#r=${code}`);
  await allowClipboard(page, t.origin);
  await seeSharedResult(page);
  await clickButton(page, 'Copy image');
  await page.getByRole('status').filter({ hasText: 'Image copied.' }).waitFor();
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  t.assert(types.includes('image/png'), `the clipboard holds a PNG: ${types}`);

  const without = await openApp(t, `#r=${code}`);
  await without.addInitScript(() => {
    delete window.ClipboardItem;
  });
  await without.reload();
  await seeSharedResult(without);
  await clickButton(without, 'Copy image');
  await without
    .getByRole('status')
    .filter({ hasText: 'This browser doesn’t let Candor copy images here. Download the image instead.' })
    .waitFor();
  // Share… only where the browser can share files.
  const canShare = await without.evaluate(() => !!navigator.canShare?.({ files: [new File([], 'a.png', { type: 'image/png' })] }));
  t.equal(await button(without, 'Share…').count(), canShare ? 1 : 0, 'Share… is offered only where files can be shared');
  await t.check(without);
});

test('picture: the team view and presenter save a 1920×1080 team picture, named or anonymous', async (t) => {
  const codes = [encodeCode(quiz, ANA, 'Ana'), encodeCode(quiz, SAM, 'Sam')];
  const page = await openTeam(t, codes);
  await recordCanvasText(page);
  await page.reload();
  await button(page, 'Save team picture').waitFor();
  await t.check(page);
  const picture = await pictureBy(page, 'Save team picture');
  t.equal(picture.name, `candor-team-${today()}.png`, 'the team file name');
  t.assert(picture.bytes.length < MAX_BYTES, `under 400 KB (${picture.bytes.length} bytes)`);
  const image = await decode(page, picture.bytes);
  t.equal([image.width, image.height], SIZE.team, 'the team picture size');
  t.assert(image.colours >= 6, `not blank (${image.colours} colours)`);
  const drawn = await takeDrawn(page);
  const team = scoreTeam(quiz, [ANA, SAM]);
  const names = drawn.filter((s) => quiz.dimensions.some((d) => d.name === s));
  t.equal(names, team.byDisagreement, 'habits by disagreement, as the team view orders them');
  t.assert(drawn.some((s) => s.includes('Ana') && s.includes('Sam')), `the members by name: ${drawn.join(' | ')}`);
  await maybeWriteExample('team-picture.png', picture.bytes);
  t.assert(!drawn.some((s) => s.startsWith('Actions and agreements')), 'no actions, no actions band');

  // Issue 23: the meeting's first three actions, under a title counting them.
  const meeting = page.locator('section[aria-labelledby="meeting-h"]');
  for (const [text, owner] of [['Call the client first', 'Sam'], ['Agree on a reply', ''], ['Review in a month', ''], ['Share the notes', '']]) {
    await meeting.getByLabel('Action or agreement', { exact: true }).fill(text);
    await meeting.getByLabel('Owner (optional)', { exact: true }).fill(owner);
    await meeting.getByRole('button', { name: 'Add', exact: true }).click();
  }
  const withActions = await pictureBy(page, 'Save team picture');
  const withActionsImage = await decode(page, withActions.bytes);
  t.equal([withActionsImage.width, withActionsImage.height], SIZE.team, 'the same size with actions');
  const drawnActions = (await takeDrawn(page)).filter((s) => s.startsWith('Actions and') || s.startsWith('• '));
  t.equal(
    drawnActions,
    ['Actions and agreements (the first 3 of 4)', '• Call the client first (owner: \u2068Sam\u2069)', '• Agree on a reply', '• Review in a month'],
    'the first three actions, under a title counting them',
  );

  await page.getByRole('checkbox', { name: 'Anonymous' }).check();
  await clickButton(page, 'Present');
  await presenter(page).waitFor();
  const anonymous = await pictureBy(page, 'Save team picture', presenter(page));
  const anonymousImage = await decode(page, anonymous.bytes);
  t.equal([anonymousImage.width, anonymousImage.height], SIZE.team, 'the presenter saves the same size');
  const drawnAnonymous = (await takeDrawn(page)).join(' | ');
  t.assert(!/Ana|Sam/.test(drawnAnonymous), `no names when anonymous, not even an action's owner: ${drawnAnonymous}`);
  t.assert(drawnAnonymous.includes('• Call the client first |'), `the action without its owner: ${drawnAnonymous}`);
  t.assert(drawnAnonymous.includes('Member 1'), `members numbered when anonymous: ${drawnAnonymous}`);
  await t.check(page);
});
