// A coach's journey on two origins (issue 14): their blog on one, their
// Candor with their own quiz file on another. Each of the five typical
// mistakes shows in the embedded frame with its message; the corrected file
// runs from start to the archetype's call to action, which brings the
// reader's result to a page of the blog, and the result link the reader
// copies opens the blog post with the result in its frame.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from './harness.mjs';
import { json, mistakes, onboarding } from './mistakes.mjs';
import { answerSheetByClicking, embeddedApp, heading, seeReport, seeSharedResult, serveDistWith, shareLink, startQuiz } from './verbs.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The coach's post on `site`, embedding `quiz` from the Candor at `app` (with `data-result-page` when given). */
function postAddress(site, app, quiz, resultPage = null) {
  const first = new URLSearchParams({ quiz });
  if (resultPage) first.set('result-page', resultPage);
  return `${site.url}embed/host.html?${new URLSearchParams({ app, first: first.toString() })}`;
}

test(
  'journey: a coach on another origin embeds their own quiz file; five mistakes, each with its message in the frame, then the corrected file to its call to action and back to the post',
  async (t) => {
    const site = await t.serve({ root: FIXTURES, base: '/blog/' });
    const all = mistakes();
    const corrected = onboarding();
    const booking = `${site.url}clean.html`;
    corrected.patterns.forEach((pattern) => {
      pattern.cta = { label: 'Book a call', url: `${booking}?r={code}` };
    });
    const copy = await serveDistWith(t, {
      ...Object.fromEntries(all.map(({ name, text }) => [name, text])),
      'coach.quiz.json': json(corrected),
    });
    try {
      const page = await t.newPage({ allowOrigins: [copy.origin] });
      for (const { name, message } of all) {
        await page.goto(postAddress(site, copy.url, name));
        const frame = await embeddedApp(page, '#first');
        const boot = frame.locator('main#boot');
        await heading(boot, 'This quiz could not be loaded').waitFor();
        t.equal(await boot.locator('code').first().textContent(), name, `${name}: the frame names the file`);
        t.equal(await boot.locator('ul.problems li').allTextContents(), [message], `${name}: the same message as the checker's`);
        t.assert((await boot.innerText()).includes('The file has 1 problem:'), `${name}: counted in words: ${await boot.innerText()}`);
      }

      // This post needs its query (the fixture reads the app's address from
      // it), so the coach names it in data-result-page: by itself, embed.js
      // leaves a page's query out of result links (issue 21).
      const post = postAddress(site, copy.url, 'coach.quiz.json');
      await page.goto(postAddress(site, copy.url, 'coach.quiz.json', post));
      const frame = await embeddedApp(page, '#first');
      await startQuiz(frame);
      await answerSheetByClicking(frame, '4'.repeat(corrected.questions.length));
      await seeReport(frame);
      const ctas = frame.getByRole('link', { name: 'Book a call', exact: true });
      t.equal(await ctas.count(), 2, 'the archetype\'s call to action, twice');
      const [popup] = await Promise.all([page.waitForEvent('popup'), ctas.first().click()]);
      await popup.waitForLoadState();
      const code = new URL(popup.url()).searchParams.get('r');
      t.assert(/^C1[A-Za-z0-9_-]+$/.test(code ?? ''), `the blog's page receives the reader's code: ${popup.url()}`);
      await popup.close();

      // The result link the reader copies leads back to the post, which shows the result in its frame.
      const link = await shareLink(frame);
      t.equal(link, `${post}#candor-r=${code}`, 'the result link is the post\'s address with the code');
      const reader = await t.newPage({ allowOrigins: [copy.origin] });
      await reader.goto(link);
      const shown = await seeSharedResult(await embeddedApp(reader, '#first'));
      const archetype = corrected.patterns.find((pattern) => pattern.name === shown.archetype);
      t.assert(archetype, `the shared result shows in the post's frame, with an archetype of the coach's file: ${shown.archetype}`);
    } finally {
      copy.remove();
    }
  },
  { timeout: 90_000 },
);
