// The chart's data functions (chartRows, pairMatrix, words) and the export's
// pure helpers, in Node without a browser: `node --test tests/www/chart.test.mjs`.
// Reports: the saved ones in tests/www/fixtures (made by the native tool);
// the three-actor report by the native tool when it is built
// (target/release/faultline), else the saved seed report with a third
// compared actor (statuses then come from the positions).

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { chartRows, pairMatrix, formatValue, formatDivergence, positionPhrase, shapePath, DIVERGE_AT, flowCells, paragraphsPerCell, ranges } from '../../www/views/chart.js';
import { svgDataUrl, viewBoxSize, PAINT_PROPERTIES } from '../../www/export/image.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const binary = fileURLToPath(new URL('../../target/release/faultline', import.meta.url));
const THREE = ['donald-trump', 'elon-musk', 'nero'];

function faultline(args, input) {
  const run = existsSync(binary)
    ? () => execFileSync(binary, [...args, input], { cwd: root, maxBuffer: 64 << 20 })
    : () => execFileSync('cargo', ['run', '--quiet', '--release', '--', ...args, input], { cwd: root, maxBuffer: 64 << 20 });
  return JSON.parse(run().toString('utf8'));
}

let seed;
let seed3;
before(() => {
  const saved = `${fixtures}musk-trump-seed.json`;
  const text = `${fixtures}musk-trump-seed.txt`;
  seed = existsSync(saved) ? JSON.parse(readFileSync(saved, 'utf8')) : faultline(['--no-tokens'], text);
  seed3 = existsSync(binary)
    ? faultline(['--no-tokens', '--options', JSON.stringify({ compare: ['Trump', 'Musk', 'Nero'] })], text)
    : { ...seed, compared: THREE };
});

test('seed report: the three diverging themes come first, by divergence', () => {
  const rows = chartRows(seed);
  const first = rows.slice(0, 3);
  assert.deepEqual(first.map((r) => r.id).sort(), ['climate', 'immigration', 'trade']);
  for (const r of first) {
    assert.equal(r.status, 'diverge');
    assert.equal(r.statusWord, 'split');
    assert.equal(r.kind, 'stance');
    assert.ok(r.divergence >= DIVERGE_AT);
    assert.equal(r.dots.length, 2);
    assert.ok(r.gap && r.gap.to > r.gap.from);
  }
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].kind === 'stance' && rows[i - 1].kind === 'stance') {
      assert.ok(rows[i - 1].divergence >= rows[i].divergence, 'stance rows by divergence descending');
    }
  }
});

test('seed report: media aligned, technology one-sided, absent themes left out, no-stance rows last', () => {
  const rows = chartRows(seed);
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
  assert.equal(byId.media.status, 'align');
  assert.equal(byId.media.statusWord, 'aligned');
  assert.equal(byId.media.divergence, 0);
  assert.equal(byId.technology.status, 'oneSided');
  assert.equal(byId.technology.kind, 'oneSided');
  assert.equal(byId.technology.dots.length, 1);
  assert.equal(byId.technology.divergence, null);
  assert.deepEqual(byId.technology.missing, ['Donald Trump']);

  const absent = seed.themes.filter((t) => t.status === 'absent').map((t) => t.id);
  assert.ok(absent.length > 0);
  for (const id of absent) assert.equal(byId[id], undefined, `${id} is absent`);

  const kinds = rows.map((r) => r.kind);
  const order = { stance: 0, oneSided: 1, noStance: 2 };
  for (let i = 1; i < kinds.length; i++) assert.ok(order[kinds[i - 1]] <= order[kinds[i]], `kinds in order: ${kinds}`);
  for (const r of rows.filter((x) => x.kind === 'noStance')) {
    assert.equal(r.status, 'noPositions');
    assert.equal(r.dots.length, 0);
    assert.ok(r.salience > 0);
  }
});

test('seed report: only compared actors are drawn (Nero has a democracy position but is not compared)', () => {
  const democracy = chartRows(seed).find((r) => r.id === 'democracy');
  assert.deepEqual(democracy.dots.map((d) => d.id), ['donald-trump', 'elon-musk']);
});

