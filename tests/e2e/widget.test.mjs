// The embeddable widget on www/embed-example.html, as a blog's reader meets
// it: both widgets draw (compact: summary line and chart; full: passages
// too), each says `faultline:analyzed` with the founding essay's three
// split themes on top; the second loads only when scrolled near; the two
// share one worker and one download of the wasm; the host's styles and
// text are untouched and its layout moves only by the widgets' own growth;
// the strict CSP holds and axe finds nothing. Then the attributes and
// properties, a widget reading its own content, and the error paths.
// Screenshots (desktop and phone) go to tests/e2e/screenshots/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { openBrowser } from './browser.mjs';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const COMPACT = 'faultline-essay[mode="compact"]';
const FULL = 'faultline-essay[mode="full"]';

// Runs before any page script (not an inline script: the CSP allows none),
// so no event is missed, however early a widget finishes.
function collectEvents() {
  window.__events = [];
  for (const type of ['faultline:analyzed', 'faultline:error']) {
    document.addEventListener(type, (e) => {
      const widget = e.composedPath()[0];
      window.__events.push({
        type,
        id: widget.id || widget.getAttribute('mode'),
        composed: e.composed,
        bubbles: e.bubbles,
        message: e.detail?.message ?? null,
        top: e.detail?.report ? e.detail.report.themes.slice(0, 3).map((t) => t.id) : null,
        compared: e.detail?.report?.compared ?? null,
      });
    });
  }
}

const events = (page) => page.evaluate(() => window.__events);
const waitForEvents = (page, n) => page.waitForFunction((k) => window.__events.length >= k, n);

