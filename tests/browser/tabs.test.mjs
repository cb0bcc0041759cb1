// Issue 21. Two tabs of one browser (one context, so they share localStorage
// and hear each other's storage events): neither overwrites what the other
// saved, and each is told when the other changed the answers. And a coach's
// file that kept the built-in quiz's id never touches the built-in quiz's
// answers, and the checker warns about that id.
import path from 'node:path';
import { test } from './harness.mjs';
import { BUILTIN_QUIZ_PATH, loadQuiz } from './oracle.mjs';
import {
  answerSheet,
  answerWithKey,
  button,
  checkedAnswer,
  checkResult,
  chooseQuizFile,
  clickButton,
  openApp,
  reload,
  SCALE_KEYS,
  seeButton,
  seeCheckVerdict,
  seeHeading,
  seeNotice,
  seeQuestion,
  seeReport,
  serveDistWith,
  settle,
  startQuiz,
  storageKeys,
  storedValue,
} from './verbs.mjs';

const quiz = loadQuiz();
const TOTAL = quiz.questions.length;
const PROGRESS = `candor.progress.${quiz.id}`;
const HISTORY = `candor.history.${quiz.id}`;
const CHANGED = 'Your answers were changed elsewhere in this browser (another tab, window or frame of this quiz).';
const onboarding = loadQuiz(path.join(path.dirname(BUILTIN_QUIZ_PATH), 'onboarding-readiness.quiz.json'));

/** A second tab in the browser of `page` (its context), opened at `address`; the harness watches it too. */
async function openSecondTab(page, address) {
  const tab = await page.context().newPage();
  tab.setDefaultTimeout(10_000);
  await tab.goto(address);
  return tab;
}

test('tabs: two tabs that each finish the quiz both keep their result', async (t) => {
  const a = await openApp(t);
  await seeButton(a, 'Start');
  const b = await openSecondTab(a, t.url);
  await seeButton(b, 'Start');

  await startQuiz(a);
  await answerSheet(a, '5'.repeat(TOTAL));
  await seeReport(a);
  await seeNotice(b, CHANGED);

  await clickButton(b, 'Start');
  await seeQuestion(b, 1);
  await answerSheet(b, '1'.repeat(TOTAL));
  await seeReport(b);

  const stored = JSON.parse(await storedValue(b, HISTORY));
  t.equal(
    stored.attempts.map(({ answers }) => answers),
    ['5'.repeat(TOTAL), '1'.repeat(TOTAL)],
    'the history holds both results, oldest first',
  );
  t.equal(await b.locator('p.since').count(), 1, "tab B's report compares with tab A's result");
  await seeNotice(a, CHANGED);

  // Tab A, reloaded, finds B's result as the latest, A's as the one before.
  await reload(a);
  await seeReport(a);
  t.equal(await a.locator('p.since').count(), 1, 'after a reload tab A sees both results too');
  await settle(a);
  await settle(b);
});

test('tabs: an answer given in a tab opened earlier keeps the other tab\'s ten answers', async (t) => {
  const c10 = '4253142531';
  const d = await openApp(t, '#/q/1');
  await seeQuestion(d, 1);
  const c = await openSecondTab(d, t.url);
  await startQuiz(c);
  await answerSheet(c, c10);
  await seeQuestion(c, 11);

  // Tab D stays on question 1, shows the answer given there in tab C, and says why.
  await seeNotice(d, CHANGED);
  await seeQuestion(d, 1);
  t.equal(await checkedAnswer(d), SCALE_KEYS[c10[0]], "tab D shows tab C's answer to question 1");
  // Its own answer to question 1 is the newer one.
  await answerWithKey(d, '1');
  t.equal(await checkedAnswer(d), SCALE_KEYS[c10[1]], "then question 2 with tab C's answer");

  const expected = `1${c10.slice(1)}`;
  t.equal(JSON.parse(await storedValue(c, PROGRESS)).answers.slice(0, 11), `${expected}0`, "tab C's answers, and tab D's newer answer to question 1");
  await reload(c);
  await seeQuestion(c, 11);
  t.equal(await checkedAnswer(c), null, 'question 11 is still unanswered');
  for (let n = 10; n >= 1; n -= 1) {
    await clickButton(c, 'Back');
    await seeQuestion(c, n);
    t.equal(await checkedAnswer(c), SCALE_KEYS[expected[n - 1]], `question ${n} after the reload`);
  }
  await settle(c);
  await settle(d);
});

test('same id: a coach\'s file that kept the id "candor" never sets aside the built-in quiz\'s answers', async (t) => {
  const coach = structuredClone(onboarding);
  coach.id = quiz.id; // copied from the template, id left as it was
  const copy = await serveDistWith(t, { 'coach.quiz.json': JSON.stringify(coach) });
  try {
    const page = await t.newPage();
    await page.goto(copy.url);
    await startQuiz(page);
    await answerSheet(page, '3452');
    await seeQuestion(page, 5);

    await page.goto(`${copy.url}?quiz=coach.quiz.json`);
    await seeHeading(page, coach.title);
    await startQuiz(page);
    await answerSheet(page, '125');
    await seeQuestion(page, 4);
    t.equal(await page.locator('.notices p').count(), 0, 'no notice on the coach\'s quiz');

    await page.goto(copy.url);
    await seeButton(page, `Resume at statement 5 of ${TOTAL}`);
    t.equal(await page.locator('.notices p').count(), 0, 'no notice: nothing was set aside');
    t.equal((await storageKeys(page)).filter((k) => k.includes('.unreadable-')), [], 'nothing is set aside');
    await clickButton(page, `Resume at statement 5 of ${TOTAL}`);
    await seeQuestion(page, 5);
    await clickButton(page, 'Back');
    await seeQuestion(page, 4);
    t.equal(await checkedAnswer(page), SCALE_KEYS[2], 'the built-in quiz\'s own answers are there');

    await page.goto(`${copy.url}?quiz=coach.quiz.json`);
    await seeButton(page, `Resume at statement 4 of ${coach.questions.length}`);
    t.equal(await page.locator('.notices p').count(), 0, 'and the coach\'s quiz keeps its own');
    await settle(page);
  } finally {
    copy.remove();
  }
});

test('same id: the checker warns about a file that kept the built-in quiz\'s id', async (t) => {
  const coach = structuredClone(onboarding);
  coach.id = quiz.id;
  const page = await openApp(t, '#/check');
  await seeHeading(page, 'Check a quiz file');
  await chooseQuizFile(page, 'coach.quiz.json', JSON.stringify(coach, null, 2));
  await seeCheckVerdict(page, 'coach.quiz.json is valid');
  const warning = checkResult(page).locator('p.id-warning');
  t.assert(
    (await warning.textContent()).startsWith('Its “id” is “candor”, the id of Candor’s own quiz. Give your quiz an id of its own'),
    `the id warning: ${await warning.textContent()}`,
  );
  t.equal(await button(page, 'Try this quiz').count(), 1, 'a warning, not a problem: the file can still be tried');

  coach.id = 'acme-onboarding';
  await chooseQuizFile(page, 'own.quiz.json', JSON.stringify(coach, null, 2));
  await seeCheckVerdict(page, 'own.quiz.json is valid');
  t.equal(await checkResult(page).locator('p.id-warning').count(), 0, 'no warning for an id of its own');
  await settle(page);
});
