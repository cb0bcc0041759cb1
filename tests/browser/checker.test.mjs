// The quiz-file checker, issue 20: a coach tries a valid file in the page,
// report included, with nothing kept; sees every archetype with its rule,
// call to action and the simple answer sheets that get it, with their
// scores (checked against the independent oracle); reads warnings about
// what would mis-score; gets one problem with a fix to copy for a missing
// `sources`; finds the file still there after the builder, About and a
// reload, and gone after "Forget my data". The try page refuses a file from
// any parent but its own, and a host page with `data-events` hears
// `candor:checked`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from './harness.mjs';
import { json, onboarding, ONBOARDING_TEXT } from './mistakes.mjs';
import { scoreSheet, sheetByStrength } from './oracle.mjs';
import {
  allowClipboard,
  answerSheetByClicking,
  checkResult,
  chooseQuizFile,
  clickButton,
  clickLink,
  clipboardText,
  embeddedApp,
  link,
  openApp,
  pasteQuizFile,
  reload,
  seeCheckVerdict,
  seeCopiedOrSelected,
  seeHeading,
  seeOutcomes,
  seeReport,
  seeTryFrameFitsContent,
  seeWarnings,
  settle,
  startQuiz,
  storageKeys,
  tryQuiz,
} from './verbs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'fixtures');
const NAME = 'onboarding-readiness.quiz.json';
const LABELS = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];

/** The example quiz with every dimension's reversed and other questions of equal weight. */
function balanced() {
  const quiz = onboarding();
  for (const dimension of quiz.dimensions) {
    const items = quiz.questions.filter((q) => q.dimension === dimension.id);
    const weight = (reverse) => items.filter((q) => !!q.reverse === reverse).reduce((sum, q) => sum + (q.weight ?? 1), 0);
    const [reversed, normal] = [weight(true), weight(false)];
    const lighter = items.find((q) => !!q.reverse === reversed < normal);
    lighter.weight = (lighter.weight ?? 1) + Math.abs(normal - reversed);
  }
  return quiz;
}

test('check: a valid file is tried in the page, report included, and nothing of the try is kept', async (t) => {
  const quiz = onboarding();
  const page = await openApp(t, '#/check');
  await seeHeading(page, 'Check a quiz file');
  await chooseQuizFile(page, NAME, ONBOARDING_TEXT);
  await seeCheckVerdict(page, `${NAME} is valid`);
  const kept = await storageKeys(page);
  t.equal(kept.filter((k) => k.startsWith('candor.')), ['candor.checker-file'], 'the checker keeps the file itself, and nothing else');

  const frame = await tryQuiz(page);
  await page.waitForFunction(() => document.activeElement?.id === 'try-h');
  t.equal(await page.evaluate(() => document.activeElement.textContent), 'Try it as a reader', 'focus moves to the try');
  t.assert(new URL(frame.url()).searchParams.get('try') === '1', `the frame is the try page: ${frame.url()}`);
  await seeHeading(frame, quiz.title);
  await seeTryFrameFitsContent(page);
  await t.check(page);
  // Taken as a reader would, to the report: the archetype the oracle gives.
  await startQuiz(frame);
  const sheet = sheetByStrength(quiz, (_q, i) => [2, 1, 2][i % 3]);
  await answerSheetByClicking(frame, sheet);
  t.equal(await seeReport(frame), scoreSheet(quiz, sheet).archetype, 'the report names the archetype of these answers');
  await seeTryFrameFitsContent(page);
  t.equal(await frame.locator('p.not-kept').count(), 0, 'the report does not blame the browser for keeping nothing');
  t.equal(await frame.getByRole('heading', { name: 'Share your result' }).count(), 0, 'a try has no share link to give out');
  t.equal(await storageKeys(page), kept, 'the try wrote nothing to the device: no answers, no history, no language');
  await t.check(page);

  await clickButton(page, 'Stop trying');
  t.equal(await page.locator('iframe.try-frame').count(), 0, 'the frame is gone');
  await page.waitForFunction(() => document.activeElement?.id === 'try-button');
  t.equal(await page.evaluate(() => document.activeElement.textContent), 'Try this quiz', 'focus is back on Try this quiz');
});

