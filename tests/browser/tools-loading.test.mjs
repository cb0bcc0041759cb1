// When the facilitator tools' module cannot be loaded (offline in an embed,
// or a tab still on a version the server has replaced: its
// `tools-start-<hash>.js` is a 404), the screens and buttons that wait for it
// say so, with the way on: Try again (a new script under a new address), or,
// after an update, Reload the page. Nothing waits forever or stays blank.
import { test } from './harness.mjs';
import { loadQuiz, sheetByStrength } from './oracle.mjs';
import { answerSheet, clickButton, downloadedBy, goToFragment, seeHeading, seeReport, serveDistWith, startQuiz } from './verbs.mjs';

const quiz = loadQuiz();
const SHEET = sheetByStrength(quiz, (_question, i) => [4, 2, 5, 3, 1, 0][i % 6]);
const CARD = 'Download card (1200 × 630)';
const UNREACHABLE = 'This part of Candor could not be loaded. Check your connection, then try again.';
const UPDATED = 'Candor has been updated since this page was opened, and this part of the old version is gone. Reload the page to use the new version.';
const TEAM = 'Compare as a team';
/** The script that starts the tools' module, whatever its query. */
const TOOLS_START = /\/tools-start-[0-9a-f]+\.js(\?.*)?$/;
/** What the browser logs about a failed load. */
const LOAD_ERRORS = [/Failed to load resource/];

/**
 * A page (no worker: Playwright's routes see the page's own requests) whose
 * requests for the tools' starting script fail as `how` says ('abort': no
 * answer; 404: gone) until `lift()`.
 */
async function pageWithToolsBlocked(t, how) {
  const page = await t.newPage({ expectErrors: LOAD_ERRORS, serviceWorkers: 'block' });
  const block = { on: true, requests: 0 };
  await page.route(TOOLS_START, (route) => {
    if (!block.on) return route.continue();
    block.requests += 1;
    return how === 'abort' ? route.abort() : route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  });
  return { page, block, lift: () => (block.on = false) };
}

/** Waits for the message that the tools could not be loaded, with its button; returns the message's box. */
async function seeToolsFailure(scope, text, buttonName) {
  const alert = scope.getByRole('alert').filter({ hasText: text });
  await alert.waitFor();
  await alert.getByRole('button', { name: buttonName, exact: true }).waitFor();
  return alert;
}

test('tools loading: the team view says when the module cannot be loaded, and Try again loads it', async (t) => {
  const { page, block, lift } = await pageWithToolsBlocked(t, 'abort');
  await page.goto(`${t.url}#/team`);
  const alert = await seeToolsFailure(page, UNREACHABLE, 'Try again');
  await seeHeading(page, 'This view could not open');
  t.assert(block.requests >= 1, 'the module was asked for');
  await t.check(page);

  lift();
  await clickButton(alert, 'Try again');
  await seeHeading(page, TEAM);
  t.equal(await page.getByRole('alert').filter({ hasText: UNREACHABLE }).count(), 0, 'the message is gone');
  t.equal(await page.locator('main').count(), 1, 'one screen');
});

test('tools loading: offline in an embed, the team view says so, and Try again works once online', async (t) => {
  const page = await t.newPage({ expectErrors: LOAD_ERRORS });
  await page.goto(`${t.url}?embed=1`);
  await seeHeading(page, quiz.title);
  await page.context().setOffline(true);
  await goToFragment(page, '#/team');
  const alert = await seeToolsFailure(page, UNREACHABLE, 'Try again');
  // Still offline: trying again says so again.
  await clickButton(alert, 'Try again');
  await seeToolsFailure(page, UNREACHABLE, 'Try again');

  await page.context().setOffline(false);
  await clickButton(page.getByRole('alert'), 'Try again');
  await seeHeading(page, TEAM);
});

test('tools loading: "Download card" says when the module cannot be loaded, and Try again makes the image', async (t) => {
  const { page, lift } = await pageWithToolsBlocked(t, 'abort');
  await page.goto(t.url);
  await startQuiz(page);
  await answerSheet(page, SHEET);
  await seeReport(page);
  await clickButton(page, CARD);
  const picture = page.locator('section').filter({ has: page.locator('#picture-h') });
  const alert = await seeToolsFailure(picture, UNREACHABLE, 'Try again');
  await t.check(page);

  lift();
  const png = await downloadedBy(page, () => clickButton(alert, 'Try again'));
  t.assert(/^candor-.*\.png$/.test(png.name), `the image downloads: ${png.name}`);
  await picture.getByText('The image is downloading.').waitFor();
  t.equal(await picture.getByRole('alert').count(), 0, 'the message is gone');
});

