// "Scan results" (issue 23): Chromium's fake camera plays a video of result
// QR codes (made by examples/qr_video.rs with the same QR library the app
// draws with), and the team view adds each one, explaining a duplicate and
// a code from another quiz as it does when they are pasted.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from './harness.mjs';
import { BUILTIN_QUIZ_PATH, encodeCode, loadQuiz, randomSheets } from './oracle.mjs';
import { clickButton, openApp, seeTeamMembers, seeTeamProblems, settle, teamProblems } from './verbs.mjs';

const quiz = loadQuiz();
const onboarding = loadQuiz(path.join(path.dirname(BUILTIN_QUIZ_PATH), 'onboarding-readiness.quiz.json'));
const repoRoot = path.join(path.dirname(BUILTIN_QUIZ_PATH), '..');

test(
  'team meeting: Scan results reads result QR codes from the camera one after another, and explains a duplicate and a foreign code',
  async (t) => {
    const [ana, bo, cy] = randomSheets(quiz, 3, 11);
    const anaCode = encodeCode(quiz, ana, 'Ana');
    const foreign = encodeCode(onboarding, randomSheets(onboarding, 1, 5)[0], 'Zed');
    const link = (code) => `${t.url}#r=${code}`;
    // Bo, Ana again (already in the team), a code of another quiz, then someone without a name.
    const shown = [link(encodeCode(quiz, bo, 'Bo')), link(anaCode), link(foreign), link(encodeCode(quiz, cy, ''))];
    const video = path.join(os.tmpdir(), `candor-scan-${process.pid}.y4m`);
    execFileSync('cargo', ['run', '--quiet', '--example', 'qr_video', '--', video, ...shown], { cwd: repoRoot, stdio: 'inherit' });
    try {
      const browser = await t.launchBrowser(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
      const page = await t.newPage({ browser, permissions: ['camera'] });
      await page.goto(`${t.url}#t=${anaCode}`);
      t.equal(await seeTeamMembers(page, 1), ['Ana'], 'the team before scanning');

      await clickButton(page, 'Scan results');
      const said = page.locator('.scanner p.scan-said[role=status]');
      await said.filter({ hasText: 'Added Bo. The team has 2 members.' }).waitFor({ timeout: 20_000 });
      t.assert(await page.locator('.scanner video').isVisible(), 'the camera is shown while scanning');
      t.equal(await seeTeamMembers(page, 3), ['Ana', 'Bo', 'Member 3'], 'each code read once, in the order shown');
      const problems = await seeTeamProblems(page, 2);
      t.equal(
        problems.map((p) => p.reason),
        ['This is the same result as member 1, so it is listed once.', 'This code is from a different quiz.'],
        'the duplicate and the foreign code, explained as when pasted',
      );
      t.equal(await teamProblems(page).then((p) => p.length), 2, 'a code held up for a while is read once');
      await settle(page);
      await t.check(page);

      await clickButton(page, 'Stop scanning');
      await page.locator('.scanner').waitFor({ state: 'detached' });
      t.equal(await page.evaluate(() => document.querySelectorAll('video').length), 0, 'stopping takes the camera away');
    } finally {
      rmSync(video, { force: true });
    }
  },
  { timeout: 120_000 },
);

test('team meeting: without a camera, Scan results says why and opens nothing', async (t) => {
  const page = await openApp(t, '#/team', { permissions: [] });
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
  });
  await clickButton(page, 'Scan results');
  const alert = page.locator('.scan p.error[role=alert]');
  await alert.filter({ hasText: /./ }).waitFor();
  t.equal((await alert.innerText()).trim(), 'This browser has no camera Candor can use. Paste the links instead.', 'the reason');
  t.equal(await page.locator('.scanner').count(), 0, 'no camera panel');
  await settle(page);
  await t.check(page);
});
