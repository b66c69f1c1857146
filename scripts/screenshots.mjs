// Takes the manifest's screenshots from the real page (the founding essay,
// analysed) in headless Chromium and writes them, palette-compressed, to
// www/screenshots/. Committed, like the icons; run again after the page
// changes its look:
//
//   make build && node scripts/screenshots.mjs
//
// wide.png    1280×800, form_factor "wide" (a desktop install dialog)
// narrow.png   360×780, form_factor "narrow" (a phone)

import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openPage } from '../tests/e2e/page-helpers.mjs';
import { optimizePngs } from './png-optimize.mjs';

const OUT = fileURLToPath(new URL('../www/screenshots/', import.meta.url));
const SHOTS = [
  { file: 'wide.png', width: 1280, height: 800 },
  { file: 'narrow.png', width: 360, height: 780 },
];

await mkdir(OUT, { recursive: true });
// No service worker: a screenshot needs only the page.
const browser = await openPage({ contextOptions: { serviceWorkers: 'block', colorScheme: 'light' } });
try {
  for (const { file, width, height } of SHOTS) {
    await browser.page.setViewportSize({ width, height });
    await browser.page.evaluate(() => scrollTo(0, 0));
    await browser.page.screenshot({ path: `${OUT}${file}` });
  }
} finally {
  await browser.close();
}
for (const [path, bytes] of optimizePngs(SHOTS.map(({ file }) => `${OUT}${file}`), { colors: 128 })) {
  console.log(`${path.slice(OUT.length).padEnd(12)} ${bytes} bytes`);
}
