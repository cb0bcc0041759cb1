// The words browser tests are written in: what a person does and sees.
// Elements are found by role and accessible name, as assistive technology
// finds them, so a passing test also says the screen is labelled right.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Opens the app in a fresh page; `path` is appended to the app URL (e.g. '#/about', '?lang=de'). */
export async function openApp(t, path = '', pageOptions = {}) {
  const page = await t.newPage(pageOptions);
  await page.goto(t.url + path);
  return page;
}

export const button = (scope, name) => scope.getByRole('button', { name, exact: true });
export const link = (scope, name) => scope.getByRole('link', { name, exact: true });
export const heading = (scope, name) => scope.getByRole('heading', { level: 1, name, exact: true });

export async function clickButton(scope, name) {
  await button(scope, name).click();
}

export async function clickLink(scope, name) {
  await link(scope, name).click();
}

export async function seeButton(scope, name) {
  await button(scope, name).waitFor();
}

/** Waits until a link with that name is in the document (visible or not). */
export async function seeLink(scope, name) {
  await link(scope, name).waitFor({ state: 'attached' });
}

export async function seeHeading(scope, name) {
  await heading(scope, name).waitFor();
}

/** Waits for the first `h1` with some text and returns that text. */
export async function seeSomeHeading(page) {
  const h1 = page.locator('h1').filter({ hasText: /\S/ }).first();
  await h1.waitFor();
  return (await h1.innerText()).trim();
}

export async function seeHash(page, hash) {
  await page.waitForFunction((expected) => location.hash === expected, hash);
}

export async function goBack(page) {
  await page.goBack();
}

export async function reload(page) {
  await page.reload();
}

/** The content of the page's `<meta http-equiv="Content-Security-Policy">`, or null. */
export function contentSecurityPolicy(page) {
  return page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content', { timeout: 1000 }).catch(() => null);
}

/** Waits for the error screen (`[role=alert]` holding the "Something went wrong" h1) and returns it. */
export async function seeErrorScreen(page) {
  const alert = page.locator('[role=alert]').filter({ has: heading(page, 'Something went wrong') });
  await alert.waitFor();
  return alert;
}

/** The text a person can read in `scope`, including the contents of text areas. */
export function readableText(scope) {
  return scope.evaluate((element) =>
    [element.innerText, ...Array.from(element.querySelectorAll('textarea'), (area) => area.value)].join('\n'),
  );
}

export async function allowClipboard(page, origin) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
}

/**
 * Waits until `needle` is on the clipboard or in the current selection (the
 * fallback when the clipboard is unavailable); returns where it was found.
 */
export async function seeCopiedOrSelected(page, needle, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await page.evaluate(findCopiedOrSelected, needle);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`"${needle}" is neither on the clipboard nor selected`);
    await page.waitForTimeout(100);
  }
}

// Runs in the page. Polled from Node: waitForFunction does not await an async predicate.
async function findCopiedOrSelected(needle) {
  const clipboard = await navigator.clipboard?.readText().catch(() => '');
  if (clipboard?.includes(needle)) return 'clipboard';
  const field = document.activeElement;
  const fieldSelection = typeof field?.value === 'string' ? field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0) : '';
  return `${getSelection()}\n${fieldSelection}`.includes(needle) ? 'selection' : null;
}

// ---------------------------------------------------------------------------
// Taking the quiz

export async function goForward(page) {
  await page.goForward();
}

const COUNT = 'main.question p.count';

/** Clicks "Start" on the intro and waits for question 1. */
export async function startQuiz(page) {
  await clickButton(page, 'Start');
  await seeQuestion(page, 1);
}

/** Waits until question `n` is shown (its "n of N" count and its `#/q/n` address). */
export async function seeQuestion(page, n) {
  try {
    await page.waitForFunction(
      ([selector, number]) =>
        location.hash === `#/q/${number}` && (document.querySelector(selector)?.textContent ?? '').startsWith(`${number} of `),
      [COUNT, n],
    );
  } catch (err) {
    const shown = await whereAmI(page).catch(() => 'unknown');
    throw new Error(`expected question ${n} (#/q/${n}), but the page shows ${shown}: ${err.message.split('\n')[0]}`);
  }
}

