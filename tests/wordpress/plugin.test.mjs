// Candor in a real WordPress 6.1 (Debian's package, default theme), as the
// people who write its posts use it: an Administrator's two-line embed works,
// an Author's is removed by WordPress, and the plugin's shortcode and block
// work for an Author, on desktop and phone, once an Administrator has
// uploaded the plugin's zip from Candor. The blog is on localhost, the app
// on 127.0.0.1: another site, as a coach's blog and their Candor are.
import { test } from '../browser/harness.mjs';
import { loadQuiz } from '../browser/oracle.mjs';
import { answerSheetByClicking, computedColor, embeddedApp, seeFrameFitsContent, seeReport, seeSharedResult, settle, shareLink, startQuiz } from '../browser/verbs.mjs';

const WP = process.env.CANDOR_WP_URL;
const PASSWORDS = { admin: process.env.CANDOR_WP_ADMIN, author: process.env.CANDOR_WP_AUTHOR };
const PLACEHOLDER = '.wp-block-candor-quiz';
const quiz = loadQuiz();
const SHEET = quiz.questions.map((_, i) => [4, 2, 5, 3, 1][i % 5]).join('');
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

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

// Every other test needs the plugin: this one installs it, first.
test('wordpress: an Administrator installs the plugin from the zip Candor serves, through Plugins → Add New → Upload Plugin', async (t) => {
  const zip = await fetch(`${t.url}candor-wordpress.zip`);
  t.equal(zip.status, 200, 'Candor serves the plugin\'s zip next to the app');
  const admin = await logIn(t, 'admin');
  await admin.goto(`${WP}/wp-admin/plugin-install.php?tab=upload`);
  await admin.locator('input[type=file][name=pluginzip]').setInputFiles({
    name: 'candor-wordpress.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(await zip.arrayBuffer()),
  });
  await admin.getByRole('button', { name: 'Install Now' }).click();
  await admin.getByText('Plugin installed successfully.').waitFor({ timeout: 30_000 });
  await admin.getByRole('link', { name: 'Activate Plugin' }).click();
  await admin.getByText('Plugin activated.').waitFor();
  const row = admin.locator('tr[data-plugin="candor/candor.php"]');
  t.equal(await row.getAttribute('class').then((c) => c.split(' ').includes('active')), true, 'Candor is listed as active');
}, { timeout: 60_000 });

test('wordpress: an Administrator\'s two-line embed works; an Author\'s is removed by WordPress, with no frame left', async (t) => {
  const twoLines = `<div data-candor-embed data-src="${t.url}"></div>\n<script async src="${t.url}embed.js"></script>`;
  const plainFrame = `<iframe src="${t.url}?embed=1" title="Candor self-assessment" width="100%" height="900" style="display:block;width:100%;border:0"></iframe>`;

  const admin = await logIn(t, 'admin');
  const adminPost = await publish(admin, 'Embedded by the Administrator', htmlBlock(twoLines));
  t.assert(adminPost.raw.includes('<script async src='), `WordPress keeps an Administrator's script: ${adminPost.raw}`);
  const reader = await readPost(t, adminPost.link);
  const frame = await embeddedApp(reader, '[data-candor-embed]');
  await seeFrameFitsContent(reader, '[data-candor-embed]', frame);

  const author = await logIn(t, 'author');
  const authorPost = await publish(author, 'Embedded by an Author', htmlBlock(`${twoLines}\n${plainFrame}`));
  t.assert(!authorPost.raw.includes('<script'), `WordPress removes an Author's script: ${authorPost.raw}`);
  t.assert(!authorPost.raw.includes('<iframe'), `and an Author's frame: ${authorPost.raw}`);
  const nothing = await readPost(t, authorPost.link);
  await nothing.waitForTimeout(1000);
  t.equal(await nothing.locator('iframe').count(), 0, 'the reader of an Author\'s post gets no quiz at all');
});