/** Serves a folder of test files at /fixtures/ beside www/. */
async function fixtures(files) {
  const dir = await mkdtemp(join(tmpdir(), 'faultline-widget-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return { dir, mounts: { '/fixtures/': dir }, remove: () => rm(dir, { recursive: true, force: true }) };
}

// Document positions of host elements (outside every widget), by selector.
function hostBoxes(page) {
  return page.evaluate(() => {
    const pick = {
      header: '.site-header', nav: '.site-header nav', title: '.post-header h1', byline: '.byline',
      firstParagraph: '#post-body p', heading: '#post-body h2', lastParagraph: '#post-body p:last-of-type',
      bio: '.bio', reading: '#reading-title', sidebar: '.sidebar', subscribe: '.sidebar button', footer: '.site-footer',
    };
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    };
    return {
      hosts: Object.fromEntries(Object.entries(pick).map(([name, sel]) => [name, box(document.querySelector(sel))])),
      widgets: [...document.querySelectorAll('faultline-essay')].map(box),
      body: document.getElementById('post-body').innerHTML,
    };
  });
}

async function axeViolations(page, errors) {
  // evaluate() runs outside the page's CSP, which would refuse an injected script.
  await page.evaluate(AXE);
  const before = errors.length;
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' | ')}`);
  });
  // axe itself sets style attributes while it checks colours in shadow
  // roots, which the CSP refuses (and reports): those reports are axe's,
  // not the widget's, and are taken out of the page's errors.
  const during = errors.splice(before);
  assert.deepEqual(during.filter((e) => !/^Applying inline style violates/.test(e)), [], 'errors during the axe run');
  return violations;
}

test('the embed example: two widgets, lazy, one wasm, host untouched, CSP and axe', async (t) => {
  const browser = await openBrowser();
  t.after(browser.close);
  const { page, requests, errors } = browser;
  await page.addInitScript(collectEvents);

  // The analyser is held back until the page is measured with the widgets
  // upgraded but not drawn (the reserved boxes).
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/faultline-widget-render-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${browser.url}embed-example.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('faultline-essay')].every((w) => w.shadowRoot?.querySelector('.fl.styled')));
  const before = await hostBoxes(page);
  release();

  // The compact widget is in view and draws; the full one, far below, waits.
  await waitForEvents(page, 1);
  await page.waitForTimeout(300);
  assert.equal((await events(page)).length, 1, 'the widget below the fold analysed before it came near');
  const fullMode = (u) => /\/faultline-widget-full-[^/]*\.js$/.test(u);
  assert.ok(!requests.some(fullMode), 'full mode loaded before a full widget came near');
  assert.ok(await page.locator(`${FULL} [part~="placeholder"]`).isVisible());

  await page.locator(FULL).scrollIntoViewIfNeeded();
  await waitForEvents(page, 2);
  const seen = await events(page);
  assert.deepEqual(seen.map((e) => [e.type, e.id]), [['faultline:analyzed', 'compact'], ['faultline:analyzed', 'full']]);
  for (const e of seen) {
    assert.deepEqual(new Set(e.top), new Set(['climate', 'trade', 'immigration']), `top themes of the ${e.id} widget: ${e.top}`);
    assert.equal(e.bubbles && e.composed, true);
  }

  // Compact: summary line and chart, no passages. Full: chart, table and passages.
  const compactRows = await page.locator(`${COMPACT} .chart-row`).evaluateAll((gs) => gs.map((g) => g.dataset.theme));
  assert.deepEqual(new Set(compactRows.slice(0, 3)), new Set(['climate', 'trade', 'immigration']));
  assert.match(await page.locator(`${COMPACT} [part~="summary"]`).textContent(), /Donald Trump and Elon Musk split on .*climate/);
  assert.equal(await page.locator(`${COMPACT} .sentence`).count(), 0);
  assert.equal(await page.locator(`${COMPACT} [part~="passages"]`).isVisible(), false);
  assert.ok(await page.locator(`${FULL} .chart-row`).count() >= 6);
  await page.locator(`${FULL} .sentence`).first().waitFor();
  assert.ok(await page.locator(`${FULL} .sentence`).count() > 60);
  assert.equal(await page.locator(`${FULL} .chart-table tbody tr`).count(), await page.locator(`${FULL} .chart-row`).count());
  assert.match(await page.locator(`${FULL} [part~="summary"]`).textContent(), /Donald Trump and Elon Musk split on .*climate/);
  // Every word of the post is in the full widget's reading of it.
  const postText = await page.locator('#post-body').evaluate((b) => b.textContent.replace(/\s+/g, ''));
  assert.equal((await page.locator(`${FULL} .essay`).textContent()).replace(/\s+/g, ''), postText);

  // One worker and one wasm for both widgets; nothing from another origin.
  const paths = requests.map((u) => new URL(u)).filter((u) => u.protocol.startsWith('http'));
  assert.equal(paths.filter((u) => u.pathname.endsWith('/faultline_bg.wasm')).length, 1, 'the wasm was fetched more than once');
  assert.equal(paths.filter((u) => u.pathname.endsWith('/worker.js')).length, 1, 'more than one worker');
  assert.deepEqual(paths.filter((u) => u.origin !== new URL(browser.url).origin).map(String), []);
  assert.ok(!requests.some((u) => u.startsWith('blob:')), 'a blob: URL');
  // The widget comes as its bundle (scripts/widget-bundle.mjs): no module
  // of www/ fetched one by one, and full mode's chunk once.
  const modules = paths.map((u) => u.pathname).filter((p) => p.endsWith('.js') && !/\/(faultline-widget[^/]*|worker|schema-version|pkg\/faultline)\.js$/.test(p));
  assert.deepEqual(modules, [], 'modules fetched outside the bundle');
  assert.equal(requests.filter(fullMode).length, 1);

  // Layout: the host text is unchanged, and host elements move only by the
  // growth of the widgets above them (none beside or above moves at all).
  await page.locator(`${FULL} .sentence`).last().waitFor();
  await page.evaluate(() => scrollTo(0, 0));
  const after = await hostBoxes(page);
  assert.equal(after.body, before.body, 'the host text changed');
  const growth = after.widgets.map((w, i) => w.height - before.widgets[i].height);
  assert.ok(growth[0] >= 0 && growth[1] >= 0, `a widget shrank: ${growth}`);
  // The founding essay's chart is taller than the reserved box: the check
  // below has a shift to account for (the measure came before the drawing).
  assert.ok(growth[0] > 100, `the compact widget grew by ${growth[0]} px only`);
  for (const [name, was] of Object.entries(before.hosts)) {
    const now = after.hosts[name];
    const above = before.widgets.map((w, i) => (w.y + w.height <= was.y + 0.5 && w.x < was.x + was.width && was.x < w.x + w.width ? growth[i] : 0));
    const expected = was.y + above.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(now.y - expected) < 1, `${name} moved from y ${was.y} to ${now.y}, expected ${expected}`);
    assert.ok(Math.abs(now.x - was.x) < 1 && Math.abs(now.width - was.width) < 1 && Math.abs(now.height - was.height) < 1, `${name} changed its box`);
  }

  // axe, light and dark (the compact widget follows the system; the full
  // one is dark), with an explanation open.
  await page.locator(`${FULL} .sentence[data-index="5"]`).click();
  await page.locator(`${FULL} [part~="explanation"]`).waitFor();
  assert.match(await page.locator(`${FULL} [part~="explanation"] h2`).textContent(), /Sentence 6/);
  assert.deepEqual(await axeViolations(page, errors), [], 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await axeViolations(page, errors), [], 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  // Keyboard: arrows move between sentences, Escape closes and keeps focus.
  await page.keyboard.press('ArrowDown');
  assert.match(await page.locator(`${FULL} [part~="explanation"] h2`).textContent(), /Sentence 7/);
  await page.keyboard.press('Escape');
  await page.locator(`${FULL} [part~="explanation"]`).waitFor({ state: 'hidden' });

  // A chart row filters the full widget's passages to its evidence.
  await page.locator(`${FULL} .chart-row[data-theme="climate"]`).click();
  const lit = await page.locator(`${FULL} .sentence.lit`).count();
  assert.ok(lit >= 3 && lit < 20, `climate evidence: ${lit} sentences lit`);

  // Screenshots: desktop, then a 360-px phone (loaded at that width, as a phone would).
  await mkdir(SHOTS, { recursive: true });
  await page.locator(`${FULL} .chart-row[data-theme="climate"]`).click();
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}widget-embed-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.reload();
  await waitForEvents(page, 1);
  await page.locator(FULL).scrollIntoViewIfNeeded();
  await waitForEvents(page, 2);
  await page.locator(`${FULL} .sentence`).last().waitFor();
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}widget-embed-360.png`, fullPage: true });
  const phoneChart = await page.locator(`${COMPACT} svg.chart`).evaluate((s) => [Number(s.dataset.width), s.getBoundingClientRect().width]);
  assert.ok(Math.abs(phoneChart[0] - phoneChart[1]) < 40, `the phone chart was laid out for ${phoneChart[0]} px, shown at ${phoneChart[1]}`);

  assert.deepEqual(errors, [], 'errors in the page (a CSP violation?)');
});

