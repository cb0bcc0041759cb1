// Sharing a result and comparing a team: share links and codes made on
// separate devices (separate browser contexts), the read-only shared report,
// the share panel (name, QR code, result file), the team view checked against
// the independent oracle (oracle.mjs: scoring, and a share-code codec written
// from the format), bad entries, CSV export, anonymity, presenter mode,
// limits and axe on every one of these screens.
import path from 'node:path';
import { test } from './harness.mjs';
import { BUILTIN_QUIZ_PATH, decodeCode, encodeCode, fingerprint, loadQuiz, overallFromRounded, randomSheets, scoreSheet, scoreTeam, sheetByDimension, teamCsvRows, isolate } from './oracle.mjs';
import {
  addResultFiles,
  addToTeam,
  allowClipboard,
  answerSheet,
  button,
  clickButton,
  clickLink,
  clipboardText,
  downloadedBy,
  hasFocus,
  link,
  openApp,
  openTeam,
  presenter,
  readableText,
  reportTable,
  seeButton,
  seeHeading,
  seePresenterClosed,
  seeReport,
  seeSharedResult,
  seeSlide,
  seeTeamMembers,
  seeTeamProblems,
  settle,
  shareCode,
  shareLink,
  shareNameBox,
  sharePanel,
  startQuiz,
  storageKeys,
  tabTo,
  teamPasteBox,
  teamPicture,
  teamProblems,
  teamStatus,
  typeShareName,
} from './verbs.mjs';

const quiz = loadQuiz();
const TOTAL = quiz.questions.length;
const onboarding = loadQuiz(path.join(path.dirname(BUILTIN_QUIZ_PATH), 'onboarding-readiness.quiz.json'));

// Three people whose scores differ on every habit (see the comments for what
// the oracle makes of them): spreads 81, 68, 63, then three habits tied at 50
// (shown in quiz order), and partnership, which the third person answered too
// little of for a score (2 of 3 scored, average 53.5 rounded up to 54).
const ALEX = sheetByDimension(quiz, {
  integrity: [5, 5, 4, 5], // 94
  candor: [4, 4, 5, 4], // 81
  ownership: [2, 3, 2, 2], // 31
  listening: [3, 3, 3, 4], // 56
  expectations: [5, 4, 5, 5], // 94
  partnership: [4, 4, 4, 3], // 69
  wholehearted: [3, 2, 3, 3], // 44
});
const SAM = sheetByDimension(quiz, {
  integrity: [2, 3, 2, 2], // 31
  candor: [1, 2, 1, 2], // 13
  ownership: [4, 4, 5, 4], // 81
  listening: [5, 5, 4, 5], // 94
  expectations: [3, 3, 3, 2], // 44
  partnership: [2, 3, 2, 3], // 38
  wholehearted: [4, 5, 4, 4], // 81
});
const THIRD = sheetByDimension(quiz, {
  integrity: [3, 4, 3, 3], // 56
  candor: [3, 0, 3, 2], // 42
  ownership: [3, 3, 3, 4], // 56
  listening: [1, 2, 2, 1], // 13
  expectations: [4, 0, 0, 4], // 75
  partnership: [0, 0, 0, 5], // not enough answers
  wholehearted: [5, 5, 5, 4], // 94
});

const DISAGREEMENT = [
  'Listening and empathy',
  'Saying no, and why',
  'Integrity of advice',
  'Owning mistakes',
  'Setting expectations',
  'Wholehearted delivery',
  'Partnership and respect',
];

const REASONS = {
  damaged: 'This code is damaged or mistyped; ask for it again.',
  otherQuiz: 'This code is from a different quiz.',
  otherVersion: "This code is from a different version of this quiz, so it can't be compared with these questions.",
  notACode: "This isn't a Candor result code.",
  newer: 'This code was made by a newer version of Candor. Reload the page to get the latest version, then try again.',
  duplicate: (n) => `This is the same result as member ${n}, so it is listed once.`,
  tooMany: (more) =>
    `Candor compares at most 200 people at once, so this one${more ? ` and ${more} more were` : ' was'} left out.`,
  tooMuchText: 'This is too much text to read (more than 64 KB). Paste only the codes or links.',
  fileTooLarge: 'This file is too large to be a Candor result.',
  notAResultFile: "This file isn't a Candor result.",
};

const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'];

/** The oracle's sheets, checked to say what the comments above promise. */
function checkSheets(t) {
  const team = scoreTeam(quiz, [ALEX, SAM, THIRD]);
  t.equal(team.byDisagreement, DISAGREEMENT, 'the oracle orders the three sheets as intended');
  t.equal(team.dimensions.find((d) => d.name === 'Partnership and respect').average, 54, 'partnership average as intended');
  return team;
}

/**
 * What the team view should show for `sheets` under `labels`, by the oracle,
 * in the shape `teamPicture` reads: members, the dimensions by disagreement
 * with their figures line and dots, the note on an even team, strengths and
 * growth areas (by the individual report's rules), the styles and the table.
 */
