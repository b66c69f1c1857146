// The page never loses the reader's text: a reload brings it back, even a
// cleared box stays cleared, and a text too big for localStorage survives.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForAnalysis, analysedCount } from './page-helpers.mjs';

test('typed text survives a reload', async (t) => {
  const browser = await openPage();
  t.after(browser.close);
  const { page } = browser;
  const essay = page.locator('#essay');

  // The first visit's sample is credited while the text is still that
  // sample, edited or not; a text of the reader's own is not.
  const credit = page.locator('#sample-credit');
  assert.match(await credit.textContent(), /^Sample: /);
  assert.ok(await credit.isVisible());
  await essay.press('Control+End');
  await essay.pressSequentially(' A last word.');
  assert.ok(await credit.isVisible(), 'an edit of the sample lost its credit');

  // Real keystrokes, then a reload.
  await essay.fill('');
  await essay.pressSequentially('Musk builds rockets. Trump builds walls.');
  assert.ok(await credit.isHidden(), 'the sample credit stayed on the reader\'s own text');
  await page.reload();
  await waitForAnalysis(page);
  assert.equal(await essay.inputValue(), 'Musk builds rockets. Trump builds walls.');
  assert.match(await page.locator('#status').textContent(), /^\d+ sentences? · /);

  // Text a storage round trip could mangle: emoji, CRLF, accents.
  const tricky = 'Rockets 🚀 and walls.\r\n\nÉmigré naïveté — kept?';
  await essay.fill(tricky);
  await page.reload();
  await waitForAnalysis(page);
  assert.equal(await essay.inputValue(), tricky.replace(/\r\n/g, '\n'));

  // A cleared box is the reader's choice: no sample comes back.
  await essay.fill('');
  await page.reload();
  await waitForAnalysis(page);
  assert.equal(await essay.inputValue(), '');

  // Over localStorage's quota (~5 M code units): kept in IndexedDB. And
  // over the editor's limit: pasted beside the textarea, not into it.
  const big = 'Trump builds walls while Musk builds rockets. '.repeat(130_000);
  const count = await analysedCount(page);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.getElementById('essay').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, big);
  await page.locator('#big-text').waitFor();
  assert.match(await page.locator('#big-text-note').textContent(), /6\.0 M characters/);
  assert.equal(await essay.isHidden(), true);
  // The save of a big text waits for a pause; the page says when it is done.
  await page.waitForFunction((n) => document.body.dataset.saved === String(n), big.length, { timeout: 60_000 });
  await waitForAnalysis(page, count + 1);
  assert.match(await page.locator('#status').textContent(), /^130,?000 sentences|^130000 sentences/);
  await page.reload();
  await page.locator('#big-text').waitFor({ timeout: 60_000 });
  assert.match(await page.locator('#big-text-note').textContent(), /6\.0 M characters/);
  // A script writing into the hidden box (a shared text) replaces the big
  // text, which "Restore my text" brings back.
  await page.evaluate(() => {
    const box = document.getElementById('essay');
    box.value = 'Shared: Musk builds rockets.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  assert.equal(await essay.inputValue(), 'Shared: Musk builds rockets.');
  await page.locator('#undo-replace').click();
  await page.locator('#big-text').waitFor();
  assert.match(await page.locator('#big-text-note').textContent(), /6\.0 M characters/);
  // Asked for, it goes into the box after all; Clear then empties it.
  await page.locator('#big-text-edit').click();
  await page.waitForFunction((n) => document.getElementById('essay').value.length === n, big.length, { timeout: 60_000 });
  assert.equal(await page.locator('#big-text').isHidden(), true);
  // A text an older page put in the database, before the database mark
  // existed: a returning visitor (settings saved) gets it back, not the
  // sample. Written from another page of the site, once the app's own
  // last save (on leaving) is done.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 })); // a text file's tab asks for one
  await page.goto(new URL('samples/musk-trump-seed.txt', browser.url).href);
  await page.waitForTimeout(1000);
  await page.evaluate((text) => new Promise((resolve, reject) => {
    localStorage.removeItem('faultline.text');
    localStorage.removeItem('faultline.textInDatabase');
    const open = indexedDB.open('faultline', 1);
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put(text, 'text');
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }), 'Kept by an older page. Musk builds rockets.');
  await page.goto(browser.url);
  await waitForAnalysis(page);
  assert.equal(await essay.inputValue(), 'Kept by an older page. Musk builds rockets.');
  assert.deepEqual(browser.errors, []);
});
