// The benchmark: `node tests/bench/bench.mjs`. Serves the built app (dist/,
// or $CANDOR_DIST) under a sub-path, measures it in headless Chromium, prints
// the figures beside the product's budgets and writes bench-results.json.
// It measures and never gates: it exits non-zero only when a measurement
// could not be taken. To add a measurement, write a function that takes the
// environment and returns its part of the results, list it in MEASUREMENTS,
// and add its summary line to `summaryLines`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../browser/browser.mjs';
import { repoRoot, requireDist } from '../browser/dist.mjs';
import { startServer } from '../browser/server.mjs';
import { encodeCode, loadQuiz, randomSheets } from '../browser/oracle.mjs';

const RESULTS_FILE = path.join(repoRoot, 'bench-results.json');
const COLD_LOADS = 10;
const READY_TIMEOUT_MS = 15_000;
const TRANSITION_TIMEOUT_MS = 5_000;
// A fresh context has no progress, so this address is the first question.
const FIRST_QUESTION = '#/q/1';
// The team view: members, and how many times each way of opening it is timed.
const TEAM_MEMBERS = 200;
const TEAM_RUNS = 5;

// Lighthouse runs in a Chromium of its own (it drives the browser over a
// DevTools port, which Playwright's pipe doesn't give), offline: only the
// locally served build is loaded.
const CHROMIUM_PATH = process.env.CANDOR_CHROMIUM ?? '/usr/bin/chromium';
const LIGHTHOUSE_CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices'];

// From the product brief; shown for information only.
const BUDGETS = {
  transfer_gzip_bytes: 170_000,
  first_screen_median_ms: 300,
  first_question_median_ms: 300,
  answer_to_next_question_ms: 16,
  wasm_memory_bytes: 8 * 1024 * 1024,
  team_200_members_ms: 200,
  picture_card_ms: 150,
  picture_team_200_ms: 300,
  editor_typing_40_ms: 50,
};
// The quiz editor: statements in the quiz typed in, and keystrokes timed.
const EDITOR_STATEMENTS = 40;
const EDITOR_KEYSTROKES = 20;
// Pictures: how many times each is drawn (the first, which loads the tools'
// module on a reader's page, is not counted).
const PICTURE_RUNS = 5;
// A mid-range phone, simulated through the DevTools protocol: the CPU slowed
// 4×, a 150 ms round trip, 1.6 Mbit/s down and 750 kbit/s up (Lighthouse's
// mobile profile), cold loads of the gzip-served build.
const PHONE = { cpu: 4, latencyMs: 150, downBitsPerSecond: 1.6e6, upBitsPerSecond: 750e3, runs: 5 };
const PHONE_BUDGETS = { lcp_ms: 800, first_question_ms: 1300 };

const MEASUREMENTS = [
  measureTransfer,
  measureFirstScreen,
  measureWasmMemory,
  measureQuestionTransfer,
  measureFirstQuestion,
  measureFullRun,
  measureTeam200,
  measurePictures,
  measureEditor,
  measurePhone,
  measureLighthouse,
];