test('check: the file is still there after the builder, About and a reload, and gone after Forget my data', async (t) => {
  const page = await openApp(t, '#/check');
  await seeHeading(page, 'Check a quiz file');
  await chooseQuizFile(page, NAME, ONBOARDING_TEXT);
  const first = await seeCheckVerdict(page, `${NAME} is valid`);
  const warnings = await seeWarnings(page);
  await clickLink(page, 'Embed Candor in your site');
  await seeHeading(page, 'Embed Candor in your site');
  await clickLink(page.getByRole('navigation', { name: 'More' }), 'Check a quiz file');
  t.equal((await seeCheckVerdict(page, NAME)).verdict, first.verdict, 'back from the builder, the file is there');
  t.equal(await seeWarnings(page), warnings, 'with its warnings');
  await clickLink(page, 'About Candor');
  await clickLink(page, 'check a quiz file');
  t.equal((await seeCheckVerdict(page, NAME)).verdict, first.verdict, 'back from About, too');
  await reload(page);
  t.equal((await seeCheckVerdict(page, NAME)).verdict, first.verdict, 'and after a reload');
  await tryQuiz(page);

  // A file with problems is kept as well, and replaces the valid one.
  const broken = onboarding();
  broken.questions[2].weight = '2';
  await pasteQuizFile(page, json(broken));
  await seeCheckVerdict(page, 'The pasted text has 1 problem');
  await reload(page);
  await seeCheckVerdict(page, 'The pasted text has 1 problem');

  await clickLink(page, 'About Candor');
  await clickButton(page, 'Forget my data');
  await clickButton(page, 'Delete everything');
  await page.getByText('Everything Candor stored on this device is gone.').waitFor();
  await clickLink(page, 'check a quiz file');
  await seeHeading(page, 'Check a quiz file');
  t.equal(await checkResult(page).count(), 0, 'forgotten: the checker starts empty');
  await reload(page);
  await seeHeading(page, 'Check a quiz file');
  t.equal(await checkResult(page).count(), 0, 'also after a reload');
});

test('check: every archetype with its rule, call to action and the simple answer sheets that get it, with their scores', async (t) => {
  const quiz = onboarding();
  quiz.patterns[0].cta = { label: 'Book a call', url: 'https://coach.example/book?r={code}' };
  const page = await openApp(t, '#/check');
  await seeHeading(page, 'Check a quiz file');
  await chooseQuizFile(page, 'cta.quiz.json', json(quiz));
  await seeCheckVerdict(page, 'cta.quiz.json is valid');
  const { archetypes, table } = await seeOutcomes(page);

  // What each simple sheet gets, by the oracle.
  const sheets = [...LABELS.map((label, i) => [label, String(i + 1)]), ['Not sure', '0']].map(([label, key]) => ({
    label,
    result: scoreSheet(quiz, key.repeat(quiz.questions.length)),
  }));
  t.equal(
    table,
    sheets.map(({ label, result }) => ({
      sheet: `“${label}” everywhere`,
      scores: Object.fromEntries(Object.entries(result.dimensions).map(([name, { score }]) => [name, score === null ? 'no score' : String(score)])),
      archetype: result.archetype,
    })),
    'each simple sheet with its scores and archetype, as the oracle scores them',
  );
  t.equal(
    archetypes.map((a) => a.name),
    quiz.patterns.map((p) => p.name),
    'every archetype, in order',
  );
  for (const [k, archetype] of archetypes.entries()) {
    const reaching = sheets.filter((s) => s.result.archetype === quiz.patterns[k].name).map((s) => `“${s.label}” everywhere`);
    const list = reaching.length > 1 ? `${reaching.slice(0, -1).join(', ')} and ${reaching.at(-1)}` : reaching[0];
    t.equal(archetype.sheets, reaching.length ? `Simple answer sheets that get it: ${list}.` : 'No simple answer sheet gets it.', `${archetype.name}: its sheets`);
  }
  const dimension = (id) => quiz.dimensions.find((d) => d.id === id).name;
  t.equal(
    archetypes[0].rule,
    `For readers with “${dimension('expectations')}” under 50 and “${dimension('assertiveness')}” under 50.`,
    'a rule in words',
  );
  t.equal(archetypes[1].rule, `For readers with “${dimension('handoff')}” under 50, unless a style above fits them first.`, 'a later rule');
  t.equal(archetypes[2].rule, 'For every reader no style above fits.', 'the default');
  t.equal(archetypes[0].cta, 'Its own call to action: “Book a call”, https://coach.example/book?r={code}', 'its own call to action');
  t.equal(archetypes[1].cta, 'No call to action of its own: readers see the page’s, if the embed gives one.', 'or the page’s');
  await settle(page);
  await t.check(page);
  for (const width of [375]) {
    await page.setViewportSize({ width, height: 800 });
    await t.check(page);
  }
});

