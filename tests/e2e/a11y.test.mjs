// Accessibility and privacy of the loaded page: axe-core finds no
// violation on the founding essay (light and dark, explanation open); the
// CSP is in force and nothing breaks it; no request ever goes to another
// origin, and the page makes none after load unless the reader asks for a
// sample.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { openPage } from './page-helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page) {
  // evaluate() runs outside the page's CSP, which would refuse an injected script.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

test('axe finds no violation; CSP in force; no request after load but a sample', async (t) => {
  const browser = await openPage();
  t.after(browser.close);
  const { page, requests } = browser;

  assert.deepEqual(await axeViolations(page), [], 'light');
  await page.locator('#actors-panel summary').click();
  await page.locator('#dictionary-panel summary').click();
  await page.locator('#export-panel summary').click();
  await page.locator('#output .sentence[data-index="5"]').click();
  await page.locator('#explain').waitFor();
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await axeViolations(page), [], 'dark, panels and explanation open');
  await page.emulateMedia({ colorScheme: 'light' });

  // The policy is the page's, and an inline script is refused under it.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const part of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'"]) assert.ok(csp.includes(part), part);
  const inlineRan = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    await new Promise((ok) => setTimeout(ok, 50));
    script.remove();
    return window.__inlineRan === true;
  });
  assert.equal(inlineRan, false, 'the CSP let an inline script run');
  const violations = browser.errors.filter((e) => /Content Security Policy/.test(e));
  assert.equal(violations.length, 1, `CSP violations besides the test's own: ${violations.join('\n')}`);

  // Requests: all same-origin, the service worker's too; after load,
  // typing, charts, explanations and exports make the page fetch nothing;
  // choosing a sample fetches exactly that sample. Not the page's doing,
  // so not counted after load: the service worker's precache downloads
  // (it is registered once the first analysis is drawn), and the browser
  // reading the manifest and one of its icons to judge installability (the
  // page's own favicon is data:, it never asks for /icons/).
  const origin = new URL(browser.url).origin;
  assert.deepEqual(requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin), []);
  const atLoad = browser.requestLog.length;
  const byPageAfterLoad = () => browser.requestLog.slice(atLoad)
    .filter((r) => !r.serviceWorker && r.resourceType !== 'manifest' && !r.url.startsWith('blob:') && !new URL(r.url).pathname.startsWith('/icons/'))
    .map((r) => new URL(r.url).pathname);
  await page.locator('#essay').press('End');
  await page.locator('#essay').pressSequentially(' Trump mocked clean energy.');
  await page.locator('#chart .chart-row').first().click();
  await page.waitForTimeout(300);
  assert.deepEqual(byPageAfterLoad(), [], 'requests after load');
  await page.locator('#sample').selectOption('plutarch-pericles-fabius.txt');
  await page.locator('#essay').evaluate((box) => new Promise((ok) => {
    const check = () => (box.value.includes('Perikles') ? ok() : setTimeout(check, 20));
    check();
  }));
  assert.deepEqual(byPageAfterLoad(), ['/samples/plutarch-pericles-fabius.txt']);
});