async function main() {
  const dist = requireDist();
  const app = await startServer({ root: dist });
  const browser = await launchBrowser();
  const results = { measured_at: new Date().toISOString(), browser: `Chromium ${browser.version()}`, url: app.url };
  const errors = [];
  try {
    // `node tests/bench/bench.mjs phone`: only the measurements whose name has `phone`.
    const only = (process.argv[2] ?? '').toLowerCase();
    for (const measure of MEASUREMENTS.filter(({ name }) => name.toLowerCase().includes(only))) {
      try {
        Object.assign(results, await measure({ browser, url: app.url, base: app.base }));
      } catch (err) {
        errors.push(`${measure.name}: ${err.message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
    await app.close();
  }

  results.budgets = { ...BUDGETS, phone: PHONE_BUDGETS };
  results.errors = errors;
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  printFileTable(results);
  console.log(['', 'Summary (budgets are for information; nothing here fails the run)', ...summaryLines(results), '', `written to ${path.relative(process.cwd(), RESULTS_FILE)}`].join('\n'));
  for (const error of errors) console.error(`could not measure: ${error}`);
  return errors.length === 0 ? 0 : 1;
}

// ---------------------------------------------------------------------------
// Measurements

/** Every file loaded before the first screen is interactive, raw and gzip -9. */
async function measureTransfer({ browser, url, base }) {
  return { transfer: await transferUntilReady(browser, url, base) };
}

/** Every file loaded, on a cold load of `#/q/1`, before the first question is interactive. */
async function measureQuestionTransfer({ browser, url, base }) {
  return { transfer_first_question: await transferUntilReady(browser, url, base, { path: FIRST_QUESTION, ready: 'question' }) };
}

/** Navigation start → first screen interactive, over several cold loads. */
async function measureFirstScreen({ browser, url }) {
  return { first_screen_ms: await coldLoadTimes(browser, url) };
}

/** Navigation start to `#/q/1` → its first radio button exists, over several cold loads. */
async function measureFirstQuestion({ browser, url }) {
  return { first_question_ms: await coldLoadTimes(browser, url, { path: FIRST_QUESTION, ready: 'question' }) };
}

/** Size of the wasm linear memory once the first screen is interactive. */
async function measureWasmMemory({ browser, url }) {
  const { wasmMemoryBytes } = await coldLoad(browser, url);
  if (wasmMemoryBytes === null) throw new Error('no TrunkApplicationStarted event carrying detail.wasm.memory');
  return { wasm_memory_bytes: wasmMemoryBytes };
}

/**
 * One whole quiz in one page: Start, then a number key on every question.
 * Each answer is timed from its keydown (a capturing listener on window,
 * registered before the app's) to the next question being in the DOM (its
 * "N+1 of T" count) and to the animation frame after that ("rendered"); the
 * last answer to the report's heading. Then the wasm memory, after it all.
 */
async function measureFullRun({ browser, url }) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(installProbes, 'start');
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__candorReady !== undefined, null, { timeout: READY_TIMEOUT_MS });
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForFunction(() => /^1 of \d+$/.test(document.querySelector('main.question p.count')?.textContent ?? ''), null, {
      timeout: READY_TIMEOUT_MS,
    });
    const total = Number((await page.locator('main.question p.count').textContent()).match(/of (\d+)$/)[1]);

    const inDom = [];
    const rendered = [];
    let last = null;
    for (let number = 1; number <= total; number += 1) {
      const key = String(((number - 1) % 5) + 1);
      const timing = await timeAnswer(page, key, number < total ? `${number + 1} of ${total}` : 'report');
      if (number < total) {
        inDom.push(timing.inDom);
        rendered.push(timing.rendered);
        await page.waitForFunction((hash) => location.hash === hash, `#/q/${number + 1}`, { timeout: TRANSITION_TIMEOUT_MS });
      } else {
        last = timing;
        await page.waitForFunction(() => location.hash === '#/report', null, { timeout: TRANSITION_TIMEOUT_MS });
      }
    }

    const wasmMemoryBytes = await page.evaluate(() => window.__candorWasmMemory?.buffer.byteLength ?? null);
    if (wasmMemoryBytes === null) throw new Error('no TrunkApplicationStarted event carrying detail.wasm.memory');
    return {
      answer_to_next_question_ms: { transitions: inDom.length, in_dom: stats(inDom), rendered: stats(rendered) },
      last_answer_to_report_ms: { in_dom: last.inDom, rendered: last.rendered },
      wasm_memory_after_run_bytes: wasmMemoryBytes,
    };
  } finally {
    await context.close();
  }
}

/**
 * The team view with 200 members, two ways, TEAM_RUNS times each, every time
 * in a fresh context: (1) cold, opening the team link `#t=c1~c2~…~c200`,
 * timed from navigation start to all 200 rows of "Scores by person" being in
 * the DOM (and to the animation frame after that), and also from the moment
 * the wasm file had arrived (so mostly decode, aggregate and render, plus
 * wasm compile); (2) pasting the 200 codes into "Links or codes" of an empty
 * team view, timed from the click on "Add to the team" (a capturing listener
 * on window, registered before the app's) to the rows in the DOM and the next
 * frame. The codes are 200 distinct valid ones made by the tests' codec
 * (random answer sheets, every other one with a name). Then the wasm memory.
 */
async function measureTeam200({ browser, url }) {
  const quiz = loadQuiz();
  const codes = randomSheets(quiz, TEAM_MEMBERS, 200).map((sheet, i) => encodeCode(quiz, sheet, i % 2 ? `Person ${i + 1}` : ''));
  const cold = { in_dom: [], rendered: [], after_wasm: [] };
  const paste = { in_dom: [], rendered: [] };
  let memory = 0;
  for (let run = 0; run < TEAM_RUNS; run += 1) {
    const link = await timeTeam(browser, `${url}#t=${codes.join('~')}`);
    cold.in_dom.push(round(link.shownAt));
    cold.rendered.push(round(link.frameAt));
    cold.after_wasm.push(round(link.shownAt - link.wasmArrivedAt));
    const pasted = await timeTeam(browser, `${url}#/team`, codes.join('\n'));
    paste.in_dom.push(round(pasted.shownAt - pasted.clickAt));
    paste.rendered.push(round(pasted.frameAt - pasted.clickAt));
    // Both modules' memories: the team view runs in the tools' module.
    memory = Math.max(memory, link.wasmMemoryBytes + link.toolsMemoryBytes, pasted.wasmMemoryBytes + pasted.toolsMemoryBytes);
  }
  return {
    team_200_members_ms: {
      members: TEAM_MEMBERS,
      runs: TEAM_RUNS,
      team_link_cold: { in_dom: stats(cold.in_dom), rendered: stats(cold.rendered), wasm_arrived_to_in_dom: stats(cold.after_wasm) },
      paste_and_add: { in_dom: stats(paste.in_dom), rendered: stats(paste.rendered) },
    },
    wasm_memory_after_team_bytes: memory,
  };
}

/**
 * The quiz editor (`#/write`) with a quiz of [`EDITOR_STATEMENTS`]
 * statements (the built-in quiz's, and more like them): a keystroke in a
 * statement's text → that text in the preview beside the form (the whole
 * file written and checked again), and the next animation frame.
 */
async function measureEditor({ browser, url }) {
  const quiz = loadQuiz();
  for (let i = quiz.questions.length; i < EDITOR_STATEMENTS; i += 1) {
    const like = quiz.questions[i % quiz.questions.length];
    quiz.questions.push({ ...like, id: `extra${i + 1}`, text: `${like.text} (${i + 1})` });
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${url}#/write`);
    await page.locator('main h1').filter({ hasText: 'Write a quiz' }).waitFor({ timeout: READY_TIMEOUT_MS });
    await page.locator('.drop-zone input[type=file]').setInputFiles({ name: 'forty.quiz.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(quiz)) });
    await page.locator('.editor-checks p.verdict').filter({ hasText: 'No problems' }).waitFor({ timeout: READY_TIMEOUT_MS });
    const inDom = [];
    const rendered = [];
    for (let key = 0; key < EDITOR_KEYSTROKES; key += 1) {
      const timing = await page.evaluate(async ({ key, at }) => {
        const area = document.getElementById(`w-question-${at}-text`);
        const preview = document.querySelector('.editor-preview');
        const typed = area.value + (key % 2 ? 'a' : 'e');
        const shown = () => [...preview.querySelectorAll('li')].some((li) => li.textContent.includes(typed));
        const start = performance.now();
        const inPreview = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (shown()) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(preview, { subtree: true, childList: true, characterData: true });
        });
        area.value = typed;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        const done = await inPreview;
        const frame = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
        return { inDom: done - start, rendered: frame - start };
      }, { key, at: EDITOR_STATEMENTS / 2 });
      inDom.push(round(timing.inDom));
      rendered.push(round(timing.rendered));
    }
    return { editor_typing_40_ms: { statements: EDITOR_STATEMENTS, keystrokes: EDITOR_KEYSTROKES, in_dom: stats(inDom), rendered: stats(rendered) } };
  } finally {
    await page.close();
  }
}

/**
 * The reader on a simulated phone ([`PHONE`]), cold, gzip served, over
 * several loads: navigation → first contentful paint, the largest
 * contentful paint (what the reader can read), the Start button, and the
 * first question interactive when Start is pressed as soon as it shows.
 */
async function measurePhone({ browser }) {
  const app = await startServer({ root: requireDist(), compress: true });
  const runs = [];
  try {
    for (let i = 0; i < PHONE.runs; i += 1) runs.push(await phoneLoad(browser, app.url));
  } finally {
    await app.close();
  }
  const figure = (key) => {
    const values = runs.map((run) => run[key]);
    return { runs: values, median: round(median(values)), max: round(Math.max(...values)) };
  };
  return {
    phone: {
      profile: PHONE,
      fcp_ms: figure('fcp'),
      lcp_ms: figure('lcp'),
      start_ms: figure('start'),
      first_question_ms: figure('question'),
    },
  };
}

/** One cold load on the simulated phone; times in ms from navigation start. */
async function phoneLoad(browser, url) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(() => {
      window.__candorPaints = { fcp: null, lcp: null };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__candorPaints.fcp = entry.startTime;
      }).observe({ type: 'paint', buffered: true });
      new PerformanceObserver((list) => {
        const entries = list.getEntries();
        window.__candorPaints.lcp = entries[entries.length - 1].startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: PHONE.downBitsPerSecond / 8,
      uploadThroughput: PHONE.upBitsPerSecond / 8,
    });
    await page.goto(url, { waitUntil: 'commit' });
    const start = page.getByRole('button', { name: 'Start', exact: true });
    await start.waitFor({ timeout: READY_TIMEOUT_MS * 4 });
    const startAt = await page.evaluate(() => performance.now());
    await start.click();
    await page.locator('input[type=radio]').first().waitFor({ timeout: READY_TIMEOUT_MS * 4 });
    const questionAt = await page.evaluate(() => performance.now());
    // LCP is final once the reader has acted (the click above).
    const paints = await page.evaluate(() => window.__candorPaints);
    return { fcp: round(paints.fcp ?? NaN), lcp: round(paints.lcp ?? NaN), start: round(startAt), question: round(questionAt) };
  } finally {
    await context.close();
  }
}

