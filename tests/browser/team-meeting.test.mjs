// The team meeting (issue 23): who sits where on each habit (numbered dots,
// initials, stacks, the same as text, a person highlighted everywhere), each
// question's answers, the team report's rules, the overall figure's
// coverage, and a team link on a phone. Expectations come from the oracle
// (oracle.mjs) and from the rules written again here, not from the app.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from './harness.mjs';
import { BUILTIN_QUIZ_PATH, encodeCode, loadQuiz, scoreSheet, scoreTeam, sheetByDimension, teamCsvRows } from './oracle.mjs';
import { clickButton, downloadedBy, openApp, openTeam, presenter, seePresenterClosed, seeSharedResult, seeSlide, seeTeamMembers, settle, teamPicture } from './verbs.mjs';

const quiz = loadQuiz();
const germanQuiz = loadQuiz(path.join(path.dirname(BUILTIN_QUIZ_PATH), 'candor.de.quiz.json'));
const PROMPTS = JSON.parse(readFileSync(path.join(path.dirname(BUILTIN_QUIZ_PATH), 'candor.prompts.json'), 'utf8'));
const DIMENSIONS = quiz.dimensions.map(({ id }) => id);
/** The "Where you differ most" section. */
const DIFFER = 'section[aria-labelledby="differ-h"]';

/** A sheet with every question of a habit answered at one strength ('0' Not sure, '-' no answer). */
const even = (table) => sheetByDimension(quiz, Object.fromEntries(DIMENSIONS.map((id) => [id, Array(4).fill(table[id] ?? 3)])));

// Seven people, two of them (Bo and Cy) with the same answers, so their dots
// share every score; one without a name; one right-to-left name.
const PEOPLE = [
  { name: 'Ana María', sheet: sheetByDimension(quiz, { integrity: [5, 5, 4, 5], candor: [4, 4, 5, 4], ownership: [2, 3, 2, 2], listening: [3, 3, 3, 4], expectations: [5, 4, 5, 5], partnership: [4, 4, 4, 3], wholehearted: [3, 2, 3, 3] }) },
  { name: 'Bo', sheet: sheetByDimension(quiz, { integrity: [2, 3, 2, 2], candor: [1, 2, 1, 2], ownership: [4, 4, 5, 4], listening: [5, 5, 4, 5], expectations: [3, 3, 3, 2], partnership: [2, 3, 2, 3], wholehearted: [4, 5, 4, 4] }) },
  { name: 'Cy Young', sheet: sheetByDimension(quiz, { integrity: [2, 3, 2, 2], candor: [1, 2, 1, 2], ownership: [4, 4, 5, 4], listening: [5, 5, 4, 5], expectations: [3, 3, 3, 2], partnership: [2, 3, 2, 3], wholehearted: [4, 5, 4, 4] }) },
  { name: '', sheet: sheetByDimension(quiz, { integrity: [3, 4, 3, 3], candor: [3, 0, 3, 2], ownership: [3, 3, 3, 4], listening: [1, 2, 2, 1], expectations: [4, 0, 0, 4], partnership: [0, 0, 0, 5], wholehearted: [5, 5, 5, 4] }) },
  { name: 'דני כהן', sheet: sheetByDimension(quiz, { integrity: [5, 1, 5, 1], candor: [3, 3, 3, 3], ownership: [1, 1, 2, 1], listening: [4, 4, 4, 4], expectations: [2, 2, 2, 2], partnership: [5, 5, 5, 5], wholehearted: [1, 2, 1, 2] }) },
  { name: 'Emma', sheet: sheetByDimension(quiz, { integrity: [4, 4, 4, 4], candor: [2, 5, 2, 5], ownership: [3, 3, 3, 3], listening: [2, 2, 3, 3], expectations: [5, 5, 5, 5], partnership: [1, 1, 1, 2], wholehearted: [3, 3, 3, 3] }) },
  // Two points from Ana María on integrity (92 and 94), and near others elsewhere: close dots must not overlap.
  { name: 'Fay', sheet: sheetByDimension(quiz, { integrity: [5, 5, 4, 0], candor: [4, 4, 5, 0], ownership: [2, 3, 2, 0], listening: [3, 3, 3, 0], expectations: [5, 4, 5, 0], partnership: [4, 4, 4, 0], wholehearted: [3, 2, 3, 0] }) },
];
const CODES = PEOPLE.map(({ sheet, name }) => encodeCode(quiz, sheet, name));
const LABELS = PEOPLE.map(({ name }, i) => name || `Member ${i + 1}`);
const isolate = (text) => `\u2068${text}\u2069`;
/** Initials as the app should draw them: the first letter of the first two words, in capitals. */
const initials = (name) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word].find((c) => /\p{L}/u.test(c)))
    .filter(Boolean)
    .slice(0, 2)
    .join('')
    .toUpperCase();

