// The page's exports: CSV read back with a strict RFC 4180 parser, the
// formula guard, the statements table against the native CLI's header,
// Markdown that keeps hostile essay text inert, and the JSON envelope.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { reportJson, sentencesCsv, statementsCsv, markdown } from '../../www/export/formats.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const load = (name) => ({
  report: JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')),
  text: readFileSync(new URL(`${name}.txt`, FIXTURES), 'utf8'),
});
const ALL = ['musk-trump-seed', 'plutarch-pericles-fabius', 'trump-graham-syria-wikinews', 'one-actor', 'empty', 'hostile'];

/** RFC 4180, strictly: records end with CRLF, quoted fields double their
 * quotes, a bare quote or a lone CR/LF outside quotes is an error. */
function parseCsv(s) {
  const rows = [];
  let row = [], field = '', i = 0, quoted = false, wasQuoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`bare quote at ${i}`);
      quoted = wasQuoted = true; i++; continue;
    }
    if (c === ',') { row.push(field); field = ''; wasQuoted = false; i++; continue; }
    if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; wasQuoted = false; i += 2; continue; }
    if (c === '\r' || c === '\n') throw new Error(`bare line break at ${i}`);
    if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
    field += c; i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Rows as objects keyed by the header. */
function records(csv) {
  const [header, ...rows] = parseCsv(csv);
  for (const r of rows) assert.equal(r.length, header.length, 'every row has every column');
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

test('sentences CSV: one row per sentence, text that round-trips', () => {
  for (const name of ALL) {
    const { report, text } = load(name);
    const csv = sentencesCsv(report, text);
    assert.ok(csv.endsWith('\r\n'));
    const { header, rows } = records(csv);
    assert.equal(rows.length, report.document.sentences.length, name);
    assert.deepEqual(header, ['index', 'start', 'end', 'block', 'leading', 'themes', 'words', 'actors', 'tone', 'text']);
    rows.forEach((row, i) => {
      const s = report.document.sentences[i];
      assert.equal(Number(row.index), i);
      assert.equal(Number(row.start), s.start);
      const sentence = text.slice(s.start, s.end);
      // The guard adds an apostrophe to formula-like starts; nothing else changes.
      assert.equal(row.text.replace(/^'(?=[=+\-@\t\r])/, ''), sentence, `${name} row ${i}`);
      // Each triggering word is read from this sentence (UTF-16 spans after emoji and CJK).
      for (const w of row.words ? row.words.split('; ') : []) assert.ok(sentence.includes(w), `${w} in ${sentence}`);
    });
  }
});

test('sentences CSV: the founding essay in numbers, themes and names', () => {
  const { report, text } = load('musk-trump-seed');
  const { rows } = records(sentencesCsv(report, text, { names: { 'elon-musk': 'Musk, Elon' } }));
  const row = rows[35]; // "While Musk thrives on globalism, Trump works against it."
  assert.match(row.themes, /^trade:\d/);
  assert.equal(row.leading, 'trade');
  assert.deepEqual(row.actors.split('; ').sort(), ['Donald Trump', 'Musk, Elon']);
  // A negative tone is a number, not a guarded string.
  const negative = rows.find((r) => r.tone.startsWith('-'));
  assert.ok(negative, 'the essay has a negative sentence');
  assert.equal(String(Number(negative.tone)), negative.tone);
  assert.equal(negative.tone, String(Math.round(report.sentences[Number(negative.index)].tone * 1000) / 1000));
});

test('CSV quoting: quotes, commas and a line break round-trip; formulas are guarded', () => {
  const text = 'He said "no, never"\nthen left. =1+2 is a sum. @here, -rm and +x.';
  const cut = [[0, 30], [31, 45], [46, text.length]];
  const report = {
    document: { sentences: cut.map(([start, end]) => ({ start, end, block: 0, clauses: [{ start, end, actors: ['a'] }] })) },
    sentences: cut.map(([start, end]) => ({ start, end, themes: [], tone: -0.25 })),
    actors: [{ id: 'a', name: '=cmd|" /C calc"!A0' }],
  };
  const csv = sentencesCsv(report, text);
  const { rows } = records(csv);
  assert.equal(rows.length, 3);
  assert.equal(rows[0].text, 'He said "no, never"\nthen left.');
  assert.match(csv, /"He said ""no, never""\nthen left\."/);
  assert.equal(rows[1].text, "'=1+2 is a sum.");
  assert.equal(rows[2].text, "'@here, -rm and +x.");
  assert.equal(rows[0].actors, `'=cmd|" /C calc"!A0`);
  assert.equal(rows[0].tone, '-0.25');
  // Only CRLF ends a record: no bare LF outside the quoted field.
  assert.equal(csv.replace(/"[^"]*(?:""[^"]*)*"/g, '').match(/(?<!\r)\n/g), null);
});

test('statements CSV: one row per statement, the CLI columns in its order', () => {
  const cli = /const HEADER: &str = "([^"]+)"/.exec(readFileSync(new URL('../../src/bin/faultline/statements.rs', import.meta.url), 'utf8'))[1].split(',');
  for (const name of ALL) {
    const { report, text } = load(name);
    const { header, rows } = records(statementsCsv(report, text));
    assert.equal(rows.length, report.statements.length, name);
    // The columns both tables have come in the same order and the same names.
    const shared = header.filter((h) => cli.includes(h));
    assert.deepEqual(shared, cli.filter((h) => header.includes(h)));
    assert.deepEqual(header.filter((h) => !cli.includes(h)), ['theme_label']);
    rows.forEach((row, i) => {
      const s = report.statements[i];
      assert.equal(row.actor, s.actor);
      assert.equal(row.agreement, s.agreement > 0 ? '+1' : '-1');
      assert.equal(Number(row.start), s.start);
      assert.equal(row.negated, String(s.negated));
      assert.equal(row.theme_label, report.themes.find((t) => t.id === s.theme).label);
    });
  }
  const { report, text } = load('musk-trump-seed');
  const { rows } = records(statementsCsv(report, text));
  assert.equal(rows[0].actor_name, 'Donald Trump');
  assert.equal(rows[0].text, 'While Trump builds walls, Musk builds rockets.');
});

test('statements CSV: an actor missing from actors[] still gets a row', () => {
  const { report, text } = load('one-actor');
  const r = structuredClone(report);
  r.statements.push({ ...r.statements[0], actor: 'nobody', theme: 'nothing', sentence: 99, agreement: -1 });
  r.actors = [];
  const { rows } = records(statementsCsv(r, text));
  assert.equal(rows.length, report.statements.length + 1);
  assert.deepEqual([rows.at(-1).actor_name, rows.at(-1).theme_label, rows.at(-1).text, rows.at(-1).agreement], ['nobody', '', '', '-1']);
});

test('Markdown: hostile essay text stays inert', () => {
  const { report, text } = load('hostile');
  const names = { 'elon-musk': '<script>alert(1)</script>', 'donald-trump': '[x](javascript:alert(1))' };
  for (const md of [markdown(report, text), markdown(report, text, { names })]) {
    assert.doesNotMatch(md, /<[a-zA-Z/!?]/, 'no raw tag');
    assert.doesNotMatch(md, /\]\(javascript:/i);
    assert.doesNotMatch(md, /\]\((?!#)/, 'no link at all');
    // The essay's own words are still there, escaped.
    assert.match(md, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(md, /^# Tariffs, &lt;script&gt;/m);
    // A "|" in a quote or a name never adds a table column.
    const table = md.split('\n').filter((l) => l.startsWith('| '));
    const columns = (l) => l.replace(/\\\|/g, '').split('|').length;
    assert.ok(table.every((l) => columns(l) === columns(table[0])));
    // No line of essay text becomes a heading, list item or quote marker of its own.
    for (const line of md.split('\n')) assert.doesNotMatch(line, /^(=|-\d|\+\d|@)/);
  }
});

test('Markdown: the founding essay report has its parts', () => {
  const { report, text } = load('musk-trump-seed');
  const md = markdown(report, text, { engine: { version: '9.8.7' } });
  assert.match(md, /^# Why Musk, the conqueror of Twitter/);
  assert.match(md, /## Summary\n\nThis essay compares Donald Trump and Elon Musk\./);
  assert.match(md, /\| Theme \| Status \| Divergence \| Donald Trump \| Elon Musk \|/);
  assert.match(md, /\| Trade & Globalisation \| split \| 1\.00 \| protectionist \/ national \(\+1\.00\) \| open \/ global \(-1\.00\) \|/);
  assert.match(md, /### Climate & Energy[\s\S]*> Yet Trump rolled back emissions standards/);
  assert.match(md, /- \*\*Donald Trump\*\*, compared: 57 mentions/);
  assert.ok(md.includes(report.dictionary.hash));
  assert.match(md, /faultline 9\.8\.7/);
  // With a link function the summary links to the page's anchors.
  assert.match(markdown(report, text, { link: (i) => `#s${i}` }), /\[trade & globalisation\]\(#s35\)/);
  // A given summary is used as is.
  assert.match(markdown(report, text, { summary: { paragraphs: [['Given.']], thin: true } }), /## Summary\n\nGiven\.\n/);
});

test('JSON export: parses, carries the engine and the dictionary', () => {
  const { report } = load('musk-trump-seed');
  const json = reportJson(report, { engine: { version: '1.2.3' } });
  const back = JSON.parse(json);
  assert.deepEqual(back.engine, { name: 'faultline', version: '1.2.3' });
  assert.equal(back.dictionary.hash, report.dictionary.hash);
  assert.equal(Object.keys(back)[0], 'engine');
  assert.deepEqual({ ...back, engine: undefined }, { ...report, engine: undefined });
  assert.match(json, /\n {2}"schemaVersion": 3,/);
  assert.equal(JSON.parse(reportJson(report, { engine: '0.1.0' })).engine.version, '0.1.0');
  assert.equal(JSON.parse(reportJson(report)).engine.version, null);
});

test('no export throws on an odd report', () => {
  const { report, text } = load('musk-trump-seed');
  const odd = structuredClone(report);
  odd.themes[0].positions = null;
  odd.sentences.length = 3; // fewer theme rows than sentences
  odd.document.sentences[4].clauses = undefined;
  odd.actors[0].counts = undefined;
  delete odd.dictionary;
  const cases = [null, undefined, {}, [], 'x', { document: null, themes: [null, {}], statements: [null, {}] }, odd];
  for (const r of cases) {
    for (const f of [() => reportJson(r), () => sentencesCsv(r, text), () => statementsCsv(r, text), () => markdown(r, text)]) {
      assert.equal(typeof f(), 'string');
    }
  }
  assert.equal(records(sentencesCsv(odd, text)).rows.length, odd.document.sentences.length);
  assert.equal(sentencesCsv(null, undefined), 'index,start,end,block,leading,themes,words,actors,tone,text\r\n');
});
