// The quiz editor (`#/write`, issue 26): a coach writes a quiz from blank
// with the forms only (no JSON typed), sees the checker's problems beside
// the fields and in a summary until there are none, downloads the file,
// checks it with the checker, and takes it in "Try this quiz" to a style
// whose call to action carries the reader's code. Keyboard-only editing
// (add, reorder, remove, undo, redo), the work kept across a reload, a file
// opened with its problems in place, axe narrow and wide, and German.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from './harness.mjs';
import { decodeCode } from './oracle.mjs';
import { json, onboarding, ONBOARDING_TEXT } from './mistakes.mjs';
import {
  answerSheetByClicking,
  chooseQuizFile,
  clickButton,
  clickLink,
  downloadedBy,
  embeddedApp,
  openApp,
  reload,
  seeCheckVerdict,
  seeHeading,
  seeReport,
  settle,
  startQuiz,
  tryQuiz,
} from './verbs.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const group = (scope, name) => scope.getByRole('group', { name, exact: true });
const field = (scope, label) => scope.getByLabel(label, { exact: true });
const section = (page, id) => page.locator(`section[aria-labelledby=w-${id}-h]`);
const verdict = (page) => page.locator('.editor-checks p.verdict');

/** The problems the checks list, as shown. */
const problems = (page) => page.locator('.editor-checks ul.problems li').allTextContents();

/** Waits until the checks say `start…`; on a timeout, says what they list instead. */
async function seeChecks(t, page, start) {
  try {
    await verdict(page).filter({ hasText: start }).waitFor({ timeout: 5000 });
  } catch (error) {
    t.fail(`the checks say "${await verdict(page).textContent()}", not "${start}": ${(await problems(page)).join(' | ')}`);
    throw error;
  }
}

/** Types `text` where the focus went, once it is in the field whose id is `id`. */
async function typeInto(page, id, text) {
  await page.waitForFunction((id) => document.activeElement?.id === id, id);
  await page.keyboard.type(text);
}

const SOURCE = 'Jon Dickey, Debunking the myth';
const HABITS = [
  { name: 'Listening first', description: 'Whether you let clients finish before you answer.' },
  { name: 'Saying no', description: 'Whether you tell clients when they are wrong.' },
];
// Three statements a habit; the last of Saying no is reversed.
const STATEMENTS = [
  ['I let a client finish before I answer.', 'Listening first'],
  ['I ask what a client means before I reply.', 'Listening first'],
  ['I repeat a complaint back before I act on it.', 'Listening first'],
  ['I say so when a client asks for the wrong thing.', 'Saying no'],
  ['I explain what a bad request would cost.', 'Saying no'],
  ['I agree to requests I think are mistakes.', 'Saying no', true],
];
const BOOKING = 'https://coach.example/book';

async function writeHabit(page, i, { name, description }) {
  await clickButton(section(page, 'habits'), 'Add a habit');
  const habit = group(page, `Habit ${i + 1}`);
  // The focus is in the new habit's name.
  await typeInto(page, `w-dimension-${i}-name`, name);
  await field(habit, 'Description').fill(description);
  for (const [b, band] of ['Scores 1', 'Scores 2'].entries()) {
    const scores = group(habit, band);
    await field(scores, 'Headline').fill(`${name}: ${b === 0 ? 'room to grow' : 'a strength'}.`);
    const advice = group(scores, 'Advice 1');
    await field(advice, 'Advice').fill(`Practise ${name.toLowerCase()} with your next client (${b + 1}).`);
    await advice.getByLabel(SOURCE).check();
  }
}

async function writeStatement(page, i, [text, habit, reversed]) {
  await clickButton(section(page, 'statements'), 'Add a statement');
  const statement = group(page, `Statement ${i + 1}`);
  await typeInto(page, `w-question-${i}-text`, text);
  await field(statement, 'Habit it measures').selectOption({ label: habit });
  if (reversed) await field(statement, 'Agreeing is the weaker answer').check();
  await statement.getByLabel(SOURCE).check();
}

/**
 * Adds a style, which lands at `i` (the first style is the default, and a
 * later one goes before it, with a condition to fill in).
 */
