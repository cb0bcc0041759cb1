// An embedded report reads as the reader's (issue 20): in a frame on a
// phone, the reader's own result (style, scores, next steps, strengths,
// growth areas, call to action) comes before sharing, and "Compare as a
// team" with the picture buttons waits behind "Share or save", closed; it
// opens with the keyboard, and what is inside still works. Outside an embed
// it is open and the order is as before. Printing leaves it all out.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from './harness.mjs';
import { loadQuiz, sheetByDimension } from './oracle.mjs';
import {
  answerSheet,
  answerSheetByClicking,
  button,
  downloadedBy,
  embeddedApp,
  isShareOrSaveOpen,
  link,
  openApp,
  openShareOrSave,
  pdfPageCount,
  seeReport,
  settle,
  shareCode,
  shareOrSave,
  startQuiz,
  tabTo,
} from './verbs.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const quiz = loadQuiz();

// Clear strengths (integrity, expectations, candor) and growth areas
// (ownership), so every part of the report is there.
const ANA = sheetByDimension(quiz, {
  integrity: [5, 5, 4, 5],
  candor: [4, 4, 5, 4],
  ownership: [2, 3, 2, 2],
  listening: [3, 3, 3, 4],
  expectations: [5, 4, 5, 5],
  partnership: [4, 4, 4, 3],
  wholehearted: [3, 2, 3, 3],
});
const CARD = 'Download card (1200 × 630)';
const CTA = { cta: 'https://coach.example/book?r={code}', 'cta-label': 'Book a call' };

/** Where each part of the report starts, in px from the top of its document: `{ [name]: top }` (null when absent). */
function reportTops(scope) {
  return scope.evaluate(() => {
    const top = (selector) => {
      const element = document.querySelector(selector);
      return element ? element.getBoundingClientRect().top + scrollY : null;
    };
    return {
      style: top('header.archetype'),
      scores: top('section[aria-labelledby=scores-h]'),
      steps: top('section[aria-labelledby=steps-h]'),
      cta: top('main p.cta'),
      strengths: top('section[aria-labelledby=strengths-h]'),
      growth: top('section[aria-labelledby=growth-h]'),
      share: top('section[aria-labelledby=share-h]'),
      disclosure: top('details.share-more'),
    };
  });
}

test(
  'share-or-save: embedded on a phone, the reader\'s result comes before sharing, and "Share or save" starts closed, opens by keyboard and works',
  async (t) => {
    const site = await t.serve({ root: FIXTURES, base: '/blog/' });
    const page = await t.newPage({ allowOrigins: [t.origin], viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.url}embed/host.html?${new URLSearchParams({ app: t.url, first: new URLSearchParams(CTA).toString() })}`);
    const frame = await embeddedApp(page, '#first');
    t.assert((await frame.evaluate(() => innerWidth)) <= 375, 'the frame is phone-wide');
    await startQuiz(frame);
    await answerSheetByClicking(frame, ANA);
    await seeReport(frame);

    const tops = await reportTops(frame);
    for (const [part, at] of Object.entries(tops)) t.assert(at !== null, `the report shows its ${part}: ${JSON.stringify(tops)}`);
    for (const part of ['style', 'scores', 'steps', 'cta', 'strengths', 'growth']) {
      t.assert(tops[part] < tops.share, `the ${part} (at ${tops[part]} px) comes before the share block (at ${tops.share} px)`);
    }
    t.assert(tops.share < tops.disclosure, 'the link and code come before "Share or save"');

    // Closed: the team link and the picture buttons wait behind it.
    t.equal(await isShareOrSaveOpen(frame), false, '"Share or save" starts closed in an embed');
    t.equal(await link(frame, 'Compare as a team').isVisible(), false, '"Compare as a team" is not shown yet');
    t.equal(await button(frame, CARD).isVisible(), false, 'nor the picture buttons');
    t.assert(await frame.locator('#share-link').isVisible(), 'the result link stays in view (it keeps the result where the frame can\'t)');
    await settle(frame);
    await t.check(page);

    // The keyboard opens it.
    const summary = shareOrSave(frame).locator('summary');
    t.equal((await summary.innerText()).trim(), 'Share or save', 'its name');
    await summary.focus();
    await page.keyboard.press('Enter');
    await frame.waitForFunction(() => document.querySelector('details.share-more').open);
    await page.keyboard.press(' ');
    await frame.waitForFunction(() => !document.querySelector('details.share-more').open);
    await openShareOrSave(frame);

    // Open, what it holds works.
    const code = await shareCode(frame);
    t.equal(await link(frame, 'Compare as a team').getAttribute('href'), `#t=${code}`, '"Compare as a team" starts a team of this result');
    const alt = await frame.getByRole('textbox', { name: 'Alt text for the image', exact: true }).inputValue();
    t.assert(alt.startsWith('Candor result: '), `the alt text is there: ${alt}`);
    const card = await downloadedBy(page, () => button(frame, CARD).click());
    t.assert(/^candor-result-\d{4}-\d{2}-\d{2}\.png$/.test(card.name), `the card downloads: ${card.name}`);
    await frame.getByRole('status').filter({ hasText: 'The image is downloading.' }).waitFor();
    await settle(frame);
    await t.check(page);
  },
  { timeout: 90_000 },
);

test(
  'share-or-save: outside an embed it is open and the order is as before; printed, neither version shows it, in at most three A4 pages',
  async (t) => {
    const page = await openApp(t);
    await startQuiz(page);
    await answerSheet(page, ANA);
    await seeReport(page);
    t.equal(await isShareOrSaveOpen(page), true, '"Share or save" is open outside an embed');
    t.assert(await link(page, 'Compare as a team').isVisible(), '"Compare as a team" is shown');
    t.assert(await button(page, CARD).isVisible(), 'and the picture buttons');
    const tops = await reportTops(page);
    t.assert(tops.steps < tops.share && tops.share < tops.strengths, `today's order: next steps, sharing, then strengths: ${JSON.stringify(tops)}`);

    // By keyboard: Tab reaches it; Enter closes and opens it.
    const summary = shareOrSave(page).locator('summary');
    await tabTo(page, summary, 80);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('details.share-more').open);
    t.equal(await button(page, CARD).isVisible(), false, 'closed, the picture buttons are hidden');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('details.share-more').open);

    for (const address of [`${t.url}#/report`, `${t.url}?embed=1#/report`]) {
      await page.goto(address);
      await seeReport(page);
      await page.emulateMedia({ media: 'print' });
      t.equal(await page.locator('details.share-more:visible, summary:visible').count(), 0, `${address}: "Share or save" is not printed`);
      t.equal(await page.locator('button:visible').count(), 0, `${address}: no button is printed`);
      t.equal(await page.locator('.no-print:visible').count(), 0, `${address}: nothing marked no-print is printed`);
      const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
      t.assert(pages >= 1 && pages <= 3, `${address}: the report prints on ${pages} A4 pages; at most 3`);
      await page.emulateMedia({ media: 'screen' });
    }
  },
  { timeout: 60_000 },
);