// The tests below use the address the Administrator set here.
test('wordpress: the address is the Administrator\'s to choose; a missing one, a foreign src and a misspelt attribute are pointed out to the post\'s author, never to readers', async (t) => {
  const author = await logIn(t, 'author');
  const note = author.locator('.candor-note');
  const bare = await publish(author, 'No address yet', shortcodeBlock('[candor]'));
  await author.goto(bare.link);
  await note.waitFor();
  t.assert((await note.innerText()).includes('Settings → Writing → Candor address'), `the author is told where it is set: ${await note.innerText()}`);
  const reader = await readPost(t, bare.link);
  t.equal(await reader.locator('.candor-note, iframe').count(), 0, 'the reader sees neither a note nor a frame');

  // An Author's src would load a script into the blog: not before an Administrator chose the address.
  const own = await publish(author, 'My own address', shortcodeBlock(`[candor src="${t.url}"]`));
  await author.goto(own.link);
  t.assert((await note.innerText()).includes('Only an Administrator can choose where Candor is loaded from'), `an Author can't choose the address: ${await note.innerText()}`);
  t.equal(await author.locator(`script[src^="${t.origin}"]`).count(), 0, 'and no script of it is loaded');

  // The Administrator sets the address once, in Settings → Writing.
  const admin = await logIn(t, 'admin');
  await admin.goto(`${WP}/wp-admin/options-writing.php`);
  await admin.getByLabel('Candor address').fill('javascript:alert(1)');
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await admin.getByText('is not an http:// or https:// address').waitFor();
  t.equal(await admin.getByLabel('Candor address').inputValue(), '', 'an invalid address is refused and not kept');
  await admin.getByLabel('Candor address').fill(t.url);
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await admin.getByText('Settings saved.').waitFor();
  await embeddedApp(await readPost(t, bare.link), PLACEHOLDER);
  await embeddedApp(await readPost(t, own.link), PLACEHOLDER);

  // Another origin stays refused for an Author, and is the Administrator's to use.
  const elsewhere = 'http://127.0.0.1:9/candor/';
  const foreign = await publish(author, 'Another origin', shortcodeBlock(`[candor src="${elsewhere}"]`));
  await author.goto(foreign.link);
  t.assert((await note.innerText()).includes(`src must be on this site's Candor address, ${t.url}`), `the Author is told which origin: ${await note.innerText()}`);
  t.equal(await author.locator('script[src^="http://127.0.0.1:9/"], iframe').count(), 0, 'nothing of the other origin is loaded');
  const adminsOwn = await publish(admin, 'The Administrator\'s other origin', shortcodeBlock(`[candor src="${elsewhere}"]`));
  t.equal(
    await (await admin.request.get(adminsOwn.link)).text().then((html) => html.includes(`src='${elsewhere}embed.js`) || html.includes(`src="${elsewhere}embed.js`)),
    true,
    'an Administrator, who may add scripts anyway, may use another origin',
  );

  const typo = await publish(author, 'A typo', shortcodeBlock(`[candor accnet="1f4e79"]`));
  await author.goto(typo.link);
  t.assert((await note.innerText()).includes('did you mean "accent"?'), `the nearest option is named: ${await note.innerText()}`);
  await embeddedApp(author, PLACEHOLDER);
  const typoReader = await readPost(t, typo.link);
  await embeddedApp(typoReader, PLACEHOLDER);
  t.equal(await typoReader.locator('.candor-note').count(), 0, 'the quiz shows for readers, without the note');

  // Without scripts (feeds, e-mail), the post still leads to the quiz.
  const feed = await (await author.request.get(`${WP}/?feed=rss2`)).text();
  t.assert(feed.includes('Take the self-assessment'), 'the feed carries a link to the quiz');
});

for (const [device, options] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`wordpress: an Author's [candor] shortcode shows the quiz with its options, sized to its content, through to the call to action (${device})`, async (t) => {
    const booking = `${WP}/?page_id=2`; // WordPress's sample page stands in for the coach's booking page.
    // What Candor's builder writes: values with entities for what a shortcode can't hold.
    const shortcode = `[candor src="${t.url}" accent="1f4e79" brand="Clear &quot;Talk&quot;" cta="${booking}&amp;r={code}" cta-label="Book a call"]`;
    const author = await logIn(t, 'author');
    const post = await publish(author, `The quiz on a ${device}`, shortcodeBlock(shortcode));
    t.assert(post.raw.includes('[candor src='), `WordPress keeps an Author's shortcode: ${post.raw}`);

    const page = await readPost(t, post.link, options);
    const frame = await embeddedApp(page, PLACEHOLDER);
    t.equal(await page.locator('.candor-note').count(), 0, 'no notes for a reader');
    t.equal(await frame.title(), 'Clear "Talk"', 'the brand names the quiz, its quotes restored');
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
    await answerSheetByClicking(frame, SHEET);
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
  }, { timeout: 90_000 });
}