async function writeStyle(page, i, { name, condition, cta }) {
  await clickButton(section(page, 'styles'), 'Add a style');
  const style = group(page, `Style ${i + 1}`);
  await typeInto(page, `w-pattern-${i}-name`, name);
  await field(style, 'Summary').fill(`Your answers lean toward ${name.toLowerCase()}.`);
  await field(style, 'What to try first').fill('Pick one client conversation this week and try it there.');
  if (condition) {
    const c = group(style, 'Condition 1');
    await field(c, 'Habit it measures').selectOption({ label: condition.habit });
    await field(c, 'Score').selectOption({ label: condition.test });
    await field(c, 'Number').fill(String(condition.number));
  }
  if (cta) {
    await field(style, 'Call to action: its label (optional)').fill(cta.label);
    await field(style, 'Call to action: its address').fill(cta.url);
  }
  await style.getByLabel(SOURCE).check();
}

test(
  'editor: a 6-statement, 2-habit, 2-style quiz written from blank with the forms only, downloaded, checked, and tried to a style whose call to action carries the code',
  async (t) => {
    const page = await openApp(t, '#/about');
    await clickLink(page, 'Write a quiz of your own in forms, without JSON');
    await seeHeading(page, 'Write a quiz');
    await clickButton(page, 'A blank quiz');
    await seeChecks(t, page, 'problems to put right');
    // A problem is shown beside its field, in the checker's words.
    const title = field(section(page, 'quiz'), 'Title');
    const beside = page.locator(`#${await title.getAttribute('aria-describedby')}`);
    t.equal(await beside.textContent(), 'title: must not be empty ($.title)', 'the title\'s problem beside it');
    t.equal(await title.getAttribute('aria-invalid'), 'true', 'and the field is marked invalid');
    t.assert((await problems(page)).some((p) => p.startsWith('title: must not be empty ($.title)')), 'and in the summary');

    // A problem with a list as a whole, above the button that helps.
    const addStyle = section(page, 'styles').getByRole('button', { name: 'Add a style' });
    const aboutStyles = page.locator(`#${await addStyle.getAttribute('aria-describedby')}`);
    t.assert((await aboutStyles.textContent()).startsWith('patterns: 0 styles; at least 1 needed'), `the missing styles, by the Add a style button: ${await aboutStyles.textContent()}`);

    await title.fill('How candid are you with clients?');
    t.equal(await beside.textContent(), '', 'typed: the problem is gone');
    t.equal(await title.getAttribute('aria-invalid'), null, 'and the field is no longer marked');
    await field(section(page, 'quiz'), 'Introduction').fill('Six statements about your last few client conversations.');
    await field(section(page, 'quiz'), 'Quiz id').fill('candid-check');

    await clickButton(section(page, 'sources'), 'Add a source');
    await typeInto(page, 'w-source-0-author', 'Jon Dickey');
    await field(group(page, 'Source 1'), 'Title of the work').fill('Debunking the myth');

    for (const [i, habit] of HABITS.entries()) await writeHabit(page, i, habit);
    for (const [i, statement] of STATEMENTS.entries()) await writeStatement(page, i, statement);
    await writeStyle(page, 0, { name: 'Quiet yes' });
    t.equal(
      (await group(page, 'Style 1').locator('p.rule').textContent()).trim(),
      'Everyone no other style fits (the last style has no conditions).',
      'the first style is the default',
    );
    const call = { label: 'Book a call', url: `${BOOKING}?result={code}` };
    await writeStyle(page, 0, { name: 'Candid partner', condition: { habit: 'Saying no', test: 'at least', number: 50 }, cta: call });
    t.equal(
      (await group(page, 'Style 1').locator('p.rule').textContent()).trim(),
      '“Saying no” 50 or more',
      'a later style goes before the default, its rule in the checker\'s words',
    );
    await seeChecks(t, page, 'No problems');
    await t.check(page);

    const file = await downloadedBy(page, () => clickButton(page, 'Download quiz file'));
    t.equal(file.name, 'candid-check.quiz.json', 'named after the quiz id');
    const written = JSON.parse(file.text);
    t.equal(
      [written.questions.length, written.dimensions.length, written.patterns.length],
      [6, 2, 2],
      '6 statements, 2 habits, 2 styles',
    );
    t.equal(Object.keys(written).slice(0, 6), ['schema', 'id', 'version', 'title', 'intro', 'minutes'], 'in the format\'s order');
    t.assert(file.text.startsWith('{\n  "schema": 1,\n  "id": "candid-check",'), 'pretty-printed');
    t.equal(written.questions.map((q) => q.dimension), ['listening-first', 'listening-first', 'listening-first', 'saying-no', 'saying-no', 'saying-no'], 'ids made from the habits\' names');
    t.equal(written.patterns[0].when, [{ dimension: 'saying-no', at_least: 50 }], 'the condition as the format writes it');

    // The checker finds it valid.
    await clickLink(page.getByRole('navigation', { name: 'More' }), 'Check a quiz file');
    await seeHeading(page, 'Check a quiz file');
    await chooseQuizFile(page, file.name, file.text);
    await seeCheckVerdict(page, `${file.name} is valid: 6 questions, 2 dimensions.`);

    // Back in the editor, the quiz is still there; tried as a reader would.
    await clickLink(page.getByRole('navigation', { name: 'More' }), 'Write a quiz');
    await seeHeading(page, 'Write a quiz');
    t.equal(await field(section(page, 'quiz'), 'Title').inputValue(), 'How candid are you with clients?', 'the quiz is still there');
    const frame = await tryQuiz(page);
    await seeHeading(frame, 'How candid are you with clients?');
    await startQuiz(frame);
    // Often to each, Rarely to the reversed one: Saying no is high.
    const sheet = [4, 4, 4, 4, 4, 2];
    await answerSheetByClicking(frame, sheet);
    t.equal(await seeReport(frame), 'Candid partner', 'the style whose rule these answers meet');
    const links = frame.getByRole('link', { name: 'Book a call', exact: true });
    const url = new URL(await links.first().getAttribute('href'));
    t.equal(url.origin + url.pathname, BOOKING, 'the call to action goes to the coach\'s page');
    const code = url.searchParams.get('result');
    t.equal(decodeCode(code, 6)?.sheet, sheet.join(''), `with the reader's code: ${code}`);
  },
  { timeout: 180_000 },
);

