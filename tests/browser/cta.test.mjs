// A coach's call to action per archetype, carrying the reader's result to the
// coach's own page: `{code}` and `{link}` filled in, URL-encoded, shown after
// the next steps and again at the end of the report; mailto: allowed.
import path from 'node:path';
import { test } from './harness.mjs';
import { BUILTIN_QUIZ_PATH, decodeCode, loadQuiz } from './oracle.mjs';
import { answerSheet, answerSheetByClicking, embeddedApp, serveDistWith, seeReport, startQuiz } from './verbs.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const FIXTURES = path.join(here, 'fixtures');
const onboarding = loadQuiz(path.join(path.dirname(BUILTIN_QUIZ_PATH), 'onboarding-readiness.quiz.json'));

test('cta: an archetype\'s own call to action carries the result to the coach\'s page, twice on the report', async (t) => {
  const site = await t.serve({ root: FIXTURES, base: '/blog/' });
  const booking = `${site.url}clean.html`;
  const quiz = structuredClone(onboarding);
  quiz.patterns.forEach((p, i) => {
    p.cta = { label: `Book a call (${p.id})`, url: `${booking}?archetype=${i}&result={code}&from={link}` };
  });
  const copy = await serveDistWith(t, { 'coach.quiz.json': JSON.stringify(quiz) });
  try {
    const page = await t.newPage({ allowOrigins: [site.origin] });
    await page.goto(`${copy.url}?quiz=coach.quiz.json&cta=${encodeURIComponent('https://other.example/')}`);
    await startQuiz(page);
    const sheet = '5'.repeat(quiz.questions.length);
    await answerSheet(page, sheet);
    const archetype = await seeReport(page);
    const index = quiz.patterns.findIndex((p) => p.name === archetype);
    t.assert(index >= 0, `an archetype of the file: ${archetype}`);
    const pattern = quiz.patterns[index];
    const links = page.getByRole('link', { name: pattern.cta.label, exact: true });
    t.equal(await links.count(), 2, 'the archetype\'s call to action, after the next steps and at the end');
    t.equal(await page.getByRole('link', { name: 'Find out more', exact: true }).count(), 0, 'it takes the place of the page\'s');

    const href = await links.first().getAttribute('href');
    const url = new URL(href);
    t.equal(url.searchParams.get('archetype'), String(index), 'the archetype\'s own address');
    const code = url.searchParams.get('result');
    const decoded = decodeCode(code, quiz.questions.length);
    t.equal(decoded?.sheet, sheet, `the code holds the reader's answers: ${code}`);
    t.equal(decoded?.name, null, 'and no name');
    t.equal(url.searchParams.get('from'), `${copy.url}?quiz=coach.quiz.json#r=${code}`, 'the result link, decoded back');
    t.assert(href.includes(`from=${encodeURIComponent(`${copy.url}?quiz=coach.quiz.json#r=`)}`), `URL-encoded in the address: ${href}`);

    // It reaches the coach's page, result and all.
    const [popup] = await Promise.all([page.waitForEvent('popup'), links.first().click()]);
    await popup.waitForLoadState();
    const reached = new URL(popup.url());
    t.equal(reached.origin + reached.pathname, booking, 'the coach\'s page opens');
    t.equal(reached.searchParams.get('result'), code, 'with the reader\'s code');
    await popup.close();
  } finally {
    copy.remove();
  }
});

test('cta: the page\'s call to action may carry the result too, and mailto: is allowed', async (t) => {
  const address = 'mailto:coach@example.org?subject=Result&body={link}';
  const page = await t.newPage();
  await page.goto(`${t.url}?cta=${encodeURIComponent(address)}&cta-label=${encodeURIComponent('Mail me')}`);
  await startQuiz(page);
  const quiz = loadQuiz();
  await answerSheet(page, '4'.repeat(quiz.questions.length));
  await seeReport(page);
  const links = page.getByRole('link', { name: 'Mail me', exact: true });
  t.equal(await links.count(), 2, 'shown twice');
  const href = await links.last().getAttribute('href');
  const body = decodeURIComponent(href.split('body=')[1]);
  t.assert(body.startsWith(`${t.url}#r=C1`), `the result link is in the mail: ${href}`);
  await t.check(page);
});

test('cta: data-cta-label, the documented form, names the button in an embed', async (t) => {
  const site = await t.serve({ root: FIXTURES, base: '/blog/' });
  const first = new URLSearchParams({ cta: 'https://coach.example/book?r={code}', 'cta-label': 'Book a call with me' });
  const page = await t.newPage({ allowOrigins: [t.origin] });
  await page.goto(`${site.url}embed/host.html?${new URLSearchParams({ app: t.url, first: first.toString() })}`);
  t.equal(await page.locator('#first').getAttribute('data-cta-label'), 'Book a call with me', 'the host wrote data-cta-label');
  const frame = await embeddedApp(page, '#first');
  await startQuiz(frame);
  await answerSheetByClicking(frame, '2'.repeat(loadQuiz().questions.length));
  await seeReport(frame);
  const links = frame.getByRole('link', { name: 'Book a call with me', exact: true });
  t.equal(await links.count(), 2, 'the label names the call to action');
  t.assert((await links.first().getAttribute('href')).startsWith('https://coach.example/book?r=C1'), 'with the code filled in');
});