function expectedPicture(sheets, labels) {
  const team = scoreTeam(quiz, sheets);
  const n = sheets.length;
  const byName = Object.fromEntries(team.dimensions.map((d) => [d.name, d]));
  const dimensions = team.byDisagreement.map((name) => {
    const d = byName[name];
    return {
      name,
      figures:
        d.scored > 0
          ? `Team average ${d.average} · range ${d.min}–${d.max} (spread ${d.spread}) · ${d.scored} of ${n} scored`
          : 'Nobody answered enough of these questions for a score.',
      // A tooltip is plain text: the label is isolated with FSI…PDI.
      dots: d.scores.flatMap((score, m) => (score === null ? [] : [`${isolate(labels[m])}: ${score}`])),
      averages: d.scored > 0 ? 1 : 0,
      ranges: d.scored > 0 ? 1 : 0,
      prompts: (quiz.dimensions.find((q) => q.name === name).discussion ?? []).length,
    };
  });
  // The individual report's rules on the team averages (src/core/report.rs
  // `classify`, written again here): a strength is at least 70, or at least
  // 40 and 15 above the mean of the averages; a growth area is under 40, or
  // under 70 and 15 below the mean. Equal averages are always treated alike.
  const scored = team.dimensions.filter((d) => d.average !== null);
  const mean = scored.reduce((sum, d) => sum + d.average, 0) / Math.max(scored.length, 1);
  const byAverage = (high) =>
    scored
      .map((d) => ({ d, i: team.dimensions.indexOf(d) }))
      .sort((a, b) => (high ? b.d.average - a.d.average : a.d.average - b.d.average) || a.i - b.i)
      .map(({ d }) => d);
  const strengths = byAverage(true).filter(({ average: a }) => a >= 70 || (a >= 40 && a - mean >= 15));
  const growth = byAverage(false).filter(({ average: a }) => a < 40 || (a < 70 && mean - a >= 15));
  const [low, high] = [Math.min(...scored.map((d) => d.average)), Math.max(...scored.map((d) => d.average))];
  let note = null;
  if (scored.length >= 2 && high - low <= 10) {
    note =
      low === high
        ? `The team’s habits are even: every team average is ${low}, so none stands out from the others.`
        : `The team’s habits are even: every team average is between ${low} and ${high}, so none stands out from the others.`;
  } else if (scored.length >= 2 && !strengths.length && !growth.length) {
    note = 'No habit stands out for the team as a strength or as a growth area: the averages differ, but not by much.';
  }
  const line = (d) => `${d.name} — average ${d.average}`;
  const styles = quiz.patterns
    .map(({ name }) => [name, team.archetypes.filter((a) => a === name).length])
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${name} — ${count} ${count === 1 ? 'person' : 'people'}`);
  const cell = (value) => (value === null ? '–' : String(value));
  const table = [
    ...labels.map((label, m) => [label, ...team.dimensions.map((d) => cell(d.scores[m])), team.archetypes[m]]),
    ['Team average', ...team.dimensions.map((d) => cell(d.average)), ''],
  ];
  return { members: labels, dimensions, note, strengths: strengths.map(line), growth: growth.map(line), styles, table };
}

/** Opens the app in a fresh context, answers `sheet` with keys and waits for the report. */
async function takeQuiz(t, sheet, pageOptions) {
  const page = await openApp(t, '', pageOptions);
  await startQuiz(page);
  await answerSheet(page, sheet);
  await seeReport(page);
  return page;
}

/** `code` with the character at `index` changed to another base64url character. */
function damage(code, index) {
  return code.slice(0, index) + (code[index] === 'A' ? 'B' : 'A') + code.slice(index + 1);
}

const today = (page) => page.evaluate(() => new Date().toISOString().slice(0, 10));

/** Runs axe now and returns its violations as lines naming `where`. */
async function axeLines(t, page, where) {
  await settle(page);
  const violations = await t.check(page);
  return violations.map(({ id, targets }) => `${where}: ${id} on ${targets.join(', ')}`);
}

// ---------------------------------------------------------------------------

test(
  'team: three people on three devices, one facilitator',
  async (t) => {
    checkSheets(t);
    const people = [
      { sheet: ALEX, name: 'Alex' },
      { sheet: SAM, name: 'Sam' },
      { sheet: THIRD, name: '' },
    ];
    // Everyone takes the quiz on their own device at the same time.
    const links = await Promise.all(
      people.map(async ({ sheet, name }) => {
        const page = await takeQuiz(t, sheet);
        if (name) await typeShareName(page, name);
        await page.waitForFunction(
          (wanted) => (document.querySelector('#share-code')?.value.length ?? 0) > (wanted ? 28 : 27),
          name,
        );
        return shareLink(page);
      }),
    );
    links.forEach((shared, i) => {
      t.assert(shared.startsWith(`${t.url}#r=C1`), `person ${i + 1}'s link is <app url>#r=<code>: ${shared}`);
      const code = shared.slice(`${t.url}#r=`.length);
      t.equal(decodeCode(code, TOTAL), { fp: fingerprint(quiz), sheet: people[i].sheet, name: people[i].name || null }, `person ${i + 1}'s code carries their answers and name`);
      t.equal(code, encodeCode(quiz, people[i].sheet, people[i].name), `person ${i + 1}'s code is the one spelling of their result`);
    });
    const codes = links.map((shared) => shared.slice(shared.indexOf('#r=') + 3));

    // The facilitator pastes the links as they came in: on separate lines, then with a comma.
    const page = await openTeam(t);
    const historyBefore = await page.evaluate(() => history.length);
    t.equal(await addToTeam(page, `${links[0]}\n${links[1]}, ${links[2]}`), 'The team has 3 members.', 'status after adding');
    t.equal(await seeTeamMembers(page, 3), ['Alex', 'Sam', 'Member 3'], 'members, unnamed as "Member N"');
    t.equal(await teamProblems(page), [], 'no problems');
    t.equal(page.url(), `${t.url}#t=${codes.join('~')}`, 'the address is the team link');
    t.equal(await page.evaluate(() => history.length), historyBefore, 'adding members makes no new history entry');
    t.equal(await teamPasteBox(page).inputValue(), '', 'the paste box is emptied');

    const expected = expectedPicture([ALEX, SAM, THIRD], ['Alex', 'Sam', 'Member 3']);
    t.equal(expected.dimensions.map((d) => d.name), DISAGREEMENT, 'expected order (widest spread first, ties in quiz order)');
    const shown = await teamPicture(page);
    t.equal(shown.dimensions.map((d) => d.name), DISAGREEMENT, 'habits by disagreement');
    for (const [i, want] of expected.dimensions.entries()) {
      t.equal(shown.dimensions[i], want, `"${want.name}": figures, dots, average line and range`);
    }
    t.equal(shown, expected, 'the whole team picture');
    await settle(page);
    await t.check(page);

    // The team link reopens the same view on another device.
    const other = await t.newPage();
    await other.goto(page.url());
    await seeHeading(other, 'Compare as a team');
    await seeTeamMembers(other, 3);
    t.equal(await teamPicture(other), expected, 'the team link opens the same picture');

    // "Copy team link" puts that link on the clipboard.
    await allowClipboard(page, t.origin);
    await clickButton(page, 'Copy team link');
    await page.locator('main p.status').filter({ hasText: 'Team link copied.' }).waitFor();
    t.equal(await clipboardText(page), page.url(), 'the copied team link is the address of this view');
  },
  { timeout: 90_000 },
);