/** Every card's dots as drawn: `{ name, dots: [{ n, tip, initials, cx, cy, r, picked, faded }], text: [<li> of the list] }`. */
function drawnDots(page) {
  return page.locator(DIFFER).evaluate((section) =>
    Array.from(section.querySelectorAll('article.team-dimension'), (article) => ({
      name: article.querySelector('h3').textContent.trim(),
      dots: Array.from(article.querySelectorAll('svg.marks g.member'), (g) => {
        const circle = g.querySelector('circle.dot');
        return {
          n: Number(g.querySelector('text.dot-number')?.textContent),
          tip: circle.querySelector('title').textContent,
          initials: g.querySelector('text.dot-initials')?.textContent ?? '',
          cx: Number(circle.getAttribute('cx')),
          cy: Number(circle.getAttribute('cy')),
          r: Number(circle.getAttribute('r')),
          picked: g.classList.contains('picked'),
          faded: g.classList.contains('faded'),
        };
      }),
      text: Array.from(article.querySelectorAll('ul.dots-text li'), (li) => li.textContent),
    })),
  );
}

/** The list of scores as text, by the oracle: each score, lowest first, with who has it. */
function expectedDotsText(team, name, labels) {
  const scores = team.dimensions.find((d) => d.name === name).scores;
  const got = scores.map((score, m) => ({ score, m })).filter(({ score }) => score !== null);
  got.sort((a, b) => a.score - b.score || a.m - b.m);
  const lines = [];
  for (const { score, m } of got) {
    const who = `${isolate(labels[m])} (${m + 1})`;
    if (lines.length && lines.at(-1).score === score) lines.at(-1).who.push(who);
    else lines.push({ score, who: [who] });
  }
  return lines.map(({ score, who }) => `Score ${score}: ${who.join(', ')}`);
}

test(
  'team meeting: every dot is numbered, stacked clear of the others and listed as text; a person picked is highlighted in every habit',
  async (t) => {
    const team = scoreTeam(quiz, PEOPLE.map(({ sheet }) => sheet));
    const page = await openTeam(t, CODES);
    t.equal(await seeTeamMembers(page, 7), LABELS, 'members');
    const cards = await drawnDots(page);
    t.equal(cards.length, quiz.dimensions.length, 'a card per habit');
    for (const card of cards) {
      const scores = team.dimensions.find((d) => d.name === card.name).scores;
      const expected = scores.flatMap((score, m) => (score === null ? [] : [{ n: m + 1, tip: `${isolate(LABELS[m])}: ${score}`, initials: PEOPLE[m].name ? isolate(initials(PEOPLE[m].name)) : '' }]));
      t.equal(
        card.dots.map(({ n, tip, initials: i }) => ({ n, tip, initials: i })).sort((a, b) => a.n - b.n),
        expected,
        `${card.name}: a dot per scored member, numbered, with initials while names are shown`,
      );
      // No two dots overlap, and Bo and Cy (the same answers) sit one above the other.
      for (const [i, a] of card.dots.entries()) {
        for (const b of card.dots.slice(i + 1)) {
          t.assert(Math.hypot(a.cx - b.cx, a.cy - b.cy) >= a.r + b.r, `${card.name}: dots ${a.n} and ${b.n} do not overlap`);
        }
      }
      const [bo, cy] = [2, 3].map((n) => card.dots.find((d) => d.n === n));
      if (bo && cy) t.assert(bo.cx === cy.cx && bo.cy !== cy.cy, `${card.name}: equal scores stack (${JSON.stringify([bo, cy])})`);
      t.equal(card.text, expectedDotsText(team, card.name, LABELS), `${card.name}: the same picture as text`);
    }
    await settle(page);
    await t.check(page);

    // Pick Bo from the list of people: Bo is highlighted in every habit, the others fade.
    const people = page.getByRole('group', { name: 'People' });
    const boButton = people.getByRole('button', { name: '2 Bo', exact: true });
    await boButton.click();
    t.equal(await boButton.getAttribute('aria-pressed'), 'true', 'the button is pressed');
    for (const card of await drawnDots(page)) {
      t.equal(card.dots.filter((d) => d.picked).map((d) => d.n), card.dots.some((d) => d.n === 2) ? [2] : [], `${card.name}: Bo picked`);
      t.assert(card.dots.every((d) => d.picked || d.faded), `${card.name}: everyone else fades`);
    }
    // Picking a dot picks that person; picking them again lets go.
    await page.locator(`${DIFFER} article.team-dimension`).first().locator('g.member').filter({ has: page.locator('text.dot-number', { hasText: /^1$/ }) }).click();
    t.equal(await boButton.getAttribute('aria-pressed'), 'false', 'Bo no longer pressed');
    t.equal(await people.getByRole('button', { name: '1 Ana María', exact: true }).getAttribute('aria-pressed'), 'true', 'a click on dot 1 picks Ana María');
    t.assert((await drawnDots(page)).every((card) => card.dots.every((d) => (d.n === 1 ? d.picked : d.faded))), 'Ana María is highlighted in every habit');
    await people.getByRole('button', { name: '1 Ana María', exact: true }).press('Enter');
    t.assert((await drawnDots(page)).every((card) => card.dots.every((d) => !d.picked && !d.faded)), 'pressed again: nobody is highlighted');
    await settle(page);
    await t.check(page);

    // Anonymous: numbers stay, initials go.
    await page.getByLabel('Anonymous: hide names').check();
    const anonymous = await drawnDots(page);
    t.assert(anonymous.every((card) => card.dots.every((d) => d.initials === '' && d.n >= 1)), 'anonymous dots carry numbers only');
    t.equal(anonymous[0].text, expectedDotsText(team, anonymous[0].name, LABELS.map((_, i) => `Member ${i + 1}`)), 'the text names no one');
  },
  { timeout: 60_000 },
);

