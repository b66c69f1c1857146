// Untrusted text stays text: 60 classic XSS vectors pasted as an essay are
// shown literally in the passages, the explanations, the people panel (an
// actor renamed to a vector), the chart, the summary and the exports, and
// none runs. The CSP is bypassed here on purpose: it would block inline
// handlers anyway, and this test is about the rendering, not the policy.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, waitForAnalysis, analysedCount } from './page-helpers.mjs';
import { XSS_VECTORS } from './xss-vectors.mjs';

// Elements the views themselves create; anything else came from the text.
const OURS = 'p, span, h2, h3, h4, h5, h6, ul, ol, li, a, strong, blockquote, section, button, label, input, select, option, code, div, fieldset, legend, details, summary, table, thead, tbody, tr, th, td, caption';

test('XSS vectors are shown as text everywhere and never run', async (t) => {
  const browser = await openPage({ contextOptions: { bypassCSP: true } });
  t.after(browser.close);
  const { page } = browser;
  await page.evaluate(() => {
    window.__xss = [];
    window.xss = (n) => window.__xss.push(n);
  });

  // Each vector inside a sentence about two people, so the vectors sit in
  // mentions, theme words and explanations too.
  const essay = ['Donald Trump and Elon Musk: a test', '', ...XSS_VECTORS.map((v, i) =>
    `Trump said ${v} about tariffs, while Musk praised clean energy ${i}.`)].join('\n\n');
  let count = await analysedCount(page);
  await page.locator('#essay').fill(essay);
  await waitForAnalysis(page, count + 1);
  await page.waitForFunction((want) => document.getElementById('output').textContent.replace(/\s+/g, '') === want, essay.replace(/\s+/g, ''));

  const strangers = (root) => page.evaluate(({ root, ours }) => [...document.querySelectorAll(`${root} *`)]
    .filter((node) => !node.matches(ours) && !node.closest('svg.chart, svg.flow, svg'))
    .map((node) => node.outerHTML.slice(0, 80)), { root, ours: OURS });
  assert.deepEqual(await strangers('#output'), []);
  assert.equal(await page.locator('#output :is(img, script, iframe, object, embed, math, style, a, input, textarea, video, audio)').count(), 0);

  // Explanations of the sentences holding the vectors.
  for (const i of [2, 10, 30, 55]) {
    await page.locator(`#output .sentence[data-index="${i}"]`).click();
    await page.locator('#explain').waitFor();
    assert.deepEqual(await strangers('#explain'), [], `explanation ${i}`);
  }
  await page.keyboard.press('Escape');

  // An actor renamed to a vector: the name is text in every view.
  await page.locator('#actors-panel summary').click();
  await page.locator('#actors-body .actor-row').first().getByRole('button', { name: /Rename/ }).click();
  const name = '<img src=x onerror=xss(999)>';
  const input = page.locator('#actors-body input[type="text"]').first();
  await input.fill(name);
  count = await analysedCount(page);
  await input.press('Enter');
  await waitForAnalysis(page, count + 1);
  assert.match(await page.locator('#actors-body').textContent(), /<img src=x onerror=xss\(999\)>/);
  assert.match(await page.locator('#summary').textContent(), /<img src=x/);
  assert.deepEqual(await strangers('#actors-body'), []);
  assert.deepEqual(await strangers('#summary'), []);
  assert.equal(await page.locator('#chart img, #chart foreignObject, #chart script').count(), 0);

  // The exports carry the vectors inertly.
  await page.locator('#export-panel summary').click();
  const grab = async (id) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#${id}`).click()]);
    return readFile(await download.path(), 'utf8');
  };
  const md = await grab('export-markdown');
  assert.doesNotMatch(md, /<(img|script|svg|iframe|a)\b/i, 'raw tags in the Markdown');
  assert.doesNotMatch(md, /\]\(javascript:/i, 'a javascript: link in the Markdown');
  const csv = await grab('export-sentences');
  assert.ok(csv.includes('onerror=xss(2)'), 'the CSV keeps the text');
  const svgText = await grab('export-svg');
  assert.doesNotMatch(svgText, /<(img|script|foreignObject)\b/i);
  const json = JSON.parse(await grab('export-json'));
  assert.equal(json.textLength, essay.length);

  await page.waitForTimeout(300); // time for anything that slipped through
  assert.deepEqual(await page.evaluate(() => window.__xss), []);
  assert.deepEqual(browser.dialogs, []);
  assert.deepEqual(browser.errors.filter((e) => !/Failed to load resource/.test(e)), []);
});
