// Drives www/bench.html in headless Chromium and reports how `analyze`
// compares with a plain JavaScript word scan measured in the same run.
// Prints a table and writes target/bench-results/browser.json.
//
//   node tests/bench/browser/run.mjs      (after scripts/build.sh and
//                                          scripts/bench-data.mjs; `make bench`
//                                          does both)

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser } from '../../e2e/browser.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dataDir = join(repoRoot, 'target', 'bench-data');
const resultFile = join(repoRoot, 'target', 'bench-results', 'browser.json');

const browser = await openBrowser({ mounts: { '/bench-data/': dataDir }, isolated: true });
let results;
try {
  const { page } = browser;
  await page.goto(new URL('bench.html', browser.url).href);
  await page.waitForFunction(() => window.faultlineBench);
  results = await page.evaluate(() => window.faultlineBench.run());
  results.browserVersion = browser.context.browser()?.version() ?? null;
} finally {
  await browser.close();
}
results.date = new Date().toISOString();

const columns = [
  ['text', (r) => r.case, 12],
  ['method', (r) => r.method, 22],
  ['median ms', (r) => r.medianMs.toFixed(3), 10],
  ['MB/s', (r) => r.mbPerS.toFixed(1), 8],
  ['× scan', (r) => r.vsScan.toFixed(1), 7],
  ['samples', (r) => `${r.samples}×${r.reps}`, 8],
];
const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(columns[i][2]) : c.padStart(columns[i][2]))).join('  ');
console.log(line(columns.map(([title]) => title)));
for (const row of results.rows) console.log(line(columns.map(([, get]) => get(row))));
console.log('MB = UTF-8 bytes / 1e6; × scan = median time / the JS word scan\'s on the same text.');
if (!results.crossOriginIsolated) console.log('warning: not cross-origin isolated, timers are coarse (100 µs)');

await mkdir(dirname(resultFile), { recursive: true });
await writeFile(resultFile, JSON.stringify(results, null, 2) + '\n');
console.log(`wrote ${resultFile}`);
