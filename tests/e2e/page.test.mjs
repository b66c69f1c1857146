// The sample essay, end to end: it loads, every sentence the module finds is
// drawn, the structure shows (title h1, section headings h2), no character
// is lost, and nothing leaves 127.0.0.1.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser } from './browser.mjs';

const SCREENSHOT = fileURLToPath(new URL('./screenshots/page.png', import.meta.url));

test('the sample essay renders as title, headings and tinted sentences', async (t) => {
  const browser = await openBrowser();
  t.after(browser.close);
  const { page } = browser;

  await page.goto(browser.url);
  await page.getByRole('button', { name: 'Load sample essay' }).click();
  await page.locator('#output .sentence').first().waitFor();

  // The same analysis, computed in the page through the module itself.
  const expected = await page.evaluate(async () => {
    const wasm = await import(new URL('pkg/faultline.js', location.href).href);
    await wasm.default();
    const text = document.getElementById('essay').value;
    const { document: doc } = wasm.analyze(text);
    const slice = (span) => (span ? text.slice(span.start, span.end) : null);
    return { text, sentences: doc.sentences.length, title: slice(doc.title) };
  });

  const sentences = page.locator('#output .sentence');
  const count = await sentences.count();
  assert.equal(count, expected.sentences);
  assert.ok(count > 40, `only ${count} sentences`);
  assert.match(await page.locator('#status').textContent(), new RegExp(`^${count} sentences · `));

  assert.equal(await page.locator('#output h1').count(), 1);
  assert.equal((await page.locator('#output h1').textContent()).trim(), expected.title.trim());
  assert.ok(expected.title.startsWith('Why Musk'), expected.title);
  const aligned = page.locator('#output h2', { hasText: 'Why They Aligned' });
  assert.equal(await aligned.count(), 1, '"Why They Aligned" is not an h2');

  // Neighbouring sentences get different tints, and carry their index.
  const classes = await sentences.evaluateAll((spans) => spans.slice(0, 2).map((s) => s.className));
  assert.notEqual(classes[0], classes[1]);
  assert.equal(await sentences.nth(3).getAttribute('data-index'), '3');

  // Nothing lost: the output holds every non-space character of the text.
  const shown = await page.locator('#output').textContent();
  assert.equal(shown.replace(/\s+/g, ''), expected.text.replace(/\s+/g, ''));

  await mkdir(dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });

  assert.deepEqual(browser.errors, [], 'errors in the page (a CSP violation?)');

  // The Content-Security-Policy is in force (an inline script is refused),
  // and the wasm ran under it.
  const inlineRan = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    await new Promise((ok) => setTimeout(ok, 50));
    script.remove();
    return window.__inlineRan === true;
  });
  assert.equal(inlineRan, false, 'the CSP let an inline script run');
  assert.match(browser.errors.join('\n'), /Content Security Policy/);

  const origin = new URL(browser.url).origin;
  const foreign = browser.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  assert.deepEqual(foreign, [], 'requests left 127.0.0.1');
});