/** The oracle's view of one question: counts per answer and how divided it is (standard deviation × 50). */
function questionFigures(q) {
  const answers = PEOPLE.map(({ sheet }) => sheet[q]);
  const points = [1, 2, 3, 4, 5].map((p) => answers.filter((a) => a === String(p)).length);
  const given = answers.filter((a) => /[1-5]/.test(a)).map(Number);
  let division = null;
  if (given.length >= 2) {
    const mean = given.reduce((a, b) => a + b, 0) / given.length;
    const variance = given.reduce((sum, p) => sum + (p - mean) ** 2, 0) / given.length;
    division = Math.round(Math.sqrt(variance) * 50);
  }
  return { q, points, notSure: answers.filter((a) => a === '0').length, skipped: answers.filter((a) => a === '-').length, division, answers };
}

test('team meeting: each habit opens to its questions, most divided first, with the team’s answers and who gave them', async (t) => {
  const page = await openTeam(t, CODES);
  await seeTeamMembers(page, 7);
  const labels = quiz.scale.labels;
  for (const dimension of quiz.dimensions) {
    const card = page.locator(`${DIFFER} article.team-dimension`).filter({ has: page.getByRole('heading', { name: dimension.name, exact: true }) });
    const figures = quiz.questions.map((question, q) => ({ question, q })).filter(({ question }) => question.dimension === dimension.id).map(({ q }) => questionFigures(q));
    const order = [...figures.filter((f) => f.division !== null).sort((a, b) => b.division - a.division || a.q - b.q), ...figures.filter((f) => f.division === null)];
    const top = order[0].division;
    const most = top > 0 ? order.filter((f) => f.division === top) : [];
    const quote = (f) => `“${quiz.questions[f.q].text}”`;
    const line = most.length === 0 ? null : most.length === 1 ? `Most divided: ${quote(most[0])}` : `Most divided, equally: ${most.map(quote).join('; ')}`;
    t.equal((await card.locator('p.divided').count()) ? (await card.locator('p.divided').innerText()).trim() : null, line, `${dimension.name}: the most divided statement named`);

    await card.getByText('Each statement’s answers', { exact: true }).click();
    await card.locator('ol.question-list > li').first().waitFor();
    const shown = await card.locator('ol.question-list > li').evaluateAll((items) =>
      items.map((li) => ({
        statement: li.querySelector('p.statement').textContent,
        rows: Array.from(li.querySelectorAll('ul.answer-counts li'), (row) => ({
          answer: row.querySelector('.answer').textContent,
          count: Number(row.querySelector('.count').textContent),
          who: Array.from(row.querySelectorAll('.who bdi'), (b) => b.textContent),
        })),
      })),
    );
    const expected = order.map((f) => {
      const who = (key) => f.answers.flatMap((a, m) => (a === key ? [LABELS[m]] : []));
      const rows = labels.map((answer, p) => ({ answer, count: f.points[p], who: who(String(p + 1)) }));
      rows.push({ answer: quiz.scale.not_sure, count: f.notSure, who: who('0') });
      if (f.skipped) rows.push({ answer: 'No answer', count: f.skipped, who: who('-') });
      return { statement: quiz.questions[f.q].text, rows };
    });
    t.equal(shown, expected, `${dimension.name}: each question's answers, most divided first`);
  }
  await settle(page);
  await t.check(page);

  // Anonymous: the habits are drawn again, still open; the counts stay, the names go.
  await page.getByLabel('Anonymous: hide names').check();
  await page.waitForFunction(() => !document.querySelector('text.dot-initials'));
  const card = page.locator(`${DIFFER} article.team-dimension`).first();
  await card.locator('ol.question-list').waitFor();
  t.equal(await page.locator('details.questions[open]').count(), quiz.dimensions.length, 'every habit opened is still open');
  t.equal(await card.locator('ol.question-list .who').count(), 0, 'no names while anonymous');
  t.assert((await card.locator('ol.question-list .count').count()) > 0, 'the counts are still there');
});

