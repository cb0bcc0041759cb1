// Results lead back to the coach's post (issue 14): in an embed, the result
// link and its QR code open the host post with the result in its frame;
// the coach can turn this off; outside an embed nothing changes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from './harness.mjs';
import { loadQuiz } from './oracle.mjs';
import { answerSheetByClicking, embeddedApp, seeReport, seeSharedResult, shareLink, startQuiz } from './verbs.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const SHEET = '4'.repeat(loadQuiz().questions.length);

test('result-page: an embedded result link opens the coach\'s post with the result in its frame', async (t) => {
  const site = await t.serve({ root: FIXTURES, base: '/blog/' });
  const post = `${site.url}embed/host.html?${new URLSearchParams({ app: t.url })}`;
  const page = await t.newPage({ allowOrigins: [t.origin] });
  // This post needs its query (the fixture reads the app's address from it),
  // so the coach names it in data-result-page: by itself, embed.js leaves a
  // page's query out of result links (issue 21).
  await page.goto(`${post}&${new URLSearchParams({ first: new URLSearchParams({ 'result-page': post }).toString() })}`);
  const frame = await embeddedApp(page, '#first');
  await startQuiz(frame);
  await answerSheetByClicking(frame, SHEET);
  await seeReport(frame);
  const link = await shareLink(frame);
  t.assert(link.startsWith(`${post}#candor-r=C1`), `the link leads to the post: ${link}`);
  const code = link.split('#candor-r=')[1];
  t.equal(await frame.locator('#share-code').inputValue(), code, 'with the same code as the code field');

  // Opening the link: the post, and the result in its (first) frame.
  const reader = await t.newPage({ allowOrigins: [t.origin] });
  await reader.goto(link);
  const opened = await embeddedApp(reader, '#first');
  const shown = await seeSharedResult(opened);
  t.assert(shown.archetype.length > 0, `the shared result is shown: ${shown.archetype}`);
  t.equal(await opened.evaluate(() => location.hash), `#r=${code}`, 'the frame opened the result');
  const untouched = await embeddedApp(reader, '#second');
  t.equal(await untouched.evaluate(() => location.hash), '', 'the other frame starts as usual');
});

test('result-page: with result-page=off, and outside an embed, the link is the app\'s own', async (t) => {
  const page = await t.newPage();
  await page.goto(`${t.url}?result-page=${encodeURIComponent('https://blog.example/post')}`);
  await startQuiz(page);
  await answerSheetByClicking(page, SHEET);
  await seeReport(page);
  t.assert((await shareLink(page)).startsWith(`${t.url}?`) || (await shareLink(page)).startsWith(`${t.url}#r=`), `outside an embed, the app's link: ${await shareLink(page)}`);

  await page.goto(`${t.url}?embed=1&result-page=off#/report`);
  await seeReport(page);
  t.assert((await shareLink(page)).startsWith(`${t.url}`) && (await shareLink(page)).includes('#r=C1'), `turned off, the app's link: ${await shareLink(page)}`);
});