test('check: warnings say what would mis-score and what to change, and go when it is changed', async (t) => {
  const quiz = onboarding();
  // An archetype behind a wider one: no reader can get it.
  quiz.patterns.splice(2, 0, {
    id: 'lost-baton',
    name: 'The Lost Baton',
    when: [{ dimension: 'handoff', below: 30 }],
    summary: 'x',
    try_first: 'y',
    sources: [],
  });
  const page = await openApp(t, '#/check');
  await seeHeading(page, 'Check a quiz file');
  await chooseQuizFile(page, 'lint.quiz.json', json(quiz));
  await seeCheckVerdict(page, 'lint.quiz.json is valid');
  t.equal(await checkResult(page).locator('#warnings-h').textContent(), '4 warnings about how it scores:', 'counted');
  const warnings = await seeWarnings(page);
  const dimension = (id) => quiz.dimensions.find((d) => d.id === id).name;
  t.equal(warnings.length, 4, warnings.join('\n'));
  for (const [i, id] of ['handoff', 'assertiveness'].entries()) {
    t.assert(
      warnings[i].startsWith(`“${dimension(id)}”: its reversed questions weigh 1 in all and its other questions 2`) &&
        warnings[i].includes('Give its reversed questions 1 more weight in all'),
      `unbalanced ${id}: ${warnings[i]}`,
    );
  }
  t.equal(
    warnings[2],
    '“The Lost Baton” (style 3) is no reader’s result: every reader whose scores meet its conditions gets “The Dropped Baton” (style 2) first. Move it above that style, or change its conditions.',
    'the archetype no reader gets, and why',
  );
  t.assert(
    warnings[3].startsWith('“The Ready Partner” (style 4) is the result of a reader who answers “Not sure” to every question, and also of readers with a score in every dimension'),
    `the default shared: ${warnings[3]}`,
  );
  // The outcomes agree: no simple sheet gets the lost baton.
  const { archetypes } = await seeOutcomes(page);
  t.equal(archetypes[2].sheets, 'No simple answer sheet gets it.', 'no simple sheet gets it either');

  // Changed as they say: balanced, the lost baton moved up, a default for readers without scores.
  const fixed = balanced();
  fixed.patterns.splice(1, 0, quiz.patterns[2]);
  fixed.patterns.splice(3, 0, { ...fixed.patterns[3], id: 'steady', name: 'The Steady Hand', when: [{ dimension: 'expectations', at_least: 0 }] });
  await chooseQuizFile(page, 'fixed.quiz.json', json(fixed));
  await seeCheckVerdict(page, 'fixed.quiz.json is valid');
  t.equal(await seeWarnings(page), [], 'no warning left');
  t.equal(await checkResult(page).locator('#warnings-h').count(), 0, 'nor their heading');
  await t.check(page);
});

test('check: in German, warnings and outcomes in German', async (t) => {
  const page = await openApp(t, '?lang=de#/check');
  await seeHeading(page, 'Quizdatei prüfen');
  await chooseQuizFile(page, NAME, ONBOARDING_TEXT);
  await seeCheckVerdict(page, `${NAME} ist gültig`);
  t.equal(await checkResult(page).locator('#warnings-h').textContent(), '3 Warnungen zur Auswertung:', 'counted in German');
  const warnings = await seeWarnings(page);
  t.assert(warnings[0].includes('Ihre umgekehrten Fragen wiegen zusammen 1, ihre anderen Fragen 2.'), warnings[0]);
  const { archetypes, table } = await seeOutcomes(page);
  t.equal(archetypes[2].rule, 'Für alle, zu denen kein Stil weiter oben passt.', 'the default in German');
  t.equal(table[0].sheet, 'überall „Never“', 'the quiz’s own label, in German words');
  await seeHeading(page, 'Quizdatei prüfen');
  t.equal(await link(page, 'Das Format der Quizdatei').count(), 1, 'the format reference is a link');
  await page.getByRole('button', { name: 'Dieses Quiz ausprobieren', exact: true }).waitFor();
  await t.check(page);
});

test('check: a missing sources is one problem that says what to write, with a fix to copy', async (t) => {
  const quiz = onboarding();
  const missing = [];
  for (const [i, question] of quiz.questions.entries()) {
    if (i % 2 === 0) {
      delete question.sources;
      missing.push(`question ${i + 1} (${question.id})`);
    }
  }
  delete quiz.patterns[1].sources;
  missing.push(`style 2 (${quiz.patterns[1].id})`);
  const page = await openApp(t, '#/check');
  await allowClipboard(page, t.origin);
  await seeHeading(page, 'Check a quiz file');
  await chooseQuizFile(page, 'uncredited.quiz.json', json(quiz));
  const { verdict, problems } = await seeCheckVerdict(page, 'uncredited.quiz.json has');
  t.equal(verdict, 'uncredited.quiz.json has 1 problem:', `one problem, not ${missing.length}`);
  const source = quiz.sources[0].id;
  t.equal(
    problems,
    [
      `${missing[0]}: missing field "sources"; write "sources": ["${source}"] with the ids of the sources it rests on, or "sources": [] where it is your own (advice and styles; a question needs a source); the same is missing in ${missing.slice(1).join(', ')} ($.questions[0])`,
    ],
    'what to write, and where else',
  );
  const fix = page.getByLabel('The fix, to paste where it is missing');
  t.equal(await fix.inputValue(), `"sources": ["${source}"]`, 'the fix, ready to copy');
  await clickButton(page, 'Copy the fix');
  await seeCopiedOrSelected(page, `"sources": ["${source}"]`);
  t.equal(await clipboardText(page), `"sources": ["${source}"]`, 'on the clipboard');
  await page.getByText('The fix is copied.').waitFor();
  await t.check(page);
});