test("the host's computed styles are the same with and without the widgets", async (t) => {
  // The same page with no widget and no widget script, beside its CSS.
  const html = await readFile(join(WWW, 'embed-example.html'), 'utf8');
  const plain = html.replace(/<!--.*?-->/gs, '').replace(/<faultline-essay[^>]*><\/faultline-essay>/g, '').replace(/<script[^>]*faultline-widget\.js[^>]*><\/script>/, '');
  assert.ok(!plain.includes('<faultline-essay') && !plain.includes('faultline-widget.js'));
  const files = await fixtures({ 'embed-example.html': plain, 'embed-example.css': await readFile(join(WWW, 'embed-example.css'), 'utf8') });
  t.after(files.remove);
  const browser = await openBrowser({ mounts: files.mounts });
  t.after(browser.close);
  const { page } = browser;
  await page.addInitScript(collectEvents);

  const styles = () => page.evaluate(() => {
    const selectors = ['html', 'body', '.site-header', '.site-name a', '.site-header nav a', '.post-header h1', '.byline',
      '#post-body p', '#post-body h2', '.bio', '#reading-title', '.reading-note', '.sidebar h2', '.sidebar p', '.sidebar a',
      '.sidebar button', '.site-footer p'];
    // Sizes follow the layout (the widgets add height), not the styles.
    const layout = new Set(['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin']);
    return Object.fromEntries(selectors.map((sel) => {
      const cs = getComputedStyle(document.querySelector(sel));
      return [sel, Object.fromEntries([...cs].filter((p) => !layout.has(p)).map((p) => [p, cs.getPropertyValue(p)]))];
    }));
  });

  await page.goto(`${browser.url}fixtures/embed-example.html`);
  const without = await styles();
  await page.goto(`${browser.url}embed-example.html`);
  await waitForEvents(page, 1);
  await page.locator(FULL).scrollIntoViewIfNeeded();
  await waitForEvents(page, 2);
  const withWidgets = await styles();
  for (const [sel, props] of Object.entries(without)) {
    const changed = Object.keys(props).filter((p) => withWidgets[sel][p] !== props[p]).map((p) => `${p}: ${props[p]} → ${withWidgets[sel][p]}`);
    assert.deepEqual(changed, [], `${sel} restyled by the widgets`);
  }
  // And the host's global rules do not reach inside: the widget's paragraphs,
  // SVG and buttons keep the widget's own look.
  const inside = await page.evaluate(() => {
    const root = document.querySelector('faultline-essay[mode="full"]').shadowRoot;
    const p = getComputedStyle(root.querySelector('[part~="summary"] p'));
    const svg = getComputedStyle(root.querySelector('svg.chart'));
    const host = getComputedStyle(document.querySelector('#post-body p'));
    return { pColor: p.color, hostColor: host.color, letterSpacing: p.letterSpacing, svgBorder: svg.borderTopStyle, svgBg: svg.backgroundColor };
  });
  assert.notEqual(inside.pColor, inside.hostColor);
  assert.equal(inside.letterSpacing, 'normal');
  assert.equal(inside.svgBorder, 'none');
  assert.equal(inside.svgBg, 'rgba(0, 0, 0, 0)');
  assert.deepEqual(browser.errors, []);
});

