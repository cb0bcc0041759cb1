// Proof that the harness can fail: each built-in check is pointed at a
// fixture page that breaks it, and must report the breakage. The pages are
// opened with `collectOnly`, so the findings are inspected here instead of
// failing this test; `t.runInner` shows a real test would fail on them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from './harness.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Serves the fixtures on an origin of their own and opens one of them, collecting findings only. */
async function openFixture(t, file, pageOptions = {}) {
  const fixtures = await t.serve({ root: FIXTURES, base: '/fixtures/' });
  const page = await t.newPage({ collectOnly: true, ...pageOptions });
  await page.goto(fixtures.url + file);
  return { page, fixtures };
}

function includesMatch(lines, pattern) {
  return lines.some((line) => pattern.test(line));
}

test('selftest: a clean page has no findings', async (t) => {
  const { page } = await openFixture(t, 'clean.html');
  await page.locator('body[data-ready=yes]').waitFor();
  await page.getByRole('button', { name: 'Go' }).click();
  t.equal(await t.check(page), [], 'axe violations on the clean page');
  t.equal((await t.findings(page)).problems, [], 'problems on the clean page');
});

test('selftest: console.error is reported, unless expected', async (t) => {
  const { page } = await openFixture(t, 'console-error.html', { expectErrors: [/expected boom/] });
  const findings = await t.findings(page);
  t.equal(findings.consoleErrors.length, 1, 'unexpected console errors');
  t.assert(findings.consoleErrors[0].includes('surprise failure'), 'the unexpected error is the one reported');
  t.assert(includesMatch(findings.allowedErrors, /expected boom/), 'the expected error is set aside');
  t.assert(includesMatch(findings.problems, /^console\.error: selftest: surprise failure/), 'reported as a problem');
});

test('selftest: an uncaught exception is reported', async (t) => {
  const { page } = await openFixture(t, 'uncaught.html');
  const findings = await t.findings(page);
  t.assert(
    includesMatch(findings.problems, /^uncaught exception: TypeError: selftest: thrown and never caught/),
    `problems: ${findings.problems.join('; ')}`,
  );
});

test('selftest: a CSP violation is recorded', async (t) => {
  const { page } = await openFixture(t, 'csp.html');
  const findings = await t.findings(page);
  t.equal(
    findings.cspViolations.map(({ directive, blockedURI }) => ({ directive, blockedURI })),
    [{ directive: 'script-src-elem', blockedURI: 'inline' }],
    'CSP violations',
  );
  t.assert(includesMatch(findings.problems, /^CSP violation: script-src-elem blocked inline/), 'reported as a problem');
  t.assert((await page.title()) === 'CSP fixture', 'the inline script was really blocked');
});

test('selftest: a request to another origin is recorded', async (t) => {
  const other = await t.serve({ root: FIXTURES });
  const { page } = await openFixture(t, `other-origin.html?other=${other.origin}`);
  await page.waitForLoadState('networkidle');
  const findings = await t.findings(page);
  t.equal(findings.foreignRequests, [`${other.origin}/x`], 'requests to other origins');
  t.assert(includesMatch(findings.problems, /^request to another origin: http:\/\/127\.0\.0\.1:\d+\/x$/), 'reported');
});

test('selftest: axe violations are reported with their nodes', async (t) => {
  const { page } = await openFixture(t, 'axe.html');
  const violations = await t.check(page);
  t.equal(violations.map(({ id }) => id).sort(), ['button-name', 'image-alt'], 'axe rule ids');
  const findings = await t.findings(page);
  t.assert(includesMatch(findings.problems, /^axe image-alt \(critical\) on \/fixtures\/axe\.html: .* — img$/), 'image-alt reported with its node');
  t.assert(includesMatch(findings.problems, /^axe button-name \(critical\) on .* — button$/), 'button-name reported with its node');
});

test('selftest: axe reaches into a frame from another origin', async (t) => {
  const embedded = await t.serve({ root: FIXTURES, base: '/embedded/' });
  const { page } = await openFixture(t, `embed.html?src=${embedded.url}axe.html`);
  await page.frameLocator('iframe').getByRole('heading').waitFor();
  const violations = await t.check(page);
  t.equal(violations.map(({ id }) => id).sort(), ['button-name', 'image-alt'], 'axe rule ids inside the frame');
  t.assert(violations.every(({ targets }) => targets.every((target) => target.startsWith('iframe >>> '))), 'targets name the frame');
  const findings = await t.findings(page);
  t.equal(findings.foreignRequests.length, 2, 'the frame and its image come from another origin');
});

test('selftest: a real test fails on what the checks find, and passes when clean', async (t) => {
  const fixtures = await t.serve({ root: FIXTURES, base: '/fixtures/' });
  const visit = (file, pageOptions) => async (inner) => {
    const page = await inner.newPage(pageOptions);
    await page.goto(fixtures.url + file);
    await page.waitForLoadState('networkidle');
  };

  const clean = await t.runInner(visit('clean.html'));
  t.equal(clean, { passed: true, reasons: [] }, 'a clean page passes');

  const noisy = await t.runInner(visit('console-error.html', { expectErrors: [/expected boom/] }));
  t.equal(noisy.passed, false, 'an unexpected console error fails the test');
  t.equal(noisy.reasons.length, 1, `only the unexpected error fails it: ${noisy.reasons.join('; ')}`);

  const inaccessible = await t.runInner(visit('axe.html'));
  t.equal(
    inaccessible.reasons.map((reason) => reason.split(' ')[1]).sort(),
    ['button-name', 'image-alt'],
    'axe runs by itself at the end of a test',
  );

  const slow = await t.runInner(() => new Promise(() => {}), { timeout: 200 });
  t.equal(slow, { passed: false, reasons: ['test timed out after 200 ms'] }, 'a hung test times out');

  const wrong = await t.runInner((inner) => inner.equal(1 + 1, 3, 'sum'));
  t.equal(wrong, { passed: false, reasons: ['sum: expected 3, got 2'] }, 'assertions fail the test');
});
