// The words browser tests are written in: what a person does and sees.
// Elements are found by role and accessible name, as assistive technology
// finds them, so a passing test also says the screen is labelled right.

/** Opens the app in a fresh page; `path` is appended to the app URL (e.g. '#/about', '?crash-test=1'). */
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