test(
  'team: bad entries are listed and the good ones kept',
  async (t) => {
    // A code of another quiz, made by the app itself from a custom quiz file.
    const coach = await openApp(t, '?quiz=onboarding-readiness.quiz.json');
    await startQuiz(coach);
    const coachSheet = '3425130452';
    await answerSheet(coach, coachSheet);
    await seeReport(coach);
    const otherQuiz = await shareCode(coach);
    t.equal(otherQuiz, encodeCode(onboarding, coachSheet), 'the other quiz’s code is the one the codec makes');
    t.assert(fingerprint(onboarding).quiz !== fingerprint(quiz).quiz, 'the two quizzes have different ids');

    const alex = encodeCode(quiz, ALEX, 'Alex');
    const second = encodeCode(quiz, SAM);
    const damaged = damage(alex, 12);
    const fp = fingerprint(quiz);
    const otherVersion = encodeCode(quiz, SAM, '', { quiz: fp.quiz, content: fp.content ^ 0x0101 });
    const newer = `C2${second.slice(2)}`;
    const text = [alex, damaged, otherQuiz, `${second};`, otherVersion, alex, 'hello', newer].join('\n');

    const page = await openTeam(t);
    t.equal(await addToTeam(page, text), 'The team has 2 members.', 'status');
    t.equal(await seeTeamMembers(page, 2), ['Alex', 'Member 2'], 'the two good codes are members');
    t.equal(
      await teamProblems(page),
      [
        { entry: damaged, reason: REASONS.damaged },
        { entry: otherQuiz, reason: REASONS.otherQuiz },
        { entry: otherVersion, reason: REASONS.otherVersion },
        { entry: alex, reason: REASONS.duplicate(1) },
        { entry: 'hello', reason: REASONS.notACode },
        { entry: newer, reason: REASONS.newer },
      ],
      'each bad entry listed with its reason, in the order pasted',
    );
    t.equal(await teamPicture(page), expectedPicture([ALEX, SAM], ['Alex', 'Member 2']), 'the team picture of the good ones');
    await settle(page);
    await t.check(page); // with the problems box

    // More pasted later joins the same team; the old problems go.
    t.equal(await addToTeam(page, `${t.url}#r=${encodeCode(quiz, THIRD)}`), 'The team has 3 members.', 'status after adding one more');
    t.equal(await seeTeamMembers(page, 3), ['Alex', 'Member 2', 'Member 3'], 'members after adding one more');
    t.equal(await seeTeamProblems(page, 0), [], 'the problems box is gone');
  },
  { timeout: 60_000 },
);