test('wordpress: an Author\'s Candor block, inserted and saved in the block editor, shows the quiz with its settings', async (t) => {
  const author = await logIn(t, 'author');
  await author.goto(`${WP}/wp-admin/post-new.php`);
  await author.waitForFunction(() => window.wp?.blocks?.getBlockType('candor/quiz') && window.wp.data.select('core/editor').getCurrentPostId());
  const clientId = await author.evaluate((src) => {
    const block = window.wp.blocks.createBlock('candor/quiz', { src, theme: 'dark', lang: 'de', align: 'wide' });
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    return block.clientId;
  }, t.url);
  // The block shows its own form and a preview of the quiz in the editor.
  const inEditor = author.locator(`[data-block="${clientId}"]`);
  await inEditor.getByText('Candor quiz', { exact: true }).waitFor();
  t.equal(await inEditor.getByLabel('Candor address').inputValue(), t.url, 'the address is in the block');
  const preview = await (await inEditor.locator('iframe').elementHandle()).contentFrame();
  await preview.waitForFunction(() => /\S/.test(document.querySelector('main h1')?.textContent ?? ''));
  t.equal(await preview.locator('html').getAttribute('lang'), 'de', 'the preview follows the block\'s language');

  await author.evaluate(async () => {
    const { dispatch, select } = window.wp.data;
    dispatch('core/editor').editPost({ title: 'The quiz as a block', status: 'publish' });
    await dispatch('core/editor').savePost();
    if (select('core/editor').didPostSaveRequestFail()) throw new Error('saving failed');
  });
  const link = await author.evaluate(() => window.wp.data.select('core/editor').getPermalink());
  const page = await readPost(t, link);
  const frame = await embeddedApp(page, PLACEHOLDER);
  t.equal(await frame.locator('html').getAttribute('lang'), 'de', 'the reader gets the block\'s language');
  t.assert((await page.locator(PLACEHOLDER).getAttribute('class')).split(' ').includes('alignwide'), 'and its alignment');
  await author.goto(link);
  await embeddedApp(author, PLACEHOLDER);
  t.equal(await author.locator('.candor-note').count(), 0, 'the block\'s own settings (alignment) are no notes for its author');
  t.equal(await frame.evaluate(() => document.documentElement.dataset.theme ?? getComputedStyle(document.documentElement).colorScheme), 'dark', 'and its theme');
  await seeFrameFitsContent(page, PLACEHOLDER, frame);
});

// Last: it turns the whole blog German.
test('wordpress: in a German blog, the notes, the block and the settings speak German', async (t) => {
  const admin = await logIn(t, 'admin');
  await admin.goto(`${WP}/wp-admin/options-general.php`);
  await admin.getByLabel('Site Language').selectOption('de_DE');
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await admin.getByText('Einstellungen gespeichert.').waitFor();
  await admin.goto(`${WP}/wp-admin/options-writing.php`);
  t.equal(await admin.getByLabel('Candor-Adresse').inputValue(), t.url, 'Settings → Writing names the address in German');
  t.assert(await admin.getByText('Wo Candor veröffentlicht ist.').isVisible(), 'and explains it in German');

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

  await author.goto(`${WP}/wp-admin/post-new.php`);
  await author.waitForFunction(() => window.wp?.blocks?.getBlockType('candor/quiz') && window.wp.data.select('core/editor').getCurrentPostId());
  t.equal(await author.evaluate(() => window.wp.blocks.getBlockType('candor/quiz').title), 'Candor-Quiz', 'the block\'s name is German');
  const clientId = await author.evaluate(() => {
    const block = window.wp.blocks.createBlock('candor/quiz', {});
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    return block.clientId;
  });
  const inEditor = author.locator(`[data-block="${clientId}"]`);
  await inEditor.getByText('Candor-Quiz', { exact: true }).waitFor();
  t.assert(await inEditor.getByLabel('Deine Quizdatei (optional)').isVisible(), 'and its fields');
});
