// Renders the app icons from www/icons/icon.svg with headless Chromium and
// writes them, palette-compressed, beside it. The PNGs are committed, so
// the build needs no browser; run this again after changing the drawing:
//
//   node scripts/icons.mjs
//
// icon-192.png, icon-512.png   purpose "any": rounded corners, transparent
// icon-maskable-512.png        purpose "maskable": square, full bleed (the
//                              platform cuts its own shape; the mark keeps
//                              inside the 40% safe circle by design)
// apple-touch-icon.png         180 px, square and opaque, as iOS wants it

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { optimizePngs } from './png-optimize.mjs';

const ICONS = fileURLToPath(new URL('../www/icons/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'];

const VARIANTS = [
  { file: 'icon-192.png', size: 192, square: false },
  { file: 'icon-512.png', size: 512, square: false },
  { file: 'icon-maskable-512.png', size: 512, square: true },
  { file: 'apple-touch-icon.png', size: 180, square: true },
];

const source = await readFile(`${ICONS}icon.svg`, 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, square } of VARIANTS) {
    await page.setViewportSize({ width: size, height: size });
    // The SVG as the document itself (no HTML around it), scaled to the
    // viewport; square variants lose the rounded corners.
    await page.setContent(`<!doctype html><body style="margin:0">${source.replace('<svg ', '<svg style="display:block" ')}`, { waitUntil: 'load' });
    await page.evaluate(({ size, square }) => {
      const svg = document.querySelector('svg');
      svg.setAttribute('width', size);
      svg.setAttribute('height', size);
      if (square) svg.getElementById('background').setAttribute('rx', '0');
    }, { size, square });
    await page.screenshot({ path: `${ICONS}${file}`, omitBackground: !square, clip: { x: 0, y: 0, width: size, height: size } });
  }
} finally {
  await browser.close();
}
const sizes = optimizePngs(VARIANTS.map(({ file }) => `${ICONS}${file}`), { colors: 128 });
for (const [path, bytes] of sizes) console.log(`${path.slice(ICONS.length).padEnd(24)} ${bytes} bytes`);