test(
  'team: a shared link opens the result read-only',
  async (t) => {
    const expected = scoreSheet(quiz, SAM);
    const person = await takeQuiz(t, SAM);
    await typeShareName(person, 'Sam');
    await person.waitForFunction(() => document.querySelector('#share-code')?.value.length > 28);
    const shared = await shareLink(person);
    const code = await shareCode(person);

    const page = await t.newPage();
    await page.goto(shared);
    t.equal(await seeSharedResult(page), { kicker: 'Sam’s client-handling style', archetype: expected.archetype }, 'kicker and archetype');
    t.assert(
      (await page.locator('p.shared-note').innerText()).startsWith('You are looking at someone else’s result'),
      'the page says whose result this is',
    );
    const table = await reportTable(page);
    t.equal(
      table,
      Object.fromEntries(Object.entries(expected.dimensions).map(([name, { score }]) => [name, { score: score ?? 'not enough answers', change: '—' }])),
      'the score table',
    );
    if (overallFromRounded(expected) === expected.overall) {
      t.equal((await page.locator('p.overall').innerText()).trim(), `Overall: ${expected.overall} out of 100`, 'overall score');
    }
    t.equal(await page.getByRole('textbox', { name: 'Your name (optional)' }).count(), 0, 'no share panel on someone else’s result');
    t.equal((await storageKeys(page)).filter((key) => key.startsWith('candor.history')), [], 'nothing is saved as this reader’s result');
    t.equal(await link(page, 'Compare as a team').getAttribute('href'), `#t=${code}`, '"Compare as a team" opens a team of this result');
    await settle(page);
    await t.check(page);

    await clickLink(page, 'Take the quiz yourself');
    await seeButton(page, 'Start');
    t.assert(!page.url().includes('#r='), `"Take the quiz yourself" leaves the shared result: ${page.url()}`);

    // Without a name.
    const anonymous = await openApp(t, `#r=${encodeCode(quiz, ALEX)}`);
    t.equal(
      await seeSharedResult(anonymous),
      { kicker: 'A shared result: client-handling style', archetype: scoreSheet(quiz, ALEX).archetype },
      'kicker and archetype of a result without a name',
    );

    // Codes that can't be shown say why.
    const cases = [
      ['a damaged code', damage(code, 9), REASONS.damaged],
      ['a code cut short', code.slice(0, -1), REASONS.damaged],
      ['another quiz', encodeCode(onboarding, '3333333333'), REASONS.otherQuiz],
      ['not a code', 'hello', REASONS.notACode],
      ['a newer format', `C9${code.slice(2)}`, REASONS.newer],
      ['a very long text', `C1${'A'.repeat(5000)}`, REASONS.notACode],
    ];
    const bad = await t.newPage();
    for (const [what, text, reason] of cases) {
      await bad.goto(`${t.url}#r=${text}`);
      await seeHeading(bad, 'This result can’t be shown');
      const main = await bad.locator('main').innerText();
      t.assert(main.includes(reason), `${what}: the page says "${reason}"; it shows: ${main}`);
      t.equal(await link(bad, 'Take the quiz yourself').count(), 1, `${what}: a way to take the quiz`);
      await bad.goto('about:blank');
    }
    await bad.goto(`${t.url}#r=${damage(code, 9)}`);
    await seeHeading(bad, 'This result can’t be shown');
    await settle(bad);
    await t.check(bad);
  },
  { timeout: 60_000 },
);

test(
  'team: the share panel: name, code, QR code, copy, result file',
  async (t) => {
    const page = await takeQuiz(t, ALEX);
    const panel = sharePanel(page);
    t.assert(await panel.evaluate((section) => section.classList.contains('no-print')), 'the share panel is not printed');
    const bare = await shareCode(page);
    t.equal(bare.length, 28, 'a code without a name has 28 characters');
    t.assert(/^[A-Za-z0-9_-]+$/.test(bare), `the code is URL-safe: ${bare}`);
    t.equal(bare, encodeCode(quiz, ALEX), 'the code is the one spelling of these answers');
    t.equal(await shareLink(page), `${t.url}#r=${bare}`, 'the link is <app url>#r=<code>');

    const qr = panel.locator('svg.qr[role=img][aria-label="QR code of the result link"]');
    const qrPath = () => qr.locator('path[d]').getAttribute('d');
    const bareQr = await qrPath();
    t.assert(/^M\d+ \d+/.test(bareQr ?? '') && bareQr.length > 100, `the QR code draws modules: ${String(bareQr).slice(0, 40)}`);

    // The code follows the name box, keystroke by keystroke.
    const box = shareNameBox(page);
    let typed = '';
    let before = bare;
    for (const key of 'Sam') {
      await box.press(key);
      typed += key;
      await page.waitForFunction((previous) => document.querySelector('#share-code')?.value !== previous, before);
      const code = await shareCode(page);
      before = code;
      t.equal(decodeCode(code, TOTAL)?.name, typed, `after typing "${typed}" the code carries that name`);
      t.assert(code.length > 28, `a code with a name is longer than 28 characters: ${code}`);
      t.equal(await shareLink(page), `${t.url}#r=${code}`, `after typing "${typed}" the link carries the same code`);
    }
    const samCode = await shareCode(page);
    t.assert((await qrPath()) !== bareQr, 'the QR code follows the link');

    await box.fill('');
    t.equal(await shareCode(page), bare, 'clearing the name gives back the code without a name');

    // The box holds at most 24 characters.
    await typeShareName(page, 'ABCDEFGHIJKLMNOPQRSTUVWXY');
    t.equal(await box.inputValue(), 'ABCDEFGHIJKLMNOPQRSTUVWX', 'a 25th character is not taken');
    t.equal(decodeCode(await shareCode(page), TOTAL)?.name, 'ABCDEFGHIJKLMNOPQRSTUVWX', 'the code carries the 24 characters');

    // A name that can't go in a code says why.
    await box.fill('Al\u202Eex');
    await page.locator('#share-name-error').filter({ hasText: /\S/ }).waitFor();
    t.equal(
      (await page.locator('#share-name-error').innerText()).trim(),
      "A name can't contain line breaks or other invisible control characters.",
      'the reason a name is refused',
    );
    await settle(page);
    await t.check(page); // with the error shown
    await box.fill('Sam');
    await page.waitForFunction(() => document.querySelector('#share-name-error')?.textContent === '');
    t.equal(await shareCode(page), samCode, 'a valid name again gives its code');

    // Copying.
    await allowClipboard(page, t.origin);
    const status = panel.locator('p.status[role=status]');
    await clickButton(page, 'Copy link');
    await status.filter({ hasText: 'Link copied.' }).waitFor();
    t.equal(await clipboardText(page), `${t.url}#r=${samCode}`, 'the link is on the clipboard');
    await clickButton(page, 'Copy code');
    await status.filter({ hasText: 'Code copied.' }).waitFor();
    t.equal(await clipboardText(page), samCode, 'the code is on the clipboard');

    // The result file.
    const date = await today(page);
    const file = await downloadedBy(page, () => clickButton(page, 'Download result file'));
    t.equal(file.name, `candor-result-${date}.json`, 'the result file name');
    let parsed = null;
    try {
      parsed = JSON.parse(file.text);
    } catch (err) {
      t.assert(false, `the result file is JSON: ${err.message}: ${file.text.slice(0, 200)}`);
    }
    t.equal(parsed, { candor_result: 1, quiz: 'candor', code: samCode, name: 'Sam', taken: date }, 'the result file');
    t.equal(await link(panel, 'Compare as a team').getAttribute('href'), `#t=${samCode}`, '"Compare as a team" starts a team of this result');
    await clickLink(panel, 'Compare as a team');
    await seeHeading(page, 'Compare as a team');
    t.equal(await seeTeamMembers(page, 1), ['Sam'], 'the team started from the report');

    // The facilitator adds result files, good and bad, all at once.
    const team = await openTeam(t);
    const json = (name, value) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)) });
    const big = `{"candor_result":1,"quiz":"candor","code":"${samCode}","name":"Sam","taken":"${date}"${' '.repeat(17 * 1024)}}`;
    await addResultFiles(team, [
      json(file.name, file.text),
      json('big.json', big),
      json('list.json', [1, 2, 3]),
      json('notes.json', 'not json at all'),
      json('package.json', { name: 'candor', version: '1.0.0' }),
    ]);
    await seeTeamProblems(team, 4);
    t.equal(await seeTeamMembers(team, 1), ['Sam'], 'the result file adds its member');
    const problems = (await teamProblems(team)).sort((a, b) => a.entry.localeCompare(b.entry));
    t.equal(
      problems.filter(({ entry }) => entry !== 'package.json'),
      [
        { entry: 'big.json', reason: REASONS.fileTooLarge },
        { entry: 'list.json', reason: REASONS.notAResultFile },
        { entry: 'notes.json', reason: REASONS.notAResultFile },
      ],
      'files refused, with reasons',
    );
    const other = problems.find(({ entry }) => entry === 'package.json');
    t.assert(other && /^This (file|result file) /.test(other.reason), `a JSON file that isn't a result is refused with a reason: ${JSON.stringify(other)}`);
    t.equal(team.url(), `${t.url}#t=${samCode}`, 'the address is the team link');
    await settle(team);
    await t.check(team);
  },
  { timeout: 60_000 },
);