test("a host's --faultline-font reaches the chart, which lays its labels out in it", async (t) => {
  const browser = await openBrowser();
  t.after(browser.close);
  const { page } = browser;
  await page.setViewportSize({ width: 360, height: 780 });
  await page.addInitScript(collectEvents);
  await page.goto(`${browser.url}embed-example.html`);
  await waitForEvents(page, 1);
  const widget = page.locator('faultline-essay').first();
  // A wide font: labels measured in the default stack would overflow.
  await widget.evaluate((w) => {
    w.style.setProperty('--faultline-font', '"DejaVu Sans Mono", monospace');
    w.actors = 'Trump, Musk';
  });
  await waitForEvents(page, 2);
  const drawn = await widget.evaluate((w) => {
    const chart = w.shadowRoot.querySelector('svg.chart');
    const width = chart.viewBox.baseVal.width;
    const texts = [...chart.querySelectorAll('text')];
    return {
      fonts: [...new Set(texts.map((t) => getComputedStyle(t).fontFamily))],
      outside: texts.filter((t) => {
        const box = t.getBBox();
        return box.x < -0.5 || box.x + box.width > width + 0.5;
      }).map((t) => t.textContent),
      labels: texts.length,
    };
  });
  assert.ok(drawn.labels > 10, `${drawn.labels} texts`);
  assert.deepEqual(drawn.fonts, ['"DejaVu Sans Mono", monospace']);
  assert.deepEqual(drawn.outside, [], 'labels drawn beyond the chart');
  assert.deepEqual(browser.errors, []);
});

