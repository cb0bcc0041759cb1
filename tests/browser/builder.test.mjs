// The embed builder as a coach meets it (issue 20): it opens at #/builder
// too; a brand field that reaches the preview and every snippet; an accent
// adjusted for contrast is a note beside its field, not a problem; the
// call-to-action hint names mailto:; the form and the live preview side by
// side on a wide screen (the preview in view while the form scrolls) and
// stacked on a phone; the snippet carries a link for where scripts never
// run; and "On WordPress? Use the plugin" comes before the snippets.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from './harness.mjs';
import { BUILTIN_QUIZ_PATH, loadQuiz } from './oracle.mjs';
import {
  embeddedApp,
  goToFragment,
  link,
  openApp,
  seeBuilderWithPreview,
  seeButton,
  seeHash,
  seeHeading,
  serveDistWith,
  settle,
} from './verbs.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const onboarding = loadQuiz(path.join(path.dirname(BUILTIN_QUIZ_PATH), 'onboarding-readiness.quiz.json'));

// ---------------------------------------------------------------------------
// Helpers

/** The builder's three snippets as shown: `{ script, frame, shortcode }`. */
async function snippets(page) {
  const [script, frame, shortcode] = await page.locator('textarea.snippet').evaluateAll((areas) => areas.map((a) => a.value));
  return { script, frame, shortcode };
}

/**
 * Waits until the script snippet satisfies `predicate` (a function of its
 * text, run here: the page's CSP allows no code from strings); returns it.
 */
async function seeScriptSnippet(page, predicate, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await page.locator('textarea.snippet').first().inputValue();
    if (predicate(text)) return text;
    if (Date.now() > deadline) throw new Error(`the snippet never became as expected:\n${text}`);
    await page.waitForTimeout(50);
  }
}

/** The builder's Problems section. */
function problemsSection(page) {
  return page.locator('section[aria-labelledby=problems-h]');
}

/** The rectangle of the first element matching `selector`, in page coordinates (scroll included). */
function pageBox(page, selector) {
  return page.locator(selector).first().evaluate((element) => {
    const r = element.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height, top: r.top, bottom: r.bottom };
  });
}

/**
 * Serves `html` as `post.html` on a second origin (with the fixtures' icon),
 * opens it in a new page allowed to load the app, and returns that page.
 */