test('team meeting: strengths and growth areas follow the individual report’s rules, ties are not split, and an even team is named as such', async (t) => {
  // Everyone answers alike: three habits at 25 (all growth areas), two at 75
  // (both strengths), two at 50 (neither). The old rule showed two of each.
  const tied = even({ integrity: 2, candor: 2, ownership: 2, listening: 4, expectations: 4 });
  const page = await openTeam(t, [encodeCode(quiz, tied, 'Ana'), encodeCode(quiz, tied, 'Bo')]);
  await seeTeamMembers(page, 2);
  const picture = await teamPicture(page);
  const name = (id) => quiz.dimensions.find((d) => d.id === id).name;
  t.equal(picture.strengths, [`${name('listening')} — average 75`, `${name('expectations')} — average 75`], 'both habits at 75 are strengths, in quiz order');
  t.equal(picture.growth, ['integrity', 'candor', 'ownership'].map((id) => `${name(id)} — average 25`), 'all three habits at 25 are growth areas');
  t.equal(picture.note, null, 'an uneven team gets no note');
  await settle(page);
  await t.check(page);

  // Every habit at 50 or 56: an even team, no strengths, no growth areas.
  const flat = even({ integrity: 3, candor: 3, ownership: 3, listening: 3, expectations: 3, partnership: 3, wholehearted: 3 });
  const other = await openTeam(t, [encodeCode(quiz, flat, 'Ana'), encodeCode(quiz, flat, 'Bo')]);
  await seeTeamMembers(other, 2);
  const flatPicture = await teamPicture(other);
  t.equal(flatPicture.note, 'The team’s habits are even: every team average is 50, so none stands out from the others.', 'an even team is named');
  t.equal([flatPicture.strengths, flatPicture.growth], [[], []], 'no strengths or growth areas');
  t.equal(await other.getByRole('heading', { name: 'Team strengths' }).count(), 0, 'no empty strengths section');
});

test('team meeting: the overall figure says how many habits it covers, and none is given from a minority of habits', async (t) => {
  // Emma answered two habits and was not sure about the rest.
  const twoOfSeven = even({ integrity: 4, candor: 2, ownership: 0, listening: 0, expectations: 0, partnership: 0, wholehearted: 0 });
  const page = await openApp(t, `#r=${encodeCode(quiz, twoOfSeven, 'Emma')}`);
  await seeSharedResult(page);
  t.equal((await page.locator('p.overall').innerText()).trim(), 'Overall: no figure, because fewer than half of the habits have a score (2 of 7)', 'no overall from 2 of 7 habits');

  // Five of seven: the figure is the oracle's mean of those five, and says so.
  const fiveOfSeven = even({ integrity: 4, candor: 2, ownership: 5, listening: 3, expectations: 4, partnership: 0, wholehearted: 0 });
  const expected = scoreSheet(quiz, fiveOfSeven);
  t.assert(expected.overall !== null, 'the oracle has a mean');
  const other = await openApp(t, `#r=${encodeCode(quiz, fiveOfSeven, 'Emma')}`);
  await seeSharedResult(other);
  t.equal((await other.locator('p.overall').innerText()).trim(), `Overall: ${expected.overall} out of 100, from the 5 of 7 habits with a score`, 'the overall of 5 of 7 habits says so');
  await settle(other);
  await t.check(other);
});

