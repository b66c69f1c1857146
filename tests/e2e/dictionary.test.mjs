// The dictionary tools module in the browser: import a LIWC list, compile
// it, analyse with it in the analysis module, export it back; every
// problem of a bad dictionary named; the default dictionary's themes and
// the founding essay's divergences in the page's own wasm.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './browser.mjs';

test('dictionaries are imported, compiled, used and exported in the browser', async (t) => {
  const browser = await openBrowser();
  t.after(browser.close);
  const { page } = browser;
  await page.goto(browser.url);

  const result = await page.evaluate(async () => {
    const core = await import(new URL('pkg/faultline.js', location.href).href);
    await core.default();
    const tools = await import(new URL('pkg/faultline_tools.js', location.href).href);
    await tools.default();
    const liwc = '%\n1\tMoney\n2\tHealth\n%\ntax*\t1\nbudget\t1\nhospital*\t2\n';
    const imported = tools.importDictionary(liwc, 'mine.dic');
    const compiled = tools.compileDictionary(imported);
    const report = core.analyze('The budget and taxes. A new hospital.', { tokens: false, dictionary: compiled });
    const exported = tools.exportDictionary(compiled);
    let bad = null;
    try {
      tools.compileDictionary({ name: 'x', version: '1', themes: [{ id: 'a', label: 'A', entries: [{ pole: 2, terms: [''] }] }] });
    } catch (err) {
      bad = String(err.message);
    }
    let foreign = null;
    try {
      core.analyze('text', { dictionary: 'not compiled' });
    } catch (err) {
      foreign = String(err.message);
    }
    const essay = await (await fetch('samples/musk-trump-seed.txt')).text();
    const seed = core.analyze(essay, { tokens: false });
    return {
      themes: report.themes.map((x) => x.id),
      firstSentence: report.sentences[0].themes.map((x) => [x.id, x.matches.map((m) => m.entry)]),
      name: report.dictionary.name,
      exportedThemes: exported.themes.length,
      bad,
      foreign,
      seed: Object.fromEntries(seed.themes.map((x) => [x.id, x.status])),
      defaultThemes: tools.exportDictionary().themes.length,
      // The default, exported and compiled again (CAP codes, weights and
      // all, through JavaScript's one number type): the same dictionary.
      roundTrip: core.analyze(essay, { tokens: false, dictionary: tools.compileDictionary(tools.exportDictionary()) }).dictionary.hash,
      defaultHash: seed.dictionary.hash,
    };
  });

  assert.deepEqual(result.themes.sort(), ['health', 'money']);
  assert.deepEqual(result.firstSentence, [['money', ['=budget', 'tax*']]]); // LIWC words are exact forms
  assert.equal(result.name, 'mine');
  assert.equal(result.exportedThemes, 2);
  assert.match(result.bad, /themes\[0\] \(a\) entries\[0\]: `pole` must be -1, 0 or 1/);
  assert.match(result.bad, /terms\[0\]/);
  assert.match(result.foreign, /dictionary/);
  assert.equal(result.roundTrip, result.defaultHash);
  for (const id of ['climate', 'trade', 'immigration']) assert.equal(result.seed[id], 'diverge', id);
  for (const id of ['media', 'democracy']) assert.equal(result.seed[id], 'align', id);
  assert.equal(result.seed.technology, 'oneSided');
  assert.equal(result.defaultThemes, 12);
});

test('the dictionary panel: switches, a malformed import named by line, a LIWC import, export', async (t) => {
  const { openPage, waitForAnalysis, analysedCount } = await import('./page-helpers.mjs');
  const browser = await openPage();
  t.after(browser.close);
  const { page } = browser;
  const essay = page.locator('#essay');
  const text = await essay.inputValue();
  await page.locator('#dictionary-panel summary').click();

  // A theme switched off leaves the chart.
  let count = await analysedCount(page);
  await page.locator('#theme-climate').uncheck();
  await waitForAnalysis(page, count + 1);
  assert.equal(await page.locator('#chart .chart-row[data-theme="climate"]').count(), 0);
  count = await analysedCount(page);
  await page.locator('#theme-climate').check();
  await waitForAnalysis(page, count + 1);
  assert.equal(await page.locator('#chart .chart-row[data-theme="climate"]').count(), 1);

  // Malformed JSON: the message names the line; the essay is untouched.
  const broken = '{\n  "name": "mine",\n  "version": "1"\n  "themes": []\n}\n';
  await page.locator('#dictionary-file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const error = page.locator('#dictionary-error');
  await error.waitFor();
  assert.match(await error.textContent(), /mine\.json: line 4/);
  assert.equal(await essay.inputValue(), text);

  // A LIWC file with a bad line: named too.
  await page.locator('#dictionary-file').setInputFiles({ name: 'bad.dic', mimeType: 'text/plain', buffer: Buffer.from('%\n1\tMoney\n%\ntax*\t1\nbudget\t7\n') });
  await page.locator('#dictionary-error', { hasText: 'bad.dic' }).waitFor();
  assert.match(await error.textContent(), /line 5/);

  // A good LIWC file replaces the themes; export gives it back.
  count = await analysedCount(page);
  await page.locator('#dictionary-file').setInputFiles({ name: 'money.dic', mimeType: 'text/plain', buffer: Buffer.from('%\n1\tMoney\n2\tHealth\n%\ntax*\t1\nbudget\t1\nmoney\t1\nhospital*\t2\n') });
  await waitForAnalysis(page, count + 1);
  assert.equal(await error.isHidden(), true);
  const labels = await page.locator('.theme-switches label').allTextContents();
  assert.deepEqual(labels.sort(), ['Health', 'Money']);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export it (JSON)' }).click()]);
  const { readFile } = await import('node:fs/promises');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(exported.themes.map((x) => x.id).sort(), ['health', 'money']);

  // Back to the default.
  count = await analysedCount(page);
  await page.getByRole('button', { name: 'Back to the default' }).click();
  await waitForAnalysis(page, count + 1);
  assert.ok((await page.locator('.theme-switches label').count()) >= 12);
  assert.equal(await essay.inputValue(), text);
  assert.deepEqual(browser.errors, []);
});