test('team: CSV export, named and anonymous', async (t) => {
  const names = ['=Alex+1', 'Sam "Q"', ''];
  const sheets = [ALEX, SAM, THIRD];
  const codes = sheets.map((sheet, i) => encodeCode(quiz, sheet, names[i]));
  const team = scoreTeam(quiz, sheets);
  const labels = ['=Alex+1', 'Sam "Q"', 'Member 3'];
  const page = await openTeam(t, codes);
  t.equal(await seeTeamMembers(page, 3), labels, 'members');
  t.equal(await teamPicture(page), expectedPicture(sheets, labels), 'the team picture');

  const exportCsv = async () => {
    const file = await downloadedBy(page, () => clickButton(page, 'Export CSV'));
    t.equal(file.name, 'candor-team.csv', 'the CSV file name');
    t.equal(await teamStatus(page), 'The CSV file is downloading.', 'status');
    return file.text;
  };
  const csv = await exportCsv();
  const rows = teamCsvRows(quiz, team, labels, [true, true, false]);
  t.equal(rows[1].split(',')[0], "'\u2068=Alex+1\u2069", 'the oracle defuses a formula, and isolates a name');
  t.equal(csv.split('\r\n'), [...rows, ''], 'the CSV, row by row (CRLF line ends)');
  t.equal(csv, `${rows.join('\r\n')}\r\n`, 'the CSV, exactly');

  // Anonymous: no name anywhere a person (or a spreadsheet) can read.
  await page.getByRole('checkbox', { name: 'Anonymous: hide names', exact: true }).check();
  const anonymousLabels = ['Member 1', 'Member 2', 'Member 3'];
  t.equal(await seeTeamMembers(page, 3).then(() => teamPicture(page)), expectedPicture(sheets, anonymousLabels), 'the anonymous team picture');
  t.assert(await hasFocus(page.locator('#anonymous')), 'the focus stays on the Anonymous checkbox');
  const anonymousCsv = await exportCsv();
  t.equal(anonymousCsv, `${teamCsvRows(quiz, team, anonymousLabels).join('\r\n')}\r\n`, 'the anonymous CSV, exactly');
  const readable = await readableText(page.locator('main'));
  const titles = (await page.locator('main svg title').allTextContents()).join('\n');
  const labelsAnywhere = await page.locator('main').evaluate((main) =>
    Array.from(main.querySelectorAll('[aria-label], [title], [alt]'), (e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''} ${e.getAttribute('alt') ?? ''}`).join('\n'),
  );
  for (const name of ['Alex', 'Sam']) {
    t.assert(!readable.includes(name), `"${name}" is not in the page text in anonymous mode`);
    t.assert(!titles.includes(name), `"${name}" is not in the SVG titles in anonymous mode`);
    t.assert(!labelsAnywhere.includes(name), `"${name}" is not in any label in anonymous mode`);
    t.assert(!anonymousCsv.includes(name), `"${name}" is not in the anonymous CSV`);
  }
  await settle(page);
  await t.check(page);

  // Presenting while anonymous keeps names hidden.
  await clickButton(page, 'Present');
  await seeSlide(page, 1);
  const slideText = `${await presenter(page).innerText()}\n${(await presenter(page).locator('svg title').allTextContents()).join('\n')}`;
  t.assert(!/Alex|Sam/.test(slideText), `no name on the slide in anonymous mode: ${slideText}`);
  await page.keyboard.press('Escape');
  await seePresenterClosed(page);

  await page.getByRole('checkbox', { name: 'Anonymous: hide names', exact: true }).uncheck();
  t.equal(await seeTeamMembers(page, 3), labels, 'names come back when Anonymous is unticked');
});

test('team: presenter mode, by keyboard only', async (t) => {
  checkSheets(t);
  const page = await openTeam(t, [encodeCode(quiz, ALEX, 'Alex'), encodeCode(quiz, SAM, 'Sam'), encodeCode(quiz, THIRD)]);
  await seeTeamMembers(page, 3);
  const expected = expectedPicture([ALEX, SAM, THIRD], ['Alex', 'Sam', 'Member 3']).dimensions;
  // Issue 23: an opening, the three most divided habits (the default
  // agenda), a summary and the actions.
  const headings = [quiz.title, ...DISAGREEMENT.slice(0, 3), 'Summary', 'What we agree'];
  const last = headings.length;
  const slide = async (n) => {
    const shown = await seeSlide(page, n);
    t.equal(shown, { count: `Slide ${n} of ${last}`, heading: headings[n - 1] }, `slide ${n}`);
    return shown;
  };

  await tabTo(page, button(page, 'Present'));
  await page.keyboard.press('Enter');
  await slide(1);
  t.assert(await presenter(page).isVisible(), 'the presenter is shown');
  t.assert(await hasFocus(page.locator('#slide-h')), 'the focus moves to the slide heading');
  await page.keyboard.press('ArrowRight');
  await slide(2);
  t.equal((await presenter(page).locator('p.figures').innerText()).trim(), expected[0].figures, 'the slide shows the figures of its habit');
  t.equal(await presenter(page).locator('svg.marks circle.dot').count(), expected[0].dots.length, 'the slide shows the members as dots');
  await page.keyboard.press('Home');
  await slide(1);
  for (const name of ['Previous', 'End presentation', 'Next']) t.equal(await button(presenter(page), name).count(), 1, `the slide has a "${name}" button`);

  const steps = [
    ['ArrowRight', 2],
    ['End', last],
    ['ArrowRight', last], // stays on the last slide
    ['PageDown', last],
    ['Home', 1],
    ['ArrowLeft', 1], // stays on the first slide
    ['PageDown', 2],
    ['Space', 3],
    ['PageUp', 2],
    ['ArrowLeft', 1],
  ];
  for (const [key, n] of steps) {
    await page.keyboard.press(key);
    await slide(n);
  }
  // The buttons, by keyboard.
  await tabTo(page, button(presenter(page), 'Next'));
  await page.keyboard.press('Enter');
  await slide(2);

  // Ending a (modal) presentation returns the focus to the button that opened
  // it, so a keyboard user goes on from where they were (WCAG 2.4.3).
  const focusLost = [];
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return 'the page body (the focus is lost)';
      return `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 40)}"`;
    });
  await page.keyboard.press('Escape');
  await seePresenterClosed(page);
  t.assert(!(await presenter(page).isVisible()), 'Escape ends the presentation');
  await seeTeamMembers(page, 3);
  if (!(await hasFocus(button(page, 'Present')))) focusLost.push(`after Escape the focus is on ${await focused()}`);

  // "End presentation" ends it too.
  await tabTo(page, button(page, 'Present'));
  await page.keyboard.press('Enter');
  await slide(1);
  await tabTo(page, button(presenter(page), 'End presentation'));
  await page.keyboard.press('Enter');
  await seePresenterClosed(page);
  if (!(await hasFocus(button(page, 'Present')))) focusLost.push(`after "End presentation" the focus is on ${await focused()}`);
  t.equal(focusLost, [], 'the focus returns to "Present" when the presentation ends');
});

