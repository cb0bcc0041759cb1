// Candor in a real WordPress 6.1 (Debian's package, default theme), as the
// people who write its posts use it. The plugin carries Candor: installed
// from the zip Candor serves, it serves the app from the blog's own origin,
// with no other hosting; an Editor uploads a quiz file that Candor's own
// checker found valid in their browser, and an Author's block and shortcode
// show it, on desktop and phone, through to the call to action. Where
// scripts come from is never a post's to say (a synced pattern, a backslash
// address, another folder), refused addresses are printed escaped, and a
// pasted snippet WordPress strips is pointed out with the block offered
// instead. The Administrator may still point the plugin at a Candor on
// another site (127.0.0.1 here; the blog is on localhost).
import { readFileSync } from 'node:fs';
import { test } from '../browser/harness.mjs';
import { loadQuiz, BUILTIN_QUIZ_PATH } from '../browser/oracle.mjs';
import { answerSheetByClicking, computedColor, embeddedApp, seeFrameFitsContent, seeReport, seeSharedResult, settle, shareLink, startQuiz } from '../browser/verbs.mjs';
import { readZip } from '../browser/zip.mjs';
import { zipEntries } from '../../scripts/wordpress-zip.mjs';

const WP = process.env.CANDOR_WP_URL;
const PASSWORDS = { admin: process.env.CANDOR_WP_ADMIN, editor: process.env.CANDOR_WP_EDITOR, author: process.env.CANDOR_WP_AUTHOR };
const PLACEHOLDER = '.wp-block-candor-quiz';
/** Where the plugin's own copy of Candor is served, on the blog's origin. */
const BUNDLED = `${WP}/wp-content/plugins/candor/app/`;
const SETTINGS = `${WP}/wp-admin/options-general.php?page=candor`;
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

/** The coach's quiz file: the shorter example quiz, renamed, as a coach would start from it. */
const COACH_QUIZ = (() => {
  const quiz = loadQuiz(BUILTIN_QUIZ_PATH.replace('candor.quiz.json', 'onboarding-readiness.quiz.json'));
  quiz.id = 'delegation';
  quiz.title = 'How well do you delegate?';
  return quiz;
})();
const COACH_FILE = 'Delegation.quiz.json';
const COACH_NAME = 'delegation';
const COACH_SHEET = COACH_QUIZ.questions.map((_, i) => [4, 2, 5, 3, 1][i % 5]).join('');

/**
 * A page of someone logged in to the blog through its login form. WordPress's
 * own screens are not under test here: their findings are recorded, not failed
 * on (readers' pages, with the quiz, are checked in full).
 */
async function logIn(t, user, options = {}) {
  const page = await t.newPage({ allowOrigins: [t.origin], collectOnly: true, ...options });
  await page.goto(`${WP}/wp-login.php`);
  // The login page's own script focuses a field 200 ms after load, and may
  // empty the password field as it does: fill the form after that.
  await page.waitForFunction(() => ['user_login', 'user_pass'].includes(document.activeElement?.id));
  // By the form's ids: the last test turns the blog German.
  await page.locator('#user_login').fill(user);
  await page.locator('#user_pass').fill(PASSWORDS[user]);
  await page.locator('#wp-submit').click();
  await page.waitForURL(/\/wp-admin\//).catch(async (err) => {
    const error = await page.locator('#login_error').innerText().catch(() => '');
    throw new Error(`${user} could not log in at ${page.url()}: ${error || err.message}`);
  });
  return page;
}

/**
 * Publishes a post as the logged-in user through WordPress's REST API, as
 * the block editor saves (WordPress filters it by the user's role); returns
 * `{ id, link, raw }`, `raw` being the content as WordPress kept it.
 */