/**
 * Lighthouse 12 (its default profile: a mid-range phone, simulated
 * throttling) on the first screen, served gzip-compressed as a static host
 * serves it: the score of each category in LIGHTHOUSE_CATEGORIES, 0–100, and
 * the weighted audits that did not pass (score under 0.9), by category.
 * Lighthouse resets the page's storage and service worker first, so this is
 * a first visit.
 */
async function measureLighthouse() {
  const { default: lighthouse } = await import('lighthouse');
  const app = await startServer({ root: requireDist(), compress: true });
  const url = app.url;
  const chromium = await startChromiumForLighthouse().catch(async (err) => {
    await app.close();
    throw err;
  });
  try {
    const { lhr } = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: LIGHTHOUSE_CATEGORIES });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = {};
    const failing = {};
    for (const id of LIGHTHOUSE_CATEGORIES) {
      const category = lhr.categories[id];
      if (category.score === null) throw new Error(`Lighthouse gave no ${id} score`);
      scores[id] = Math.round(category.score * 100);
      // The audits that count towards the score.
      failing[id] = category.auditRefs
        .filter(({ weight }) => weight > 0)
        .map(({ id: audit }) => lhr.audits[audit])
        .filter(({ score }) => score !== null && score < 0.9)
        .map(({ id: audit, score }) => `${audit} (${Math.round(score * 100)})`);
    }
    // The performance score's metrics, as Lighthouse's simulated phone has them.
    const metrics = {};
    for (const audit of ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift']) {
      const { numericValue, score } = lhr.audits[audit] ?? {};
      if (numericValue !== undefined) metrics[audit] = { value: Math.round(numericValue * 1000) / 1000, score };
    }
    return { lighthouse: { version: lhr.lighthouseVersion, form_factor: lhr.configSettings.formFactor, scores, failing_audits: failing, metrics } };
  } finally {
    await chromium.close();
    await app.close();
  }
}

