// The app shell: first screen, About, sub-path hosting, the panic screen and
// hash routes that survive a reload.
import { test } from './harness.mjs';
import {
  allowClipboard,
  clickButton,
  clickLink,
  contentSecurityPolicy,
  goBack,
  openApp,
  readableText,
  reload,
  seeButton,
  seeCopiedOrSelected,
  seeErrorScreen,
  seeHash,
  seeHeading,
  seeLink,
  seeSomeHeading,
} from './verbs.mjs';

const ARTICLE_CREDITS = ['Leslie Simone', 'Tom Fawls', 'Jon Dickey', 'Dustin S. Klein', '2010-10-04'];

test('shell: intro renders from data', async (t) => {
  const page = await openApp(t);
  t.assert((await seeSomeHeading(page)) !== '', 'the intro has a title');
  await seeButton(page, 'Start');
  await seeLink(page, 'About');
  await t.check(page);

  const csp = await contentSecurityPolicy(page);
  t.assert(csp !== null, 'the page declares a Content-Security-Policy meta tag');
  t.assert(csp.includes("script-src 'self' 'wasm-unsafe-eval'"), `CSP allows only own scripts and wasm: ${csp}`);
  t.assert(!csp.includes('unsafe-inline'), `CSP has no unsafe-inline: ${csp}`);
  t.assert(!csp.includes("'unsafe-eval'"), `CSP has no unsafe-eval: ${csp}`);
});

test('shell: About credits the five articles', async (t) => {
  const page = await openApp(t);
  await seeButton(page, 'Start');
  await clickLink(page, 'About');
  await seeHash(page, '#/about');
  await seeHeading(page, 'About Candor');

  const sources = page.locator('ul.sources');
  t.equal(await sources.locator(':scope > li').count(), 5, 'articles listed');
  const credits = await sources.innerText();
  for (const credit of ARTICLE_CREDITS) t.assert(credits.includes(credit), `About credits "${credit}"`);
  await t.check(page);

  await goBack(page);
  await seeButton(page, 'Start');
});

test('shell: everything loads from under the sub-path', async (t) => {
  const page = await openApp(t);
  await seeButton(page, 'Start');
  await page.waitForLoadState('networkidle');
  const { requests } = await t.findings(page);
  t.assert(requests.length > 1, 'the page loaded its files');
  const outside = requests.filter((url) => !url.startsWith(t.origin + t.base));
  t.equal(outside, [], `requests outside ${t.base}`);
});

test('shell: a panic shows an error screen, never a blank page', async (t) => {
  // The crash hook: a global only the page's own script can set (here the
  // test's init script), never the address.
  const page = await t.newPage({ expectErrors: [/panicked|unreachable|RuntimeError/] });
  await page.addInitScript(() => {
    window.candorCrashTest = true;
  });
  await page.goto(t.url);
  await allowClipboard(page, t.origin);
  const alert = await seeErrorScreen(page);
  t.assert((await readableText(alert)).includes('crash-test'), 'the error details mention the panic message');

  await clickButton(alert, 'Copy details');
  await seeCopiedOrSelected(page, 'crash-test');
  await t.check(page);
});

test('shell: ?crash-test=1 in the address does nothing', async (t) => {
  // A link (or a host page framing Candor) cannot crash a reader's page.
  const page = await openApp(t, '?crash-test=1');
  await seeButton(page, 'Start');
  await page.waitForTimeout(300);
  t.equal(await page.getByRole('heading', { name: 'Something went wrong' }).count(), 0, 'no error screen');
  const { pageErrors, consoleErrors } = await t.findings(page);
  t.equal([...pageErrors, ...consoleErrors], [], 'no panic');
});

test('shell: reload keeps the screen', async (t) => {
  const page = await openApp(t, '#/about');
  await seeHeading(page, 'About Candor');
  await reload(page);
  await seeHeading(page, 'About Candor');
});