test('check: the try page opened on its own says what it is for, and takes no file from another site', async (t) => {
  const page = await openApp(t, '?embed=1&try=1');
  await seeHeading(page, 'Nothing to try here');
  t.equal(
    new URL(await link(page, 'Check and try a quiz file').getAttribute('href'), page.url()).hash,
    '#/check',
    'it leads to the checker',
  );
  t.equal(await storageKeys(page), [], 'it stored nothing');
  await t.check(page);

  // Another site frames it and answers its request with a file: refused.
  const site = await t.serve({ root: FIXTURES, base: '/elsewhere/' });
  const host = await t.newPage({ allowOrigins: [t.origin] });
  await host.addInitScript((text) => {
    window.forgedText = text;
  }, ONBOARDING_TEXT);
  await host.goto(`${site.url}embed/try-host.html?app=${encodeURIComponent(t.url)}`);
  const frame = await (await host.locator('iframe').elementHandle()).contentFrame();
  await host.waitForFunction(() => window.answered >= 1);
  await seeHeading(frame, 'Nothing to try here');
  t.equal(await frame.getByRole('heading', { name: onboarding().title }).count(), 0, 'the forged file never ran');
});

test('check: embedded with data-events, the host page hears candor:checked, with the text only for a valid file', async (t) => {
  const site = await t.serve({ root: FIXTURES, base: '/blog/' });
  const page = await t.newPage({ allowOrigins: [t.origin] });
  const query = new URLSearchParams({ app: t.url, first: 'events=1', firsthash: '#/check' });
  await page.goto(`${site.url}embed/host.html?${query}`);
  const frame = await embeddedApp(page, '#first');
  await seeHeading(frame, 'Check a quiz file');
  const checkedEvents = () => page.evaluate(() => window.hostLog.events.filter((e) => e.type === 'candor:checked'));
  t.equal(await checkedEvents(), [], 'nothing before a file is checked');

  await chooseQuizFile(frame, NAME, ONBOARDING_TEXT);
  await seeCheckVerdict(frame, `${NAME} is valid`);
  await page.waitForFunction(() => window.hostLog.events.some((e) => e.type === 'candor:checked'));
  t.equal(await checkedEvents(), [{ type: 'candor:checked', target: 'first', detail: { valid: true, name: NAME, text: ONBOARDING_TEXT } }], 'a valid file, with its text');

  const broken = onboarding();
  broken.questions[3].dimension = 'handof';
  await chooseQuizFile(frame, 'broken.quiz.json', json(broken));
  await seeCheckVerdict(frame, 'broken.quiz.json has 1 problem');
  await page.waitForFunction(() => window.hostLog.events.filter((e) => e.type === 'candor:checked').length >= 2);
  t.equal((await checkedEvents())[1], { type: 'candor:checked', target: 'first', detail: { valid: false, name: 'broken.quiz.json' } }, 'a file with problems: its name, no text');
  t.equal((await checkedEvents()).length, 2, 'one event a verdict');

  await t.check(page);
});

test('check: embedded without data-events, the checker tells the host page nothing', async (t) => {
  const site = await t.serve({ root: FIXTURES, base: '/blog/' });
  const page = await t.newPage({ allowOrigins: [t.origin] });
  await page.goto(`${site.url}embed/host.html?${new URLSearchParams({ app: t.url, firsthash: '#/check' })}`);
  const frame = await embeddedApp(page, '#first');
  await chooseQuizFile(frame, NAME, ONBOARDING_TEXT);
  await seeCheckVerdict(frame, `${NAME} is valid`);
  await frame.waitForTimeout(300);
  const { events, messages } = await page.evaluate(() => window.hostLog);
  t.equal(events.filter((e) => e.type === 'candor:checked'), [], 'no candor:checked event');
  t.equal(messages.filter((m) => m.data?.type === 'checked'), [], 'no checked message at all');
  t.assert(messages.some((m) => m.from === 'first' && m.data?.type === 'resize'), 'while the frame does talk to its host (its height)');
});
