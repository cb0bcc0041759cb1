// The monkey: clicks, keys and address changes at random on the release
// build, looking for a panic ("Something went wrong"), an uncaught error or a
// console error (the harness fails the test on the last two). Above all it
// hunts callbacks that outlive their screen (a frame, a timeout, a listener
// reading a signal after the screen was disposed), so some steps click and
// leave the screen in the same task, as a quick hand or a slow device does.
//
// The seed is printed; `CANDOR_MONKEY_SEED=<n>` replays a run, and
// `CANDOR_MONKEY_STEPS=<n>` (600) and `CANDOR_MONKEY_SECONDS=<s>` (55) make
// it longer.
import { test } from './harness.mjs';
import { encodeCode, loadQuiz, randomSheets } from './oracle.mjs';
import { allowClipboard, clickButton, openApp, seeButton, seeHeading } from './verbs.mjs';

const CRASH = 'Something went wrong';

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Waits two animation frames, so work a step scheduled for "the next frame" has run. */
function nextFrames(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Whether the error screen is showing. */
function crashed(page) {
  return page.evaluate((title) => [...document.querySelectorAll('h1')].some((h) => h.textContent === title), CRASH);
}

/**
 * Sets the address and lets the app hear of it now, in this task: the
 * browser's own `hashchange` comes as a later task, which may or may not be
 * before the next frame; this makes "before" certain. (The app ignores the
 * browser's event for a route it already shows.)
 */
const LEAVE_AT_ONCE = `window.leaveAtOnce = function (hash) {
  const from = location.href;
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: from, newURL: location.href }));
}`;

/**
 * Clicks the visible, enabled button or same-page link at `pick` (0..1) of
 * the list, then, when `leave` is given, sets the address to it in the same
 * task (before any frame or timeout the click scheduled can run). Returns
 * what was clicked, for the log. Links that leave the app (another origin,
 * a new window, mail) are never clicked.
 */
function clickAtRandom(page, pick, leave) {
  return page.evaluate(
    ({ pick, leave }) => {
      const visible = (el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !el.closest('[inert], [hidden]');
      };
      const sameApp = (a) => {
        const href = a.getAttribute('href');
        if (!href || a.target || a.hasAttribute('download')) return false;
        const url = new URL(href, location.href);
        return url.origin === location.origin && url.pathname === location.pathname;
      };
      const targets = [...document.querySelectorAll('button, a[href]')].filter(
        (el) => visible(el) && !el.disabled && (el.tagName === 'BUTTON' || sameApp(el)),
      );
      if (targets.length === 0) return '(nothing to click)';
      const el = targets[Math.floor(pick * targets.length)];
      const what = `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
      el.click();
      if (leave !== null) leaveAtOnce(leave);
      return what;
    },
    { pick, leave },
  );
}

/** The addresses the monkey types: every screen, good and bad links. */
function addresses() {
  const quiz = loadQuiz();
  const [a, b, c] = randomSheets(quiz, 3, 7).map((sheet, i) => encodeCode(quiz, sheet, ['Ana', 'Bo דני 1 2', ''][i]));
  const n = quiz.questions.length;
  return [
    '#/', '#/about', '#/report', '#/q/1', '#/q/2', `#/q/${n}`, '#/q/0', '#/q/9999',
    '#/team', '#/builder', '#/check', '#/embed',
    `#r=${a}`, `#r=${b}`, '#r=C1damaged', `#t=${a}~${b}~${c}`, `#t=${c}`, '#t=nonsense', '#/nowhere',
  ];
}

const KEYS = ['1', '2', '3', '4', '5', '0', 'Backspace', 'ArrowLeft', 'ArrowRight', 'Tab', 'Shift+Tab', 'Enter', ' ', 'Escape', 'Home', 'End', 'PageDown'];

async function monkey(t, { seed, steps, budgetMs }) {
  const page = await openApp(t);
  await allowClipboard(page, t.origin);
  // Printing and dialogs must not stop the run: print is a no-op, every
  // `confirm`/`alert` is answered at once.
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.addInitScript(LEAVE_AT_ONCE);
  await page.evaluate(LEAVE_AT_ONCE);
  page.on('dialog', (dialog) => dialog.accept().catch(() => {}));
  page.on('filechooser', () => {});
  await seeButton(page, 'Start');

  const random = prng(seed);
  const choose = (list) => list[Math.floor(random() * list.length)];
  const places = addresses();
  const log = [];
  let firstError = null;
  page.on('pageerror', (error) => {
    firstError ??= { step: log.length, message: String(error.message).slice(0, 300) };
  });
  page.on('console', (message) => {
    if (message.type() === 'error') firstError ??= { step: log.length, message: message.text().slice(0, 300) };
  });

  const started = Date.now();
  let step = 0;
  for (; step < steps && Date.now() - started < budgetMs; step++) {
    const roll = random();
    let did;
    if (roll < 0.35) {
      did = `click ${await clickAtRandom(page, random(), null)}`;
    } else if (roll < 0.6) {
      const to = choose(places);
      did = `click ${await clickAtRandom(page, random(), to)}, then at once ${to}`;
    } else if (roll < 0.7) {
      const to = choose(places);
      await page.evaluate((hash) => {
        location.hash = hash;
      }, to);
      did = `address ${to}`;
    } else if (roll < 0.73) {
      did = await page.evaluate((pick) => {
        const selects = [...document.querySelectorAll('select')].filter((el) => el.offsetParent !== null && !el.disabled);
        if (selects.length === 0) return 'choose (no list)';
        const select = selects[Math.floor(pick * selects.length)];
        select.selectedIndex = Math.floor(((pick * 7919) % 1) * select.options.length);
        select.dispatchEvent(new Event('change', { bubbles: true }));
        select.dispatchEvent(new Event('input', { bubbles: true }));
        return `choose "${select.value}" in #${select.id}`;
      }, random());
    } else if (roll < 0.83) {
      // Back and Forward within the app only (the entry before the app's
      // first is the blank page the test started from).
      const by = roll < 0.78 ? -1 : 1;
      const moved = await page.evaluate((by) => {
        const to = navigation.entries()[navigation.currentEntry.index + by];
        if (!to || !to.url.startsWith(location.href.split('#')[0])) return false;
        if (by < 0) history.back();
        else history.forward();
        return true;
      }, by);
      did = `${by < 0 ? 'back' : 'forward'}${moved ? '' : ' (nowhere to go)'}`;
    } else {
      const key = choose(KEYS);
      // No typing into text fields: a random address in the builder's quiz
      // field would make the preview fetch a file that is not there.
      const inField = await page.evaluate(() => /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName ?? ''));
      const pressed = inField && !['Tab', 'Shift+Tab', 'Escape'].includes(key) ? 'Tab' : key;
      await page.keyboard.press(pressed);
      did = `key ${pressed}`;
    }
    log.push(did);
    await nextFrames(page).catch(async () => {
      // A step that reloads the page (Reload after an update) ends the
      // frame's context: wait for the page again.
      await page.waitForLoadState('load');
    });
    // Back from the first entry could leave the app: come back to it.
    if (!page.url().startsWith(t.url)) {
      await page.goto(t.url);
      log.push(`(left the app: reopened ${t.url})`);
    }
    if (firstError || (await crashed(page))) break;
  }
  await page.waitForTimeout(300);
  const fell = firstError || ((await crashed(page)) && { step: log.length, message: CRASH });
  const recent = log.slice(-15).map((line, i) => `  ${log.length - Math.min(15, log.length) + i + 1}. ${line}`).join('\n');
  t.assert(!fell, `the monkey (seed ${seed}) broke the app at step ${fell?.step}: ${fell?.message}\nlast steps:\n${recent}`);
  return step;
}

test(
  'monkey: a few hundred random clicks, keys and address changes never crash the app',
  async (t) => {
    const seed = Number(process.env.CANDOR_MONKEY_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const steps = Number(process.env.CANDOR_MONKEY_STEPS ?? 600);
    const seconds = Number(process.env.CANDOR_MONKEY_SECONDS ?? 55);
    console.log(`    monkey seed ${seed} (replay: CANDOR_MONKEY_SEED=${seed})`);
    const done = await monkey(t, { seed, steps, budgetMs: seconds * 1000 });
    console.log(`    monkey: ${done} steps`);
    t.assert(done >= 100, `only ${done} steps in the time`);
  },
  { timeout: (Number(process.env.CANDOR_MONKEY_SECONDS ?? 55) + 65) * 1000 },
);

// What the monkey first found: "Forget my data" (and its confirm) focus the
// next step in the next frame, which came after the screen was gone.
for (const confirm of [false, true]) {
  test(`monkey: leaving About at once after ${confirm ? 'confirming ' : ''}"Forget my data" shows no error screen`, async (t) => {
    const page = await openApp(t, '#/about');
    await seeHeading(page, 'About Candor');
    await page.evaluate(LEAVE_AT_ONCE);
    if (confirm) await clickButton(page, 'Forget my data');
    const label = confirm ? 'Delete everything' : 'Forget my data';
    await page.evaluate((label) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
      button.click();
      leaveAtOnce('#/');
    }, label);
    await seeButton(page, 'Start');
    await nextFrames(page);
    await page.waitForTimeout(200);
    t.assert(!(await crashed(page)), 'no error screen');
    const { pageErrors, consoleErrors } = await t.findings(page);
    t.equal([...pageErrors, ...consoleErrors], [], 'no errors');
  });
}

// The team view's "Copy team link", refused by the clipboard, selects the
// link in a field in the next frame: leaving at once must be safe too.
test('monkey: leaving the team view at once after a refused "Copy team link" shows no error screen', async (t) => {
  const quiz = loadQuiz();
  const codes = randomSheets(quiz, 2, 3).map((sheet) => encodeCode(quiz, sheet, ''));
  const page = await openApp(t, `#t=${codes.join('~')}`);
  await seeHeading(page, 'Compare as a team');
  await page.evaluate(LEAVE_AT_ONCE);
  // No clipboard: the copy is refused and the link is shown to select.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    document.execCommand = () => false;
  });
  await page.evaluate(async () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Copy team link');
    button.click();
    // The refusal arrives after a microtask or two: leave right then.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    leaveAtOnce('#/about');
  });
  await seeHeading(page, 'About Candor');
  await nextFrames(page);
  await page.waitForTimeout(200);
  t.assert(!(await crashed(page)), 'no error screen');
  const { pageErrors, consoleErrors } = await t.findings(page);
  t.equal([...pageErrors, ...consoleErrors], [], 'no errors');
});

