// Shared steps of the page tests: open the page on a fresh profile, wait
// for the founding essay's chart (a first visit loads it), and compute the
// same analysis through the wasm module for the assertions.

import { openBrowser } from './browser.mjs';

/** Opens the page and waits until the first analysis is drawn. */
export async function openPage(options = {}) {
  const browser = await openBrowser(options);
  await browser.page.goto(browser.url);
  await waitForAnalysis(browser.page);
  return browser;
}

/** Waits until the page has drawn at least `count` analyses. */
export async function waitForAnalysis(page, count = 1) {
  await page.waitForFunction((n) => Number(document.body.dataset.analysed) >= n, count);
}

/** The number of analyses drawn so far (wait for it to grow after a change). */
export function analysedCount(page) {
  return page.evaluate(() => Number(document.body.dataset.analysed) || 0);
}

/** The report of the textarea's text, computed in the page by the wasm module. */
export function reportInPage(page, options = { tokens: false }) {
  return page.evaluate(async (opts) => {
    const wasm = await import(new URL('pkg/faultline.js', location.href).href);
    await wasm.default();
    const text = document.getElementById('essay').value;
    return { text, report: wasm.analyze(text, opts) };
  }, options);
}