test('team meeting: on a phone a team link shows the team first and the paste box below it', async (t) => {
  const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
  const order = (page) =>
    page.locator('main').evaluate((main) => {
      const paste = main.querySelector('form.paste');
      const team = main.querySelector('.team-results');
      return paste.compareDocumentPosition(team) & Node.DOCUMENT_POSITION_FOLLOWING ? 'paste first' : 'team first';
    });
  const page = await openTeam(t, CODES, phone);
  await seeTeamMembers(page, 7);
  t.equal(await order(page), 'team first', 'a team link on a phone leads with the team');
  const top = await page.locator(DIFFER).boundingBox();
  t.assert(top.y < (await page.locator('form.paste').boundingBox()).y, 'the habits are drawn above the paste box');
  await settle(page);
  await t.check(page);

  // On a wide screen, and for an empty team on a phone, the paste box comes first.
  const wide = await openTeam(t, CODES);
  await seeTeamMembers(wide, 7);
  t.equal(await order(wide), 'paste first', 'on a wide screen the paste box stays on top');
  const empty = await openTeam(t, [], phone);
  await empty.locator('form.paste').waitFor();
  await clickButton(empty, 'Add to the team');
  t.equal(await empty.locator('.team-results').count(), 0, 'an empty team has nothing to lead with');
});

/** The situation of a habit, by the documented rule: split at 30 points apart, else low under 70, else high. */
function situationOf(d) {
  if (d.scored === 0) return null;
  if (d.scored >= 2 && d.spread >= 30) return 'split';
  return d.average >= 70 ? 'high' : 'low';
}

/** Each card's situation line and prompts to discuss. */
function cardPrompts(page) {
  return page.locator(DIFFER).evaluate((section) =>
    Array.from(section.querySelectorAll('article.team-dimension'), (article) => ({
      name: article.querySelector('h3').textContent.trim(),
      situation: article.querySelector('p.situation')?.textContent ?? null,
      prompts: Array.from(article.querySelectorAll('ul.prompts li'), (li) => li.textContent),
    })),
  );
}

// Three people close together on some habits (high on integrity and
// listening, low on candor, expectations and partnership) and far apart on
// ownership and wholehearted delivery.
const SITUATED = [
  even({ integrity: 5, candor: 2, ownership: 1, listening: 4, expectations: 4, partnership: 3, wholehearted: 5 }),
  even({ integrity: 5, candor: 2, ownership: 5, listening: 4, expectations: 3, partnership: 3, wholehearted: 1 }),
  even({ integrity: 4, candor: 1, ownership: 3, listening: 5, expectations: 4, partnership: 3, wholehearted: 3 }),
];
const SITUATED_CODES = SITUATED.map((sheet, i) => encodeCode(quiz, sheet, ['Ana', 'Bo', ''][i]));

