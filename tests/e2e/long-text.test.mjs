// A long text's report comes from the worker in parts (worker.js,
// `analyzeJsonParts`) that the page parses a pair at a time: what the page
// shows and exports is still the whole report, sentence for sentence. Its
// hundreds of people are listed 60 at first, all on request.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, reportInPage, waitForAnalysis, analysedCount } from './page-helpers.mjs';

const essays = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus', 'essays');

/** The corpus essays end to end, again and again, past `chars` characters. */
async function longText(chars) {
  const texts = [];
  for (const name of (await readdir(essays)).filter((n) => n.endsWith('.txt')).sort()) {
    texts.push(await readFile(join(essays, name), 'utf8'));
  }
  let text = '';
  for (let k = 0; text.length <= chars; k++) text += `${texts[k % texts.length]}\n\n`;
  return text;
}

test('a long text comes in parts and is shown and exported whole; its people 60 at first, then all', async (t) => {
  const browser = await openPage();
  t.after(browser.close);
  const { page } = browser;
  const text = await longText(650_000); // past worker.js's LONG_TEXT
  const before = await analysedCount(page);
  await page.locator('#essay').fill(text);
  await waitForAnalysis(page, before + 1);
  const { report } = await reportInPage(page);
  assert.ok(report.document.sentences.length > 2 * 2_000, 'three parts of sentences or more');

  await page.locator('#export-panel summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  const shown = JSON.parse(await readFile(await download.path(), 'utf8'));
  const plain = (value) => JSON.parse(JSON.stringify(value));
  assert.deepEqual(shown.document.sentences, plain(report.document.sentences));
  assert.deepEqual(shown.sentences, plain(report.sentences));
  assert.deepEqual(shown.themes, plain(report.themes));
  assert.match(await page.locator('#status').textContent(), new RegExp(`^${report.document.sentences.length} sentences`));

  // The people panel lists the 60 most salient (and the compared) until
  // the reader asks for all of them.
  const people = report.actors.filter((a) => a.kind === 'person');
  assert.ok(people.length > 60, `${people.length} people`);
  await page.locator('#actors-panel summary').click();
  const rows = page.locator('#actors-body .actor-row');
  const mergeMenu = page.locator('#actors-body select[aria-label="Person to merge"] option');
  assert.equal(await rows.count(), 60);
  // The menus say that more people exist and how to list them.
  assert.equal(await mergeMenu.count(), 61);
  assert.match(await mergeMenu.last().textContent(), new RegExp(`^\\(${people.length - 60} more`));
  await page.getByRole('button', { name: `Show all ${people.length} people` }).click();
  assert.equal(await rows.count(), people.length);
  assert.equal(await mergeMenu.count(), people.length);
  // A new analysis (a third person ticked) keeps everyone listed.
  const third = await analysedCount(page);
  await rows.nth(2).locator('input[type=checkbox]').check();
  await waitForAnalysis(page, third + 1);
  assert.equal(await rows.count(), people.length);
  assert.deepEqual(browser.errors, []);
});
