// The page never loses the user's text: a reload brings it back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './browser.mjs';

test('typed text survives a reload', async (t) => {
  const browser = await openBrowser();
  t.after(browser.close);
  const { page } = browser;
  const essay = page.locator('#essay');
  await page.goto(browser.url);

  // Real keystrokes, then a reload.
  await essay.pressSequentially('Musk builds rockets. Trump builds walls.');
  await page.reload();
  assert.equal(await essay.inputValue(), 'Musk builds rockets. Trump builds walls.');
  // It is analysed again after the reload.
  await page.locator('#output .sentence').first().waitFor();
  assert.match(await page.locator('#status').textContent(), /^\d+ sentences? · /);

  // Text a storage round trip could mangle: emoji, CRLF, accents.
  const tricky = 'Rockets 🚀 and walls.\r\n\nÉmigré naïveté — kept?';
  await essay.fill(tricky);
  await page.reload();
  assert.equal(await essay.inputValue(), tricky.replace(/\r\n/g, '\n'));
});