async function openPost(t, html, pageOptions = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'candor-post-'));
  cpSync(path.join(FIXTURES, 'dot.svg'), path.join(dir, 'dot.svg'));
  writeFileSync(
    path.join(dir, 'post.html'),
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="icon" href="dot.svg">\n<title>A post</title>\n</head>\n<body>\n<main>\n<h1>My post</h1>\n${html}\n</main>\n</body>\n</html>\n`,
  );
  const blog = await t.serve({ root: dir, base: '/post/' });
  const page = await t.newPage({ allowOrigins: [t.origin], ...pageOptions });
  await page.goto(`${blog.url}post.html`);
  return { page, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// ---------------------------------------------------------------------------

test('builder: #/builder opens the builder, as #/embed does, on load and from another screen', async (t) => {
  const page = await openApp(t, '#/builder');
  await seeBuilderWithPreview(page);
  t.equal(await page.evaluate(() => location.hash), '#/builder', 'the address stays as it was typed');
  await settle(page);
  await t.check(page);

  await goToFragment(page, '#/');
  await seeButton(page, 'Start');
  await goToFragment(page, '#/builder');
  await seeHeading(page, 'Embed Candor in your site');
  await goToFragment(page, '#/embed');
  await seeHash(page, '#/embed');
  await seeHeading(page, 'Embed Candor in your site');
});

test('builder: the brand field reaches the preview and every snippet, escaped, and names the pasted embed', async (t) => {
  const page = await openApp(t, '#/builder');
  await seeBuilderWithPreview(page);
  const brand = 'Acme "Coaching" & Co';
  const escaped = 'Acme &quot;Coaching&quot; &amp; Co';
  const field = page.getByRole('textbox', { name: 'Brand', exact: true });
  t.assert((await page.locator('#b-brand-hint').innerText()).includes('up to 40 characters'), 'the hint gives the limit');
  await field.pressSequentially(brand);
  await seeScriptSnippet(page, (text) => text.includes('data-brand='));
  const { script, frame, shortcode } = await snippets(page);
  t.assert(script.includes(` data-brand="${escaped}"`), `the snippet carries the brand, escaped:\n${script}`);
  t.assert(shortcode.includes(` brand="${escaped}"`), `the shortcode carries the brand, escaped:\n${shortcode}`);
  const frameSrc = new URL(frame.match(/src="([^"]*)"/)[1].replaceAll('&amp;', '&'));
  t.equal(frameSrc.searchParams.get('brand'), brand, 'the plain frame\'s address carries the brand');

  // The preview names the app by the brand.
  await page.waitForFunction((want) => new URL(document.querySelector('iframe.preview').src).searchParams.get('brand') === want, brand);
  await seeBuilderWithPreview(page);
  const preview = await (await page.locator('iframe.preview').elementHandle()).contentFrame();
  await preview.waitForFunction((want) => document.title === want, brand);
  t.equal(await preview.evaluate(() => document.title), brand, 'the preview\'s page title is the brand');

  // Over its limit: listed as a problem and left out of everything.
  await field.fill('x'.repeat(41));
  await problemsSection(page).locator('li').filter({ hasText: 'brand: at most 40 characters are allowed.' }).waitFor();
  await seeScriptSnippet(page, (text) => !text.includes('data-brand'));
  t.assert(!(await snippets(page)).shortcode.includes('brand='), 'no brand over its limit in the shortcode');
  await settle(page);
  await t.check(page);

  // The snippet, pasted into a post, names the app by the brand.
  await field.fill(brand);
  await seeScriptSnippet(page, (text) => text.includes('data-brand='));
  const pasted = await openPost(t, (await snippets(page)).script);
  try {
    const framed = await embeddedApp(pasted.page, '[data-candor-embed]');
    t.equal(await framed.evaluate(() => document.title), brand, 'the pasted embed is named by the brand');
  } finally {
    pasted.remove();
  }
});

test('builder: an accent adjusted for contrast is a note beside its field, not a problem; the call-to-action hint names mailto:', async (t) => {
  const page = await openApp(t, '#/builder');
  await seeBuilderWithPreview(page);
  const accent = page.getByRole('textbox', { name: 'Accent color', exact: true });
  const note = page.locator('#b-accent-swatches');
  await accent.pressSequentially('ffee58');
  await note.waitFor();
  const said = await note.innerText();
  t.assert(/^Note: #ffee58 is hard to read on the light theme, so Candor will use #[0-9a-f]{6} there\./.test(said), `the note says what Candor does: ${said}`);
  await seeScriptSnippet(page, (text) => text.includes('data-accent="ffee58"'));
  const problems = problemsSection(page);
  t.equal(await problems.locator('li').count(), 0, `nothing under Problems: ${await problems.innerText()}`);
  t.assert((await problems.innerText()).includes('None: the quiz will use every option as given.'), 'Problems says none');
  const described = await accent.evaluate((input) =>
    input
      .getAttribute('aria-describedby')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
  t.assert(described.includes('is hard to read on the light theme'), `the field is described by the note: ${described}`);
  await settle(page);
  await t.check(page);

  // Only for the themes the embed shows: #ffee58 reads well on dark; a dark blue does not.
  await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption('dark');
  await note.waitFor({ state: 'detached' });
  await accent.fill('1f4e79');
  await note.filter({ hasText: '#1f4e79 is hard to read on the dark theme' }).waitFor();
  t.equal(await problems.locator('li').count(), 0, 'still nothing under Problems');

  // The call-to-action hint names mailto:, and a mailto: address is taken.
  const hint = await page.locator('#b-cta-hint').innerText();
  t.assert(hint.includes('mailto:'), `the hint names mailto: ${hint}`);
  t.assert(!/http or https only/.test(hint), `the hint no longer says http or https only: ${hint}`);
  await page.getByRole('textbox', { name: 'Call-to-action address', exact: true }).pressSequentially('mailto:coach@example.com?subject=My%20result%20{code}');
  await seeScriptSnippet(page, (text) => text.includes('data-cta="mailto:coach@example.com?subject=My%20result%20{code}"'));
  t.equal(await problems.locator('li').count(), 0, 'a mailto: address is no problem');
});

test('builder: side by side on a wide screen with the preview in view while the form scrolls, stacked on a phone', async (t) => {
  const wide = await openApp(t, '#/builder', { viewport: { width: 1280, height: 800 } });
  await seeBuilderWithPreview(wide);
  const form = await pageBox(wide, 'form.builder-form');
  const preview = await pageBox(wide, 'section[aria-labelledby=preview-h]');
  t.assert(preview.x >= form.x + form.width, `the preview (x ${preview.x}) is right of the form (${form.x}–${form.x + form.width})`);
  t.assert(preview.y < form.y + form.height && form.y < preview.y + preview.height, `side by side: the form spans y ${form.y}–${form.y + form.height}, the preview ${preview.y}–${preview.y + preview.height}`);
  t.assert(preview.width >= 400, `the preview is wide enough to read: ${preview.width} px`);
  const pageHeight = await wide.evaluate(() => document.documentElement.scrollHeight);
  t.assert(pageHeight < 4490, `the page is no longer one 4,490 px column: ${pageHeight} px`);

  // Scrolling down the form to the snippets: the preview stays in view.
  for (const selector of ['#snippet-h', '#iframe-h', '#wordpress-h']) {
    await wide.locator(selector).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    const scrolled = await wide.evaluate(() => scrollY);
    const now = await pageBox(wide, 'section[aria-labelledby=preview-h]');
    const frameBox = await pageBox(wide, 'iframe.preview');
    t.assert(scrolled > 300, `the page scrolled to ${selector}: ${scrolled} px`);
    t.assert(now.top >= -1 && now.top < 100, `at ${selector} (scrolled ${scrolled} px) the preview's top is in view: ${now.top} px`);
    t.assert(frameBox.top < 800 && frameBox.bottom > 400, `at ${selector} the preview frame fills the view: ${frameBox.top}–${frameBox.bottom} px`);
  }
  await settle(wide);
  await t.check(wide);

  // A phone: one column, the preview below the form and its problems, before the snippets.
  const phone = await openApp(t, '#/builder', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await seeBuilderWithPreview(phone);
  const [pForm, pProblems, pPreview, pSnippet] = await Promise.all(
    ['form.builder-form', 'section[aria-labelledby=problems-h]', 'section[aria-labelledby=preview-h]', 'section[aria-labelledby=snippet-h]'].map((s) => pageBox(phone, s)),
  );
  t.assert(Math.abs(pPreview.x - pForm.x) <= 1 && Math.abs(pPreview.width - pForm.width) <= 1, `one column: form x ${pForm.x} w ${pForm.width}, preview x ${pPreview.x} w ${pPreview.width}`);
  t.assert(pPreview.y >= pForm.y + pForm.height && pPreview.y >= pProblems.y + pProblems.height, `the preview (y ${pPreview.y}) is below the form and its problems (${pProblems.y + pProblems.height})`);
  t.assert(pPreview.y + pPreview.height <= pSnippet.y, `the preview comes before the snippets (${pSnippet.y})`);
  t.equal(await phone.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, 'nothing is wider than the phone');
  await settle(phone);
  await t.check(phone);
});

