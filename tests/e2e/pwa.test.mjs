// The installable, offline page (issue 7): the manifest and its icons as an
// install dialog reads them, a service worker in control; the whole page
// offline — reload, paste, chart, JSON export, the dictionary tools; a new
// build taking over on the next load without mixing files or losing the
// saved text; shared text and opened files landing in the editor with the
// reader's own text kept.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, waitForAnalysis, analysedCount } from './page-helpers.mjs';
import { pageFiles, writePrecacheManifest } from '../../scripts/precache.mjs';
import { bundlePage } from '../../scripts/page-bundle.mjs';
import { SOURCE, TARGET } from '../../scripts/dist.mjs';

// The built page (www/ minified file by file): what make serve serves.
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
// The file of the build that holds a module of www/: the page's modules
// are bundled (scripts/page-bundle.mjs), a lazy one into a chunk of its own.
const bundles = await bundlePage({ source: SOURCE, target: TARGET });
const built = (module) => bundles.find((b) => b.inputs.includes(module))?.path ?? module;
const IMAGE = built('export/image.js');
const FORMATS = built('export/formats.js');
const SUMMARY = built('summary.js');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** Waits until an activated service worker controls the page and has said its version. */
function waitForWorker(page) {
  return page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated' && document.documentElement.dataset.version, null, { timeout: 30_000 });
}

const registrationState = (page) => page.evaluate(async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  return { installing: !!registration?.installing, waiting: !!registration?.waiting, active: registration?.active?.state ?? null };
});