test('attributes and properties: actors, themes and mode re-render; changes coalesce', async (t) => {
  const browser = await openBrowser();
  t.after(browser.close);
  const { page } = browser;
  await page.addInitScript(collectEvents);
  await page.goto(`${browser.url}embed-example.html`);
  await waitForEvents(page, 1);
  // The first widget, whatever its mode becomes.
  const widget = page.locator('faultline-essay').first();

  // Properties mirror attributes, with defaults.
  assert.deepEqual(await widget.evaluate((w) => [w.mode, w.theme, w.for, w.actors, w.report.compared]),
    ['compact', 'auto', 'post-body', null, ['donald-trump', 'elon-musk']]);

  // Other people: one analysis for three changes made together.
  await widget.evaluate((w) => {
    w.actors = 'Trump, Nero';
    w.setAttribute('actors', 'Musk, Nero');
    w.themes = 'climate, trade';
  });
  await waitForEvents(page, 2);
  await page.waitForTimeout(400);
  const seen = await events(page);
  assert.equal(seen.length, 2, 'three changes in a row cost more than one analysis');
  assert.deepEqual(seen[1].compared, ['elon-musk', 'nero']);
  assert.equal(await widget.getAttribute('actors'), 'Musk, Nero');
  assert.match(await widget.locator('.chart-legend').textContent(), /Nero/);
  const rows = await widget.locator('.chart-row').evaluateAll((gs) => gs.map((g) => g.dataset.theme));
  assert.ok(rows.length >= 1 && rows.every((id) => ['climate', 'trade'].includes(id)), `rows: ${rows}`);

  // Themes and mode only redraw: no new analysis, passages appear.
  await widget.evaluate((w) => { w.themes = null; w.mode = 'full'; });
  await widget.locator('.sentence').first().waitFor();
  assert.equal(await widget.getAttribute('mode'), 'full');
  assert.ok(await widget.locator('.chart-row').count() > 2);
  await widget.evaluate((w) => { w.mode = 'compact'; });
  await page.waitForFunction(() => document.querySelector('faultline-essay').shadowRoot.querySelectorAll('.sentence').length === 0);
  assert.equal(await widget.locator('[part~="passages"]').isVisible(), false);
  // Full again: the passages are drawn afresh, and the explanation works.
  await widget.evaluate((w) => { w.mode = 'full'; });
  await widget.locator('.sentence[data-index="3"]').click();
  assert.match(await widget.locator('[part~="explanation"] h2').textContent(), /Sentence 4/);
  await widget.evaluate((w) => { w.mode = 'compact'; });
  await page.waitForFunction(() => document.querySelector('faultline-essay').shadowRoot.querySelectorAll('.sentence').length === 0);
  assert.equal((await events(page)).length, 2);

  // theme: the colours follow the attribute (no analysis, no redraw needed).
  const background = () => widget.evaluate((w) => getComputedStyle(w.shadowRoot.querySelector('.fl')).backgroundColor);
  const light = await background();
  await widget.evaluate((w) => { w.theme = 'dark'; });
  assert.notEqual(await background(), light);
  await widget.evaluate((w) => { w.theme = 'light'; });
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await background(), light, 'theme="light" followed the system');
  await page.emulateMedia({ colorScheme: 'light' });

  // The post changes (an edit in place): the widgets read it again.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Trump mocked clean energy again, and Musk praised solar power.';
    document.getElementById('post-body').append(p);
  });
  await waitForEvents(page, 3);
  assert.deepEqual(browser.errors, []);
});

