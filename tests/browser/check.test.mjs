// The quiz-file checker (`#/check`): a coach chooses, drops or pastes a quiz
// file and sees every problem in the words `validate_quiz` prints, or a
// preview of the quiz, and carries a valid file into the builder. The five
// typical mistakes, each with its message; nothing pasted is rendered as
// HTML; axe narrow and wide, light and dark; German.
import { test } from './harness.mjs';
import { json, mistakes, onboarding, ONBOARDING_TEXT } from './mistakes.mjs';
import { clickButton, clickLink, heading, link, openApp, seeHeading, serveDistWith, settle } from './verbs.mjs';

const result = (page) => page.locator('section[aria-labelledby=result-h]');

async function chooseFile(page, name, text) {
  await page.locator('.drop-zone input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function dropFile(page, name, text) {
  await page.locator('.drop-zone').evaluate(
    (zone, [name, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    [name, text],
  );
}

async function paste(page, text, button = 'Check the pasted text') {
  await page.locator('#check-paste').fill(text);
  await clickButton(page, button);
}

/** Waits for the verdict starting with `start`; returns it and the problems listed. */
async function seeVerdict(page, start) {
  const verdict = result(page).locator('p.verdict');
  await verdict.filter({ hasText: start }).waitFor();
  return { verdict: await verdict.textContent(), problems: await result(page).locator('ul.problems li').allTextContents() };
}

test('check: the five typical mistakes in a quiz file, each with its message, chosen, dropped or pasted', async (t) => {
  const page = await openApp(t, '#/about');
  await clickLink(page, 'check a quiz file');
  await seeHeading(page, 'Check a quiz file');
  const all = mistakes();
  for (const [i, { name, text, message }] of all.entries()) {
    const how = ['choose', 'drop', 'paste'][i % 3];
    if (how === 'choose') await chooseFile(page, name, text);
    else if (how === 'drop') await dropFile(page, name, text);
    else await paste(page, text);
    const shown = how === 'paste' ? 'The pasted text' : name;
    const { verdict, problems } = await seeVerdict(page, `${shown} has `);
    t.equal(verdict, `${shown} has 1 problem:`, `${name} (${how}): one problem, in words`);
    t.equal(problems, [message], `${name} (${how}): the message`);
  }
  // Two mistakes at once: every problem, counted.
  const two = onboarding();
  two.questions[2].weight = '2';
  two.questions[3].dimension = 'handof';
  await chooseFile(page, 'two.quiz.json', json(two));
  const { verdict, problems } = await seeVerdict(page, 'two.quiz.json has ');
  t.equal(verdict, 'two.quiz.json has 2 problems:', 'two problems, counted in words');
  t.equal(problems, [all[1].message, all[2].message], 'both problems, in file order');
  // Larger than a quiz file may be: refused before it is read.
  await chooseFile(page, 'huge.quiz.json', ' '.repeat(256 * 1024 + 1));
  const huge = await seeVerdict(page, 'huge.quiz.json has ');
  t.equal(huge.problems, ['the file is 257 KB; the limit is 256 KB'], 'an oversized file is refused with the limit');
  await t.check(page);
});

test('check: a valid file on another origin is previewed as text and carried into the builder', async (t) => {
  const quiz = onboarding();
  const copy = await serveDistWith(t, {});
  try {
    const page = await t.newPage();
    await page.goto(`${copy.url}#/embed`);
    await seeHeading(page, 'Embed Candor in your site');
    await clickLink(page.getByRole('navigation', { name: 'More' }), 'Check a quiz file');
    await seeHeading(page, 'Check a quiz file');
    const name = 'onboarding-readiness.quiz.json';
    await chooseFile(page, name, ONBOARDING_TEXT);
    const { verdict } = await seeVerdict(page, `${name} is valid`);
    t.equal(verdict, `${name} is valid: ${quiz.questions.length} questions, ${quiz.dimensions.length} dimensions.`, 'the verdict counts the quiz');
    const preview = result(page).locator('.quiz-preview');
    t.equal(await preview.locator('.quiz-title').textContent(), quiz.title, 'the preview shows the title');
    t.assert((await preview.innerText()).includes(quiz.intro), 'the preview shows the introduction');
    t.equal(await preview.locator('ol li').count(), quiz.questions.length, 'every question is listed');
    t.equal(await preview.locator('ul li').count(), quiz.dimensions.length, 'every dimension is listed');
    t.assert((await preview.locator('ol li').first().innerText()).startsWith(quiz.questions[0].text), 'questions in order');
    await t.check(page);

    await clickButton(page, 'Use in the builder');
    await seeHeading(page, 'Embed Candor in your site');
    const checked = page.locator('section[aria-labelledby=checked-h]');
    await checked.waitFor();
    t.assert((await checked.innerText()).includes(`${name} has no problems: ${quiz.questions.length} questions`), 'the builder names the checked file');
    t.equal(await checked.locator('.quiz-title').textContent(), quiz.title, 'and previews it');
    t.equal(await page.locator('#b-quiz').inputValue(), name, 'its name is the quiz address');
    await page.waitForFunction((name) => document.querySelector('textarea.snippet')?.value.includes(`data-quiz="${name}"`), name);
    const frame = await (await page.locator('iframe.preview').elementHandle()).contentFrame();
    await frame.waitForFunction((title) => document.querySelector('main h1')?.textContent === title, quiz.title);
    t.assert((await page.locator('section[aria-labelledby=problems-h]').innerText()).includes('None: '), 'the file next to the app has no problem');
    await settle(frame);
    await t.check(page);
  } finally {
    copy.remove();
  }
});

test('check: markup in a pasted file stays text', async (t) => {
  const quiz = onboarding();
  quiz.title = '<img src=x onerror="document.title=1">Bold <b>claim</b>';
  quiz.questions[0].text = '<script>alert(1)</script> I listen.';
  const page = await openApp(t, '#/check');
  await seeHeading(page, 'Check a quiz file');
  await paste(page, json(quiz));
  await seeVerdict(page, 'The pasted text is valid');
  const preview = result(page).locator('.quiz-preview');
  t.equal(await preview.locator('.quiz-title').textContent(), quiz.title, 'the title is shown as written');
  t.equal(await preview.locator('img, b, script').count(), 0, 'no element was made of it');
  t.assert((await preview.locator('ol li').first().textContent()).startsWith(quiz.questions[0].text), 'nor of a question');
});

test(
  'check: axe finds nothing, narrow and wide, light and dark, with problems and with a preview',
  async (t) => {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await openApp(t, '#/check', { viewport: { width, height: 800 }, colorScheme });
        await seeHeading(page, 'Check a quiz file');
        await settle(page);
        await t.check(page);
        await chooseFile(page, 'two.quiz.json', mistakes()[1].text);
        await seeVerdict(page, 'two.quiz.json has');
        await t.check(page);
        await paste(page, ONBOARDING_TEXT);
        await seeVerdict(page, 'The pasted text is valid');
        await t.check(page);
        await page.close();
      }
    }
  },
  { timeout: 90_000 },
);

test('check: in German, from About, with the problems in German', async (t) => {
  const page = await openApp(t, '?lang=de#/about');
  await clickLink(page, 'prüfe eine Quizdatei');
  await seeHeading(page, 'Quizdatei prüfen');
  await chooseFile(page, 'quoted.quiz.json', mistakes()[1].text);
  const { verdict, problems } = await seeVerdict(page, 'quoted.quiz.json hat');
  t.equal(verdict, 'quoted.quiz.json hat 1 Problem:', 'counted in German');
  t.assert(
    problems.length === 1 &&
      problems[0].startsWith('Frage 3 (o3), weight: ') &&
      problems[0].includes('gefunden wurde der Text „2“: Entferne die Anführungszeichen') &&
      problems[0].endsWith('($.questions[2].weight)'),
    `the problem in German: ${problems}`,
  );
  await paste(page, ONBOARDING_TEXT, 'Eingefügten Text prüfen');
  const valid = await seeVerdict(page, 'Der eingefügte Text ist gültig');
  t.assert(/^Der eingefügte Text ist gültig: \d+ Fragen, 3 Dimensionen\.$/.test(valid.verdict), valid.verdict);
  await seeHeading(page, 'Quizdatei prüfen');
  t.equal(await heading(page, 'Quizdatei prüfen').count(), 1, 'one heading');
  t.equal(await link(page, 'Das Format der Quizdatei').getAttribute('href'), 'quiz-format.md', 'the format reference is a link');
  await t.check(page);
});