test('builder: the snippet holds a link for where scripts never run, in the builder\'s language, its text escaped', async (t) => {
  const page = await openApp(t, '#/builder');
  await seeBuilderWithPreview(page);
  const { script } = await snippets(page);
  t.assert(
    script.startsWith(`<div data-candor-embed data-src="${t.url}" data-theme="light"><a href="${t.url}">Take the self-assessment</a></div>\n<script async src="${t.url}embed.js"></script>`),
    `the placeholder holds the link:\n${script}`,
  );

  // With the coach's own quiz, the link opens that quiz.
  await page.getByRole('textbox', { name: 'Your own quiz file', exact: true }).pressSequentially('onboarding-readiness.quiz.json');
  await seeScriptSnippet(page, (text) => text.includes('data-quiz='));
  const withQuiz = (await snippets(page)).script;
  const href = `${t.url}?quiz=onboarding-readiness.quiz.json`;
  t.assert(withQuiz.includes(`><a href="${href}">Take the self-assessment</a></div>`), `the link opens the coach's quiz:\n${withQuiz}`);

  // Where scripts never run (a feed, an e-mail, a platform that strips them): the link is what a reader gets.
  const placeholderOnly = withQuiz.split('\n')[0];
  const post = await openPost(t, placeholderOnly);
  try {
    const fallback = link(post.page, 'Take the self-assessment');
    t.equal(await fallback.getAttribute('href'), href, 'the link in the post opens the quiz on Candor\'s page');
    await fallback.click();
    await post.page.waitForURL((url) => url.href.startsWith(t.url));
    await seeHeading(post.page, onboarding.title);
  } finally {
    post.remove();
  }

  // In German, the builder writes the link in German.
  const german = await openApp(t, '?lang=de#/builder');
  await seeHeading(german, 'Candor in deine Website einbetten');
  t.assert((await snippets(german)).script.includes(`><a href="${t.url}">Zur Selbsteinschätzung</a></div>`), `the German link:\n${(await snippets(german)).script}`);

  // A coach's own wording of the link (a quiz file's "ui", which takes no
  // tags but may hold &, < and >) is escaped.
  const builtin = JSON.parse(readFileSync(BUILTIN_QUIZ_PATH, 'utf8'));
  const wording = 'Take it & "see" (< 5 minutes, > 20 ideas)';
  const copy = await serveDistWith(t, {
    'worded.quiz.json': Buffer.from(JSON.stringify({ ...builtin, ui: { ...(builtin.ui ?? {}), fallback_link: wording } })),
  });
  const worded = await t.newPage();
  try {
    await worded.goto(`${copy.url}?quiz=worded.quiz.json#/builder`);
    await seeHeading(worded, 'Embed Candor in your site');
    const text = (await snippets(worded)).script;
    t.assert(text.includes('>Take it &amp; "see" (&lt; 5 minutes, &gt; 20 ideas)</a></div>'), `the link's text is escaped:\n${text}`);
    await settle(worded);
    await t.check(worded);
  } finally {
    await worded.close();
    copy.remove();
  }
});

