// Issue 21: untrusted inputs that were too long or given twice. A host page
// with a long address and a token in its query still gets the coach's quiz
// and options, and no result link carries its query; a repeated option is
// named and ignored; a team link too long to read says so.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from './harness.mjs';
import { loadQuiz, sheetByStrength } from './oracle.mjs';
import { onboarding as onboardingFile } from './mistakes.mjs';
import { answerSheetByClicking, clickButton, embeddedApp, openApp, seeCheckVerdict, recordWarnings, seeHeading, seeReport, settle, shareLink, startQuiz } from './verbs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'fixtures');
const onboarding = loadQuiz(path.join(here, '..', '..', 'content', 'onboarding-readiness.quiz.json'));
const builtin = loadQuiz();

test('inputs: a host page with a long address and a token in its query keeps the coach\'s quiz and options, and no result link carries its query', async (t) => {
  const site = await t.serve({ root: FIXTURES, base: '/blog/' });
  const page = await t.newPage({ allowOrigins: [t.origin] });
  const query = new URLSearchParams({
    app: t.url,
    first: new URLSearchParams({ quiz: 'onboarding-readiness.quiz.json', theme: 'dark' }).toString(),
  });
  // 700 × é is 4,200 characters once percent-encoded, twice in the frame's query.
  await page.goto(`${site.url}embed/host.html?${query}&token=secret&s=${'é'.repeat(700)}`);
  const frame = await embeddedApp(page, '#first');
  await seeHeading(frame, onboarding.title);
  t.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the theme option applies too');
  await startQuiz(frame);
  await answerSheetByClicking(frame, sheetByStrength(onboarding, (_q, i) => [3, 4, 2][i % 3]));
  await seeReport(frame);
  const link = await shareLink(frame);
  t.assert(link.startsWith(`${site.url}embed/host.html#candor-r=`), `the result link leads to the post, without its query: ${link}`);
  t.assert(!/token|secret|%C3%A9/i.test(link), `nothing of the host's query is in the result link (or its QR code): ${link}`);
  await settle(frame);
});

test('inputs: an option given twice is ignored and named, and no quiz of the two is loaded', async (t) => {
  const page = await t.newPage();
  const warnings = recordWarnings(page);
  await page.goto(`${t.url}?quiz=onboarding-readiness.quiz.json&quiz=nowhere.quiz.json`);
  await seeHeading(page, builtin.title);
  t.assert(
    warnings.some((w) => w.includes('Candor ignored the option "quiz": it is given more than once; give it once')),
    `a console warning names the option: ${JSON.stringify(warnings)}`,
  );
  // A shared result opens the quiz this page has, not one of the two.
  await startQuiz(page);
  await answerSheetByClicking(page, '3'.repeat(builtin.questions.length));
  await seeReport(page);
  const link = await shareLink(page);
  t.assert(link.startsWith(`${t.url}#r=`), `the result link names no quiz: ${link}`);
});

test('inputs: a team link too long to read opens the team view and says why', async (t) => {
  const page = await openApp(t);
  await seeHeading(page, builtin.title);
  await page.goto(`${t.url}#t=${'C1abcdefghijklmnopqrstuvwxyz~'.repeat(36_000)}`);
  await page.reload();
  await page.getByText('This team link is too long to read (more than 64 KB), so none of it was read.', { exact: false }).waitFor();
  await settle(page);
});

test('inputs: the checker lists 50 problems of a file of 77,845 empty questions, then how many more, at once', async (t) => {
  // A coach's template with its questions replaced by empty objects, as large as a quiz file may be.
  const template = onboardingFile();
  template.questions = [];
  const text = JSON.stringify(template).replace('"questions":[]', `"questions":[${Array(77_845).fill('{}').join(',')}]`);
  t.assert(text.length <= 256 * 1024, `the file is ${text.length} bytes`);
  const page = await openApp(t, '#/check');
  await page.locator('#check-paste').fill(text);
  const started = Date.now();
  await clickButton(page, 'Check the pasted text');
  const { verdict, problems } = await seeCheckVerdict(page, 'The pasted text has');
  const took = Date.now() - started;
  t.assert(took < 3000, `the verdict comes within 3 s, not after 12–16 s: ${took} ms`);
  t.equal(problems.length, 51, 'the first 50 problems, and a line for the rest');
  t.assert(/^questions: 77845 questions; the limit is 200/.test(problems[0]), `the list's length first: ${problems[0]}`);
  const total = Number(/has (\d+) problems/.exec(verdict)?.[1]);
  t.equal(
    problems[50],
    `and ${total - 50} more problems, not listed: put those above right and check the file again`,
    `the last line counts the rest of the ${total} problems the verdict counts`,
  );
  await settle(page);
});