test('a widget reads its own content; bad dictionaries and ids give faultline:error and a message', async (t) => {
  const files = await fixtures({
    'bad.json': '{ "name": "broken",\n  "themes": [ { "id": "space" ',
    'space.json': JSON.stringify({
      name: 'space', version: '1',
      themes: [{ id: 'space', label: 'Space', color: '#3366aa', cap: [], poles: ['earthbound', 'spacefaring'], entries: [{ pole: 1, terms: ['rocket*', 'space travel'] }, { pole: -1, terms: ['coal'] }] }],
    }),
  });
  t.after(files.remove);
  const browser = await openBrowser({ mounts: files.mounts });
  t.after(browser.close);
  const { page, requests } = browser;
  await page.addInitScript(collectEvents);
  await page.goto(`${browser.url}embed-example.html`);
  await waitForEvents(page, 1);
  const postBefore = await page.locator('#post-body').innerHTML();

  // New widgets at the top of the post, in view.
  const add = (attrs, text = null) => page.evaluate(([a, body]) => {
    const w = document.createElement('faultline-essay');
    for (const [k, v] of Object.entries(a)) w.setAttribute(k, v);
    if (body) for (const line of body) w.append(Object.assign(document.createElement('p'), { textContent: line }));
    document.querySelector('.post-header').after(w);
  }, [attrs, text]);

  // Each widget is added once the one before has answered: a widget starts
  // only near the viewport, and three 28rem placeholders inserted at once
  // push the first one beyond the look-ahead (it would rightly wait).
  const answered = (id) => page.waitForFunction((i) => window.__events.some((e) => e.id === i), id);
  await add({ id: 'bad', for: 'post-body', dictionary: '/fixtures/bad.json' });
  await answered('bad');
  await add({ id: 'foreign', for: 'post-body', dictionary: 'https://dictionaries.example/d.json' });
  await answered('foreign');
  await add({ id: 'missing', for: 'no-such-element' });
  await answered('missing');
  const errorsSeen = Object.fromEntries((await events(page)).filter((e) => e.type === 'faultline:error').map((e) => [e.id, e.message]));
  assert.match(errorsSeen.bad, /bad\.json.*line \d+, column \d+/);
  assert.match(errorsSeen.foreign, /not on this site/);
  assert.match(errorsSeen.missing, /no element with id "no-such-element"/);
  for (const id of ['bad', 'foreign', 'missing']) {
    const message = page.locator(`#${id} [part~="message"]`);
    assert.ok(await message.isVisible(), `${id}: no visible message`);
    assert.match(await message.textContent(), /Faultline could not analyse this text/);
    assert.equal(await page.locator(`#${id} .chart-row`).count(), 0);
  }
  assert.ok(!requests.some((u) => u.includes('dictionaries.example')), 'a request left for another origin');
  assert.equal(await page.locator('#post-body').innerHTML(), postBefore, 'the host text changed');

  // Its own content: analysed, and still shown in compact mode; with a
  // dictionary of our JSON format from the same site.
  const own = ['Musk builds rockets for space travel.', 'Trump wants more coal.', 'Musk and Trump argue about rockets and coal.'];
  await add({ id: 'own', dictionary: '/fixtures/space.json', actors: 'Musk, Trump' }, own);
  await answered('own');
  const ownEvent = (await events(page)).find((e) => e.id === 'own');
  assert.equal(ownEvent.type, 'faultline:analyzed', ownEvent.message);
  assert.deepEqual(ownEvent.top, ['space']);
  assert.equal(await page.locator('#own .chart-row[data-theme="space"]').count(), 1);
  assert.ok(await page.locator('#own > p').first().isVisible(), 'the widget hid its own text');

  // Its own content with a broken dictionary: the message, and the text still readable.
  await add({ id: 'own-bad', dictionary: '/fixtures/bad.json' }, own);
  await answered('own-bad');
  assert.ok(await page.locator('#own-bad [part~="message"]').isVisible());
  assert.ok(await page.locator('#own-bad > p').first().isVisible(), 'a failed widget hid its own text');
  assert.deepEqual(browser.errors, []);
});