test('team meeting: each habit offers the prompts for the team’s result, in its language, and the facilitator chooses which go on the slides', async (t) => {
  const team = scoreTeam(quiz, SITUATED);
  const situations = new Set();
  const expected = (q, lang, words) =>
    team.byDisagreement.map((name) => {
      const d = team.dimensions.find((x) => x.name === name);
      const i = quiz.dimensions.findIndex((x) => x.name === name);
      const situation = situationOf(d);
      situations.add(situation);
      return {
        name: q.dimensions[i].name,
        situation: words[situation](d),
        prompts: PROMPTS[lang][q.dimensions[i].id][situation],
      };
    });
  const english = {
    split: (d) => `The team is split here: scores run from ${d.min} to ${d.max}.`,
    low: (d) => `The team is close together here, with room to grow (average ${d.average}).`,
    high: (d) => `The team is close together here, and strong (average ${d.average}).`,
  };
  const page = await openTeam(t, SITUATED_CODES);
  await seeTeamMembers(page, 3);
  t.equal(await cardPrompts(page), expected(quiz, 'en', english), 'each habit: its situation and the prompts written for it');

  // Choose: drop the first prompt of the top habit and add one written for another situation.
  const card = page.locator(`${DIFFER} article.team-dimension`).first();
  const [top] = await cardPrompts(page);
  const id = quiz.dimensions.find((d) => d.name === top.name).id;
  const other = ['split', 'low', 'high'].find((s) => PROMPTS.en[id][s][0] !== top.prompts[0]);
  await card.getByText('Choose prompts', { exact: true }).click();
  await card.getByRole('checkbox', { name: top.prompts[0], exact: true }).uncheck();
  await card.getByRole('checkbox', { name: PROMPTS.en[id][other][0], exact: true }).check();
  const chosen = [...top.prompts.slice(1), PROMPTS.en[id][other][0]];
  const wanted = ['split', 'low', 'high'].flatMap((s) => PROMPTS.en[id][s]).filter((p) => chosen.includes(p));
  t.equal((await cardPrompts(page))[0].prompts, wanted, 'the chosen prompts, in the order they are offered');
  await settle(page);
  await t.check(page);

  // The slide of that habit shows the same choice, and the choice survives Anonymous.
  await clickButton(page, 'Present');
  await seeSlide(page, 1);
  await page.keyboard.press('ArrowRight');
  t.equal((await seeSlide(page, 2)).heading, top.name, 'the most divided habit is the first after the opening');
  t.equal(await presenter(page).locator('ul.prompts li').allTextContents(), wanted, 'the slide shows the chosen prompts');
  await page.keyboard.press('Escape');
  await page.getByLabel('Anonymous: hide names').check();
  await page.waitForFunction(() => !document.querySelector('text.dot-initials'));
  t.equal((await cardPrompts(page))[0].prompts, wanted, 'the choice is kept when the habits are drawn again');
  // And with the team on this device.
  await page.reload();
  await seeTeamMembers(page, 3);
  t.equal((await cardPrompts(page))[0].prompts, wanted, 'the choice is kept after a reload');

  // In German, the German prompts.
  const german = await openApp(t, `?lang=de#t=${SITUATED_CODES.join('~')}`);
  await german.locator(DIFFER).waitFor();
  const deWords = {
    split: (d) => `Das Team ist hier gespalten: Die Werte reichen von ${d.min} bis ${d.max}.`,
    low: (d) => `Das Team liegt hier dicht beieinander, mit Luft nach oben (Durchschnitt ${d.average}).`,
    high: (d) => `Das Team liegt hier dicht beieinander, und zwar stark (Durchschnitt ${d.average}).`,
  };
  t.equal(await cardPrompts(german), expected(germanQuiz, 'de', deWords), 'German: the German prompts');
  t.equal([...situations].sort(), ['high', 'low', 'split'], 'the team covers every situation');
  await settle(german);
  await t.check(german);
});

/** The actions listed in the team view (or on the slide), as their text. */
const listedActions = (scope) => scope.locator('ol.actions-list > li .action-text').allTextContents();

/** Adds an action with the form in `scope` (the page's, or the slide's). */
async function addAction(scope, text, owner = '') {
  await scope.getByLabel('Action or agreement', { exact: true }).fill(text);
  await scope.getByLabel('Owner (optional)', { exact: true }).fill(owner);
  await scope.getByRole('button', { name: 'Add', exact: true }).click();
}

