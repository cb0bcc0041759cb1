// The browser-test harness: register tests with `test()`, run them with
// `runTests()`. Every page a test opens is watched for console errors,
// uncaught exceptions, CSP violations, requests to other origins and axe-core
// violations; any of these fails the test, so each test checks the product's
// privacy, security and accessibility bars without having to ask.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inspect, isDeepStrictEqual } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const DEFAULT_TEST_TIMEOUT_MS = 30_000;
const ACTION_TIMEOUT_MS = 10_000;
const FINAL_CHECKS_TIMEOUT_MS = 20_000;
const DEFAULT_CONTEXT = {
  viewport: { width: 1280, height: 800 },
  colorScheme: 'light',
  reducedMotion: 'no-preference',
};
const CSP_BINDING = '__candorReportCspViolation';

const registered = [];

/** Registers a test; `fn` receives the test context `t` (see `createSession`). */
export function test(name, fn, { timeout = DEFAULT_TEST_TIMEOUT_MS } = {}) {
  registered.push({ name, fn, timeout });
}

/**
 * Runs the registered tests whose name contains `filter`, one after another
 * in one browser, printing one line per test and the closing count.
 * `app` is the started server of the app under test. Returns true if all passed.
 */
export async function runTests({ app, dist, filter = '' }) {
  const selected = registered.filter(({ name }) => name.toLowerCase().includes(filter.toLowerCase()));
  if (selected.length === 0) console.log(`no test name contains "${filter}"`);

  const browser = await launchBrowser();
  const env = { browser, app, dist };
  let passed = 0;
  const failures = [];
  try {
    for (const def of selected) {
      const started = Date.now();
      const result = await runTest(def, env);
      printResult(def.name, result, Date.now() - started);
      if (result.passed) passed += 1;
      else failures.push({ name: def.name, result, ms: Date.now() - started });
    }
  } finally {
    await browser.close();
  }
  const failed = selected.length - passed;
  // The failures again at the end, where a log cut to its last lines still shows them.
  if (failures.length > 0) {
    console.log('\nfailed:');
    for (const { name, result, ms } of failures) printResult(name, result, ms);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return selected.length > 0 && failed === 0;
}

/** Runs one test with its timeout, then the built-in checks; returns `{ passed, reasons }`. */
async function runTest({ fn, timeout }, env) {
  const session = createSession(env);
  const reasons = [];
  try {
    await withTimeout(Promise.resolve().then(() => fn(session.t)), timeout, `test timed out after ${timeout} ms`);
  } catch (err) {
    reasons.push(describeError(err));
  }
  try {
    reasons.push(...(await withTimeout(session.finalChecks(), FINAL_CHECKS_TIMEOUT_MS, 'end-of-test checks timed out')));
  } catch (err) {
    reasons.push(describeError(err));
  }
  await session.close();
  return { passed: reasons.length === 0, reasons };
}

/** Builds the `t` a test receives, and tracks what it opened so it can be checked and closed. */
function createSession(env) {
  const watches = new Map(); // BrowserContext -> findings of its pages
  const cleanups = [];

  const watchOf = (page) => {
    const watch = watches.get(page.context());
    if (!watch) throw new Error('this page was not opened with t.newPage()');
    return watch;
  };

  const t = {
    url: env.app.url,
    origin: env.app.origin,
    base: env.app.base,
    dist: env.dist,
    browser: env.browser,

    /**
     * Opens a page in a fresh browser context. Harness options:
     * `expectErrors` (RegExps of console errors / exceptions this page may
     * raise), `allowOrigins` (extra origins it may request), `collectOnly`
     * (record findings for `t.findings` but never fail the test on them),
     * `browser` (one from `t.launchBrowser`, in place of the shared one).
     * Everything else goes to `browser.newContext()`.
     */
    async newPage({ expectErrors = [], allowOrigins = [], collectOnly = false, browser = env.browser, ...contextOptions } = {}) {
      const context = await browser.newContext({ ...DEFAULT_CONTEXT, ...contextOptions });
      cleanups.push(() => context.close());
      watches.set(context, await watchContext(context, { expectErrors, allowOrigins, collectOnly }));
      const page = await context.newPage();
      page.setDefaultTimeout(ACTION_TIMEOUT_MS);
      return page;
    },

    /** Starts a Chromium of this test's own with `extraArgs` (a fake camera…); closed after the test. */
    async launchBrowser(extraArgs) {
      const browser = await launchBrowser(extraArgs);
      cleanups.push(() => browser.close());
      return browser;
    },

    /** Runs axe-core on the page as it is now; records and returns the violations. */
    async check(page) {
      const violations = await runAxe(page);
      recordAxeViolations(watchOf(page), violations, screenLabel(page));
      return violations;
    },

    /** Everything recorded so far for the page, plus `problems`: the lines that would fail a test. */
    async findings(page) {
      await flushPendingReports(page);
      const watch = watchOf(page);
      return structuredClone({ ...watch, problems: describeProblems(watch) });
    },

    /** Serves another folder on a new port (a second origin); closed after the test. */
    async serve(options) {
      const server = await startServer(options);
      cleanups.push(() => server.close());
      return server;
    },

    /** Runs `fn` as a separate test, unprinted, and returns `{ passed, reasons }`: for testing the harness itself. */
    runInner(fn, { timeout = DEFAULT_TEST_TIMEOUT_MS } = {}) {
      return runTest({ fn, timeout }, env);
    },

    assert(condition, message) {
      if (!condition) throw new AssertionFailure(message);
    },

    equal(actual, expected, message) {
      if (!isDeepStrictEqual(actual, expected)) {
        throw new AssertionFailure(`${message}: expected ${inspect(expected)}, got ${inspect(actual)}`);
      }
    },
  };

  /** Runs axe on every page still open, then lists the problems of every watched page. */
  async function finalChecks() {
    const reasons = [];
    for (const [context, watch] of watches) {
      if (watch.collectOnly) continue;
      // A page that never navigated has no screen to check.
      for (const page of context.pages().filter((open) => open.url() !== 'about:blank')) {
        recordAxeViolations(watch, await runAxe(page), `end of test, ${screenLabel(page)}`);
        await flushPendingReports(page);
      }
      reasons.push(...describeProblems(watch));
    }
    return reasons;
  }

  async function close() {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }

  return { t, finalChecks, close };
}

class AssertionFailure extends Error {}

// ---------------------------------------------------------------------------
// Watching a context

async function watchContext(context, { expectErrors, allowOrigins, collectOnly }) {
  const watch = {
    collectOnly,
    ownOrigin: null,
    requests: [],
    consoleErrors: [],
    pageErrors: [],
    allowedErrors: [],
    cspViolations: [],
    foreignRequests: [],
    axeViolations: [],
  };
  const sortError = (list, text, report) => {
    (expectErrors.some((pattern) => pattern.test(text)) ? watch.allowedErrors : list).push(report);
  };

  await context.exposeBinding(CSP_BINDING, (_source, violation) => watch.cspViolations.push(violation));
  await context.addInitScript(reportCspViolations, CSP_BINDING);
  context.on('console', (message) => {
    if (message.type() === 'error') sortError(watch.consoleErrors, message.text(), consoleReport(message));
  });
  context.on('weberror', (webError) => {
    const text = errorText(webError.error());
    sortError(watch.pageErrors, text, text);
  });
  context.on('request', (request) => recordRequest(watch, allowOrigins, request));
  return watch;
}

// Runs inside every frame before its own scripts, so even a violation caused
// by the first inline script of the document is caught.
function reportCspViolations(bindingName) {
  document.addEventListener('securitypolicyviolation', (event) => {
    window[bindingName]({
      directive: event.violatedDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      line: event.lineNumber,
    });
  });
}

// The page's own origin is the one of its first navigation; data: and blob:
// URLs never leave the browser, so they are allowed.
function recordRequest(watch, allowOrigins, request) {
  const url = new URL(request.url());
  if (url.protocol === 'data:' || url.protocol === 'blob:') return;
  watch.requests.push(url.href);
  if (watch.ownOrigin === null && request.isNavigationRequest()) watch.ownOrigin = url.origin;
  if (url.origin !== watch.ownOrigin && !allowOrigins.includes(url.origin)) watch.foreignRequests.push(url.href);
}

function consoleReport(message) {
  const { url, lineNumber } = message.location();
  return url ? `${message.text()} (at ${url}:${lineNumber + 1})` : message.text();
}

function errorText(error) {
  return `${error.name}: ${error.message}`;
}

// CSP reports arrive through a binding, asynchronously: one round trip to
// every frame after a macrotask makes sure the ones already raised are in.
async function flushPendingReports(page) {
  if (page.isClosed()) return;
  const settle = (frame) => frame.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0))).catch(() => {});
  await Promise.all(page.frames().map(settle));
}

