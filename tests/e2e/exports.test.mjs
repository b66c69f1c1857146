// Every export of the founding essay downloads and parses: the JSON report
// (with the engine version and the dictionary hash), one CSV row per
// sentence, one statements row per statement, a Markdown report quoting the
// evidence, the chart as valid SVG and as a PNG.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, reportInPage } from './page-helpers.mjs';

// RFC 4180: quoted fields may hold commas, quotes (doubled) and newlines.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('each export downloads and parses', async (t) => {
  const browser = await openPage();
  t.after(browser.close);
  const { page } = browser;
  const { report } = await reportInPage(page);
  await page.locator('#export-panel summary').click();

  const grab = async (id) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#${id}`).click()]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  };

  const json = JSON.parse((await grab('export-json')).bytes.toString('utf8'));
  assert.match(json.engine.version, /^\d+\.\d+\.\d+/);
  assert.equal(json.dictionary.hash, report.dictionary.hash);
  assert.equal(json.themes.length, report.themes.length);

  const sentences = parseCsv((await grab('export-sentences')).bytes.toString('utf8'));
  assert.equal(sentences.length, report.document.sentences.length + 1);
  assert.ok(sentences.every((row) => row.length === sentences[0].length), 'ragged CSV');

  const statements = parseCsv((await grab('export-statements')).bytes.toString('utf8'));
  assert.equal(statements.length, report.statements.length + 1);
  for (const column of ['actor', 'theme', 'pole', 'agreement']) assert.ok(statements[0].includes(column), column);

  const md = (await grab('export-markdown')).bytes.toString('utf8');
  assert.match(md, /Donald Trump/);
  assert.match(md, /^> /m, 'quotes its evidence');
  assert.match(md, new RegExp(report.dictionary.hash));

  const svgFile = await grab('export-svg');
  assert.match(svgFile.name, /\.svg$/);
  const svgCheck = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, rows: doc.querySelectorAll('[data-theme]').length };
  }, svgFile.bytes.toString('utf8'));
  assert.equal(svgCheck.error, null);
  assert.equal(svgCheck.root, 'svg');
  assert.ok(svgCheck.rows >= 3);

  const png = (await grab('export-png')).bytes;
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.length > 5000, `PNG of ${png.length} bytes`);
  assert.deepEqual(browser.errors, []);
});