/** The address and the first heading or question count of the screen shown, for error messages. */
function whereAmI(page) {
  return page.evaluate((selector) => {
    const count = document.querySelector(selector)?.textContent;
    const h1 = document.querySelector('main h1')?.textContent;
    return `${location.hash || '(no hash)'} ${count ? `"${count}"` : `h1 "${h1 ?? ''}"`}`;
  }, COUNT);
}

/** The question shown now, as `{ number, total }` from its "N of T" count. */
export async function questionCount(page) {
  const text = await page.locator(COUNT).innerText();
  const [, number, total] = text.match(/^(\d+) of (\d+)$/) ?? [];
  if (!number) throw new Error(`unexpected question count "${text}"`);
  return { number: Number(number), total: Number(total) };
}

/** Waits for the screen after question `number` of `total`: the next question, or the report. */
async function seeScreenAfter(page, { number, total }) {
  if (number < total) await seeQuestion(page, number + 1);
  else await seeReport(page);
}

/** Presses a key on a question ('1'–'5', '0' for Not sure) and waits for the next screen. */
export async function answerWithKey(page, key) {
  const at = await questionCount(page);
  await page.keyboard.press(key);
  await seeScreenAfter(page, at);
}

/** The `label.option` whose visible label is `label` (e.g. 'Often', 'Not sure'). */
export function option(page, label) {
  return page.locator('label.option').filter({ has: page.locator('span.label').getByText(label, { exact: true }) });
}

/** Clicks an answer's label with the mouse and waits for the next screen. */
export async function answerByClicking(page, label) {
  const at = await questionCount(page);
  await option(page, label).click();
  await seeScreenAfter(page, at);
}

/** The built-in quiz's labels of the scale, in key order: keys '1'–'5' then '0'. */
export const SCALE_KEYS = { 1: 'Never', 2: 'Rarely', 3: 'Sometimes', 4: 'Often', 5: 'Always', 0: 'Doesn’t apply to me' };

/**
 * Answers from the current question on with the keys of `sheet` (one
 * character per question: '1'–'5', '0' for Not sure), one screen at a time.
 */
export async function answerSheet(page, sheet) {
  for (const key of sheet) await answerWithKey(page, key);
}

/** The label of the checked answer on the question shown, or null. */
export function checkedAnswer(page) {
  return page.evaluate(
    () => document.querySelector('main.question input[name=answer]:checked')?.closest('label')?.querySelector('.label')?.textContent ?? null,
  );
}

/** Presses Tab until `locator` has focus (at most `max` presses). */
export async function tabTo(page, locator, max = 40) {
  for (let i = 0; i < max; i += 1) {
    if (await hasFocus(locator)) return;
    await page.keyboard.press('Tab');
  }
  if (!(await hasFocus(locator))) throw new Error(`Tab never reached ${locator}`);
}