test(
  'team meeting: actions and the agenda are kept with the team on this device, typed on the slide too, and go into the CSV and the notes, read back',
  async (t) => {
    const team = scoreTeam(quiz, SITUATED);
    const labels = ['Ana', 'Bo', 'Member 3'];
    const page = await openTeam(t, SITUATED_CODES);
    await seeTeamMembers(page, 3);
    const meeting = page.locator('section[aria-labelledby="meeting-h"]');

    // Nothing typed: said, nothing added.
    await meeting.getByRole('button', { name: 'Add', exact: true }).click();
    t.equal((await meeting.getByRole('alert').innerText()).trim(), 'Type the action or agreement first.', 'an empty action is refused, with a reason');
    await addAction(meeting, '  Ask   before we say <b>no</b> ', 'Bo');
    await addAction(meeting, 'Agree on a first reply');
    t.equal(await listedActions(meeting), ['Ask before we say <b>no</b> (owner: Bo)', 'Agree on a first reply'], 'the actions, on one line each, shown as text');
    t.equal(await meeting.locator('ol.actions-list b').count(), 0, 'typed markup is never markup');

    // The agenda: the three most divided by default; take one off, put another on.
    const byDisagreement = team.byDisagreement;
    const agendaBox = (name) => page.locator(`${DIFFER} article.team-dimension`).filter({ has: page.getByRole('heading', { name, exact: true }) }).getByLabel('Discuss in the meeting');
    for (const [i, name] of byDisagreement.entries()) t.equal(await agendaBox(name).isChecked(), i < 3, `${name}: on the agenda by default: ${i < 3}`);
    await agendaBox(byDisagreement[1]).uncheck();
    await agendaBox(byDisagreement[5]).check();
    const agenda = [byDisagreement[0], byDisagreement[2], byDisagreement[5]];

    // Kept on this device: a reload brings it all back; another device has none of it.
    await page.reload();
    await seeTeamMembers(page, 3);
    t.equal(await listedActions(meeting), ['Ask before we say <b>no</b> (owner: Bo)', 'Agree on a first reply'], 'the actions after a reload');
    for (const name of byDisagreement) t.equal(await agendaBox(name).isChecked(), agenda.includes(name), `${name}: the agenda after a reload`);
    const other = await openTeam(t, SITUATED_CODES);
    await seeTeamMembers(other, 3);
    t.equal(await listedActions(other.locator('section[aria-labelledby="meeting-h"]')), [], 'another device starts with no actions');

    // On the slides: the agenda's habits, then the summary and the actions; typing there is text, not navigation.
    await clickButton(page, 'Present');
    t.equal((await seeSlide(page, 1)).count, `Slide 1 of ${agenda.length + 3}`, 'an opening, the agenda, a summary and the actions');
    t.equal(await presenter(page).locator('ol.agenda li').allTextContents(), agenda, 'the opening lists the agenda');
    for (const [i, name] of agenda.entries()) {
      await page.keyboard.press('ArrowRight');
      t.equal((await seeSlide(page, i + 2)).heading, name, `slide ${i + 2} is ${name}`);
    }
    await page.keyboard.press('End');
    t.equal((await seeSlide(page, agenda.length + 3)).heading, 'What we agree', 'the last slide is the actions');
    const field = presenter(page).getByLabel('Action or agreement', { exact: true });
    await field.fill('Review in a month');
    await field.press('ArrowLeft');
    await field.press('Home');
    await field.press('Space');
    t.equal((await seeSlide(page, agenda.length + 3)).heading, 'What we agree', 'keys typed in the field do not change the slide');
    await field.fill('Review in a month');
    await presenter(page).getByRole('button', { name: 'Add', exact: true }).click();
    t.equal(await listedActions(presenter(page)), ['Ask before we say <b>no</b> (owner: Bo)', 'Agree on a first reply', 'Review in a month'], 'added on the slide');
    await settle(page);
    await t.check(page);
    await page.keyboard.press('Escape');
    await seePresenterClosed(page);
    const actions = ['Ask before we say <b>no</b> (owner: Bo)', 'Agree on a first reply', 'Review in a month'];
    t.equal(await listedActions(meeting), actions, 'the team view lists it too');
    // Removing one.
    await meeting.getByRole('button', { name: 'Remove: Agree on a first reply' }).click();
    const kept = [actions[0], actions[2]];
    t.equal(await listedActions(meeting), kept, 'removed');

    // The CSV, read back: the team table, then the actions.
    const date = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    const csv = await downloadedBy(page, () => clickButton(page, 'Export CSV'));
    const rows = teamCsvRows(quiz, team, labels, [true, true, false], date);
    t.equal(
      csv.text.split('\r\n'),
      [...rows, '', 'action,owner', 'Ask before we say <b>no</b>,\u2068Bo\u2069', 'Review in a month,', ''],
      'the CSV: members with answers, date and version, then the actions',
    );

    // The notes, read back.
    const notes = await downloadedBy(page, () => clickButton(page, 'Download meeting notes'));
    t.equal(notes.name, `candor-meeting-${date}.md`, 'the notes file name');
    const lines = notes.text.split('\n');
    t.equal(lines.slice(0, 6), ['# Meeting notes', '', `- Date: ${date}`, `- Quiz: ${quiz.title}, version ${quiz.version}`, '- Took part: 3 people (\u2068Ana\u2069, \u2068Bo\u2069, \u2068Member 3\u2069)', ''], 'date, quiz, who took part');
    const habits = lines.filter((l) => l.startsWith('### ')).map((l) => l.slice(4));
    t.equal(habits, agenda, 'the habits discussed, in the order of the slides');
    for (const name of agenda) {
      const d = team.dimensions.find((x) => x.name === name);
      const at = lines.indexOf(`### ${name}`);
      t.equal(lines[at + 2], `- Team average ${d.average} · range ${d.min}–${d.max} (spread ${d.spread}) · ${d.scored} of 3 scored`, `${name}: its figures`);
    }
    const actionsAt = lines.indexOf('## Actions and agreements');
    t.equal(lines.slice(actionsAt + 2), ['- [ ] Ask before we say \\<b\\>no\\</b\\> (owner: \u2068Bo\u2069)', '- [ ] Review in a month', ''], 'the actions as a checklist, typed markup escaped');

    // Anonymous: the notes say how many took part, and no names.
    await page.getByLabel('Anonymous: hide names').check();
    const anonymous = await downloadedBy(page, () => clickButton(page, 'Download meeting notes'));
    t.assert(anonymous.text.includes('\n- Took part: 3 people\n'), 'anonymous notes count the people');
    t.assert(!/Ana|Member 3|\(owner:/.test(anonymous.text), `and name no one, not even an action's owner: ${anonymous.text}`);
  },
  { timeout: 60_000 },
);

test(
  'team meeting: every slide fits 1280×720, 1366×768 and 1920×1080, light and dark, with nothing cut off, and axe finds nothing',
  async (t) => {
    const page = await openTeam(t, CODES);
    await seeTeamMembers(page, 7);
    const meeting = page.locator('section[aria-labelledby="meeting-h"]');
    await addAction(meeting, 'Before we say no to a client, we ask one question about what they need the result for', 'Ana María');
    await addAction(meeting, 'Share one example of a mistake we owned, in every team meeting this quarter');
    await clickButton(page, 'Present');
    await seeSlide(page, 1);
    const count = Number((await presenter(page).locator('p.slide-count').innerText()).match(/of (\d+)/)[1]);
    const problems = [];
    const shots = path.join(path.dirname(BUILTIN_QUIZ_PATH), '..', 'target', 'presenter-screenshots');
    mkdirSync(shots, { recursive: true });
    for (const [width, height] of [[1280, 720], [1366, 768], [1920, 1080]]) {
      for (const colorScheme of ['light', 'dark']) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme });
        await page.keyboard.press('Home');
        for (let n = 1; n <= count; n += 1) {
          const { heading } = await seeSlide(page, n);
          await settle(page);
          const cut = await presenter(page).evaluate((dialog) => {
            const out = [];
            if (dialog.scrollHeight > dialog.clientHeight + 1 || dialog.scrollWidth > dialog.clientWidth + 1) out.push(`the slide scrolls (${dialog.scrollWidth}×${dialog.scrollHeight})`);
            for (const element of dialog.querySelectorAll('*')) {
              if (element.closest('.visually-hidden') || element.closest('[hidden]')) continue;
              const box = element.getBoundingClientRect();
              if (box.width === 0 || box.height === 0) continue;
              if (box.bottom > innerHeight + 1 || box.right > innerWidth + 1 || box.top < -1 || box.left < -1) {
                out.push(`${element.tagName.toLowerCase()}.${element.className?.baseVal ?? element.className} "${element.textContent.trim().slice(0, 30)}" at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`);
              }
            }
            return out;
          });
          for (const line of cut) problems.push(`${width}×${height} ${colorScheme}, slide ${n} (${heading}): ${line}`);
          await page.screenshot({ path: path.join(shots, `${width}x${height}-${colorScheme}-${n}.png`) });
          for (const v of await t.check(page)) problems.push(`${width}×${height} ${colorScheme}, slide ${n}: axe ${v.id} on ${v.targets.join(', ')}`);
          await page.keyboard.press('ArrowRight');
        }
      }
    }
    t.equal(problems, [], 'nothing cut off, no axe violation');
  },
  { timeout: 180_000 },
);