/** Polls `check` (async, in Node) until it is true; fails after `ms`. */
async function until(check, what, ms = 30_000) {
  for (const started = Date.now(); !(await check());) {
    assert.ok(Date.now() - started < ms, `timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const precacheCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('faultline-precache-')));

// A copy of dist/ with a precache manifest of its own: the tests do not
// depend on dist/precache-manifest.js being as fresh as the last build,
// and the version test changes the copy as a new build.
async function copyOfBuild(t) {
  const dir = await mkdtemp(join(tmpdir(), 'faultline-dist-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await cp(DIST, dir, { recursive: true, dereference: true });
  return { dir, version: (await writePrecacheManifest(dir)).version };
}

test('installable: manifest fields, icons of their declared size, a worker in control', async (t) => {
  // The build wrote the precache list (its hashes change with every edit, its files only with the page).
  const built = await readFile(join(DIST, 'precache-manifest.js'), 'utf8').catch(() => '');
  const listed = Object.keys(JSON.parse(built.slice(built.indexOf('{'), built.lastIndexOf('}') + 1) || '{}').files ?? {});
  assert.deepEqual(listed, await pageFiles(), 'dist/precache-manifest.js is missing or out of date: run make build');

  const { dir, version } = await copyOfBuild(t);
  const browser = await openPage({ mounts: { '/': dir } });
  t.after(browser.close);
  const { page, url } = browser;
  const at = (path) => new URL(path, url).href;

  const manifestUrl = at(await page.locator('link[rel="manifest"]').getAttribute('href'));
  const response = await fetch(manifestUrl);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^application\/manifest\+json/);
  const manifest = await response.json();
  const resolve = (path) => new URL(path, manifestUrl).href;

  assert.equal(manifest.name, 'Faultline');
  assert.ok(manifest.short_name && manifest.short_name.length <= 12, 'short_name fits under an icon');
  assert.ok(manifest.description.length > 20);
  assert.equal(manifest.display, 'standalone');
  assert.equal(resolve(manifest.start_url), url);
  assert.equal(resolve(manifest.scope), url);
  assert.equal(resolve(manifest.id), url);
  // The colours are the page's: the masthead's card and the paper.
  assert.equal(manifest.theme_color, await page.locator('meta[name="theme-color"][media*="light"]').getAttribute('content'));
  const colours = await page.evaluate(() => ({
    paper: getComputedStyle(document.body).backgroundColor,
    masthead: getComputedStyle(document.querySelector('.masthead')).backgroundColor,
  }));
  const rgb = (hex) => `rgb(${hex.slice(1).match(/../g).map((h) => parseInt(h, 16)).join(', ')})`;
  assert.equal(rgb(manifest.background_color), colours.paper);
  assert.equal(rgb(manifest.theme_color), colours.masthead);

  // Every icon and screenshot loads and is the size it claims.
  for (const image of [...manifest.icons, ...manifest.screenshots]) {
    const file = await fetch(resolve(image.src));
    assert.equal(file.status, 200, image.src);
    assert.equal(image.type, 'image/png');
    assert.equal(pngSize(Buffer.from(await file.arrayBuffer())), image.sizes, image.src);
  }
  const icon = (size, purpose) => manifest.icons.find((i) => i.sizes === size && (i.purpose ?? 'any').split(' ').includes(purpose));
  assert.ok(icon('192x192', 'any'), 'a 192 px icon');
  assert.ok(icon('512x512', 'any'), 'a 512 px icon');
  assert.ok(icon('512x512', 'maskable'), 'a maskable icon');
  const forms = new Set(manifest.screenshots.map((s) => s.form_factor));
  assert.ok(forms.has('wide') && forms.has('narrow'), 'wide and narrow screenshots');
  const appleIcon = await fetch(at(await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')));
  assert.equal(pngSize(Buffer.from(await appleIcon.arrayBuffer())), '180x180');

  // Opened files and shared text come to the page itself.
  const handler = manifest.file_handlers.find((h) => resolve(h.action) === url);
  assert.deepEqual(handler.accept['text/plain'], ['.txt']);
  assert.ok(handler.accept['text/markdown'].includes('.md'));
  assert.equal(resolve(manifest.share_target.action), url);
  assert.equal(manifest.share_target.method, 'GET');
  assert.deepEqual(manifest.share_target.params, { title: 'title', text: 'text', url: 'url' });

  // A service worker: in control from the first visit (claimed: a file
  // loaded on demand now comes from its cache), and after a reload.
  await waitForWorker(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.version), version);
  assert.notEqual(IMAGE, 'export/image.js', 'the export makers are a chunk of the bundle');
  assert.ok(await page.evaluate((path) => fetch(path).then((r) => r.headers.has('x-faultline-sha256')), IMAGE), 'a claimed page bypasses the worker');
  await page.reload();
  await waitForAnalysis(page);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.state), 'activated');

  // And Chromium's own reading: no manifest warning, nothing against installing.
  const cdp = await browser.context.newCDPSession(page);
  assert.deepEqual((await cdp.send('Page.getAppManifest')).errors, []);
  assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
  assert.deepEqual(browser.errors, []);
});

test('offline: reload, paste, chart, JSON export and the dictionary tools, all from the cache', async (t) => {
  const { dir } = await copyOfBuild(t);
  const browser = await openPage({ mounts: { '/': dir } });
  t.after(browser.close);
  const { page, context } = browser;
  await waitForWorker(page);

  await context.setOffline(true);
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.reload();
  await waitForAnalysis(page);
  assert.ok(await page.evaluate(() => !navigator.onLine), 'offline');

  const before = await analysedCount(page);
  const text = 'Trump mocked clean energy while Musk praised the green transition. Both men attacked the mainstream media. Trump wants tariffs; Musk wants open trade.';
  await page.locator('#essay').fill(text);
  await waitForAnalysis(page, before + 1);
  await page.locator('#chart svg .chart-row').first().waitFor();
  assert.match(await page.locator('#status').textContent(), /^3 sentences · /);

  await page.locator('#export-panel summary').click();
  const [report] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  const json = JSON.parse(await readFile(await report.path(), 'utf8'));
  assert.ok(json.themes.length > 0);
  assert.match(json.engine.version, /^\d+\.\d+\.\d+/);

  // The dictionary tools: a second wasm module, loaded on demand.
  await page.locator('#dictionary-panel summary').click();
  const [dictionary] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export it (JSON)' }).click()]);
  assert.ok(Array.isArray(JSON.parse(await readFile(await dictionary.path(), 'utf8')).themes));

  // Everything the page got came from the service worker.
  const fromNetwork = responses.filter((r) => /^https?:/.test(r.url()) && !r.fromServiceWorker()).map((r) => r.url());
  assert.deepEqual(fromNetwork, []);
  assert.ok(responses.some((r) => r.url().endsWith('/pkg/faultline_tools_bg.wasm')), 'the tools wasm was loaded');
  assert.deepEqual(browser.errors, []);
});

test('a new build waits while a page of the old one is open, takes over at the next load; the text stays', async (t) => {
  const { dir, version: first } = await copyOfBuild(t);
  // The same origin serves whatever the folder holds, so changing the
  // folder is deploying a new build.
  const browser = await openPage({ mounts: { '/': dir } });
  t.after(browser.close);
  const { page } = browser;
  await waitForWorker(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.version), first);

  const text = 'Musk builds rockets. Trump builds walls.';
  await page.locator('#essay').fill(text);
  await page.waitForFunction((n) => document.body.dataset.saved === String(n), text.length);

  // Build 2: a module loaded at start and one loaded on demand change.
  await appendFile(join(dir, SUMMARY), '\n// build 2\n');
  await appendFile(join(dir, FORMATS), '\n// build 2\n');
  const second = (await writePrecacheManifest(dir)).version;
  assert.notEqual(second, first);

  // A second page of the app is open. A load finds the new worker (the
  // browser looks after a navigation, pwa.js once the page is drawn),
  // which installs and waits: with another page open it may not take
  // over, so both stay build 1 and get build 1's files to the end.
  const other = await browser.context.newPage();
  await other.goto(browser.url);
  await waitForAnalysis(other);
  await page.reload();
  await waitForAnalysis(page);
  await until(async () => (await registrationState(page)).waiting, 'build 2 installed and waiting');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.update === 'waiting');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.version), first);
  const lazyBefore = await page.evaluate((path) => fetch(path).then((r) => r.text()), FORMATS);
  assert.ok(!lazyBefore.includes('// build 2'), 'an open page got a file of the new build');
  assert.deepEqual(new Set(await precacheCaches(page)), new Set([`faultline-precache-${first}`, `faultline-precache-${second}`]));
  await other.close();

  // The only page: its next load asks build 2 to take over, and reloads
  // into it once it has.
  await page.reload();
  await until(async () => (await page.evaluate(() => document.documentElement.dataset.version).catch(() => null)) === second, 'build 2 in control');
  await waitForAnalysis(page);
  assert.equal(await page.locator('#essay').inputValue(), text);
  const lazyAfter = await page.evaluate((path) => fetch(path).then((r) => r.text()), FORMATS);
  assert.ok(lazyAfter.includes('// build 2'));
  assert.equal(await page.evaluate(() => localStorage.getItem('faultline.text')), text);
  // Build 1's cache went at the activation.
  assert.deepEqual(await precacheCaches(page), [`faultline-precache-${second}`]);
  assert.deepEqual(browser.errors, []);
});

test('shared text and opened files go into the editor; the reader\'s text is kept', async (t) => {
  const browser = await openPage();
  t.after(browser.close);
  const { page, url } = browser;
  const essay = page.locator('#essay');
  const mine = 'My own notes: Musk builds rockets. Trump builds walls.';
  await essay.fill(mine);
  await page.waitForFunction((n) => document.body.dataset.saved === String(n), mine.length);

  // share_target: GET ?title=&text=&url= (a link shared twice counts once).
  const share = new URL(url);
  share.searchParams.set('title', 'Shared op-ed');
  share.searchParams.set('text', 'Trump mocked clean energy. Musk praised it. https://example.org/op-ed');
  share.searchParams.set('url', 'https://example.org/op-ed');
  await page.goto(share.href);
  const shared = 'Shared op-ed\n\nTrump mocked clean energy. Musk praised it. https://example.org/op-ed';
  await page.waitForFunction((v) => document.getElementById('essay').value === v, shared);
  await page.waitForFunction((n) => document.body.dataset.saved === String(n), shared.length);
  assert.equal(await page.evaluate(() => location.search), '', 'a reload would share it again');
  assert.equal(await page.evaluate(() => localStorage.getItem('faultline.text')), shared);

  // The reader's text is one click away, after a reload too.
  await page.reload();
  await waitForAnalysis(page);
  await page.locator('#launch-restore').click();
  assert.equal(await essay.inputValue(), mine);
  await page.waitForFunction((n) => document.body.dataset.saved === String(n), mine.length);
  assert.equal(await page.locator('#launch-restore').count(), 0);

  // file_handlers: the launch queue hands over file handles (a stand-in
  // queue here: headless Chromium launches no installed app).
  await page.addInitScript(() => {
    Object.defineProperty(window, 'launchQueue', {
      configurable: true,
      value: { setConsumer: (consumer) => { window.launchConsumer = consumer; } },
    });
  });
  await page.reload();
  await waitForAnalysis(page);
  const opened = await page.evaluate(async () => {
    const handle = (name, body, type) => ({ name, getFile: async () => new File([body], name, { type }) });
    await window.launchConsumer({ files: [handle('notes.md', '# Notes\n\nMusk builds rockets.', 'text/markdown'), handle('blob.txt', 'a\u0000b', 'text/plain')] });
    return { text: document.getElementById('essay').value, status: document.getElementById('launch-error')?.textContent };
  });
  assert.equal(opened.text, '# Notes\n\nMusk builds rockets.');
  assert.match(opened.status, /Could not open blob\.txt/);
  // Typing in the launched text ends the offer to restore (it would lose the edit).
  assert.equal(await page.locator('#launch-restore').count(), 1);
  await essay.press('End');
  await essay.pressSequentially(' More.');
  assert.equal(await page.locator('#launch-restore').count(), 0);
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('faultline.launch'))).previous, mine);
  assert.deepEqual(browser.errors, []);
});
