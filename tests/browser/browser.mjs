// One place that knows how to start the machine's Chromium, shared by the
// browser tests and the benchmark. Playwright's own browser downloads are not
// available here, so we drive the system Chromium through playwright-core.
import { chromium } from 'playwright-core';

const CHROMIUM_PATH = process.env.CANDOR_CHROMIUM ?? '/usr/bin/chromium';

// Keep the browser quiet: no background traffic that would look like the app
// talking to other origins, and no features the sandboxed machine lacks.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium (with `extraArgs`, such as a fake camera). A browser that crashes while starting (it did, with
 * SIGSEGV, once in a few hundred starts here) is started once more, and
 * says so: that is the machine, not the app under test.
 */
export async function launchBrowser(extraArgs = []) {
  const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
  try {
    return await launch();
  } catch (err) {
    console.log(`Chromium failed to start (${String(err.message).split('\n')[0]}); starting it again`);
    return launch();
  }
}