/** Starts the machine's Chromium with a DevTools port for Lighthouse; resolves with `{ port, close }`. */
function startChromiumForLighthouse() {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'candor-lighthouse-'));
  const child = spawn(CHROMIUM_PATH, [...LIGHTHOUSE_CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const close = async () => {
    if (child.exitCode === null) child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error('Chromium gave no DevTools port within 15 s')), 15_000);
    const fail = (err) => {
      clearTimeout(timer);
      close().then(() => reject(err), () => reject(err));
    };
    const early = (code) => fail(new Error(`Chromium exited (${code}) before giving a DevTools port: ${output.slice(-300)}`));
    child.once('error', fail);
    child.once('exit', early);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const port = output.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.stderr.removeAllListeners('data');
      child.stderr.resume();
      child.off('exit', early);
      resolve({ port: Number(port), close });
    });
  });
}

/**
 * Drawing a picture: a shared result's card (click → the tools' module has
 * drawn it, made the PNG and started the download; the module is loaded by a
 * first, uncounted click) and the team picture of TEAM_MEMBERS members (its
 * button draws and downloads in the click's own task).
 */
async function measurePictures({ browser, url }) {
  const quiz = loadQuiz();
  const sheets = randomSheets(quiz, TEAM_MEMBERS, 200);
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(`${url}#r=${encodeCode(quiz, sheets[0], 'Person 1')}`);
    const card = page.getByRole('button', { name: 'Download card (1200 × 630)', exact: true });
    await card.waitFor({ timeout: READY_TIMEOUT_MS });
    const timeCard = () =>
      card.evaluate(
        (button) =>
          new Promise((resolve) => {
            const start = performance.now();
            window.addEventListener('candor-picture-done', () => resolve(performance.now() - start), { once: true });
            button.click();
          }),
      );
    await timeCard();
    const cardTimes = [];
    for (let run = 0; run < PICTURE_RUNS; run += 1) cardTimes.push(round(await timeCard()));

    const codes = sheets.map((sheet, i) => encodeCode(quiz, sheet, i % 2 ? `Person ${i + 1}` : ''));
    await page.goto(`${url}#t=${codes.join('~')}`);
    await page.reload();
    const team = page.getByRole('button', { name: 'Save team picture', exact: true });
    await team.waitFor({ timeout: READY_TIMEOUT_MS });
    const teamTimes = [];
    for (let run = 0; run < PICTURE_RUNS; run += 1) {
      teamTimes.push(
        round(
          await team.evaluate((button) => {
            const start = performance.now();
            button.click();
            return performance.now() - start;
          }),
        ),
      );
    }
    return { picture_card_ms: stats(cardTimes), picture_team_200_ms: { members: TEAM_MEMBERS, ...stats(teamTimes) } };
  } finally {
    await context.close();
  }
}

/**
 * Opens `address` in a fresh context; with `pasted`, fills the paste box of
 * the team view with it and clicks "Add to the team". Waits until the team
 * table has TEAM_MEMBERS member rows (and the team average row); returns the
 * probe's times in ms since navigation start (`shownAt`, `frameAt`,
 * `clickAt`, `wasmArrivedAt`) and the wasm memory then.
 */