test('team meeting: a timer per slide counts down, starts again on the next slide, and says when time is up', async (t) => {
  const page = await t.newPage();
  await page.clock.install();
  await page.goto(`${t.url}#t=${SITUATED_CODES.join('~')}`);
  await seeTeamMembers(page, 3);
  await clickButton(page, 'Present');
  await seeSlide(page, 1);
  t.equal(await presenter(page).locator('p.timer').count(), 0, 'no timer until one is chosen');
  await presenter(page).getByLabel('Timer').selectOption({ label: '2 minutes' });
  await page.clock.runFor(1000);
  await presenter(page).locator('p.timer').filter({ hasText: /^1:59 left$/ }).waitFor();
  await page.clock.runFor(60_000);
  await presenter(page).locator('p.timer').filter({ hasText: /^0:59 left$/ }).waitFor();
  await page.keyboard.press('ArrowRight');
  await seeSlide(page, 2);
  await page.clock.runFor(1000);
  await presenter(page).locator('p.timer').filter({ hasText: /^1:59 left$/ }).waitFor();
  await page.clock.runFor(120_000);
  const done = presenter(page).locator('p.timer.done');
  await done.waitFor();
  t.equal((await done.innerText()).trim(), 'Time is up', 'time is up, in words');
  await presenter(page).getByLabel('Timer').selectOption({ label: 'Off' });
  t.equal(await presenter(page).locator('p.timer').count(), 0, 'the timer can be turned off');
  await settle(page);
  await t.check(page);
});
