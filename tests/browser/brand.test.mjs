// A coach's quiz is the coach's (issue 14): no built-in topic on a coach's
// file, and a brand that names the app everywhere but its credit.
import path from 'node:path';
import { test } from './harness.mjs';
import { BUILTIN_QUIZ_PATH, loadQuiz } from './oracle.mjs';
import { answerSheet, openApp, seeReport, startQuiz } from './verbs.mjs';

const onboarding = loadQuiz(path.join(path.dirname(BUILTIN_QUIZ_PATH), 'onboarding-readiness.quiz.json'));

test('brand: a coach\'s quiz shows none of the built-in topic, and a brand names the app', async (t) => {
  const page = await openApp(t, `?quiz=onboarding-readiness.quiz.json&brand=${encodeURIComponent('Acme Coaching')}`);
  await page.locator('main.intro h1').waitFor();
  t.equal(await page.title(), 'Acme Coaching', 'the page title is the brand');
  await startQuiz(page);
  await answerSheet(page, '4'.repeat(onboarding.questions.length));
  await seeReport(page);
  const kicker = (await page.locator('header.archetype p.kicker').textContent()).trim();
  t.equal(kicker, 'Your result', 'the report is not headed with the built-in quiz\'s topic');
  const report = await page.locator('main').innerText();
  t.assert(!/client-handling/i.test(report), 'no "client-handling" on a coach\'s report');

  await page.goto(`${t.url}?quiz=onboarding-readiness.quiz.json&brand=${encodeURIComponent('Acme Coaching')}#/about`);
  await page.getByRole('heading', { level: 1, name: 'About Acme Coaching', exact: true }).waitFor();
  const about = await page.locator('main').innerText();
  t.assert(!/clients who are wrong/.test(about), 'About does not describe the built-in quiz');
  t.assert(about.includes('Acme Coaching runs entirely in your browser.'), 'the brand names the app');
  t.equal((await page.locator('main p.made-with').innerText()).trim(), 'Made with Candor', 'Candor is credited');
  t.equal((about.match(/Candor/g) ?? []).length, 1, `"Candor" appears only in the credit: ${about}`);
  await t.check(page);
});

test('brand: the built-in quiz keeps its own topic, and without a brand there is no credit line', async (t) => {
  const page = await openApp(t, '#/about');
  await page.getByRole('heading', { level: 1, name: 'About Candor', exact: true }).waitFor();
  t.assert((await page.locator('main').innerText()).includes('how you handle clients who are wrong'), 'About describes the built-in quiz');
  t.equal(await page.locator('main p.made-with').count(), 0, 'no "Made with Candor" on Candor itself');
  await page.goto(`${t.url}#/`);
  await startQuiz(page);
  await answerSheet(page, '3'.repeat(loadQuiz().questions.length));
  await seeReport(page);
  t.equal((await page.locator('header.archetype p.kicker').textContent()).trim(), 'Your client-handling style', 'the built-in topic');
});