test('editor: keyboard only: add, reorder and remove statements, undo and redo, and the work kept across a reload', async (t) => {
  const page = await openApp(t, '#/write');
  await seeHeading(page, 'Write a quiz');
  const statements = section(page, 'statements');
  const add = statements.getByRole('button', { name: 'Add a statement' });
  await add.focus();
  for (const [i, text] of ['First statement.', 'Second statement.', 'Third statement.'].entries()) {
    await add.focus();
    await page.keyboard.press('Enter');
    await typeInto(page, `w-question-${i}-text`, text);
  }
  const texts = () => statements.locator('textarea[id$=-text]').evaluateAll((all) => all.map((a) => a.value));
  t.equal(await texts(), ['First statement.', 'Second statement.', 'Third statement.'], 'three statements, each typed where the focus went');

  // Move the third up with the keyboard: the focus follows it.
  await group(page, 'Statement 3').getByRole('button', { name: 'Move Statement 3 up' }).focus();
  await page.keyboard.press('Enter');
  t.equal(await texts(), ['First statement.', 'Third statement.', 'Second statement.'], 'moved up');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Move Statement 2 up');
  await page.keyboard.press('Enter');
  t.equal(await texts(), ['Third statement.', 'First statement.', 'Second statement.'], 'and up again, from where the focus followed it');

  // Remove the second: the focus goes to the add button.
  await group(page, 'Statement 2').getByRole('button', { name: 'Remove Statement 2' }).focus();
  await page.keyboard.press('Enter');
  t.equal(await texts(), ['Third statement.', 'Second statement.'], 'removed');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Add a statement');

  // Undo and redo, with the keys and the buttons.
  await page.keyboard.press('Control+z');
  t.equal(await texts(), ['Third statement.', 'First statement.', 'Second statement.'], 'Ctrl+Z brings it back');
  await page.keyboard.press('Control+Shift+z');
  t.equal(await texts(), ['Third statement.', 'Second statement.'], 'Ctrl+Shift+Z removes it again');
  await clickButton(page, 'Undo');
  t.equal(await texts(), ['Third statement.', 'First statement.', 'Second statement.'], 'and the Undo button');
  // Typing a sentence is undone a word at a time, not a key at a time.
  const first = field(group(page, 'Statement 2'), 'Statement');
  await first.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' And more words');
  await page.keyboard.press('Control+z');
  t.equal(await first.inputValue(), 'First statement. And more', 'one word undone');

  await reload(page);
  await seeHeading(page, 'Write a quiz');
  t.equal(await texts(), ['Third statement.', 'First statement. And more', 'Second statement.'], 'kept across a reload');
});