test(
  'team: axe finds nothing on sharing and team screens, narrow and wide, light and dark',
  async (t) => {
    const lines = [];
    const everyLook = async (page, where, before = async () => {}) => {
      for (const width of WIDTHS) {
        for (const colorScheme of SCHEMES) {
          await page.setViewportSize({ width, height: 800 });
          await page.emulateMedia({ colorScheme });
          await before();
          lines.push(...(await axeLines(t, page, `${where} at ${width} px, ${colorScheme}`)));
        }
      }
    };

    const report = await takeQuiz(t, ALEX);
    await typeShareName(report, 'Alex');
    await sharePanel(report).scrollIntoViewIfNeeded();
    await everyLook(report, 'the report with its share panel');

    const shared = await openApp(t, `#r=${encodeCode(quiz, SAM, 'Sam')}`);
    await seeSharedResult(shared);
    await everyLook(shared, 'a shared result');
    const refused = await openApp(t, `#r=${damage(encodeCode(quiz, SAM), 5)}`);
    await seeHeading(refused, 'This result can’t be shown');
    await everyLook(refused, 'a refused shared result');

    const team = await openTeam(t, [encodeCode(quiz, ALEX, 'Alex'), encodeCode(quiz, SAM, 'Sam'), encodeCode(quiz, THIRD)]);
    await seeTeamMembers(team, 3);
    await addToTeam(team, 'hello');
    await seeTeamProblems(team, 1);
    await everyLook(team, 'the team view with members and a problem');

    const empty = await openTeam(t);
    await everyLook(empty, 'the empty team view');

    await everyLook(team, 'presenter mode', async () => {
      if (!(await presenter(team).isVisible())) await clickButton(team, 'Present');
      await seeSlide(team, 1);
    });
    await team.keyboard.press('Escape');
    await seePresenterClosed(team);

    t.equal(lines, [], 'axe violations');
  },
  { timeout: 120_000 },
);