// ---------------------------------------------------------------------------
// axe-core

// `evaluate` runs the source through DevTools, which the page's CSP does not
// govern; a script tag would be refused by the app's policy.
async function injectAxe(frame) {
  if (await frame.evaluate(() => 'axe' in window)) return;
  await frame.evaluate(AXE_SOURCE);
  // An embedded app lives on another origin; let axe reach into its frame.
  await frame.evaluate(() => window.axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] }));
}

async function runAxe(page) {
  await Promise.all(page.frames().map(injectAxe));
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((node) => node.target.flat().join(' >>> ')),
    }));
  });
}

// The same violation seen on several checks of one screen is reported once.
function recordAxeViolations(watch, violations, screen) {
  for (const violation of violations) {
    const key = `${violation.id} ${violation.targets.join(',')}`;
    if (!watch.axeViolations.some((seen) => seen.key === key)) watch.axeViolations.push({ ...violation, screen, key });
  }
}

function screenLabel(page) {
  const url = new URL(page.url());
  return url.pathname + url.search + url.hash;
}

// ---------------------------------------------------------------------------
// Reporting

function describeProblems(watch) {
  return [
    ...watch.consoleErrors.map((text) => `console.error: ${text}`),
    ...watch.pageErrors.map((text) => `uncaught exception: ${text}`),
    ...watch.cspViolations.map(
      ({ directive, blockedURI, sourceFile, line }) =>
        `CSP violation: ${directive} blocked ${blockedURI || '(unknown)'}${sourceFile ? ` (in ${sourceFile}:${line})` : ''}`,
    ),
    ...watch.foreignRequests.map((url) => `request to another origin: ${url}`),
    ...watch.axeViolations.map(
      ({ id, impact, help, targets, screen }) => `axe ${id} (${impact}) on ${screen}: ${help} — ${targets.join(', ')}`,
    ),
  ];
}

// Assertion failures speak for themselves; for anything else, point at the
// lines of the test and verbs that were running.
function describeError(err) {
  if (err instanceof AssertionFailure) return err.message;
  const message = String(err?.message ?? err).replace(/\u001b\[\d+m/g, '').trim();
  const where = String(err?.stack ?? '')
    .split('\n')
    .filter((line) => /(\.test|\/verbs)\.mjs/.test(line))
    .map((line) => line.trim());
  return [message, ...where].join('\n');
}

function printResult(name, { passed, reasons }, ms) {
  console.log(`${passed ? '✓' : '✗'} ${name} (${(ms / 1000).toFixed(1)} s)`);
  for (const reason of reasons) console.log(`    - ${reason.replaceAll('\n', '\n      ')}`);
}

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