export function hasFocus(locator) {
  return locator.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Waits until the focus is on the `h1` of the main landmark (as after every screen change). */
export async function seeFocusOnHeading(page) {
  await page.waitForFunction(() => document.activeElement === document.querySelector('main h1'));
}

// ---------------------------------------------------------------------------
// The report

/** Waits for the report (`#/report` and its archetype heading) and returns the archetype name. */
export async function seeReport(page) {
  await seeHash(page, '#/report');
  const h1 = page.locator('header.archetype h1');
  await h1.waitFor();
  return (await h1.innerText()).trim();
}

/**
 * The number in "Overall: N out of 100" (also when it goes on to say how many
 * habits it covers), or the whole text when it is not a number.
 */
export async function overallScore(page) {
  const text = (await page.locator('p.overall').innerText()).trim();
  const match = text.match(/^Overall: (\d+) out of 100(, from the \d+ of \d+ habits with a score)?$/);
  return match ? Number(match[1]) : text;
}

/** How many habits the overall figure says it covers ("6 of 7"), or null when it says nothing (all of them). */
export async function overallCoverage(page) {
  const text = (await page.locator('p.overall').innerText()).trim();
  return text.match(/, from the (\d+ of \d+) habits with a score$/)?.[1] ?? null;
}

/**
 * The score table (read as text, open or not): `{ [dimension]: { score, change } }`,
 * `score` a number (or the cell's text when it is not one), `change` the cell's text.
 */
export function reportTable(page) {
  return page.locator('details table').evaluate((table) => {
    const rows = {};
    for (const tr of table.querySelectorAll('tbody tr')) {
      const [th, score, change] = [tr.querySelector('th'), ...tr.querySelectorAll('td')].map((cell) => cell.textContent.trim());
      rows[th] = { score: /^\d+$/.test(score) ? Number(score) : score, change };
    }
    return rows;
  });
}

/** Every dimension card of the report: `{ [dimension]: { score, headline } }` (`score` as shown, e.g. "69 / 100"). */
export function dimensionCards(page) {
  return page.locator('main').evaluate((main) => {
    const cards = {};
    for (const article of main.querySelectorAll('article.dimension')) {
      const h3 = article.querySelector('h3');
      const score = h3.querySelector('.score')?.textContent.trim() ?? '';
      const name = Array.from(h3.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim();
      cards[name] = { score, headline: article.querySelector('p.headline')?.textContent.trim() ?? '' };
    }
    return cards;
  });
}

/** `{ [dimension]: headline }` from the report's dimension cards. */
export async function headlines(page) {
  const cards = await dimensionCards(page);
  return Object.fromEntries(Object.entries(cards).map(([name, { headline }]) => [name, headline]));
}

/** The checkbox of step `n` (from 1) of "Your next three steps". */
export function step(page, n) {
  return page.locator('ul.checklist > li').nth(n - 1).getByRole('checkbox');
}

export async function tickStep(page, n) {
  await step(page, n).check();
}

/** Counts the pages of a PDF: `/Type /Page` objects, not `/Pages`. */
export function pdfPageCount(bytes) {
  return (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

// ---------------------------------------------------------------------------
// Notices and storage

/** Waits for the notices about the reader's data (a status region) holding `containing`; returns their text. */
export async function seeNotice(page, containing) {
  const notices = page.locator('.notices[role=status]');
  await notices.filter({ hasText: containing }).waitFor();
  return (await notices.innerText()).trim();
}

/**
 * Waits for the notice that the answers were changed elsewhere in this
 * browser (another tab or frame of the same quiz), then dismisses the notices.
 */
export async function dismissChangedElsewhere(scope) {
  const notices = scope.locator('.notices[role=status]');
  await seeNotice(scope, 'Your answers were changed elsewhere in this browser');
  await button(notices, 'Dismiss').click();
  await notices.waitFor({ state: 'hidden' });
}

/** Whether the notices box is shown (it is hidden when there is no notice). */
export function noticesShown(page) {
  return page.locator('.notices[role=status]').evaluate((box) => !box.hidden && box.getClientRects().length > 0);
}

/** Waits for the report's line that its result is not kept on this device; returns it. */
export async function seeNotKept(page) {
  const line = page.locator('p.not-kept');
  await line.waitFor();
  return (await line.innerText()).trim();
}

/** The `localStorage` keys of the page's origin. */
export function storageKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).sort());
}

export function storedValue(page, key) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

export async function storeValue(page, key, value) {
  // Behind the app's back only once it has started and read its records: a
  // Start button seen may still be the page's painted first screen, and an
  // app starting after this write would read it at once.
  await page.locator('main#main').waitFor({ state: 'attached' });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value]);
}

/**
 * Makes every `localStorage` call of the page's context throw, as a browser
 * that blocks storage does; call before the first navigation.
 */
export async function blockStorage(page) {
  await page.context().addInitScript(() => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) {
      Object.defineProperty(Storage.prototype, name, { value: blocked, configurable: true, writable: true });
    }
    Object.defineProperty(Storage.prototype, 'length', { get: blocked, configurable: true });
  });
}