async function timeTeam(browser, address, pasted = null) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(installTeamProbe, TEAM_MEMBERS);
    const page = await context.newPage();
    await page.goto(address);
    if (pasted !== null) {
      const box = page.getByRole('textbox', { name: 'Links or codes', exact: true });
      await box.waitFor({ timeout: READY_TIMEOUT_MS });
      await box.fill(pasted);
      await page.getByRole('button', { name: 'Add to the team', exact: true }).click();
    }
    await page.waitForFunction(() => window.__candorTeam?.frameAt !== undefined, null, { timeout: READY_TIMEOUT_MS });
    const probe = await page.evaluate(() => {
      // The facilitator tools' module is the last wasm to arrive.
      const wasm = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.wasm')).at(-1);
      return {
        ...window.__candorTeam,
        wasmArrivedAt: wasm ? wasm.responseEnd : null,
        members: (document.querySelector('main p.members')?.textContent ?? '').match(/^(\d+) members/)?.[1],
        wasmMemoryBytes: window.__candorWasmMemory?.buffer.byteLength ?? null,
        toolsMemoryBytes: window.__candorToolsMemory?.buffer.byteLength ?? 0,
      };
    });
    if (Number(probe.members) !== TEAM_MEMBERS) throw new Error(`the team view shows ${probe.members ?? 'no'} members, not ${TEAM_MEMBERS}`);
    if (probe.wasmMemoryBytes === null) throw new Error('no TrunkApplicationStarted event carrying detail.wasm.memory');
    if (pasted !== null && probe.clickAt === undefined) throw new Error('the click on "Add to the team" reached no listener');
    return probe;
  } finally {
    await context.close();
  }
}

