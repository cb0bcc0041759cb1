// The benchmark: `node tests/bench/bench.mjs`. Serves the built app (dist/,
// or $CANDOR_DIST) under a sub-path, measures it in headless Chromium, prints
// the figures beside the product's budgets and writes bench-results.json.
// It measures and never gates: it exits non-zero only when a measurement
// could not be taken. To add a measurement, write a function that takes the
// environment and returns its part of the results, list it in MEASUREMENTS,
// and add its summary line to `summaryLines`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../browser/browser.mjs';
import { repoRoot, requireDist } from '../browser/dist.mjs';
import { startServer } from '../browser/server.mjs';

const RESULTS_FILE = path.join(repoRoot, 'bench-results.json');
const COLD_LOADS = 10;
const READY_TIMEOUT_MS = 15_000;

// From the product brief; shown for information only.
const BUDGETS = {
  transfer_gzip_bytes: 150_000,
  transfer_gzip_aim_bytes: 100_000,
  first_screen_median_ms: 300,
  wasm_memory_bytes: 8 * 1024 * 1024,
};

const MEASUREMENTS = [measureTransfer, measureFirstScreen, measureWasmMemory];

async function main() {
  const dist = requireDist();
  const app = await startServer({ root: dist });
  const browser = await launchBrowser();
  const results = { measured_at: new Date().toISOString(), browser: `Chromium ${browser.version()}`, url: app.url };
  const errors = [];
  try {
    for (const measure of MEASUREMENTS) {
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

  results.budgets = BUDGETS;
  results.errors = errors;
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(['', 'Summary', ...summaryLines(results), '', `written to ${path.relative(process.cwd(), RESULTS_FILE)}`].join('\n'));
  for (const error of errors) console.error(`could not measure: ${error}`);
  return errors.length === 0 ? 0 : 1;
}

// ---------------------------------------------------------------------------
// Measurements

/** Every file loaded before the first screen is interactive, raw and gzip -9. */
async function measureTransfer({ browser, url, base }) {
  const load = await coldLoad(browser, url, { onResponse: (response) => measureResponse(response, base) });
  const files = load.responses.filter(Boolean);
  const transfer = {
    files,
    total_raw: sum(files.map((file) => file.raw)),
    total_gzip: sum(files.map((file) => file.gzip)),
  };
  printTransferTable(transfer);
  return { transfer };
}

/** Navigation start → first screen interactive, over several cold loads. */
async function measureFirstScreen({ browser, url }) {
  const runs = [];
  for (let i = 0; i < COLD_LOADS; i += 1) runs.push(round((await coldLoad(browser, url)).readyMs));
  return { first_screen_ms: { runs, median: round(median(runs)), max: Math.max(...runs) } };
}

/** Size of the wasm linear memory once the first screen is interactive. */
async function measureWasmMemory({ browser, url }) {
  const { wasmMemoryBytes } = await coldLoad(browser, url);
  if (wasmMemoryBytes === null) throw new Error('no TrunkApplicationStarted event carrying detail.wasm.memory');
  return { wasm_memory_bytes: wasmMemoryBytes };
}

// ---------------------------------------------------------------------------
// Loading the app

/**
 * Loads the app in a fresh context (empty cache) and waits for the first
 * screen. `onResponse` may return a promise per response; those of responses
 * received by then are resolved into `responses`.
 */
async function coldLoad(browser, url, { onResponse } = {}) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    const pending = [];
    if (onResponse) page.on('response', (response) => pending.push(onResponse(response)));
    await page.goto(url);
    await page.waitForFunction(() => window.__candorReady !== undefined, null, { timeout: READY_TIMEOUT_MS });
    const beforeReady = pending.slice();
    const probes = await page.evaluate(() => ({
      readyMs: window.__candorReady,
      wasmMemoryBytes: window.__candorWasmMemory?.buffer.byteLength ?? null,
    }));
    return { ...probes, responses: await Promise.all(beforeReady) };
  } finally {
    await context.close();
  }
}

// Runs in the page before its scripts. "Interactive" is when a <button> that
// reads "Start" first exists; Trunk's loader announces the wasm exports with
// the TrunkApplicationStarted event.
function installProbes() {
  const startButtonExists = () =>
    Array.from(document.getElementsByTagName('button')).some((button) => button.textContent.trim() === 'Start');
  const observer = new MutationObserver(() => {
    if (!startButtonExists()) return;
    window.__candorReady = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  addEventListener('TrunkApplicationStarted', (event) => {
    window.__candorWasmMemory = event.detail.wasm.memory;
  });
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

function printTransferTable({ files, total_raw, total_gzip }) {
  const width = Math.max(24, ...files.map(({ file }) => file.length));
  const row = (name, raw, gzip) => `  ${name.padEnd(width)}  ${raw.padStart(12)}  ${gzip.padStart(12)}`;
  console.log('Files loaded before the first screen is interactive');
  console.log(row('file', 'raw bytes', 'gzip -9'));
  for (const { file, raw, gzip } of files) console.log(row(file, bytes(raw), bytes(gzip)));
  console.log(row(`total (${files.length} files)`, bytes(total_raw), bytes(total_gzip)));
}

function summaryLines({ transfer, first_screen_ms: firstScreen, wasm_memory_bytes: wasmMemory }) {
  const line = (label, figure, budget = '') => `  ${label.padEnd(30)} ${figure.padEnd(22)} ${budget}`.trimEnd();
  const verdict = (within) => (within ? 'within budget' : 'OVER budget');
  return [
    transfer
      ? line(
          'transfer to first screen',
          `${kilobytes(transfer.total_gzip)} gzip`,
          `budget ≤ ${kilobytes(BUDGETS.transfer_gzip_bytes)}, aim ${kilobytes(BUDGETS.transfer_gzip_aim_bytes)}: ${verdict(transfer.total_gzip <= BUDGETS.transfer_gzip_bytes)}`,
        )
      : line('transfer to first screen', 'not measured'),
    transfer ? line('  uncompressed', kilobytes(transfer.total_raw)) : null,
    firstScreen
      ? line(
          `first screen, median of ${firstScreen.runs.length}`,
          `${firstScreen.median} ms`,
          `budget ≤ ${BUDGETS.first_screen_median_ms} ms: ${verdict(firstScreen.median <= BUDGETS.first_screen_median_ms)}`,
        )
      : line('first screen', 'not measured'),
    firstScreen ? line('  slowest', `${firstScreen.max} ms`) : null,
    wasmMemory !== undefined
      ? line('wasm memory after load', mebibytes(wasmMemory), `budget ≤ ${mebibytes(BUDGETS.wasm_memory_bytes)} (after a full run): ${verdict(wasmMemory <= BUDGETS.wasm_memory_bytes)}`)
      : line('wasm memory after load', 'not measured'),
  ].filter((entry) => entry !== null);
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