/**
 * Waits until the screen's entrance animations have finished, so what is
 * checked (axe's color contrast in particular) is the screen a reader sees
 * once it is still, not a frame of its fade-in.
 */
export async function settle(page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => {}))));
}

// ---------------------------------------------------------------------------
// Embedding

/**
 * The frame `embed.js` put inside the placeholder `placeholder` (a CSS
 * selector) of a host page, once the app in it shows a first heading.
 * Scrolls it into view first (embed frames load lazily), unless `scroll` is false.
 */
export async function embeddedApp(page, placeholder, { scroll = true } = {}) {
  const element = page.locator(`${placeholder} iframe`);
  await element.waitFor({ state: 'attached' });
  if (scroll) await element.scrollIntoViewIfNeeded();
  const frame = await (await element.elementHandle()).contentFrame();
  await frame.waitForFunction(() => /\S/.test(document.querySelector('main h1')?.textContent ?? ''));
  return frame;
}

/** The height of the frame element inside `placeholder`, from its `style.height`, in px. */
export function frameHeight(page, placeholder) {
  return page.locator(`${placeholder} iframe`).evaluate((frame) => parseFloat(frame.style.height));
}

/** What the page inside a frame measures: its body's height, its scroll height and its viewport height. */
export function contentHeight(frame) {
  return frame.evaluate(() => ({
    body: document.body.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    viewport: innerHeight,
  }));
}

/**
 * Waits until the frame inside `placeholder` is as tall as the content of its
 * page (within `tolerance` px) on two polls in a row; returns
 * `{ frame, content }` in px. Throws with both heights when it never is.
 */
export async function seeFrameFitsContent(page, placeholder, frame, { tolerance = 2, timeout = 5000 } = {}) {
  const deadline = Date.now() + timeout;
  let fits = 0;
  let last;
  for (;;) {
    const outer = await frameHeight(page, placeholder);
    const inner = await contentHeight(frame);
    last = { frame: outer, content: inner.body, scroll: inner.scroll, viewport: inner.viewport };
    fits = Math.abs(outer - inner.body) <= tolerance ? fits + 1 : 0;
    if (fits >= 2) return last;
    if (Date.now() > deadline) {
      throw new Error(
        `the frame in ${placeholder} is ${last.frame} px tall but its content is ${last.content} px (scroll height ${last.scroll}, viewport ${last.viewport})`,
      );
    }
    await page.waitForTimeout(100);
  }
}

/** Answers from the current question on by clicking the labels of `sheet`'s keys (works inside frames, which have no keyboard of their own). */
export async function answerSheetByClicking(scope, sheet) {
  for (const key of sheet) await answerByClicking(scope, SCALE_KEYS[key]);
}

/**
 * Blocks web storage in the documents of `origin` only, as a browser that
 * blocks third-party storage does inside an embedded frame: reading
 * `localStorage` or `sessionStorage` throws a SecurityError, and so does every
 * `Storage` method. Call before the first navigation.
 */
export async function blockStorageOf(page, origin) {
  await page.context().addInitScript((blockedOrigin) => {
    if (location.origin !== blockedOrigin) return;
    const blocked = () => {
      throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
    };
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { get: blocked, configurable: true });
    }
    for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) {
      Object.defineProperty(Storage.prototype, name, { value: blocked, configurable: true, writable: true });
    }
    Object.defineProperty(Storage.prototype, 'length', { get: blocked, configurable: true });
  }, origin);
}

/** Records every dialog (alert, confirm, prompt) the page opens, dismissing it; returns the list of their messages. */
export function recordDialogs(page) {
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  return dialogs;
}