test('editor: a file opened with problems shows each beside its field; starting again is undone', async (t) => {
  const page = await openApp(t, '#/write');
  await seeHeading(page, 'Write a quiz');
  const quiz = onboarding();
  quiz.questions[2].text = '';
  quiz.questions[3].dimension = 'handof';
  await chooseQuizFile(page, 'broken.quiz.json', json(quiz));
  await seeChecks(t, page, '2 problems to put right');
  const statement3 = field(group(page, 'Statement 3'), 'Statement');
  const described = (el) => el.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).textContent());
  t.equal(await described(statement3), 'question 3 (o3), text: must not be empty ($.questions[2].text)', 'the empty statement, beside it');
  const habit4 = field(group(page, 'Statement 4'), 'Habit it measures');
  t.assert((await described(habit4)).startsWith('question 4 (o4), dimension: no dimension has the id "handof"'), 'the unknown habit, beside its choice');
  t.equal(await habit4.locator('option:checked').textContent(), 'handof', 'the reference shown as it is');
  // "Go to the field" puts the focus there.
  await page.locator('.editor-checks li', { hasText: '$.questions[2].text' }).getByRole('button', { name: 'Go to the field' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'w-question-2-text');
  // Starting from Candor's quiz replaces it; Undo brings the opened file back.
  await clickButton(page, 'Candor’s quiz as a template');
  await seeChecks(t, page, 'No problems');
  await clickButton(page, 'Undo');
  await seeChecks(t, page, '2 problems to put right');
  // A valid file opens with no problems, and writes back as the same quiz.
  await chooseQuizFile(page, 'onboarding.quiz.json', ONBOARDING_TEXT);
  await seeChecks(t, page, 'No problems');
  const file = await downloadedBy(page, () => clickButton(page, 'Download quiz file'));
  t.equal(file.name, 'onboarding.quiz.json', 'saved under the name it was opened as');
  t.equal(JSON.parse(file.text), JSON.parse(ONBOARDING_TEXT), 'the same quiz');
});

test(
  'editor: axe finds nothing, narrow and wide, light and dark; in German',
  async (t) => {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await openApp(t, '#/write', { viewport: { width, height: 800 }, colorScheme });
        await seeHeading(page, 'Write a quiz');
        await clickButton(page, 'The short example');
        await seeChecks(t, page, 'No problems');
        // A warning about how a habit scores, under that habit's heading.
        const habit = group(page, 'Habit 2');
        t.assert(
          (await habit.locator('.field-problems').first().textContent()).startsWith('“Sales-to-delivery hand-off”: its reversed questions weigh 1'),
          'the unbalanced habit\'s warning, in it',
        );
        await settle(page);
        await t.check(page);
        await clickButton(page, 'A blank quiz');
        await seeChecks(t, page, 'problems to put right');
        await t.check(page);
        await page.close();
      }
    }
    const page = await openApp(t, '?lang=de#/about');
    await clickLink(page, 'Schreib ein eigenes Quiz in Formularen, ganz ohne JSON');
    await seeHeading(page, 'Ein Quiz schreiben');
    await clickButton(page, 'Ein leeres Quiz');
    await seeChecks(t, page, 'Probleme zu beheben');
    t.equal(await field(section(page, 'quiz'), 'Antwort 1 von 5').inputValue(), 'Nie', 'a blank German quiz has German answers');
    t.assert((await problems(page)).some((p) => p.startsWith('title: darf nicht leer sein')), `the problems in German: ${await problems(page)}`);
    await clickButton(page, 'Candors Quiz als Vorlage');
    await seeChecks(t, page, 'Keine Probleme');
    t.equal(await field(section(page, 'quiz'), 'Sprache (ein Kürzel wie en oder de)').inputValue(), 'de', 'Candor\'s quiz in German as the template');
    await t.check(page);
  },
  { timeout: 120_000 },
);

