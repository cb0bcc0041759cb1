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

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