test(
  'team: limits: too much text, more than 200 people',
  async (t) => {
    const sheets = randomSheets(quiz, 204, 7);
    const codes = sheets.map((sheet) => encodeCode(quiz, sheet));
    t.equal(new Set(codes).size, codes.length, 'the generated codes are distinct');

    // More than 64 KB: nothing is read, not even the valid codes in it.
    const page = await openTeam(t);
    const exactly = `${codes[0]} ${codes[1]}`.padEnd(64 * 1024, ' ');
    t.equal(Buffer.byteLength(exactly), 65536, 'the text is exactly 64 KB');
    t.equal(await addToTeam(page, exactly), 'The team has 2 members.', 'exactly 64 KB is read');
    await page.goto('about:blank');
    await page.goto(`${t.url}#/team`);
    await seeHeading(page, 'Compare as a team');
    t.equal(await addToTeam(page, `${exactly} `), 'The team has 0 members.', 'one byte more adds no one');
    const [tooMuch] = await seeTeamProblems(page, 1);
    t.equal(tooMuch.reason, REASONS.tooMuchText, 'the reason');
    t.assert(tooMuch.entry.length <= 40, `the entry is shortened: "${tooMuch.entry}"`);
    t.equal(await page.locator('main p.members').count(), 0, 'no members');
    t.assert(page.url().endsWith('#/team'), `the address is still the empty team view: ${page.url()}`);

    // 201 distinct codes: the first 200 are the team, the last is left out.
    t.equal(await addToTeam(page, codes.slice(0, 201).join('\n')), 'The team has 200 members.', 'status');
    const members = await seeTeamMembers(page, 200);
    t.equal(members, codes.slice(0, 200).map((_, i) => `Member ${i + 1}`), 'the first 200 are members');
    t.equal(await teamProblems(page), [{ entry: codes[200], reason: REASONS.tooMany(0) }], 'the 201st is left out, with the reason');

    const expected = expectedPicture(sheets.slice(0, 200), members);
    const shown = await teamPicture(page);
    t.equal(shown.dimensions.map(({ name, figures }) => ({ name, figures })), expected.dimensions.map(({ name, figures }) => ({ name, figures })), 'figures of 200 members');
    t.equal(shown.dimensions.map(({ dots }) => dots.length), expected.dimensions.map(({ dots }) => dots.length), 'dots of 200 members');
    t.equal(shown.table, expected.table, 'the table of 200 members');

    t.equal(await addToTeam(page, codes.slice(201).join(' ')), 'The team has 200 members.', 'status when full');
    t.equal(await teamProblems(page), [{ entry: codes[201], reason: REASONS.tooMany(2) }], 'three more: one problem counting them');
    const teamLink = page.url();
    t.equal(teamLink, `${t.url}#t=${codes.slice(0, 200).join('~')}`, 'the team link holds the 200');

    // A team link with 201 codes opens 200 and says why not the last.
    const linked = await openTeam(t, codes.slice(0, 201));
    await seeTeamMembers(linked, 200);
    t.equal(await teamProblems(linked), [{ entry: codes[200], reason: REASONS.tooMany(0) }], 'a team link of 201');
  },
  { timeout: 90_000 },
);

test('team: a saved result file opens read-only from the first screen, and other files are refused', async (t) => {
  const quiz = loadQuiz(BUILTIN_QUIZ_PATH);
  const sheet = '5'.repeat(quiz.questions.length);
  const expected = scoreSheet(quiz, sheet);

  const reader = await openApp(t);
  await startQuiz(reader);
  await answerSheet(reader, sheet);
  await seeReport(reader);
  const file = await downloadedBy(reader, () => clickButton(reader, 'Download result file'));

  // Later, on another device: the first screen opens the file.
  const later = await openApp(t);
  await seeButton(later, 'Start');
  const picker = later.getByLabel('Open a saved result file');
  await picker.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
  const shown = await seeSharedResult(later);
  t.equal(shown.archetype, expected.archetype, 'the file opens its own result');
  await t.check(later);

  // A JSON file that isn't a result says so and stays on the first screen.
  const other = await openApp(t);
  await seeButton(other, 'Start');
  await other.getByLabel('Open a saved result file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"name": "my notes", "version": 2}'),
  });
  const alert = other.locator('.links [role=alert]');
  await alert.filter({ hasText: /\S/ }).waitFor();
  t.equal((await alert.textContent()).trim(), "This file isn't a Candor result.", 'a non-result file is named as such');
  t.equal(await other.evaluate(() => location.hash), '', 'the first screen stays');
});