/** Records the text of every console warning of the page's context; returns the (growing) list. */
export function recordWarnings(page) {
  const warnings = [];
  page.context().on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

/**
 * The color CSS resolves `cssColor` to, as `[r, g, b, a]` (0–255, alpha
 * 0–1), read back from a canvas so any CSS color syntax works.
 */
export function resolveColor(scope, cssColor) {
  return scope.evaluate((color) => {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  }, cssColor);
}

/** The computed `property` of the first element matching `selector` in `scope`, resolved to `[r, g, b, a]`. */
export async function computedColor(scope, selector, property) {
  const value = await scope.locator(selector).first().evaluate((element, name) => getComputedStyle(element)[name], property);
  return resolveColor(scope, value);
}

/** Sets a text field of a form to `value` as a person does: types it and leaves the field (so `change` fires). */
export async function fillAndLeave(scope, selector, value) {
  const field = scope.locator(selector);
  await field.fill(value);
  await field.press('Tab');
}

// ---------------------------------------------------------------------------
// Sharing a result

/** The "Share your result" section of the report. */
export function sharePanel(page) {
  return page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Share your result', exact: true }) });
}

/**
 * What the share panel says about its own link and code (copied, or how to
 * copy by hand): its status line, not the picture's inside "Share or save".
 */
export function shareStatus(page) {
  return sharePanel(page).locator(':scope > p.status[role=status]');
}

/** The report's "Share or save" disclosure (the team link and Save as image), a `<details>`. */
export function shareOrSave(scope) {
  return scope.locator('details.share-more');
}

/** Whether "Share or save" is open. */
export function isShareOrSaveOpen(scope) {
  return shareOrSave(scope).evaluate((details) => details.open);
}

/**
 * Opens "Share or save" on the report as a person does, by clicking its
 * summary, unless it is open already (outside an embed it starts open;
 * inside one, closed). Works inside frames.
 */
export async function openShareOrSave(scope) {
  if (await isShareOrSaveOpen(scope)) return;
  await shareOrSave(scope).locator('summary').click();
  await scope.waitForFunction(() => document.querySelector('details.share-more')?.open === true);
}

/** The result link shown in the share panel (`#share-link`). */
export function shareLink(page) {
  return page.getByRole('textbox', { name: 'Link', exact: true }).inputValue();
}

/** The result code shown in the share panel (`#share-code`). */
export function shareCode(page) {
  return page.getByRole('textbox', { name: 'Code', exact: true }).inputValue();
}

export function shareNameBox(page) {
  return page.getByRole('textbox', { name: 'Your name (optional)', exact: true });
}

/** Types `name` into the name box key by key, as a person does (the box starts empty unless `clear` is false). */
export async function typeShareName(page, name, { clear = true } = {}) {
  const box = shareNameBox(page);
  if (clear) await box.fill('');
  await box.pressSequentially(name);
}

/**
 * Runs `action` (which should make the page download a file) and returns
 * `{ name, text }`: the suggested file name and the file's content.
 */
export async function downloadedBy(page, action) {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Waits for a shared result (`#r=…`) to be shown; returns `{ kicker, archetype }`. */
export async function seeSharedResult(page) {
  await page.waitForFunction(() => location.hash.startsWith('#r='));
  const header = page.locator('header.archetype');
  await header.locator('h1').waitFor();
  return {
    // textContent: the kicker is set in capitals by CSS only.
    kicker: (await header.locator('p.kicker').textContent()).trim(),
    archetype: (await header.locator('h1').textContent()).trim(),
  };
}

// ---------------------------------------------------------------------------
// The team view

/** Opens the team view in a fresh page: `codes` empty for `#/team`, else the team link `#t=<code>~<code>…`. */
export async function openTeam(t, codes = [], pageOptions = {}) {
  const page = await openApp(t, codes.length ? `#t=${codes.join('~')}` : '#/team', pageOptions);
  await seeHeading(page, 'Compare as a team');
  return page;
}

export function teamPasteBox(page) {
  return page.getByRole('textbox', { name: 'Links or codes', exact: true });
}

/** Pastes `text` into "Links or codes", presses "Add to the team" and waits for the status line to count the team. */
export async function addToTeam(page, text) {
  const status = page.locator('main p.status[role=status]');
  await status.evaluate((element) => {
    element.textContent = '';
  });
  await teamPasteBox(page).fill(text);
  await clickButton(page, 'Add to the team');
  await page.waitForFunction(() => /^The team has \d+ members?\.$/.test(document.querySelector('main p.status[role=status]')?.textContent ?? ''));
  return (await status.innerText()).trim();
}

/** Adds result files with the "Add result files" file input: `files` are `{ name, mimeType, buffer }`. */
export async function addResultFiles(page, files) {
  await page.locator('label.file-button input[type=file]').setInputFiles(files);
}

/** The status line of the team view. */
export async function teamStatus(page) {
  return (await page.locator('main p.status[role=status]').innerText()).trim();
}

/** The entries refused, as `{ entry, reason }`, from the problems box (empty when there is none). */
export function teamProblems(page) {
  return page.locator('main').evaluate((main) =>
    Array.from(main.querySelectorAll('.problems-box[role=alert] li'), (li) => {
      const entry = li.querySelector('code')?.textContent ?? '';
      return { entry, reason: li.textContent.slice(entry.length).replace(/^ — /, '') };
    }),
  );
}

/** Waits until the problems box lists `count` entries. */
export async function seeTeamProblems(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('main .problems-box[role=alert] li').length === n, count);
  return teamProblems(page);
}

/** Waits until the team view lists `count` members ("N members: …", "1 member: …"); returns their labels. */
export async function seeTeamMembers(page, count) {
  const members = page.locator('main p.members');
  try {
    await page.waitForFunction((n) => (document.querySelector('main p.members')?.textContent ?? '').startsWith(`${n} ${n === 1 ? 'member' : 'members'}: `), count);
  } catch (err) {
    const shown = (await members.count()) ? await members.innerText() : '(no members line)';
    throw new Error(`expected ${count} members, the team view shows ${shown}: ${err.message.split('\n')[0]}`);
  }
  return (await members.innerText()).trim().replace(/^\d+ members?: /, '').split(', ');
}

/**
 * The team picture as shown: `members` (labels), `dimensions` in page order,
 * each `{ name, figures, dots: [<title> of each dot], averages, ranges }`
 * (`averages`/`ranges`: how many `line.average`/`rect.range` it draws),
 * `styles` (the "Styles in the team" items), `strengths`, `growth` and
 * `table` (rows of "Scores by person", each an array of cell texts).
 */
export function teamPicture(page) {
  return page.locator('main').evaluate((main) => {
    const section = (title) =>
      Array.from(main.querySelectorAll('section')).find((s) => s.querySelector('h2')?.textContent.trim() === title);
    const items = (title) => Array.from(section(title)?.querySelectorAll('li') ?? [], (li) => li.textContent.trim());
    return {
      members: (main.querySelector('p.members')?.textContent ?? '').replace(/^\d+ members?: /, '').split(', '),
      dimensions: Array.from(section('Where you differ most')?.querySelectorAll('article.team-dimension') ?? [], (article) => ({
        name: article.querySelector('h3')?.textContent.trim(),
        figures: article.querySelector('p.figures')?.textContent.trim(),
        dots: Array.from(article.querySelectorAll('svg.marks circle.dot'), (dot) => dot.querySelector('title')?.textContent ?? ''),
        averages: article.querySelectorAll('svg.marks line.average').length,
        ranges: article.querySelectorAll('svg.marks rect.range').length,
        prompts: article.querySelectorAll('ul.prompts li').length,
      })),
      note: main.querySelector('.team-results p.profile-note')?.textContent.trim() ?? null,
      strengths: items('Team strengths'),
      growth: items('Where the team can grow'),
      styles: items('Styles in the team'),
      table: Array.from(section('Scores by person')?.querySelectorAll('tbody tr') ?? [], (tr) =>
        Array.from(tr.querySelectorAll('th, td'), (cell) => cell.textContent.trim()),
      ),
    };
  });
}

/** The presenter overlay (`div.presenter[role=dialog]`). */
export function presenter(page) {
  return page.locator('div.presenter[role=dialog]');
}

/** Waits until the presenter shows slide `n`; returns `{ count, heading }` (its "Slide n of N" line and its h2). */
export async function seeSlide(page, n) {
  await page.waitForFunction(
    (number) => {
      const dialog = document.querySelector('div.presenter[role=dialog]');
      return dialog && !dialog.hidden && (dialog.querySelector('p.slide-count')?.textContent ?? '').startsWith(`Slide ${number} of `);
    },
    n,
  );
  const dialog = presenter(page);
  return {
    count: (await dialog.locator('p.slide-count').innerText()).trim(),
    heading: (await dialog.locator('h2#slide-h').innerText()).trim(),
  };
}

/** Waits until the presenter is hidden. */
export async function seePresenterClosed(page) {
  await page.waitForFunction(() => document.querySelector('div.presenter[role=dialog]')?.hidden === true);
}

/** The text of the clipboard (grant the permission with `allowClipboard` first). */
export function clipboardText(page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

// ---------------------------------------------------------------------------
// Moving around one open page, and what it holds in memory

/**
 * Opens another address of the app in the same tab, as a person pasting a
 * link that differs only after `#` into the address bar: the document stays,
 * only the fragment (and so the screen) changes. `fragment` starts with '#'.
 */
export async function goToFragment(page, fragment) {
  await page.goto(new URL(fragment, page.url()).href);
  await seeHash(page, fragment);
}

/** When the document shown was loaded (ms since the epoch): the same number before and after means it was never reloaded. */
export function documentLoadedAt(page) {
  return page.evaluate(() => performance.timeOrigin);
}

/** Waits for the embed builder and for its preview frame to show the app. */
export async function seeBuilderWithPreview(page) {
  await seeHeading(page, 'Embed Candor in your site');
  await page.waitForFunction(() => {
    const frame = document.querySelector('iframe.preview');
    const doc = frame?.contentDocument;
    return doc && doc.location.href === frame.src && doc.readyState === 'complete' && /\S/.test(doc.querySelector('main h1')?.textContent ?? '');
  });
}

/**
 * Keeps hold of the app's wasm memory so `memoryInUse` can read its size:
 * Trunk's loader announces the wasm exports (the linear memory among them)
 * with the `TrunkApplicationStarted` event. Call before the first navigation.
 */
export async function watchWasmMemory(page) {
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (event) => {
      window.__candorWasmMemory = event.detail.wasm.memory;
    });
    // The facilitator tools' two modules, once a screen of theirs has loaded them.
    addEventListener('CandorToolsStarted', (event) => {
      window.__candorToolsMemory = event.detail.wasm.memory;
    });
    addEventListener('CandorCoachStarted', (event) => {
      window.__candorCoachMemory = event.detail.wasm.memory;
    });
  });
}

