// Pasted text is always rendered as text: markup in the essay must show as
// its literal characters and never become elements or run script.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './browser.mjs';

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "Title\n\n<iframe src=javascript:alert(1)></iframe> and <a href=javascript:alert(1)>x</a>.",
  '<style>body{display:none}</style><b onmouseover=alert(1)>bold</b>',
];

test('markup in the essay is shown as text, never run', async (t) => {
  const browser = await openBrowser();
  t.after(browser.close);
  const { page } = browser;
  await page.goto(browser.url);
  await page.locator('#status', { hasText: 'sentence' }).waitFor();

  for (const payload of PAYLOADS) {
    await page.locator('#essay').fill(payload);
    // Rendered when the output holds the payload's characters (newlines
    // between blocks are not drawn).
    const flat = payload.replace(/\s+/g, '');
    await page.waitForFunction(
      (want) => document.getElementById('output').textContent.replace(/\s+/g, '') === want,
      flat,
    );
    const created = await page.locator('#output *:not(p, span, h1, h2, h3, h4, h5, h6, ul, li)').count();
    assert.equal(created, 0, `elements created from ${payload}`);
    const foreign = await page.evaluate(() => document.querySelectorAll('img, svg, iframe, style, b, a').length);
    assert.equal(foreign, 0, `markup became elements: ${payload}`);
    assert.equal(await page.locator('#essay').inputValue(), payload);
  }

  // Give any handler that slipped through time to fire.
  await page.waitForTimeout(300);
  assert.deepEqual(browser.dialogs, []);
  assert.deepEqual(browser.errors, []);
});