test('builder: "On WordPress? Use the plugin" comes before the snippets and links the plugin', async (t) => {
  const page = await openApp(t, '#/builder');
  await seeBuilderWithPreview(page);
  const paragraph = page.locator('p.wordpress-first');
  t.equal(
    (await paragraph.innerText()).trim(),
    'On WordPress? Use the plugin. Install the Candor plugin, then add the Candor quiz block or the shortcode.',
    'what it says',
  );
  const plugin = link(paragraph, 'Install the Candor plugin');
  t.equal(await plugin.getAttribute('href'), `${t.url}candor-wordpress.zip`, 'it links the plugin next to the app');
  t.equal(await plugin.getAttribute('download'), 'candor-wordpress.zip', 'as a download');
  const response = await page.request.get(`${t.url}candor-wordpress.zip`);
  t.equal(response.status(), 200, 'the plugin is served');
  t.equal([...(await response.body()).subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], 'as a zip');
  const before = await paragraph.evaluate((p) =>
    Array.from(document.querySelectorAll('textarea.snippet')).every((area) => p.compareDocumentPosition(area) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  t.assert(before, 'the paragraph comes before every snippet');
  const [p, first] = await Promise.all([pageBox(page, 'p.wordpress-first'), pageBox(page, 'textarea.snippet')]);
  t.assert(p.y + p.height <= first.y, `and is shown above the first snippet (${p.y + p.height} ≤ ${first.y})`);

  const german = await openApp(t, '?lang=de#/builder');
  await seeHeading(german, 'Candor in deine Website einbetten');
  t.equal(
    (await german.locator('p.wordpress-first').innerText()).trim(),
    'Auf WordPress? Nimm das Plugin. Installiere das Candor-Plugin, dann füge den Block „Candor-Quiz“ oder den Shortcode ein.',
    'in German',
  );
});