test('seed report: the row description names poles, values and sentence counts', () => {
  const climate = chartRows(seed).find((r) => r.id === 'climate');
  assert.match(climate.description, /^Climate & Energy: split, divergence 0\.67\. /);
  assert.match(climate.description, /Donald Trump at fossil-first \/ sceptic \(\+1\.00, \d+ sentences?\)/);
  assert.match(climate.description, /Elon Musk leans green transition \(\u22120\.33, \d+ sentences?\)/);
  // Evidence clauses repeat a sentence once per cue: the count is of sentences.
  const trump = climate.dots.find((d) => d.id === 'donald-trump');
  const distinct = new Set(seed.themes.find((t) => t.id === 'climate').positions['donald-trump'].evidence.map((e) => e.sentence));
  assert.equal(trump.sentences, distinct.size);
});

test('names option renames actors in rows and descriptions', () => {
  const rows = chartRows(seed, { names: new Map([['elon-musk', 'E. Musk']]) });
  const trade = rows.find((r) => r.id === 'trade');
  assert.ok(trade.dots.some((d) => d.name === 'E. Musk'));
  assert.match(trade.description, /E\. Musk/);
  const rows2 = chartRows(seed, { names: { 'donald-trump': 'DJT' } });
  assert.match(rows2[0].description, /DJT/);
});

test('three compared actors: a row per theme with a dot per actor, the widest pair as the gap', () => {
  assert.deepEqual(seed3.compared, THREE);
  const rows = chartRows(seed3);
  const democracy = rows.find((r) => r.id === 'democracy');
  assert.equal(democracy.dots.length, 3);
  const trade = rows.find((r) => r.id === 'trade');
  assert.equal(trade.dots.length, 2);
  assert.deepEqual(trade.missing, ['Nero']);
  assert.match(trade.description, /Nero takes no stance/);
  assert.deepEqual(new Set(rows.map((r) => r.id)).size, rows.length, 'one row per theme');
});

test('pairMatrix: three compared actors give three pairs with means and top split themes', () => {
  const pairs = pairMatrix(seed3, seed3.compared);
  assert.equal(pairs.length, 3);
  assert.deepEqual(
    pairs.map((p) => p.actors.join('|')),
    ['donald-trump|elon-musk', 'donald-trump|nero', 'elon-musk|nero'],
  );
  const tm = pairs[0];
  assert.ok(tm.mean > 0 && tm.mean <= 1);
  assert.ok(['trade', 'immigration'].includes(tm.top.id));
  assert.equal(tm.top.divergence, 1);
  assert.equal(tm.top.status, 'diverge');
  const tn = pairs[1];
  assert.equal(tn.themes, 1);
  assert.equal(tn.top.id, 'democracy');
  // Default compared: the report's.
  assert.equal(pairMatrix(seed3).length, 3);
  assert.equal(pairMatrix(seed).length, 1);
});

test('a different compared list than the report\'s: statuses are derived from the positions', () => {
  const rows = chartRows(seed, { compared: ['elon-musk', 'nero'] });
  const democracy = rows.find((r) => r.id === 'democracy');
  assert.equal(democracy.status, 'align');
  assert.equal(democracy.dots.length, 2);
  const climate = rows.find((r) => r.id === 'climate');
  assert.equal(climate.status, 'oneSided');
  assert.deepEqual(climate.missing, ['Nero']);
});

test('empty and malformed reports give no rows and do not throw', () => {
  for (const report of [undefined, null, {}, { themes: [] }, { themes: null, compared: null }, { themes: [null, 3, 'x'] }]) {
    assert.deepEqual(chartRows(report), []);
    assert.deepEqual(pairMatrix(report), []);
  }
  const odd = {
    compared: ['a', 'b'],
    actors: [],
    themes: [
      { id: 't', label: 'T', status: 'diverge', divergence: 0.9, poles: null, salience: 0.1, positions: { a: { value: 2, confidence: 9, evidence: [{}] } } },
      { id: 'u', label: 'U', status: 'absent', positions: {} },
    ],
  };
  const rows = chartRows(odd);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].status, 'oneSided');
  assert.equal(rows[0].dots[0].value, 1);
  assert.equal(rows[0].dots[0].confidence, 1);
  assert.equal(rows[0].dots[0].name, 'a');
  assert.match(rows[0].description, /^T: one-sided\. a at the second pole \(\+1\.00, 1 sentence\)\. b takes no stance$/);
});