// Runs in the page before its scripts: stamps the last click (capturing, on
// window, before the app's listeners) and the first time the team table holds
// `members` member rows plus its average row, then the frame after that.
function installTeamProbe(members) {
  window.__candorTeam = {};
  addEventListener(
    'click',
    () => {
      window.__candorTeam.clickAt = performance.now();
    },
    { capture: true },
  );
  addEventListener('TrunkApplicationStarted', (event) => {
    window.__candorWasmMemory = event.detail.wasm.memory;
  });
  addEventListener('CandorToolsStarted', (event) => {
    window.__candorToolsMemory = event.detail.wasm.memory;
  });
  const observer = new MutationObserver(() => {
    const rows = document.querySelectorAll('main table tbody tr').length;
    if (rows < members + 1 || !document.querySelector('main p.members')) return;
    window.__candorTeam.shownAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__candorTeam.frameAt = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

// ---------------------------------------------------------------------------
// Loading the app

/**
 * The files of one cold load that had fully arrived when the app became
 * interactive, with their totals; files that arrived later (the favicon, say)
 * are named in `arrived_after_interactive` and left out of the totals.
 */
async function transferUntilReady(browser, url, base, options = {}) {
  const load = await coldLoad(browser, url, { ...options, onResponse: (response) => measureResponse(response, base) });
  const measured = load.responses.filter(({ value }) => value);
  const files = measured.filter(({ beforeReady }) => beforeReady).map(({ value }) => value);
  return {
    files,
    total_raw: sum(files.map((file) => file.raw)),
    total_gzip: sum(files.map((file) => file.gzip)),
    arrived_after_interactive: measured.filter(({ beforeReady }) => !beforeReady).map(({ value }) => value),
  };
}

/** Navigation start → interactive over COLD_LOADS cold loads: every run, the median and the slowest. */
async function coldLoadTimes(browser, url, options = {}) {
  const runs = [];
  for (let i = 0; i < COLD_LOADS; i += 1) runs.push(round((await coldLoad(browser, url, options)).readyMs));
  return { runs, median: round(median(runs)), max: Math.max(...runs) };
}

/**
 * Loads the app at `url + path` in a fresh context (empty cache, no stored
 * progress) and waits until it is interactive: `ready` is 'start' (the
 * intro's Start button exists) or 'question' (a radio button exists).
 * With `onResponse`, it then waits for the network to go quiet and returns,
 * for every response, `{ value: await onResponse(response), beforeReady }`:
 * whether its last byte arrived before the app was interactive (by the
 * browser's own clock).
 */
async function coldLoad(browser, url, { path: appPath = '', ready = 'start', onResponse } = {}) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(installProbes, ready);
    const page = await context.newPage();
    const finished = [];
    if (onResponse) page.on('requestfinished', (request) => finished.push(request));
    await page.goto(url + appPath);
    await page.waitForFunction(() => window.__candorReady !== undefined, null, { timeout: READY_TIMEOUT_MS });
    const probes = await page.evaluate(() => ({
      readyMs: window.__candorReady,
      readyAt: performance.timeOrigin + window.__candorReady,
      wasmMemoryBytes: window.__candorWasmMemory?.buffer.byteLength ?? null,
    }));
    if (!onResponse) return { ...probes, responses: [] };
    await page.waitForLoadState('networkidle');
    const responses = await Promise.all(
      finished.map(async (request) => {
        const response = await request.response();
        if (!response) return { value: null, beforeReady: false };
        return { value: await onResponse(response), beforeReady: arrivedBy(request, probes.readyAt) };
      }),
    );
    return { ...probes, responses };
  } finally {
    await context.close();
  }
}

/** Whether the request's response had fully arrived by `at` (ms since the epoch); true when the browser gave no timing. */
function arrivedBy(request, at) {
  const { startTime, responseStart, responseEnd } = request.timing();
  const end = responseEnd >= 0 ? responseEnd : responseStart;
  return !(startTime > 0 && end >= 0) || startTime + end <= at;
}

// Runs in the page before its scripts. "Interactive" is when the first
// element a person acts on exists: for `ready` 'start' a <button> that reads
// "Start", for 'question' an <input type=radio>. Trunk's loader announces the
// wasm exports with the TrunkApplicationStarted event. Every keydown is
// stamped by a capturing listener on window, registered before the app's.
function installProbes(ready) {
  const interactive =
    ready === 'question'
      ? () => document.querySelector('input[type=radio]') !== null
      : () => Array.from(document.getElementsByTagName('button')).some((button) => button.textContent.trim() === 'Start');
  const observer = new MutationObserver(() => {
    if (!interactive()) return;
    window.__candorReady = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  addEventListener('TrunkApplicationStarted', (event) => {
    window.__candorWasmMemory = event.detail.wasm.memory;
  });
  addEventListener(
    'keydown',
    () => {
      window.__candorKeydownAt = performance.now();
    },
    { capture: true },
  );
}

/**
 * Presses `key` and times the screen change it causes, in ms from the
 * keydown: `inDom` when `expected` ("N of T", or 'report') is in the DOM,
 * `rendered` at the animation frame after that.
 */
async function timeAnswer(page, key, expected) {
  await page.evaluate(armTransition, { expected, timeoutMs: TRANSITION_TIMEOUT_MS });
  await page.keyboard.press(key);
  const { keydownAt, shownAt, frameAt } = await page.evaluate(() => window.__candorTransition);
  if (keydownAt === null) throw new Error(`key ${key} reached no keydown listener`);
  return { inDom: round(shownAt - keydownAt), rendered: round(frameAt - keydownAt) };
}

// Runs in the page before a key press: watches the body until the expected
// screen is in the DOM, then waits for the next animation frame.
function armTransition({ expected, timeoutMs }) {
  window.__candorKeydownAt = null;
  const reached =
    expected === 'report'
      ? () => document.querySelector('header.archetype h1') !== null
      : () => document.querySelector('main.question p.count')?.textContent.trim() === expected;
  window.__candorTransition = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`"${expected}" not shown within ${timeoutMs} ms`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!reached()) return;
      const shownAt = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve({ keydownAt: window.__candorKeydownAt, shownAt, frameAt: performance.now() }));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  // Keep an unobserved rejection quiet until it is awaited.
  window.__candorTransition.catch(() => {});
}

// Redirects carry no body to count.
async function measureResponse(response, base) {
  if (response.status() >= 300 && response.status() < 400) return null;
  const body = await response.body();
  const { pathname } = new URL(response.url());
  return {
    file: pathname.startsWith(base) ? pathname.slice(base.length) || '(index)' : pathname,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
  };
}

// ---------------------------------------------------------------------------
// Reporting

const LOADS = [
  ['transfer', 'first screen'],
  ['transfer_first_question', 'first question'],
];

/**
 * One table of the files of both cold loads: "yes" where the file had arrived
 * when the app became interactive (counted), "after" where it came later.
 */
function printFileTable(results) {
  const loads = LOADS.filter(([key]) => results[key]);
  if (loads.length === 0) return;
  const same = (a) => (b) => a.file === b.file && a.raw === b.raw;
  const files = [];
  for (const [key] of loads) {
    for (const file of [...results[key].files, ...results[key].arrived_after_interactive]) if (!files.some(same(file))) files.push(file);
  }
  const mark = (key, file) => {
    if (results[key].files.some(same(file))) return 'yes';
    return results[key].arrived_after_interactive.some(same(file)) ? 'after' : '-';
  };
  const totals = loads.map(([key, label]) => [`total, ${label} (${results[key].files.length} files)`, results[key]]);
  const width = Math.max(24, ...files.map(({ file }) => file.length), ...totals.map(([label]) => label.length));
  const row = (name, raw, gzip, marks) =>
    `  ${name.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}${marks.map((m, i) => `  ${m.padStart(loads[i][1].length)}`).join('')}`.trimEnd();
  console.log('Files of a cold load, until the app is interactive (first screen: #/, first question: #/q/1;');
  console.log('"after": arrived once the app was interactive, not counted)');
  console.log(row('file', 'raw bytes', 'gzip -9', loads.map(([, label]) => label)));
  for (const file of files) console.log(row(file.file, bytes(file.raw), bytes(file.gzip), loads.map(([key]) => mark(key, file))));
  for (const [label, { total_raw, total_gzip }] of totals) console.log(row(label, bytes(total_raw), bytes(total_gzip), []));
}

function summaryLines(results) {
  const {
    transfer,
    transfer_first_question: questionTransfer,
    first_screen_ms: firstScreen,
    first_question_ms: firstQuestion,
    answer_to_next_question_ms: answers,
    last_answer_to_report_ms: lastAnswer,
    wasm_memory_bytes: wasmMemory,
    wasm_memory_after_run_bytes: wasmMemoryAfterRun,
    team_200_members_ms: team,
    wasm_memory_after_team_bytes: wasmMemoryAfterTeam,
    picture_card_ms: pictureCard,
    picture_team_200_ms: pictureTeam,
    editor_typing_40_ms: editor,
    phone,
    lighthouse,
  } = results;
  const line = (label, figure = '', budget = '') => `  ${label.padEnd(46)} ${figure.padEnd(36)} ${budget}`.trimEnd();
  const verdict = (within) => (within ? 'within budget' : 'OVER budget');
  const transferLines = (label, measured) =>
    measured
      ? [
          line(
            label,
            `${kilobytes(measured.total_gzip)} gzip`,
            `budget ≤ ${kilobytes(BUDGETS.transfer_gzip_bytes)}: ${verdict(measured.total_gzip <= BUDGETS.transfer_gzip_bytes)}`,
          ),
          line('  uncompressed', kilobytes(measured.total_raw)),
        ]
      : [line(label, 'not measured')];
  const loadLine = (label, measured, budget) =>
    measured
      ? line(label, `median ${measured.median} ms, max ${measured.max} ms`, `budget median ≤ ${budget} ms: ${verdict(measured.median <= budget)}`)
      : line(label, 'not measured');
  const spread = ({ median: mid, p95, max }) => `median ${mid}, p95 ${p95}, max ${max} ms`;
  const answerBudget = BUDGETS.answer_to_next_question_ms;
  const answerVerdict = ({ median: mid, max }) =>
    `budget ≤ ${answerBudget} ms: ${mid <= answerBudget ? (max <= answerBudget ? 'within budget (every one)' : 'median within, some OVER') : 'OVER budget'}`;
  const memoryLine = (label, measured) =>
    measured !== undefined
      ? line(label, mebibytes(measured), `budget ≤ ${mebibytes(BUDGETS.wasm_memory_bytes)} (after a full run): ${verdict(measured <= BUDGETS.wasm_memory_bytes)}`)
      : line(label, 'not measured');
  return [
    ...transferLines('transfer to first screen (#/)', transfer),
    ...transferLines('transfer to first question (#/q/1)', questionTransfer),
    line(`navigation → interactive, ${COLD_LOADS} cold loads each`),
    loadLine('  first screen (#/): Start button', firstScreen, BUDGETS.first_screen_median_ms),
    loadLine('  first question (#/q/1): a radio button', firstQuestion, BUDGETS.first_question_median_ms),
    ...(answers
      ? [
          line(`answer (keydown) → next question, ${answers.transitions} answers`),
          line('  in the DOM', spread(answers.in_dom), answerVerdict(answers.in_dom)),
          line('  rendered (next animation frame)', spread(answers.rendered), answerVerdict(answers.rendered)),
          line('last answer → report, in the DOM', `${lastAnswer.in_dom} ms`, `budget ≤ ${answerBudget} ms: ${verdict(lastAnswer.in_dom <= answerBudget)}`),
          line('  rendered (next animation frame)', `${lastAnswer.rendered} ms`, `budget ≤ ${answerBudget} ms: ${verdict(lastAnswer.rendered <= answerBudget)}`),
          line('  ("rendered" is the first animation frame callback after the change: it includes the wait for the'),
          line('   next frame tick, up to 16.7 ms at 60 Hz, and comes before that frame\'s style, layout and paint)'),
        ]
      : [line('answer → next question', 'not measured')]),
    memoryLine('wasm memory after first screen', wasmMemory),
    memoryLine('wasm memory after a full run', wasmMemoryAfterRun),
    ...teamLines(team, line, verdict, spread),
    wasmMemoryAfterTeam !== undefined
      ? line(`wasm memory after a ${TEAM_MEMBERS}-member team`, mebibytes(wasmMemoryAfterTeam), `budget ≤ ${mebibytes(BUDGETS.wasm_memory_bytes)}: ${verdict(wasmMemoryAfterTeam <= BUDGETS.wasm_memory_bytes)}`)
      : line(`wasm memory after a ${TEAM_MEMBERS}-member team`, 'not measured'),
    pictureCard
      ? line(`result card picture: click → PNG, ${PICTURE_RUNS} runs`, spread(pictureCard), `budget ≤ ${BUDGETS.picture_card_ms} ms: ${verdict(pictureCard.max <= BUDGETS.picture_card_ms)}`)
      : line('result card picture', 'not measured'),
    pictureTeam
      ? line(`team picture, ${pictureTeam.members} members: click → PNG`, spread(pictureTeam), `budget ≤ ${BUDGETS.picture_team_200_ms} ms: ${verdict(pictureTeam.max <= BUDGETS.picture_team_200_ms)}`)
      : line(`team picture, ${TEAM_MEMBERS} members`, 'not measured'),
    ...(editor
      ? [
          line(`quiz editor, ${editor.statements} statements: keystroke → preview`),
          line('  in the DOM', spread(editor.in_dom), `budget ≤ ${BUDGETS.editor_typing_40_ms} ms: ${verdict(editor.in_dom.max <= BUDGETS.editor_typing_40_ms)}`),
          line('  rendered (next animation frame)', spread(editor.rendered)),
        ]
      : [line('quiz editor', 'not measured')]),
    ...phoneLines(phone, line, verdict),
    ...lighthouseLines(lighthouse, line),
  ];
}

/** The simulated phone's figures. */
function phoneLines(phone, line, verdict) {
  if (!phone) return [line('simulated phone', 'not measured')];
  const { cpu, latencyMs, downBitsPerSecond, upBitsPerSecond, runs } = phone.profile;
  const figure = ({ median: mid, max }) => `median ${mid}, max ${max} ms`;
  return [
    line(`simulated phone (CPU ${cpu}× slower, ${latencyMs} ms round trip, ${downBitsPerSecond / 1e6} Mbit/s down, ${upBitsPerSecond / 1e3} kbit/s up), ${runs} cold loads, gzip`),
    line('  first contentful paint', figure(phone.fcp_ms)),
    line('  largest contentful paint', figure(phone.lcp_ms), `budget median ≤ ${PHONE_BUDGETS.lcp_ms} ms: ${verdict(phone.lcp_ms.median <= PHONE_BUDGETS.lcp_ms)}`),
    line('  Start button shown', figure(phone.start_ms)),
    line('  first question (Start pressed at once)', figure(phone.first_question_ms), `budget median ≤ ${PHONE_BUDGETS.first_question_ms} ms: ${verdict(phone.first_question_ms.median <= PHONE_BUDGETS.first_question_ms)}`),
  ];
}

/** Lighthouse's scores, and the audits that did not pass. */
function lighthouseLines(lighthouse, line) {
  if (!lighthouse) return [line('Lighthouse', 'not measured')];
  const { version, form_factor: formFactor, scores, failing_audits: failing } = lighthouse;
  return [
    line(`Lighthouse ${version} (${formFactor}, first visit, gzip, offline on localhost)`),
    ...LIGHTHOUSE_CATEGORIES.map((id) => line(`  ${id}`, `${scores[id]} / 100`, failing[id].length ? `not passed: ${failing[id].join(', ')}` : 'every audit passed')),
    ...Object.entries(lighthouse.metrics ?? {}).map(([audit, { value, score }]) =>
      line(`    ${audit}`, audit === 'cumulative-layout-shift' ? `${value}` : `${Math.round(value)} ms`, `score ${Math.round(score * 100)}`),
    ),
  ];
}

/** The team view's lines of the summary (the budget is on the median). */
function teamLines(team, line, verdict, spread) {
  if (!team) return [line(`team view, ${TEAM_MEMBERS} members`, 'not measured')];
  const budget = BUDGETS.team_200_members_ms;
  const within = ({ median: mid, max }) =>
    `budget ≤ ${budget} ms: ${mid <= budget ? (max <= budget ? 'within budget (every run)' : 'median within, some OVER') : 'OVER budget'}`;
  return [
    line(`team view, ${team.members} members (${team.runs} fresh contexts each)`),
    line('  team link, cold: navigation → rows in DOM', spread(team.team_link_cold.in_dom), within(team.team_link_cold.in_dom)),
    line('    rendered (next animation frame)', spread(team.team_link_cold.rendered), within(team.team_link_cold.rendered)),
    line('    wasm file arrived → rows in DOM', spread(team.team_link_cold.wasm_arrived_to_in_dom)),
    line(`  paste ${team.members} codes: click Add → rows in DOM`, spread(team.paste_and_add.in_dom), within(team.paste_and_add.in_dom)),
    line('    rendered (next animation frame)', spread(team.paste_and_add.rendered), within(team.paste_and_add.rendered)),
    line('    (after a click the browser lays the new page out in the same task, for the pointer\'s hover'),
    line('     state, so here "rendered" includes style and layout of the 200-member view)'),
  ];
}

/** Median, 95th percentile (nearest rank) and maximum, rounded to 0.1 ms. */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)];
  return { values, median: round(median(values)), p95: round(p95), max: round(sorted[sorted.length - 1]) };
}

const sum = (values) => values.reduce((total, value) => total + value, 0);
const round = (ms) => Math.round(ms * 10) / 10;
const bytes = (count) => count.toLocaleString('en-US');
const kilobytes = (count) => `${(count / 1000).toFixed(1)} kB`;

function mebibytes(count) {
  return count < 1024 * 1024 ? `${(count / 1024).toFixed(0)} KiB` : `${(count / 1024 / 1024).toFixed(2)} MiB`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

process.exitCode = await main();