test('tools loading: when the server no longer has this version\'s module (404), the page says Candor was updated and reloads', async (t) => {
  const { page, lift } = await pageWithToolsBlocked(t, 404);
  await page.goto(`${t.url}#/team`);
  const alert = await seeToolsFailure(page, UPDATED, 'Reload the page');
  t.equal(await alert.getByRole('button', { name: 'Try again', exact: true }).count(), 0, 'no Try again: only a reload helps');
  const before = await page.evaluate(() => performance.timeOrigin);

  lift();
  await clickButton(alert, 'Reload the page');
  await seeHeading(page, TEAM);
  t.assert((await page.evaluate(() => performance.timeOrigin)) !== before, 'the page was reloaded');
});

// Issue 22: the reader's strict reading of a quiz file. A file it refuses is
// explained by the tools' module (the full validator and its messages live
// there), loaded for it; a usable file never loads that module.
const REFUSED = JSON.stringify({ schema: 1, minutes: '5' });

test('tools loading: a quiz file the reader refuses is explained by the tools\' module, loaded for it; a usable file never loads it', async (t) => {
  const copy = await serveDistWith(t, { 'refused.quiz.json': REFUSED });
  try {
    const page = await t.newPage({ serviceWorkers: 'block' });
    const tools = [];
    page.on('request', (request) => TOOLS_START.test(request.url()) && tools.push(request.url()));
    await page.goto(`${copy.url}?quiz=onboarding-readiness.quiz.json`);
    await page.locator('main.intro').waitFor();
    t.equal(tools.length, 0, 'a usable file is read by the reader\'s module alone');
    await t.check(page);

    await page.goto(`${copy.url}?quiz=refused.quiz.json`);
    const boot = page.locator('main#boot');
    await seeHeading(boot, 'This quiz could not be loaded');
    const text = await boot.innerText();
    t.assert(tools.length >= 1, 'the tools\' module was loaded to explain the file');
    t.assert(text.includes('refused.quiz.json'), `the file is named: ${text}`);
    t.assert(text.includes('$.minutes'), `each problem at its path, as before: ${text}`);
    t.assert(/The file has \d+ problems:/.test(text), `with how many there are: ${text}`);
    t.equal(await page.locator('main').count(), 1, 'one screen, in place of the loading line');
    t.equal(await page.locator('main.intro').count(), 0, 'nothing of the file is shown');
    await t.check(page);
  } finally {
    copy.remove();
  }
});

test('tools loading: when the module that explains a refused quiz file cannot be loaded, the page says so, and Try again explains it', async (t) => {
  const copy = await serveDistWith(t, { 'refused.quiz.json': REFUSED });
  try {
    const { page, block, lift } = await pageWithToolsBlocked(t, 'abort');
    await page.goto(`${copy.url}?quiz=refused.quiz.json`);
    const alert = await seeToolsFailure(page, UNREACHABLE, 'Try again');
    t.assert(block.requests >= 1, 'the module was asked for');
    t.equal(await page.locator('main.intro').count(), 0, 'nothing of the file is shown');
    await t.check(page);

    lift();
    await clickButton(alert, 'Try again');
    await seeHeading(page.locator('main#boot'), 'This quiz could not be loaded');
    t.assert((await page.locator('main#boot').innerText()).includes('$.minutes'), 'the problems are listed');
    t.equal(await page.getByRole('alert').filter({ hasText: UNREACHABLE }).count(), 0, 'the message is gone');
    t.equal(await page.locator('main').count(), 1, 'one screen');
  } finally {
    copy.remove();
  }
});

// The facilitator's tools are two modules: the team's (team view, presenter,
// pictures) and the coach's (builder, checker, editor). A team link in a
// meeting downloads only the team's; the editor, only the coach's; and one
// that can't be loaded leaves the other working.
const WASM = /\/(candor|tools|coach)-[0-9a-f]+_bg\.wasm$/;
const COACH_WASM = /\/coach-[0-9a-f]+_bg\.wasm$/;

