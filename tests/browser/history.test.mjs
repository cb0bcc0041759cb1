// Results saved with an earlier version of the built-in quiz: kept, named on
// the intro as made with an earlier version, never compared with new answers,
// and still there after a new result is saved.
import { test } from './harness.mjs';
import { loadQuiz } from './oracle.mjs';
import {
  answerWithKey,
  link,
  openApp,
  questionCount,
  reload,
  reportTable,
  seeButton,
  seeReport,
  settle,
  startQuiz,
  storageKeys,
  storedValue,
  storeValue,
} from './verbs.mjs';

// The fingerprint of version 1 of the built-in quiz (content/candor.quiz.json
// at commit 8bed9ae), as records spell it: 4 hex digits for the quiz id, 4 for
// its content. Written out, not computed, so the test stays about version 1
// whatever the quiz becomes. To exercise the earlier-version path while the
// content is still version 1, change only the last digit (same quiz, other
// content).
const V1_FINGERPRINT = '26dc338c';
/** Version 1 had 28 questions. */
const V1_QUESTIONS = 28;

const quiz = loadQuiz();
const HISTORY = `candor.history.${quiz.id}`;

/** Two results finished with version 1, on 3 May and 9 June 2026 (UTC noon). */
const V1_ATTEMPTS = [
  { at: Date.UTC(2026, 4, 3, 12), answers: '3'.repeat(V1_QUESTIONS) },
  { at: Date.UTC(2026, 5, 9, 12), answers: '5'.repeat(V1_QUESTIONS - 1) + '6' },
];
const V1_RECORD = JSON.stringify({ v: 1, fingerprint: V1_FINGERPRINT, attempts: V1_ATTEMPTS });

const EARLIER_LINE = (also) =>
  `You ${also ? 'also ' : ''}have 2 results from an earlier version of this quiz (May 3, 2026; June 9, 2026). ` +
  'This version’s statements changed, so they can’t be compared with your new answers.';

/** The intro's line about earlier-version results, once it is shown. */
async function seeEarlierLine(page) {
  const line = page.locator('main p.earlier');
  await line.waitFor();
  return (await line.innerText()).trim();
}

/** Answers every question from the current one with `key` until the report shows. */
async function answerAllWith(page, key) {
  const { total } = await questionCount(page);
  for (let n = 1; n <= total; n += 1) await answerWithKey(page, key);
}

test('history: version-1 results are kept, shown as earlier and never compared', async (t) => {
  const page = await openApp(t);
  await seeButton(page, 'Start');
  await storeValue(page, HISTORY, V1_RECORD);
  await reload(page);

  await seeButton(page, 'Start');
  t.equal(await seeEarlierLine(page), EARLIER_LINE(false), 'the intro names the two earlier results and their dates');
  t.equal(await page.locator('.notices p').count(), 0, 'no notice: nothing was set aside');
  t.equal((await storageKeys(page)).filter((k) => k.includes('.unreadable-')), [], 'nothing is set aside');
  t.equal(await link(page, 'Your last result').count(), 0, 'no result of this version to open');
  await settle(page);
  await t.check(page);

  await startQuiz(page);
  await answerAllWith(page, '4');
  await seeReport(page);
  t.equal(await page.locator('p.since').count(), 0, 'no "changes since" line against a version-1 result');
  t.equal(await page.locator('line.chart-previous').count(), 0, 'no previous-result marks in the chart');
  const table = await reportTable(page);
  t.equal(
    Object.values(table).map(({ change }) => change),
    Object.values(table).map(() => '—'),
    'no change is shown for any habit',
  );

  const stored = JSON.parse(await storedValue(page, HISTORY));
  t.equal(stored.attempts.length, 1, 'the new result is saved as the one result of this version');
  t.assert(stored.fingerprint !== V1_FINGERPRINT, `the record now belongs to this version: ${stored.fingerprint}`);
  t.equal(
    stored.earlier,
    V1_ATTEMPTS.map(({ at, answers }) => ({ at, fingerprint: V1_FINGERPRINT, answers })),
    'the version-1 results are kept as they were',
  );

  await page.goto(`${t.url}#/`);
  await reload(page);
  t.equal(await seeEarlierLine(page), EARLIER_LINE(true), 'after a reload the earlier results are still named');
  await link(page, 'Your last result').waitFor();
  await settle(page); // before the end-of-test axe run
});

test('history: hide=history hides the earlier-version results too', async (t) => {
  const page = await openApp(t);
  await seeButton(page, 'Start');
  await storeValue(page, HISTORY, V1_RECORD);
  await page.goto(`${t.url}?hide=history#/`);
  await reload(page);
  await seeButton(page, 'Start');
  t.equal(await page.locator('main p.earlier').count(), 0, 'no line about earlier results');
  t.equal(await page.locator('.notices p').count(), 0, 'no notice either');
  t.equal(await storedValue(page, HISTORY), V1_RECORD, 'the record is left as it was');
});

// Version 2 (content/candor.quiz.json before issue 24; its fingerprint is
// checked in tests/share_code.rs), written out for the same reason.
const V2_FINGERPRINT = '26dc2508';

test('history: version-2 results join the version-1 ones as earlier results', async (t) => {
  // A device that took version 1 twice and version 2 twice: the record is
  // version 2's, with version 1's results kept as earlier ones.
  const v2Attempts = [
    { at: Date.UTC(2026, 6, 1, 12), answers: '4'.repeat(V1_QUESTIONS) },
    { at: Date.UTC(2026, 7, 2, 12), answers: '2'.repeat(V1_QUESTIONS) },
  ];
  const earlierV1 = V1_ATTEMPTS.map(({ at, answers }) => ({ at, fingerprint: V1_FINGERPRINT, answers }));
  const record = JSON.stringify({ v: 1, fingerprint: V2_FINGERPRINT, attempts: v2Attempts, earlier: earlierV1 });
  const page = await openApp(t);
  await seeButton(page, 'Start');
  await storeValue(page, HISTORY, record);
  await reload(page);

  await seeButton(page, 'Start');
  t.equal(
    await seeEarlierLine(page),
    'You have 4 results from an earlier version of this quiz (from May 3, 2026 to August 2, 2026). ' +
      'This version’s statements changed, so they can’t be compared with your new answers.',
    'the intro names all four earlier results',
  );
  t.equal(await link(page, 'Your last result').count(), 0, 'no result of this version to open');

  await startQuiz(page);
  await answerAllWith(page, '4');
  await seeReport(page);
  t.equal(await page.locator('p.since').count(), 0, 'no "changes since" line against a version-2 result');
  const stored = JSON.parse(await storedValue(page, HISTORY));
  t.equal(stored.attempts.length, 1, 'the new result is the one result of this version');
  t.equal(
    stored.earlier,
    [...earlierV1, ...v2Attempts.map(({ at, answers }) => ({ at, fingerprint: V2_FINGERPRINT, answers }))],
    'both versions’ results are kept as they were, oldest first',
  );
  await settle(page);
});
