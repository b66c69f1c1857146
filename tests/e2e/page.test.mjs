// The founding essay end to end, as a reader sees it: the chart ranks the
// split themes first and marks the shared ones; a row filters the passages
// to its evidence; a sentence explains itself by keyboard; the compared
// people can be changed; the structure and every character of the essay
// are drawn; nothing leaves 127.0.0.1. Screenshots in light and dark, at
// desktop and phone width, go to tests/e2e/screenshots/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openPage, reportInPage, waitForAnalysis, analysedCount } from './page-helpers.mjs';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

test('the founding essay: chart, filter, explanations, compared people', async (t) => {
  const browser = await openPage();
  t.after(browser.close);
  const { page } = browser;
  const { text, report } = await reportInPage(page);
  assert.ok(text.startsWith('Why Musk'), 'a first visit shows the founding essay');

  // The chart: the three most divergent rows, then media marked aligned.
  const rows = page.locator('#chart .chart-row');
  await rows.first().waitFor();
  const order = await rows.evaluateAll((gs) => gs.map((g) => g.dataset.theme));
  assert.deepEqual(new Set(order.slice(0, 3)), new Set(['climate', 'trade', 'immigration']), `rows: ${order}`);
  const media = page.locator('#chart .chart-row[data-theme="media"]');
  assert.match(await media.getAttribute('aria-label'), /align/i);
  assert.equal(await media.locator('.chart-status--align').count(), 1);

  // Structure and text: the title, a section heading, every character.
  assert.equal((await page.locator('#output .block-title').first().textContent()).trim(), text.slice(report.document.title.start, report.document.title.end).trim());
  assert.equal(await page.locator('#output h4.block-heading', { hasText: 'Why They Aligned' }).count(), 1);
  const shown = await page.locator('#output').textContent();
  assert.equal(shown.replace(/\s+/g, ''), text.replace(/\s+/g, ''));
  assert.equal(await page.locator('#output .sentence').count(), report.document.sentences.length);
  // People are marked, and a pronoun says whom it points to.
  assert.ok(await page.locator('#output .mention[data-actor~="donald-trump"]').count() > 20);
  assert.ok(await page.locator('#output .mention-pronoun[data-ref]').count() > 5);
  assert.ok(await page.locator('#output .trigger[data-theme="climate"]').count() > 3);

  // The summary names both and links its claims to sentences.
  const summary = await page.locator('#summary').textContent();
  assert.match(summary, /Donald Trump/);
  assert.match(summary, /Elon Musk/);
  assert.ok(await page.locator('#summary a[href^="#s"]').count() >= 3);

  // Clicking the Climate row leaves only its evidence highlighted.
  const climate = report.themes.find((x) => x.id === 'climate');
  const evidence = [...new Set(Object.values(climate.positions).flatMap((p) => p.evidence.map((e) => e.sentence)))].sort((a, b) => a - b);
  await page.locator('#chart .chart-row[data-theme="climate"]').click();
  await page.locator('#filter-note').waitFor();
  const lit = await page.locator('#output .sentence.lit').evaluateAll((spans) => spans.map((s) => Number(s.dataset.index)));
  assert.deepEqual(lit, evidence);
  assert.ok(evidence.length >= 3);
  await page.locator('#chart .chart-row[data-theme="climate"]').click(); // again: all back
  await page.locator('#filter-note').waitFor({ state: 'hidden' });
  assert.ok((await page.locator('#output .sentence.lit').count()) > evidence.length);

  // The same by keyboard: Enter on a focused row filters, and the focus
  // stays on that row through the chart's redraw.
  await page.locator('#chart .chart-row[data-theme="trade"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('#filter-note').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.theme), 'trade');
  await page.keyboard.press('Enter');
  await page.locator('#filter-note').waitFor({ state: 'hidden' });

  // Keyboard: Tab into the essay, arrows between sentences, Esc closes.
  await page.locator('#output .sentence[tabindex="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const explain = page.locator('#explain');
  await explain.waitFor();
  assert.match(await explain.locator('h2').textContent(), /Sentence 3/);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.index), '2');
  const withStance = report.statements[0].sentence;
  await page.locator(`#output .sentence[data-index="${withStance}"]`).click();
  assert.match(await explain.textContent(), /Stances/);
  assert.match(await explain.textContent(), new RegExp(report.statements[0].pole.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
  // ...and the words that put it on that pole, as the essay writes them.
  const stance = report.statements[0];
  const poleMatch = report.sentences[withStance].themes.find((t) => t.id === stance.theme)
    .matches.find((m) => m.entry === stance.term && m.start >= stance.start && m.end <= stance.end);
  assert.ok(poleMatch, 'the stance\'s term is among its sentence\'s matches');
  assert.ok((await explain.textContent()).includes(`pole word “${text.slice(poleMatch.start, poleMatch.end)}”`));
  await page.keyboard.press('Escape');
  await explain.waitFor({ state: 'hidden' });

  // Screenshots, looked at by whoever changes the page.
  await mkdir(SHOTS, { recursive: true });
  await page.evaluate(() => scrollTo(0, 0));
  for (const [scheme, width, height] of [['light', 1280, 900], ['dark', 1280, 900], ['light', 360, 780], ['dark', 360, 780]]) {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(100);
    await page.screenshot({ path: `${SHOTS}page-${scheme}-${width}.png`, fullPage: width > 400 });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Compare other people: tick Nero; the chart and summary follow.
  await page.locator('#actors-panel summary').click();
  const before = await analysedCount(page);
  await page.locator('#actors-body input[type="checkbox"]#compare-nero').check();
  await waitForAnalysis(page, before + 1);
  assert.match(await page.locator('#summary').textContent(), /Nero/);
  assert.equal(await page.locator('#compare-nero').isChecked(), true);
  // Three people: a matrix of every pair beside the chart.
  const matrix = page.locator('#pair-matrix table.pair-matrix');
  await matrix.waitFor();
  assert.equal(await matrix.locator('tbody tr').count(), 3);
  assert.match(await matrix.textContent(), /Nero/);

  assert.deepEqual(browser.errors, [], 'errors in the page (a CSP violation?)');
  const origin = new URL(browser.url).origin;
  const foreign = browser.requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  assert.deepEqual(foreign, [], 'requests left 127.0.0.1');
});