/** The stylesheets the page has, in order, by name (`main-<hash>.css` is `main`). */
function stylesheets(page) {
  return page.evaluate(() => [...document.styleSheets].map((sheet) => new URL(sheet.href ?? 'inline:', location.href).pathname.match(/([a-z]+)-[0-9a-f]+\.css$/)?.[1] ?? sheet.href));
}

/** The modules whose wasm the page has asked for so far, by name. */
async function modulesLoaded(t, page) {
  return [...new Set((await t.findings(page)).requests.map((url) => url.match(WASM)?.[1]).filter(Boolean))].sort();
}

test('tools loading: a team link loads the team\'s tools only, the quiz editor the coach\'s; a coach\'s module that fails leaves the team view working', async (t) => {
  // The starting script passes the failed fetch of the wasm on, as it should.
  const page = await t.newPage({ expectErrors: [...LOAD_ERRORS, /Failed to fetch/], serviceWorkers: 'block' });
  const block = { on: true, requests: 0 };
  await page.route(COACH_WASM, (route) => {
    if (!block.on) return route.continue();
    block.requests += 1;
    return route.abort();
  });
  await page.goto(t.url);
  await seeHeading(page, quiz.title);
  t.equal(await stylesheets(page), ['main'], 'the reader\'s page: its own stylesheet only');
  await goToFragment(page, '#/team');
  await seeHeading(page, TEAM);
  t.equal(await modulesLoaded(t, page), ['candor', 'tools'], 'the team view: the reader\'s module and the team\'s tools');
  t.equal(await stylesheets(page), ['main', 'tools'], 'the team view: the tools\' stylesheet, after the page\'s');

  await goToFragment(page, '#/write');
  await seeToolsFailure(page, UNREACHABLE, 'Try again');
  t.assert(block.requests >= 1, 'the coach\'s module was asked for');
  await goToFragment(page, '#/team');
  await seeHeading(page, TEAM);
  t.equal(await page.getByRole('alert').filter({ hasText: UNREACHABLE }).count(), 0, 'the team view says nothing of the coach\'s module');
  await t.check(page);

  block.on = false;
  await goToFragment(page, '#/write');
  await clickButton(page.getByRole('alert').filter({ hasText: UNREACHABLE }), 'Try again');
  await seeHeading(page, 'Write a quiz');
  t.equal(await modulesLoaded(t, page), ['candor', 'coach', 'tools'], 'the editor: the coach\'s module');
  t.equal(await stylesheets(page), ['main', 'tools'], 'the editor: the same tools\' stylesheet, once');
  t.equal(await page.locator('main').count(), 1, 'one screen');
  await goToFragment(page, '#/team');
  await seeHeading(page, TEAM);
  t.equal(await page.locator('main').count(), 1, 'one screen, back in the team view');

  // Opened straight on the editor, the page never asks for the team's tools.
  const coach = await t.newPage({ serviceWorkers: 'block' });
  await coach.goto(`${t.url}#/write`);
  await seeHeading(coach, 'Write a quiz');
  t.equal(await modulesLoaded(t, coach), ['candor', 'coach'], 'the editor alone: the reader\'s module and the coach\'s tools');
  await t.check(coach);
});

test('tools loading: when the tools\' stylesheet cannot be loaded, the team view says so, and Try again brings it with the module', async (t) => {
  // The starting script passes the failure on, as it does the wasm's.
  const page = await t.newPage({ expectErrors: [...LOAD_ERRORS, /tools-[0-9a-f]+\.css could not be loaded/], serviceWorkers: 'block' });
  const block = { on: true, requests: 0 };
  await page.route(/\/tools-[0-9a-f]+\.css$/, (route) => {
    if (!block.on) return route.continue();
    block.requests += 1;
    return route.abort();
  });
  await page.goto(`${t.url}#/team`);
  const alert = await seeToolsFailure(page, UNREACHABLE, 'Try again');
  t.assert(block.requests >= 1, 'the stylesheet was asked for');
  t.equal(await page.getByRole('heading', { name: TEAM }).count(), 0, 'no unstyled team view');
  t.equal(await stylesheets(page), ['main'], 'the failed stylesheet is not left in the page');

  block.on = false;
  await clickButton(alert, 'Try again');
  await seeHeading(page, TEAM);
  t.equal(await stylesheets(page), ['main', 'tools'], 'the tools\' stylesheet, once');
  await t.check(page);
});