// Issue 21: privacy of team links
test('team: the link copied with Anonymous on carries no name, and the facilitator is told what a link holds', async (t) => {
  const names = ['Alexandra', 'Samuel', 'Kimberly', 'Dominik', 'Zoë Ünal'];
  const sheets = randomSheets(quiz, names.length, 21);
  // Two people with the same answers stay two people.
  sheets.push(sheets[0]);
  names.push('Bartholomew');
  const codes = sheets.map((sheet, i) => encodeCode(quiz, sheet, names[i]));
  const page = await openTeam(t, codes);
  await allowClipboard(page, t.origin);
  t.equal(await seeTeamMembers(page, names.length), names, 'named members');
  await clickButton(page, 'Copy team link');
  const named = await clipboardText(page);
  t.assert(named.includes(codes[0]), 'the named link carries the codes as pasted');

  await page.getByRole('checkbox', { name: 'Anonymous: hide names', exact: true }).check();
  await clickButton(page, 'Copy team link');
  await page.waitForFunction((before) => navigator.clipboard.readText().then((now) => now !== before), named);
  const anonymous = await clipboardText(page);
  const linked = anonymous.split('#t=')[1].split('~').map((code) => decodeCode(code, quiz.questions.length));
  t.assert(linked.every((d) => d !== null && d.name === null), 'every code of the anonymous link decodes, without a name');
  t.equal(linked.map((d) => d.sheet).sort(), [...sheets].sort(), 'the same answers, everyone');
  for (const name of names) t.assert(!decodeURIComponent(anonymous).includes(name), `"${name}" is not in the anonymous link`);

  // Opened elsewhere: no name anywhere, and the same team figures.
  const other = await t.newPage();
  await other.goto(anonymous);
  await seeHeading(other, 'Compare as a team');
  const labels = await seeTeamMembers(other, names.length);
  t.equal(labels, names.map((_, i) => `Member ${i + 1}`), 'members without names');
  const everything = await other.evaluate(() => {
    const attributes = Array.from(document.querySelectorAll('*'), (e) => Array.from(e.attributes, (a) => a.value).join(' ')).join('\n');
    return `${document.body.innerText}\n${document.body.textContent}\n${attributes}\n${location.href}\n${document.title}`;
  });
  for (const name of names) t.assert(!everything.includes(name), `"${name}" is nowhere in the page opened from the anonymous link`);
  const before = await teamPicture(page);
  const after = await teamPicture(other);
  const figures = (picture) => picture.dimensions.map((d) => `${d.name}: ${d.figures}`);
  t.equal(figures(after), figures(before), 'the same team figures');

  // The facilitator is told what the link holds.
  const says = page.locator('#team-link-says');
  t.equal(await says.innerText(), 'The team link leaves out names and lists people in a shuffled order.', 'what an anonymous link holds');
  await page.getByRole('checkbox', { name: 'Anonymous: hide names', exact: true }).uncheck();
  t.equal(await says.innerText(), 'The team link includes everyone’s names.', 'what a named link holds');
  await t.check(page);
});

// Issue 21: names isolated
test('team: a right-to-left name is isolated wherever it is shown, and the text around it keeps its order', async (t) => {
  const name = 'Bob דני 1 2 3';
  // Where a name is shown: each element holding it has it alone in a <bdi>,
  // and whatever follows it in that element is laid out after it.
  const isolated = (scope, selector) =>
    scope.evaluate(
      ({ selector, name }) =>
        Array.from(document.querySelectorAll(selector), (el) => el).filter((el) => el.textContent.includes(name)).map((el) => {
          const bdi = Array.from(el.querySelectorAll('bdi')).find((b) => b.textContent === name);
          if (!bdi) return `${selector}: "${el.textContent}" has no <bdi> holding the name`;
          const box = bdi.getBoundingClientRect();
          const after = bdi.nextSibling;
          if (after && after.textContent.trim()) {
            const range = document.createRange();
            range.selectNodeContents(after);
            const rest = range.getBoundingClientRect();
            if (rest.top < box.bottom - 1 && rest.left < box.right - 1) return `${selector}: "${after.textContent}" is drawn inside or before the name`;
          }
          return 'ok';
        }),
      { selector, name },
    );
  const code = encodeCode(quiz, ALEX, name);
  const shared = await openApp(t, `#r=${code}`);
  await seeSharedResult(shared);
  t.equal(await isolated(shared, 'header.archetype p.kicker'), ['ok'], 'the shared result’s heading');
  t.equal((await shared.locator('header.archetype p.kicker').textContent()).trim(), `${name}’s client-handling style`, 'the words of the heading');

  const page = await openTeam(t, [code, encodeCode(quiz, SAM, 'Sam')]);
  t.equal(await seeTeamMembers(page, 2), [name, 'Sam'], 'members');
  t.equal(await isolated(page, 'main p.members'), ['ok'], 'the members line');
  const table = 'section[aria-labelledby="team-table-h"]';
  await page.locator(`${table} summary`).click();
  t.equal(await isolated(page, `${table} tbody th`), ['ok'], 'the table');
  const titles = (await page.locator('main svg.marks circle.dot title').allTextContents()).filter((title) => title.includes(name));
  t.assert(titles.length > 0 && titles.every((title) => title.startsWith(`\u2068${name}\u2069: `)), `each dot's tooltip isolates the name: ${titles.slice(0, 2)}`);
  await settle(page);
  await t.check(page);
});
