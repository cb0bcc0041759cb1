// Storage that fails part-way: after falling back to memory, Forget my data
// still deletes what is in localStorage; a value that cannot be set aside is
// left where it is, and the reader is told so, not that it was set aside.
import { test } from './harness.mjs';
import { loadQuiz } from './oracle.mjs';
import {
  answerSheet,
  clickButton,
  clickLink,
  openApp,
  seeButton,
  seeHeading,
  seeNotice,
  seeQuestion,
  startQuiz,
  storageKeys,
  storedValue,
  storeValue,
} from './verbs.mjs';

const quiz = loadQuiz();
const PROGRESS = `candor.progress.${quiz.id}`;

/**
 * Makes `localStorage.setItem` throw QuotaExceededError, as a full storage
 * does, for keys matching `pattern` (a RegExp source) once `window.__fullAfter`
 * writes of Candor's have gone through (unset: at once). Reading and removing
 * keep working. Call before the first navigation.
 */
async function fillStorage(page, pattern) {
  await page.context().addInitScript((source) => {
    const matches = new RegExp(source);
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (key, value) {
      if (matches.test(key) && key !== 'candor.probe') {
        writes += 1;
        if (writes > (window.__fullAfter ?? 0)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  }, pattern);
}

test('storage: after a full storage moved Candor to memory, Forget my data still deletes what it had saved', async (t) => {
  const page = await t.newPage();
  await fillStorage(page, '^candor\\.');
  await page.context().addInitScript(() => {
    window.__fullAfter = 3;
  });
  await page.goto(t.url);
  await startQuiz(page);
  await answerSheet(page, '3'.repeat(5));
  await seeQuestion(page, 6);
  await seeNotice(page, 'not letting Candor save');
  t.assert((await storageKeys(page)).includes(PROGRESS), 'answers were saved to localStorage before it filled up');

  await page.goto(`${t.url}#/about`);
  await seeHeading(page, 'About Candor');
  await clickButton(page, 'Forget my data');
  await clickButton(page, 'Delete everything');
  await page.getByRole('status').filter({ hasText: 'Everything Candor stored on this device is gone.' }).waitFor();
  t.equal((await storageKeys(page)).filter((k) => k.startsWith('candor.')), [], 'no candor. keys are left in localStorage');
  await clickLink(page, 'Back to the start');
  await seeButton(page, 'Start');
  t.equal(await page.getByRole('button', { name: /^Resume/ }).count(), 0, 'nothing to resume');
});

test('storage: an unreadable value that cannot be set aside is left where it is, and the notice says so', async (t) => {
  const garbage = '{"v":1,"fingerprint": damaged';
  const page = await openApp(t);
  await seeButton(page, 'Start');
  await storeValue(page, PROGRESS, garbage);
  await fillStorage(page, '\\.unreadable-');
  await page.reload();

  const notice = await seeNotice(page, 'could not read');
  t.assert(notice.includes(PROGRESS), `the notice names where the value still is: ${notice}`);
  t.assert(!notice.includes('.unreadable-'), `the notice does not claim a copy that was never written: ${notice}`);
  t.equal((await storageKeys(page)).filter((k) => k.includes('.unreadable-')), [], 'no set-aside copy exists');
  t.equal(await storedValue(page, PROGRESS), garbage, 'the unreadable value is untouched');

  // Answering now goes to memory and never overwrites it.
  await startQuiz(page);
  await answerSheet(page, '4');
  await seeQuestion(page, 2);
  t.equal(await storedValue(page, PROGRESS), garbage, 'the unreadable value is still untouched after answering');
});