const devTools = new WeakMap(); // page -> its DevTools protocol session

/**
 * What the page holds once garbage is collected, in bytes: `jsHeap` (the V8
 * heap in use, `Runtime.getHeapUsage`, which also counts same-origin frames),
 * `domHeap` (Blink's heap of DOM nodes, the `embedderHeapUsedSize` Chromium
 * reports beside it) and `wasm` (the app's wasm linear memory, which grows
 * and never shrinks, with the facilitator tools' modules' once loaded; needs
 * `watchWasmMemory`). Garbage is collected twice,
 * with a pause between: a finalizer freeing a wasm-bindgen closure only runs
 * after the first collection, and what it let go is freed by the second.
 */
export async function memoryInUse(page) {
  let session = devTools.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    await session.send('HeapProfiler.enable');
    devTools.set(page, session);
  }
  const pause = () => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  for (let i = 0; i < 2; i += 1) {
    await session.send('HeapProfiler.collectGarbage');
    await pause();
  }
  const { usedSize, embedderHeapUsedSize } = await session.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() =>
    window.__candorWasmMemory
      ? window.__candorWasmMemory.buffer.byteLength + (window.__candorToolsMemory?.buffer.byteLength ?? 0) + (window.__candorCoachMemory?.buffer.byteLength ?? 0)
      : null,
  );
  if (wasm === null) throw new Error('no wasm memory: call watchWasmMemory(page) before opening the app');
  return { jsHeap: usedSize, domHeap: embedderHeapUsedSize ?? null, wasm };
}