async function publish(page, title, content) {
  const nonce = await (await page.request.get(`${WP}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  const headers = { 'X-WP-Nonce': nonce };
  const created = await page.request.post(`${WP}/?rest_route=/wp/v2/posts`, { headers, data: { title, content, status: 'publish' } });
  if (!created.ok()) throw new Error(`publishing "${title}" failed: ${created.status()} ${await created.text()}`);
  const { id, link } = await created.json();
  const kept = await (await page.request.get(`${WP}/?rest_route=/wp/v2/posts/${id}&context=edit`, { headers })).json();
  return { id, link, raw: kept.content.raw };
}

const shortcodeBlock = (shortcode) => `<!-- wp:shortcode -->\n${shortcode}\n<!-- /wp:shortcode -->`;
const htmlBlock = (html) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;

/** A reader's page (logged out) on the post. */
async function readPost(t, link, options = DESKTOP) {
  const page = await t.newPage({ allowOrigins: [t.origin], ...options });
  await page.goto(link);
  return page;
}

/**
 * Opens the block editor at `address` (a new post, or a post to edit) and
 * waits for it and the Candor block; the welcome guide a first visit shows
 * is closed, as a person closes it, so the editor is not hidden behind it.
 */
async function openEditor(page, address) {
  await page.goto(address);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType('candor/quiz') && window.wp.data.select('core/editor').getCurrentPostId());
  const guide = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: /close/i }) });
  if (await page.evaluate(() => window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide'))) {
    await guide.first().waitFor();
    await page.keyboard.press('Escape');
    await guide.first().waitFor({ state: 'detached' });
  }
}

/** The plugin's zip, as Candor serves it next to the app. */
async function pluginZip(t) {
  const zip = await fetch(`${t.url}candor-wordpress.zip`);
  t.equal(zip.status, 200, 'Candor serves the plugin\'s zip next to the app');
  return Buffer.from(await zip.arrayBuffer());
}

/** Plugins → Add New → Upload Plugin, with `zip`; the page, on WordPress's answer. */
async function uploadPlugin(admin, zip) {
  await admin.goto(`${WP}/wp-admin/plugin-install.php?tab=upload`);
  await admin.locator('input[type=file][name=pluginzip]').setInputFiles({ name: 'candor-wordpress.zip', mimeType: 'application/zip', buffer: zip });
  await admin.getByRole('button', { name: 'Install Now' }).click();
}

/** Settings → Candor → Candor address, saved; the page after saving. */
async function setAddress(admin, address) {
  await admin.goto(SETTINGS);
  await admin.getByLabel('Candor address').fill(address);
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await admin.waitForLoadState();
  return admin;
}

/** The script elements of a page that load `embed.js`, by their addresses. */
function embedScripts(page) {
  return page.locator('script[src*="embed.js"]').evaluateAll((scripts) => scripts.map((s) => s.src));
}

/**
 * In Settings → Candor, gives the checker frame a quiz file as a person
 * would (its "Choose a file" picker); returns the frame, once it has a verdict.
 */
async function checkInSettings(page, name, text) {
  const frame = await embeddedApp(page, '#candor-checker');
  await frame.locator('.drop-zone input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await frame.locator('.verdict').filter({ hasText: name }).waitFor();
  return frame;
}

// Every other test needs the plugin: this one installs it, first.
test('wordpress: an Administrator installs the plugin from the zip Candor serves; a notice and the plugin row lead to its settings', async (t) => {
  const zip = await pluginZip(t);
  const names = readZip(zip).map((entry) => entry.name);
  t.assert(names.includes('candor/app/index.html') && names.includes('candor/app/embed.js') && names.includes('candor/app/.htaccess'), `the zip carries Candor in app/: ${names.filter((n) => n.startsWith('candor/app/')).slice(0, 8)}…`);
  const admin = await logIn(t, 'admin');
  await uploadPlugin(admin, zip);
  await admin.getByText('Plugin installed successfully.').waitFor({ timeout: 60_000 });
  await admin.getByRole('link', { name: 'Activate Plugin' }).click();
  await admin.getByText('Plugin activated.').waitFor();
  const row = admin.locator('tr[data-plugin="candor/candor.php"]');
  t.equal(await row.getAttribute('class').then((c) => c.split(' ').includes('active')), true, 'Candor is listed as active');
  const notice = admin.locator('.candor-activated');
  t.assert((await notice.innerText()).includes('add the Candor quiz block to a post'), `a notice says what to do next: ${await notice.innerText()}`);
  t.equal(await notice.getByRole('link', { name: 'Go to Settings → Candor' }).getAttribute('href'), SETTINGS, 'and leads to the settings');
  t.equal(await row.getByRole('link', { name: 'Settings', exact: true }).getAttribute('href'), SETTINGS, 'the plugin\'s row has a Settings link');
  await admin.reload();
  t.equal(await admin.locator('.candor-activated').count(), 0, 'the notice shows once');
}, { timeout: 90_000 });

test('wordpress: the plugin serves Candor from the blog: the wasm as application/wasm by its .htaccess, the page never cached long, the CSP intact', async (t) => {
  const page = await t.newPage({ allowOrigins: [t.origin] });
  await page.goto(BUNDLED);
  await page.locator('main h1').waitFor();
  const wasm = (await t.findings(page)).requests.filter((url) => url.startsWith(BUNDLED) && url.endsWith('_bg.wasm'));
  t.equal(wasm.length, 1, `the reader's module came from the plugin's folder: ${wasm}`);
  const response = await page.request.get(wasm[0]);
  t.equal(response.headers()['content-type'], 'application/wasm', 'served as application/wasm (the host\'s type list lacks it: the .htaccess gives it)');
  const index = await page.request.get(BUNDLED);
  t.equal(index.headers()['cache-control'], 'no-cache', 'the page must be looked at again on every visit');
  t.equal((await page.request.get(`${BUNDLED}sw.js`)).headers()['cache-control'], 'no-cache', 'and so must the offline worker');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  t.assert(csp.includes("connect-src 'self'") && !csp.includes('unsafe-inline'), `Candor's own CSP: ${csp}`);
  await startQuiz(page);
  await t.check(page);
});

test('wordpress: an Administrator\'s two-line embed works; an Author\'s is stripped by WordPress, and the editor says so and offers the block', async (t) => {
  const twoLines = `<div data-candor-embed data-src="${BUNDLED}" data-accent="1f4e79"></div>\n<script async src="${BUNDLED}embed.js"></script>`;
  const plainFrame = `<iframe src="${BUNDLED}?embed=1" title="Candor self-assessment" width="100%" height="900" style="display:block;width:100%;border:0"></iframe>`;

  const admin = await logIn(t, 'admin');
  const adminPost = await publish(admin, 'Embedded by the Administrator', htmlBlock(twoLines));
  t.assert(adminPost.raw.includes('<script async src='), `WordPress keeps an Administrator's script: ${adminPost.raw}`);
  const reader = await readPost(t, adminPost.link);
  const frame = await embeddedApp(reader, '[data-candor-embed]');
  await seeFrameFitsContent(reader, '[data-candor-embed]', frame);
  await admin.goto(adminPost.link);
  t.equal(await admin.locator('.candor-note').count(), 0, 'a snippet with its script gets no note');

  const author = await logIn(t, 'author');
  const authorPost = await publish(author, 'Embedded by an Author', htmlBlock(`${twoLines}\n${plainFrame}`));
  t.assert(!authorPost.raw.includes('<script'), `WordPress removes an Author's script: ${authorPost.raw}`);
  t.assert(!authorPost.raw.includes('<iframe'), `and an Author's frame: ${authorPost.raw}`);
  const nothing = await readPost(t, authorPost.link);
  await nothing.waitForTimeout(1000);
  t.equal(await nothing.locator('iframe').count(), 0, 'the reader of an Author\'s post gets no quiz at all');
  t.equal(await nothing.locator('.candor-note').count(), 0, 'and no note');
  await author.goto(authorPost.link);
  t.assert((await author.locator('.candor-note').innerText()).includes('Candor snippet without its script'), 'the post\'s author is told on the post');

  // In the editor: a notice, and the block in one click, with the snippet's options.
  await openEditor(author, `${WP}/wp-admin/post.php?post=${authorPost.id}&action=edit`);
  const notice = author.locator('.components-notice').filter({ hasText: 'Candor’s snippet' });
  await notice.waitFor();
  t.assert((await notice.innerText()).includes('readers would see nothing'), `the editor says what happens: ${await notice.innerText()}`);
  await notice.getByRole('button', { name: 'Use the Candor quiz block' }).click();
  const blocks = await author.evaluate(() => window.wp.data.select('core/block-editor').getBlocks().map((b) => ({ name: b.name, attributes: b.attributes })));
  const quiz = blocks.find((b) => b.name === 'candor/quiz');
  t.assert(quiz && quiz.attributes.accent === '1f4e79', `the snippet became the block, with its accent: ${JSON.stringify(blocks)}`);
  t.assert(!blocks.some((b) => b.name === 'core/html' && b.attributes.content.includes('data-candor-embed')), 'the snippet is gone');
  await notice.waitFor({ state: 'detached' });
  await author.evaluate(async () => {
    const { dispatch, select } = window.wp.data;
    await dispatch('core/editor').savePost();
    if (select('core/editor').didPostSaveRequestFail()) throw new Error('saving failed');
  });
  await embeddedApp(await readPost(t, authorPost.link), PLACEHOLDER);
}, { timeout: 90_000 });

test('wordpress: scripts come only from the plugin or the Administrator\'s address: not from a post, a synced pattern, a backslash address or another folder; refused addresses are printed escaped', async (t) => {
  const author = await logIn(t, 'author');
  const note = author.locator('.candor-note');
  // Out of the box: the plugin's own copy, on the blog's origin.
  const bare = await publish(author, 'The quiz, out of the box', shortcodeBlock('[candor]'));
  const reader = await readPost(t, bare.link);
  await embeddedApp(reader, PLACEHOLDER);
  t.equal(await embedScripts(reader), [`${BUNDLED}embed.js`], 'embed.js comes from the plugin\'s folder');
  const frameSrc = await reader.locator(`${PLACEHOLDER} iframe`).getAttribute('src');
  t.assert(frameSrc.startsWith(`${BUNDLED}?`), 'and so does the frame');
  // Result links lead back to the post by its permalink (a plain one is ?p=N,
  // which embed.js alone would leave out with the reader's query).
  t.equal(new URL(frameSrc).searchParams.get('result-page'), bare.link, 'result links lead to the post\'s permalink');

  // An Author's src, anywhere (another site, another folder of the blog), is not used.
  const elsewhere = 'http://127.0.0.1:9/candor/';
  const otherFolder = `${WP}/wp-content/uploads/`;
  for (const src of [elsewhere, otherFolder]) {
    const post = await publish(author, `src ${src}`, shortcodeBlock(`[candor src="${src}"]`));
    await author.goto(post.link);
    await embeddedApp(author, PLACEHOLDER);
    t.assert((await note.innerText()).includes(`src is not used: Candor is loaded from ${BUNDLED}`), `the Author is told: ${await note.innerText()}`);
    t.equal(await embedScripts(author), [`${BUNDLED}embed.js`], `${src}: only the plugin's embed.js is loaded`);
  }

  // A synced pattern written by an Author, shown in an Administrator's post.
  const nonce = await (await author.request.get(`${WP}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  const pattern = await author.request.post(`${WP}/?rest_route=/wp/v2/blocks`, {
    headers: { 'X-WP-Nonce': nonce },
    data: { title: 'A pattern', content: shortcodeBlock('[candor src="http://evil.example/"]'), status: 'publish' },
  });
  t.assert(pattern.ok(), `the Author saved a synced pattern: ${pattern.status()}`);
  const { id: patternId } = await pattern.json();
  const admin = await logIn(t, 'admin');
  const withPattern = await publish(admin, 'A post with the Author\'s pattern', `<!-- wp:block {"ref":${patternId}} /-->`);
  const patternReader = await readPost(t, withPattern.link);
  await embeddedApp(patternReader, PLACEHOLDER);
  t.equal(await embedScripts(patternReader), [`${BUNDLED}embed.js`], 'the pattern\'s src loads nothing');
  t.equal(await patternReader.locator('script[src*="evil.example"], iframe[src*="evil.example"]').count(), 0, 'nothing of evil.example is in the page');

  // The Administrator's address is strict: a backslash trick and markup are refused, and printed as text.
  const tricks = ['http://localhost:8184\\@127.0.0.1:8181/candor/', 'x<img src=x onerror=alert(1)>', 'javascript:alert(1)', `${t.url}?quiz=x.json`];
  for (const trick of tricks) {
    await setAddress(admin, trick);
    const error = admin.locator('.notice-error, .error').filter({ hasText: 'was not saved' });
    await error.waitFor();
    t.assert((await error.innerText()).includes(trick), `the refused address is shown as written: ${await error.innerText()}`);
    t.equal(await error.locator('img').count(), 0, 'as text, never as markup');
    t.equal(await admin.getByLabel('Candor address').inputValue(), '', `${trick}: not kept`);
  }
  await (await readPost(t, bare.link)).locator(`${PLACEHOLDER} iframe[src^="${BUNDLED}"]`).waitFor();

  // The Administrator may use a Candor on another site; then back to the plugin's own.
  await setAddress(admin, t.url);
  await admin.getByText('Settings saved.').waitFor();
  const external = await readPost(t, bare.link);
  await embeddedApp(external, PLACEHOLDER);
  t.equal(await embedScripts(external), [`${t.url}embed.js`], 'the Administrator\'s address is used');
  await setAddress(admin, '');
  await admin.getByText('Settings saved.').waitFor();

  const typo = await publish(author, 'A typo', shortcodeBlock(`[candor accnet="1f4e79"]`));
  await author.goto(typo.link);
  t.assert((await note.innerText()).includes('did you mean "accent"?'), `the nearest option is named: ${await note.innerText()}`);
  await embeddedApp(author, PLACEHOLDER);
  const typoReader = await readPost(t, typo.link);
  await embeddedApp(typoReader, PLACEHOLDER);
  t.equal(await typoReader.locator('.candor-note').count(), 0, 'the quiz shows for readers, without the note');

  // Without scripts (feeds, e-mail), the post still leads to the quiz.
  const feed = await (await author.request.get(`${WP}/?feed=rss2`)).text();
  t.assert(feed.includes('Take the self-assessment') && feed.includes(BUNDLED), 'the feed carries a link to the quiz');
}, { timeout: 120_000 });

test('wordpress: an Editor uploads a quiz file that Candor\'s checker found valid in Settings → Candor; an invalid one can\'t be saved', async (t) => {
  const editor = await logIn(t, 'editor');
  await editor.goto(`${WP}/wp-admin/`);
  await editor.goto(SETTINGS);
  t.equal(await editor.getByLabel('Candor address').count(), 0, 'where Candor comes from is the Administrator\'s: an Editor has no address field');
  const save = editor.locator('#candor-save');

  const broken = { ...COACH_QUIZ };
  delete broken.title;
  let frame = await checkInSettings(editor, 'broken.quiz.json', JSON.stringify(broken));
  t.assert((await frame.locator('.verdict').innerText()).includes('problem'), `the checker lists the problem: ${await frame.locator('.verdict').innerText()}`);
  t.equal(await save.isVisible(), false, 'a file with problems can\'t be saved');

  frame = await checkInSettings(editor, COACH_FILE, JSON.stringify(COACH_QUIZ, null, 2));
  await save.waitFor();
  t.equal(await save.locator('.candor-file-name').textContent(), COACH_FILE, 'the valid file is offered for saving, by its name');
  await save.getByRole('button', { name: 'Save this quiz file to the site' }).click();
  await editor.locator('.candor-message').filter({ hasText: `Saved "${COACH_NAME}"` }).waitFor();
  const row = editor.locator(`.candor-quizzes tr[data-quiz="${COACH_NAME}"]`);
  t.assert((await row.innerText()).includes(COACH_QUIZ.title), `listed with its title: ${await row.innerText()}`);
  t.assert((await row.innerText()).includes(`[candor quiz="${COACH_NAME}"]`), 'and its shortcode');
  const stored = await (await editor.request.get(`${WP}/wp-content/uploads/candor/${COACH_NAME}.quiz.json`)).json();
  t.equal(stored, COACH_QUIZ, 'the file is on the blog\'s origin, as checked');

  // The PHP side bounds what it is sent, whatever the page did.
  const form = await editor.locator('#candor-save input[name=_wpnonce]').inputValue();
  const forged = await editor.request.post(`${WP}/wp-admin/admin-post.php`, {
    form: { action: 'candor_save_quiz', _wpnonce: form, candor_quiz_name: 'x.quiz.json', candor_quiz_text: '[1, 2]' },
    maxRedirects: 0,
  });
  t.assert(forged.headers().location.includes('candor_error=type'), `not a JSON object: refused (${forged.headers().location})`);
  const big = await editor.request.post(`${WP}/wp-admin/admin-post.php`, {
    form: { action: 'candor_save_quiz', _wpnonce: form, candor_quiz_name: 'big.quiz.json', candor_quiz_text: `{"x":"${'a'.repeat(270_000)}"}` },
    maxRedirects: 0,
  });
  t.assert(big.headers().location.includes('candor_error=size'), `over 256 KB: refused (${big.headers().location})`);
  t.equal((await editor.request.get(`${WP}/wp-content/uploads/candor/x.quiz.json`)).status(), 404, 'and nothing refused is kept');

  const author = await logIn(t, 'author');
  await author.goto(SETTINGS);
  t.assert((await author.content()).includes('not allowed') || author.url() !== SETTINGS, 'an Author can\'t upload quiz files');
}, { timeout: 90_000 });

// An Author's post with the quiz file the Editor uploaded: as a block on a desktop and a phone, as a shortcode on a desktop.
for (const [device, options, form] of [['desktop', DESKTOP, 'block'], ['phone', PHONE, 'block'], ['desktop', DESKTOP, 'shortcode']]) {
  test(`wordpress: an Author's ${form} shows the uploaded quiz with its options, sized to its content, through to the call to action (${device})`, async (t) => {
    const booking = `${WP}/?page_id=2`; // WordPress's sample page stands in for the coach's booking page.
    const settings = { quiz: COACH_NAME, accent: '1f4e79', brand: 'Clear "Talk"', cta: `${booking}&r={code}`, ctaLabel: 'Book a call' };
    // What Candor's builder writes: values with entities for what a shortcode can't hold.
    const content = form === 'block'
      ? `<!-- wp:candor/quiz ${JSON.stringify(settings)} /-->`
      : shortcodeBlock(`[candor quiz="${COACH_NAME}" accent="1f4e79" brand="Clear &quot;Talk&quot;" cta="${booking}&amp;r={code}" cta-label="Book a call"]`);
    const author = await logIn(t, 'author');
    const post = await publish(author, `The coach's quiz, a ${form} on a ${device}`, content);
    t.assert(post.raw.includes(COACH_NAME), `WordPress keeps an Author's ${form}: ${post.raw}`);

    const page = await readPost(t, post.link, options);
    const frame = await embeddedApp(page, PLACEHOLDER);
    t.equal(await page.locator('.candor-note').count(), 0, 'no notes for a reader');
    t.assert((await page.locator(`${PLACEHOLDER} iframe`).getAttribute('src')).startsWith(BUNDLED), 'Candor comes from the plugin, on the blog\'s origin');
    t.equal(await frame.title(), 'Clear "Talk"', 'the brand names the quiz, its quotes restored');
    t.equal((await frame.locator('main h1').textContent()).trim(), COACH_QUIZ.title, 'the coach\'s quiz, from the uploaded file');
    await settle(frame);
    t.equal(await computedColor(frame, 'button.primary', 'backgroundColor'), [31, 78, 121, 1], 'the accent colors the Start button');
    const box = await page.locator(`${PLACEHOLDER} iframe`).evaluate((f) => {
      const style = getComputedStyle(f);
      return { display: style.display, width: f.getBoundingClientRect().width, column: f.parentElement.getBoundingClientRect().width };
    });
    t.equal(box.display, 'block', 'the frame is a block');
    t.assert(Math.abs(box.width - box.column) < 1 && box.width > 300, `the frame fills the post's column: ${JSON.stringify(box)}`);
    const first = await seeFrameFitsContent(page, PLACEHOLDER, frame);

    await startQuiz(frame);
    await answerSheetByClicking(frame, COACH_SHEET);
    await seeReport(frame);
    const report = await seeFrameFitsContent(page, PLACEHOLDER, frame);
    t.assert(report.frame > first.frame, `the frame grows with the report: ${first.frame} → ${report.frame} px`);
    const ctas = frame.getByRole('link', { name: 'Book a call', exact: true });
    t.equal(await ctas.count(), 2, 'the call to action, after the next steps and at the end');
    const [popup] = await Promise.all([page.waitForEvent('popup'), ctas.first().click()]);
    await popup.waitForLoadState();
    const reached = new URL(popup.url());
    t.equal(reached.searchParams.get('page_id'), '2', 'the coach\'s page on the blog opens');
    const code = reached.searchParams.get('r') ?? '';
    t.assert(/^C1[A-Za-z0-9_-]+$/.test(code), `with the reader's code: ${popup.url()}`);
    await popup.close();

    // The result link leads back to this post, which shows the result in its frame.
    const link = await shareLink(frame);
    t.equal(link, `${post.link}#candor-r=${code}`, 'the result link is the post\'s address with the code');
    const friend = await readPost(t, link, options);
    const shown = await seeSharedResult(await embeddedApp(friend, PLACEHOLDER));
    t.assert(shown.archetype.length > 0, `the post opens with the shared result: ${shown.archetype}`);

    if (form !== 'shortcode') return;
    // A name no uploaded file has shows nothing to readers, and says why to the author.
    const missing = await publish(author, 'A quiz that is not there', shortcodeBlock('[candor quiz="nowhere"]'));
    await author.goto(missing.link);
    t.assert((await author.locator('.candor-note').innerText()).includes(`no quiz file "nowhere" on this site`), 'the author is told');
    t.assert((await author.locator('.candor-note').innerText()).includes(COACH_NAME), 'with the names there are');
    const nobody = await readPost(t, missing.link, options);
    await nobody.waitForTimeout(500);
    t.equal(await nobody.locator('iframe, .candor-note').count(), 0, 'a reader gets neither the wrong quiz nor a note');
  }, { timeout: 120_000 });
}

test('wordpress: an Author\'s Candor block, inserted and saved in the block editor, shows the quiz with its settings', async (t) => {
  const author = await logIn(t, 'author');
  await openEditor(author, `${WP}/wp-admin/post-new.php`);
  const clientId = await author.evaluate(() => {
    const block = window.wp.blocks.createBlock('candor/quiz', { theme: 'dark', lang: 'de', align: 'wide' });
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    return block.clientId;
  });
  // The block shows its own form and a preview of the quiz in the editor.
  const inEditor = author.locator(`[data-block="${clientId}"]`);
  await inEditor.getByText('Candor quiz', { exact: true }).waitFor();
  t.equal(await inEditor.getByLabel('Candor address').count(), 0, 'where Candor comes from is not the post\'s to choose');
  const which = inEditor.getByLabel('Which quiz');
  t.equal(await which.locator('option').allTextContents(), ['Candor’s own quiz', `${COACH_QUIZ.title} (${COACH_NAME})`], 'the quiz is chosen from the files uploaded');
  const preview = await (await inEditor.locator('iframe').elementHandle()).contentFrame();
  await preview.waitForFunction(() => /\S/.test(document.querySelector('main h1')?.textContent ?? ''));
  t.equal(await preview.locator('html').getAttribute('lang'), 'de', 'the preview of Candor\'s own quiz follows the block\'s language');
  await which.selectOption(COACH_NAME);
  const chosen = await (await inEditor.locator('iframe').elementHandle()).contentFrame();
  await chosen.waitForFunction((title) => document.querySelector('main h1')?.textContent?.trim() === title, COACH_QUIZ.title);
  t.equal(await chosen.locator('html').getAttribute('lang'), 'en', 'the chosen quiz file shows in its own language, English');

  await author.evaluate(async () => {
    const { dispatch, select } = window.wp.data;
    dispatch('core/editor').editPost({ title: 'The quiz as a block', status: 'publish' });
    await dispatch('core/editor').savePost();
    if (select('core/editor').didPostSaveRequestFail()) throw new Error('saving failed');
  });
  const link = await author.evaluate(() => window.wp.data.select('core/editor').getPermalink());
  const page = await readPost(t, link);
  const frame = await embeddedApp(page, PLACEHOLDER);
  t.equal((await frame.locator('main h1').textContent()).trim(), COACH_QUIZ.title, 'the reader gets the block\'s quiz');
  t.equal(await frame.locator('html').getAttribute('lang'), 'en', 'in the quiz file\'s language');
  t.assert((await page.locator(PLACEHOLDER).getAttribute('class')).split(' ').includes('alignwide'), 'and its alignment');
  await author.goto(link);
  await embeddedApp(author, PLACEHOLDER);
  t.equal(await author.locator('.candor-note').count(), 0, 'the block\'s own settings (alignment) are no notes for its author');
  t.equal(await frame.evaluate(() => document.documentElement.dataset.theme ?? getComputedStyle(document.documentElement).colorScheme), 'dark', 'and its theme');
  await seeFrameFitsContent(page, PLACEHOLDER, frame);
});

test('wordpress: uploading a newer plugin replaces the build it carries: no file of the old build is left, the uploaded quiz files stay', async (t) => {
  // The next version, as its zip would be: a build without one of today's files, with one of its own.
  const dropped = 'candor/app/onboarding-readiness.quiz.json';
  const added = 'candor/app/only-in-the-next-build.txt';
  const entries = readZip(await pluginZip(t))
    .filter((entry) => entry.name !== dropped)
    .map((entry) => ({ name: entry.name, folder: entry.name.endsWith('/'), data: entry.name === 'candor/candor.php' ? Buffer.from(entry.data.toString('utf8').replace(/^( \* Version:\s+).*$/m, '$19.9.9')) : entry.data }));
  entries.push({ name: added, folder: false, data: Buffer.from('next build\n') });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const next = zipEntries(entries, { top: null });

  const admin = await logIn(t, 'admin');
  t.equal((await admin.request.get(`${WP}/wp-content/plugins/${dropped}`)).status(), 200, 'today\'s build has the file');
  await uploadPlugin(admin, next);
  await admin.getByText('This plugin is already installed.').waitFor({ timeout: 60_000 });
  await admin.getByRole('link', { name: 'Replace current with uploaded' }).click();
  await admin.getByText('Plugin updated successfully.').waitFor({ timeout: 60_000 });
  t.equal((await admin.request.get(`${WP}/wp-content/plugins/${dropped}`)).status(), 404, 'the old build\'s file is gone');
  t.equal((await admin.request.get(`${WP}/wp-content/plugins/${added}`)).status(), 200, 'the new build\'s file is there');
  await admin.goto(`${WP}/wp-admin/plugins.php`);
  const row = admin.locator('tr[data-plugin="candor/candor.php"]');
  t.assert((await row.innerText()).includes('9.9.9'), `the new version is installed: ${await row.innerText()}`);
  t.assert((await row.getAttribute('class')).split(' ').includes('active'), 'and still active');
  t.equal((await admin.request.get(`${WP}/wp-content/uploads/candor/${COACH_NAME}.quiz.json`)).status(), 200, 'the uploaded quiz file stays');
  const post = await publish(admin, 'After the update', shortcodeBlock(`[candor quiz="${COACH_NAME}"]`));
  const frame = await embeddedApp(await readPost(t, post.link), PLACEHOLDER);
  t.equal((await frame.locator('main h1').textContent()).trim(), COACH_QUIZ.title, 'posts show the quiz as before');
}, { timeout: 120_000 });

// Last: it turns the whole blog German.
test('wordpress: in a German blog, the notes, the block and the settings speak German', async (t) => {
  const admin = await logIn(t, 'admin');
  await admin.goto(`${WP}/wp-admin/options-general.php`);
  await admin.getByLabel('Site Language').selectOption('de_DE');
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await admin.getByText('Einstellungen gespeichert.').waitFor();
  await admin.goto(SETTINGS);
  t.equal(await admin.getByLabel('Candor-Adresse').inputValue(), '', 'Settings → Candor names the address in German');
  t.assert(await admin.getByText('Leer lassen, um die Candor-Kopie zu nehmen').isVisible(), 'and explains it in German');
  const checker = await embeddedApp(admin, '#candor-checker');
  t.equal(await checker.locator('html').getAttribute('lang'), 'de', 'the checker speaks the blog\'s language');

  const author = await logIn(t, 'author');
  const typo = await publish(author, 'Ein Tippfehler', shortcodeBlock('[candor accnet="1f4e79"]'));
  await author.goto(typo.link);
  const note = await author.locator('.candor-note').innerText();
  t.assert(note.includes('Candor hat keine Option „accnet“; meintest du „accent“?'), `the note is German: ${note}`);
  t.assert(note.includes('das sehen nur Personen, die diesen Beitrag bearbeiten können'), `all of it: ${note}`);
  const reader = await readPost(t, typo.link);
  await embeddedApp(reader, PLACEHOLDER);
  const feed = await (await author.request.get(`${WP}/?feed=rss2`)).text();
  t.assert(feed.includes('Zur Selbsteinschätzung'), 'the feed\'s link is German');

  await openEditor(author, `${WP}/wp-admin/post-new.php`);
  t.equal(await author.evaluate(() => window.wp.blocks.getBlockType('candor/quiz').title), 'Candor-Quiz', 'the block\'s name is German');
  const clientId = await author.evaluate(() => {
    const block = window.wp.blocks.createBlock('candor/quiz', {});
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    return block.clientId;
  });
  const inEditor = author.locator(`[data-block="${clientId}"]`);
  await inEditor.getByText('Candor-Quiz', { exact: true }).waitFor();
  t.assert(await inEditor.getByLabel('Welches Quiz').isVisible(), 'and its fields');
});