test('editor: questions for team meetings, reflections and Candor\'s own words, written in the forms and used by the quiz', async (t) => {
  const page = await openApp(t, '#/write');
  await seeHeading(page, 'Write a quiz');
  await clickButton(page, 'The short example');
  await seeChecks(t, page, 'No problems');
  // A question for the team when its scores are far apart.
  const habit = group(page, 'Habit 1');
  await habit.getByText('For team meetings').click();
  const split = group(habit, 'When the team’s scores are far apart');
  await clickButton(split, 'Add a question');
  await typeInto(page, 'w-text-item-list-prompts-0-split-index-0', 'Who on the team heard the client out last time?');
  // A reflection after the first two statements.
  const before = (await field(page, 'Prompt').count());
  await clickButton(section(page, 'reflections'), 'Add a reflection');
  const reflection = group(page, `Reflection ${before + 1}`);
  await typeInto(page, `w-reflection-${before}-prompt`, 'What did your last client need before an answer?');
  const statements = group(reflection, 'Statements it follows').getByRole('checkbox');
  await statements.nth(0).check();
  await statements.nth(1).check();
  // Candor's Start button in the coach's words.
  await page.getByLabel('Which text', { exact: true }).selectOption('start');
  await clickButton(page, 'Add your wording');
  await page.waitForFunction(() => document.activeElement?.id === 'w-ui-start');
  t.equal(await page.locator('#w-ui-start').inputValue(), 'Start', 'starting from the English text');
  await page.locator('#w-ui-start').fill('Begin the check');
  await seeChecks(t, page, 'No problems');

  const file = await downloadedBy(page, () => clickButton(page, 'Download quiz file'));
  const written = JSON.parse(file.text);
  t.equal(written.dimensions[0].prompts?.split, ['Who on the team heard the client out last time?'], 'the team prompt in the file');
  const added = written.reflections.at(-1);
  t.equal([added.prompt, added.questions], ['What did your last client need before an answer?', written.questions.slice(0, 2).map((q) => q.id)], 'the reflection, after the first two statements');
  t.equal(written.ui, { start: 'Begin the check' }, 'the coach\'s wording');

  const frame = await tryQuiz(page);
  t.equal(await frame.getByRole('button', { name: 'Begin the check', exact: true }).count(), 1, 'the quiz tried uses the coach\'s wording');
  // Removing the wording takes it out of the file.
  await clickButton(page, 'Remove your wording of start');
  const again = await downloadedBy(page, () => clickButton(page, 'Download quiz file'));
  t.equal(JSON.parse(again.text).ui, undefined, 'no ui left');
});

test('editor: embedded with data-events (the WordPress plugin\'s settings), the host page hears candor:checked for each verdict, as from the checker', async (t) => {
  const site = await t.serve({ root: FIXTURES, base: '/blog/' });
  const page = await t.newPage({ allowOrigins: [t.origin] });
  const query = new URLSearchParams({ app: t.url, first: 'events=1', firsthash: '#/write' });
  await page.goto(`${site.url}embed/host.html?${query}`);
  const frame = await embeddedApp(page, '#first');
  await seeHeading(frame, 'Write a quiz');
  const checkedEvents = () => page.evaluate(() => window.hostLog.events.filter((e) => e.type === 'candor:checked'));
  await clickButton(frame, 'The short example');
  await seeChecks(t, frame, 'No problems');
  await page.waitForFunction(() => window.hostLog.events.some((e) => e.type === 'candor:checked' && e.detail.valid));
  const valid = (await checkedEvents()).at(-1).detail;
  t.equal([valid.valid, valid.name], [true, `${JSON.parse(ONBOARDING_TEXT).id}.quiz.json`], 'a valid quiz, named after its id');
  t.equal(JSON.parse(valid.text), JSON.parse(ONBOARDING_TEXT), 'with the file as written');
  await field(section(frame, 'quiz'), 'Title').fill('');
  await page.waitForFunction(() => window.hostLog.events.filter((e) => e.type === 'candor:checked').at(-1)?.detail.valid === false);
  t.equal((await checkedEvents()).at(-1).detail.text, undefined, 'a quiz with problems: no text to save');
});