// ---------------------------------------------------------------------------
// Serving other files

/** A copy of dist/ in a temporary folder with `files` added (name → contents), served on its own origin under the usual sub-path. */
export async function serveDistWith(t, files) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'candor-copy-'));
  cpSync(t.dist, dir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) writeFileSync(path.join(dir, name), contents);
  const server = await t.serve({ root: dir, base: '/candor/sub/path/' });
  return { ...server, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// ---------------------------------------------------------------------------
// The quiz-file checker: trying a file, its outcomes and warnings

/** The checker's result section. */
export const checkResult = (page) => page.locator('section[aria-labelledby=result-h]');

/** Chooses `text` as the quiz file `name` with the checker's file button. */
export async function chooseQuizFile(scope, name, text) {
  await scope.locator('.drop-zone input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Pastes `text` into the checker and presses its check button (named `button`). */
export async function pasteQuizFile(scope, text, button = 'Check the pasted text') {
  await scope.locator('#check-paste').fill(text);
  await clickButton(scope, button);
}

/** Waits for the checker's verdict starting with `start`; returns `{ verdict, problems }` as shown. */
export async function seeCheckVerdict(scope, start) {
  const verdict = checkResult(scope).locator('p.verdict');
  await verdict.filter({ hasText: start }).waitFor();
  return { verdict: await verdict.textContent(), problems: await checkResult(scope).locator('ul.problems li').allTextContents() };
}

/** The warnings the checker lists about how a valid file scores (none: []). */
export function seeWarnings(scope) {
  return checkResult(scope).locator('ul.warnings li').allTextContents();
}

/**
 * What the checker shows of a valid file's outcomes: `archetypes`, each
 * `{ name, rule, cta, sheets }` (the lines of its entry, in order), and
 * `table`, each simple answer sheet's row `{ sheet, scores: { [dimension]: text }, archetype }`.
 */
export async function seeOutcomes(scope) {
  const result = checkResult(scope);
  await result.locator('ol.outcomes').waitFor();
  const archetypes = await result.locator('ol.outcomes > li').evaluateAll((items) =>
    items.map((li) => {
      const [name, rule, cta, sheets] = [...li.querySelectorAll('p')].map((p) => p.textContent);
      return { name, rule, cta, sheets };
    }),
  );
  const table = await result.locator('table.sheets').evaluate((table) => {
    const dimensions = [...table.querySelectorAll('thead th')].slice(1, -1).map((th) => th.textContent);
    return [...table.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent);
      return {
        sheet: tr.querySelector('th').textContent,
        scores: Object.fromEntries(dimensions.map((d, i) => [d, cells[i]])),
        archetype: cells[cells.length - 1],
      };
    });
  });
  return { archetypes, table };
}

/** Presses "Try this quiz" on the checker; returns the frame running the file once it shows its first screen. */
export async function tryQuiz(page) {
  await clickButton(page, 'Try this quiz');
  const element = page.locator('iframe.try-frame');
  await element.waitFor();
  const frame = await (await element.elementHandle()).contentFrame();
  await frame.waitForFunction(() => /\S/.test(document.querySelector('main h1')?.textContent ?? ''));
  return frame;
}

/** Waits until the try's frame is as tall as its content (within `tolerance` px); returns both heights. */
export async function seeTryFrameFitsContent(page, tolerance = 2) {
  const fit = await page.waitForFunction((tolerance) => {
    const frame = document.querySelector('iframe.try-frame');
    const body = frame?.contentDocument?.body;
    if (!body) return null;
    const heights = { frame: frame.clientHeight, content: body.getBoundingClientRect().height };
    return Math.abs(heights.frame - heights.content) <= tolerance ? heights : null;
  }, tolerance);
  return fit.jsonValue();
}
