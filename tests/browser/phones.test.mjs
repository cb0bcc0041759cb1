// Phones (issue 14): the score chart's names and scores at least body-sized
// at 320–390 px, no keyboard hint on a touch-only device, and the share
// panel's link and code fields lined up.
import { test } from './harness.mjs';
import { loadQuiz } from './oracle.mjs';
import { answerSheet, openApp, seeReport, startQuiz } from './verbs.mjs';

const quiz = loadQuiz();
const SHEET = '4'.repeat(quiz.questions.length);

/** The rendered font size (px) of the chart's names and scores, and of the body text. */
function chartTextSizes(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.chart-svg');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const size = (el) => parseFloat(getComputedStyle(el).fontSize) * scale;
    return {
      labels: [...svg.querySelectorAll('text.chart-label')].map(size),
      values: [...svg.querySelectorAll('text.chart-value')].map(size),
      body: parseFloat(getComputedStyle(document.querySelector('main p')).fontSize),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

for (const width of [320, 375, 390]) {
  test(`phones: the score chart's text is at least body-sized at ${width} px`, async (t) => {
    const page = await openApp(t, '', { viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
    await startQuiz(page);
    t.equal(await page.locator('main.question p.keys-hint').isVisible(), false, 'no keyboard hint on a touch-only device');
    await answerSheet(page, SHEET);
    await seeReport(page);
    const sizes = await chartTextSizes(page);
    t.equal(sizes.labels.length, quiz.dimensions.length, 'a name per habit');
    for (const [what, list] of [['names', sizes.labels], ['scores', sizes.values]]) {
      const smallest = Math.min(...list);
      t.assert(smallest >= sizes.body - 0.5, `the chart's ${what} are ${smallest.toFixed(1)} px, the body text ${sizes.body} px`);
    }
    t.equal(sizes.overflow, 0, 'the page does not scroll sideways');
    // The link and code fields line up.
    const [link, code] = await Promise.all(['#share-link', '#share-code'].map((id) => page.locator(id).boundingBox()));
    t.assert(Math.abs(link.x - code.x) < 1 && Math.abs(link.width - code.width) < 1, `link ${JSON.stringify(link)} and code ${JSON.stringify(code)} fields line up`);
    await t.check(page);
  });
}

test('phones: on a desktop the keyboard hint shows and the chart keeps names beside the bars', async (t) => {
  const page = await openApp(t, '', { viewport: { width: 1280, height: 900 } });
  await startQuiz(page);
  t.equal(await page.locator('main.question p.keys-hint').isVisible(), true, 'the keyboard hint shows');
  await answerSheet(page, SHEET);
  await seeReport(page);
  t.equal(await page.locator('svg.chart-svg.stacked').count(), 0, 'names beside the bars');
  const sizes = await chartTextSizes(page);
  t.assert(Math.min(...sizes.labels) >= 14, `names at ${Math.min(...sizes.labels).toFixed(1)} px`);
});

test('phones: the score chart follows a phone turned on its side and back (issue 25)', async (t) => {
  const page = await openApp(t, '', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await startQuiz(page);
  await answerSheet(page, SHEET);
  await seeReport(page);
  t.equal(await page.locator('svg.chart-svg.stacked').count(), 1, 'upright: names above the bars');
  const upright = await chartTextSizes(page);
  await page.setViewportSize({ width: 844, height: 390 });
  await page.locator('svg.chart-svg:not(.stacked)').waitFor();
  const sideways = await chartTextSizes(page);
  t.equal(sideways.labels.length, quiz.dimensions.length, 'on its side: a name per habit, beside its bar');
  t.equal(sideways.overflow, 0, 'on its side: the page does not scroll sideways');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('svg.chart-svg.stacked').waitFor();
  const back = await chartTextSizes(page);
  t.assert(Math.min(...back.labels) >= back.body - 0.5, `upright again: names at ${Math.min(...back.labels).toFixed(1)} px, body ${back.body} px`);
  t.equal(back.overflow, 0, 'upright again: no sideways scroll');
  t.equal(JSON.stringify(back.labels), JSON.stringify(upright.labels), 'the same layout as before turning');
  t.equal(await page.locator('svg.chart-svg').count(), 1, 'one chart, drawn anew');
});