test('every saved report (hostile, empty, one actor…) gives rows without throwing', () => {
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(`${fixtures}${file}`, 'utf8'));
    const rows = chartRows(report);
    assert.ok(Array.isArray(rows), file);
    for (const r of rows) {
      assert.notEqual(r.status, 'absent', file);
      assert.equal(typeof r.description, 'string', file);
      assert.ok(r.dots.every((d) => d.value >= -1 && d.value <= 1), file);
    }
    assert.ok(Array.isArray(pairMatrix(report)), file);
  }
  const empty = JSON.parse(readFileSync(`${fixtures}empty.json`, 'utf8'));
  assert.deepEqual(chartRows(empty), []);
});

test('words: values with a real minus sign, divergence, pole phrases', () => {
  assert.equal(formatValue(1), '+1.00');
  assert.equal(formatValue(-1 / 3), '\u22120.33');
  assert.equal(formatValue(-0.001), '0.00');
  assert.equal(formatDivergence(2 / 3), '0.67');
  assert.equal(formatDivergence(null), '—');
  const poles = ['green transition', 'fossil-first / sceptic'];
  assert.equal(positionPhrase(1, poles), 'at fossil-first / sceptic');
  assert.equal(positionPhrase(-0.33, poles), 'leans green transition');
  assert.match(positionPhrase(0.05, poles), /^midway/);
});

test('shapes: every marker is a closed path', () => {
  for (const shape of ['circle', 'square', 'diamond', 'triangle', 'triangle-down']) {
    const d = shapePath(shape, 10, 10, 5);
    assert.match(d, /^M[\d.\- ]+/);
    assert.match(d, /z$/);
    assert.doesNotMatch(d, /NaN/);
  }
});

test('export helpers: data URL and viewBox size', () => {
  const text = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>#1 & “quotes”</text></svg>';
  const url = svgDataUrl(text);
  assert.ok(url.startsWith('data:image/svg+xml;charset=utf-8,'));
  assert.doesNotMatch(url.slice(url.indexOf(',') + 1), /[#<>"\s&]/, 'everything that breaks a URL is escaped');
  assert.equal(decodeURIComponent(url.slice(url.indexOf(',') + 1)), text);
  assert.deepEqual(viewBoxSize('0 0 640 420'), { width: 640, height: 420 });
  assert.deepEqual(viewBoxSize('0,0,10,5'), { width: 10, height: 5 });
  assert.equal(viewBoxSize('0 0 0 10'), null);
  assert.equal(viewBoxSize(null), null);
  for (const p of ['fill', 'stroke', 'font-family', 'font-size', 'opacity']) assert.ok(PAINT_PROPERTIES.includes(p));
});

test('flow cells: a cell per paragraph, or per run of them for a book, at the run\'s peak', () => {
  const flow = Array.from({ length: 5000 }, (_, p) => ({ block: p, start: p * 10, end: p * 10 + 9, scores: p === 2345 ? { climate: 0.5 } : p % 100 === 0 ? { climate: 2 } : {} }));
  assert.equal(paragraphsPerCell(40, 200), 1);
  const per = paragraphsPerCell(flow.length, 200);
  assert.equal(per, 25);
  const cells = flowCells(flow, 'climate', per);
  assert.ok(Math.ceil(flow.length / per) <= 200);
  // Every run with the theme has its cell; a lone paragraph keeps its score.
  assert.equal(cells.length, 50 + 1);
  const lone = cells.find((c) => c.first <= 2345 && 2345 <= c.last);
  assert.deepEqual(lone, { first: 2325, last: 2349, score: 0.5, start: 23250, end: 23499 });
  assert.ok(cells.every((c) => c.last - c.first + 1 <= per));
  // One paragraph a cell: the paragraph's own span and score.
  assert.deepEqual(flowCells(flow.slice(0, 101), 'climate', 1).map((c) => [c.first, c.last, c.score]), [[0, 0, 2], [100, 100, 2]]);
  assert.deepEqual(flowCells([], 'climate', 1), []);
});

test('paragraph ranges: runs joined, a long list cut with how many more', () => {
  assert.equal(ranges([1, 2, 3, 5, 7, 8]), '1–3, 5, 7–8');
  assert.equal(ranges([]), '');
  const scattered = Array.from({ length: 40 }, (_, k) => 2 * k + 1);
  assert.equal(ranges(scattered), '1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23 and 28 more ranges');
});
