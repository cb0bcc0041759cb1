// Copying, honestly: a copy button says "copied" only when the clipboard took
// the text. Where there is no clipboard (a page served over plain HTTP) or the
// browser refuses, the text is selected and the reader is told how to copy it.
import { test } from './harness.mjs';
import { loadQuiz } from './oracle.mjs';
import {
  allowClipboard,
  answerSheet,
  clickButton,
  clipboardText,
  openApp,
  seeCopiedOrSelected,
  seeHeading,
  seeReport,
  shareStatus,
  shareLink,
  startQuiz,
} from './verbs.mjs';

const quiz = loadQuiz();
const COPY_BY_HAND = /press Ctrl\+C \(⌘C on a Mac\)/;

/** Makes the pages of `page`'s context have no `navigator.clipboard`, as on a plain-HTTP host. */
async function removeClipboard(page) {
  await page.context().addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
}

/** Makes every clipboard write of `page`'s context fail, as a browser that refuses does. */
async function refuseClipboard(page) {
  await page.context().addInitScript(() => {
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
}

/** A finished quiz's report in a fresh page set up by `prepare` before it loads. */
async function reportWith(t, prepare) {
  const page = await t.newPage();
  await prepare(page);
  await page.goto(t.url);
  await startQuiz(page);
  await answerSheet(page, '3'.repeat(quiz.questions.length));
  await seeReport(page);
  return page;
}

for (const [why, prepare] of [
  ['there is no clipboard', removeClipboard],
  ['the browser refuses', refuseClipboard],
]) {
  test(`clipboard: where ${why}, Copy link selects the link and says how to copy it`, async (t) => {
    const page = await reportWith(t, prepare);
    const status = shareStatus(page);
    const link = await shareLink(page);
    await clickButton(page, 'Copy link');
    await status.filter({ hasText: COPY_BY_HAND }).waitFor();
    t.assert(!(await status.innerText()).includes('copied'), 'the status does not claim the link was copied');
    t.equal(await seeCopiedOrSelected(page, link), 'selection', 'the link is selected, ready to copy by hand');
  });
}

test('clipboard: where the browser refuses, Copy snippet selects the snippet', async (t) => {
  const page = await t.newPage();
  await refuseClipboard(page);
  await page.goto(`${t.url}#/embed`);
  await seeHeading(page, 'Embed Candor in your site');
  await clickButton(page, 'Copy snippet');
  await page.getByRole('status').filter({ hasText: COPY_BY_HAND }).waitFor();
  t.equal(await seeCopiedOrSelected(page, 'data-candor-embed'), 'selection', 'the snippet is selected');
});

test('clipboard: where the clipboard takes it, Copy link says so and the link is on it', async (t) => {
  const page = await reportWith(t, (p) => allowClipboard(p, t.origin));
  const status = shareStatus(page);
  await clickButton(page, 'Copy link');
  await status.filter({ hasText: 'Link copied.' }).waitFor();
  t.equal(await clipboardText(page), await shareLink(page), 'the clipboard holds the link');
});
