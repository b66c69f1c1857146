// The summary's templates on saved reports (tests/www/fixtures) and on
// reports bent into edge cases: what it claims must match the report, and
// it must read as English whatever the report holds.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { summarize, summaryText, summaryMarkdown, themeName } from '../../www/summary.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const load = (name) => ({
  report: JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')),
  text: readFileSync(new URL(`${name}.txt`, FIXTURES), 'utf8'),
});
const clone = (x) => structuredClone(x);
const links = (s) => s.paragraphs.flat().filter((g) => typeof g === 'object');
const ALL = ['musk-trump-seed', 'plutarch-pericles-fabius', 'trump-graham-syria-wikinews', 'one-actor', 'empty', 'hostile'];

/** Sentences that are evidence of a theme's positions. */
function evidenceSentences(theme) {
  return new Set(Object.values(theme.positions).flatMap((p) => p.evidence.map((e) => e.sentence)));
}

/** Prose checks any summary must pass. */
function assertReadable(s) {
  const text = summaryText(s);
  assert.ok(text.length > 0);
  assert.doesNotMatch(text, /undefined|null|NaN|\[object/);
  assert.doesNotMatch(text, / {2}| [,.;]|,,|\.\.|[a-z][.;,][A-Za-z]/, text);
  for (const p of s.paragraphs) {
    const para = p.map((g) => (typeof g === 'string' ? g : g.text)).join('');
    assert.match(para, /^[A-Z“]/, para);
    assert.match(para, /[.)]$/, para);
  }
}

test('the founding essay: both people, the splits, the shared themes, the one-sided one', () => {
  const { report, text } = load('musk-trump-seed');
  const s = summarize(report, text);
  const plain = summaryText(s);
  assert.equal(s.thin, false);
  assert.match(plain, /^This essay compares Donald Trump and Elon Musk\./);
  const split = /They split most on ([^;.]+)[;.]/.exec(plain)?.[1] ?? '';
  for (const t of ['trade', 'immigration', 'climate']) assert.match(split, new RegExp(t), split);
  const together = /stand together on ([^.]+)\./.exec(plain)?.[1] ?? '';
  assert.match(together, /media & speech/);
  assert.doesNotMatch(together, /trade|climate|immigration/);
  assert.match(plain, /Only Elon Musk's stance on technology & AI is shown\./);
  // The top split in pole words.
  assert.match(plain, /Donald Trump stands at the “protectionist \/ national” pole; Elon Musk stands at the “open \/ global” pole/);
  assertReadable(s);
});

test('every link of the founding essay points at a sentence that shows its claim', () => {
  const { report, text } = load('musk-trump-seed');
  const s = summarize(report, text);
  const byName = new Map(report.themes.map((t) => [themeName(t.label), t]));
  const found = links(s);
  assert.ok(found.length >= 9, 'a link per named theme and per pole');
  for (const link of found) {
    const sentence = report.document.sentences[link.sentence];
    assert.ok(sentence, `sentence ${link.sentence} exists`);
    const words = text.slice(sentence.start, sentence.end);
    const theme = byName.get(link.text) ?? report.themes.find((t) => t.poles?.some((p) => link.text.includes(`“${p}”`)));
    assert.ok(theme, `link ${link.text} names a theme or a pole`);
    const scored = report.sentences[link.sentence].themes.some((t) => t.id === theme.id);
    if (Object.keys(theme.positions).length) {
      // A position's evidence clause lies inside the linked sentence.
      assert.ok(evidenceSentences(theme).has(link.sentence), `${link.text} → ${words}`);
      const clauses = Object.values(theme.positions).flatMap((p) => p.evidence).filter((e) => e.sentence === link.sentence);
      assert.ok(clauses.some((e) => words.includes(text.slice(e.start, e.end))));
    } else {
      assert.ok(scored, `${link.text} → ${words}`);
    }
  }
  // The trade link is the sentence that shows both sides.
  const trade = found.find((l) => l.text.startsWith('trade'));
  const sentence = report.document.sentences[trade.sentence];
  assert.match(text.slice(sentence.start, sentence.end), /Musk thrives on globalism, Trump works against it/);
});

test('a renamed person is named as the user wants, everywhere', () => {
  const { report, text } = load('musk-trump-seed');
  const plain = summaryText(summarize(report, text, { names: { 'donald-trump': 'The Donald' } }));
  assert.match(plain, /compares The Donald and Elon Musk/);
  assert.match(plain, /The Donald stands at/);
  assert.doesNotMatch(plain, /Donald Trump/);
  // A Map works too, and a blank name falls back to the report's.
  const again = summaryText(summarize(report, text, { names: new Map([['elon-musk', 'E.M.'], ['donald-trump', ' ']]) }));
  assert.match(again, /compares Donald Trump and E\.M\./);
});

test('thin evidence is said plainly', () => {
  const one = load('one-actor');
  const s1 = summarize(one.report, one.text);
  assert.equal(s1.thin, true);
  assert.match(summaryText(s1), /^Faultline found only one person, Elon Musk, so there is no one to compare\./);
  assert.match(summaryText(s1), /Elon Musk stands at the “green transition” pole/);
  assertReadable(s1);

  const empty = load('empty');
  const s0 = summarize(empty.report, empty.text);
  assert.equal(s0.thin, true);
  assert.equal(summaryText(s0), 'The text is empty, so there is nothing to summarize yet.');

  const plutarch = load('plutarch-pericles-fabius');
  const sp = summarize(plutarch.report, plutarch.text);
  assert.equal(sp.thin, true);
  assert.match(summaryText(sp), /The evidence is thin \(only two stances taken by them; no position held with confidence of 0\.5 or more\)/);
  assert.match(summaryText(sp), /Fabius Maximus and Perikles both stand at the “anti-institutional” pole/);

  const news = load('trump-graham-syria-wikinews');
  const sn = summarize(news.report, news.text);
  assert.equal(sn.thin, true);
  assert.match(summaryText(sn), /No theme shows positions for both of them/);
  // Nikki Haley has a position on security but is not compared.
  assert.match(summaryText(sn), /Only Donald Trump's stance on security & foreign affairs is shown\./);
});

test('no people at all', () => {
  const { report, text } = load('one-actor');
  const r = clone(report);
  r.actors = []; r.compared = []; r.statements = []; r.tone = {};
  for (const t of r.themes) { t.positions = {}; t.pairs = []; if (t.status === 'oneSided') t.status = 'noPositions'; }
  const s = summarize(r, text);
  assert.equal(s.thin, true);
  assert.match(summaryText(s), /^Faultline found no people in this text, so there is no one to compare\. It discusses climate & energy\.$/);
  assertReadable(s);
});

test('all themes absent', () => {
  const { report, text } = load('musk-trump-seed');
  const r = clone(report);
  for (const t of r.themes) Object.assign(t, { status: 'absent', positions: {}, pairs: [], divergence: null, sentences: 0 });
  r.statements = [];
  const s = summarize(r, text);
  assert.equal(s.thin, true);
  assert.equal(summaryText(s), 'This essay compares Donald Trump and Elon Musk. No theme shows positions for both of them, so Faultline cannot say where they split or agree.');
});

test('three compared people: all named, the pairs summarized', () => {
  const { report, text } = load('musk-trump-seed');
  const r = clone(report);
  r.compared = ['donald-trump', 'elon-musk', 'nero'];
  const trade = r.themes.find((t) => t.id === 'trade');
  // Nero sides with Musk on trade: Trump splits from both.
  trade.positions.nero = { value: -1, confidence: 0.6, evidence: trade.positions['elon-musk'].evidence };
  trade.pairs.push(
    { actors: ['donald-trump', 'nero'], divergence: 1, status: 'diverge', evidence: trade.pairs[0].evidence },
    { actors: ['elon-musk', 'nero'], divergence: 0, status: 'align', evidence: trade.pairs[0].evidence });
  const democracy = r.themes.find((t) => t.id === 'democracy');
  democracy.pairs.push(
    { actors: ['donald-trump', 'nero'], divergence: 0, status: 'align', evidence: democracy.pairs[0].evidence },
    { actors: ['elon-musk', 'nero'], divergence: 0, status: 'align', evidence: democracy.pairs[0].evidence });
  const s = summarize(r, text);
  const plain = summaryText(s);
  assert.match(plain, /^This essay compares Donald Trump, Elon Musk and Nero\./);
  assert.match(plain, /The widest split is between Donald Trump and Elon Musk, on trade & globalisation, immigration & borders and climate & energy; Donald Trump and Nero split on trade & globalisation\./);
  assert.match(plain, /All three stand together on democracy & institutions\./);
  assert.match(plain, /Donald Trump and Elon Musk stand together on media & speech and rights & culture\./);
  // The stance sentence groups Musk and Nero, who stand alike.
  assert.match(plain, /Elon Musk and Nero both stand at the “open \/ global” pole/);
  assertReadable(s);
});

test('odd reports never throw and still read as sentences', () => {
  const { report, text } = load('musk-trump-seed');
  const odd = clone(report);
  delete odd.tone; delete odd.statements;
  odd.themes[0].pairs = undefined; // recomputed from positions
  odd.themes[1].positions['ghost'] = { value: 0.1, confidence: 1, evidence: [{ start: 1e9, end: 1e9 + 1, sentence: 1e9, value: 1 }] };
  odd.compared.push('ghost'); // compared but not in actors[]
  odd.actors.push(null);
  const cases = [null, undefined, {}, [], 'x', { themes: [{}], actors: [null], compared: ['x'] },
    { document: { sentences: [{ start: 0, end: 3 }] }, themes: null }, odd];
  for (const r of cases) {
    const s = summarize(r, r === odd ? text : 'abc');
    assert.equal(typeof summaryText(s), 'string');
    assert.equal(typeof summaryMarkdown(s), 'string');
  }
  const s = summarize(odd, text);
  assert.match(summaryText(s), /Donald Trump, Elon Musk and ghost/);
  for (const l of links(s)) assert.ok(l.sentence < odd.document.sentences.length);
  assert.equal(summaryText(summarize({}, '')), 'The text is empty, so there is nothing to summarize yet.');
});

test('every fixture reads as English', () => {
  for (const name of ALL) {
    const { report, text } = load(name);
    assertReadable(summarize(report, text));
  }
});

test('Markdown: links to anchors, words escaped', () => {
  const { report, text } = load('musk-trump-seed');
  const s = summarize(report, text);
  const md = summaryMarkdown(s);
  assert.match(md, /\[trade & globalisation\]\(#s35\)/);
  assert.match(summaryMarkdown(s, { link: (i) => `#sentence-${i}` }), /\(#sentence-35\)/);
  assert.doesNotMatch(summaryMarkdown(s, { link: () => null }), /\]\(/);
  const evil = summaryMarkdown(summarize(report, text, { names: { 'donald-trump': '<img src=x onerror=alert(1)> [a](javascript:alert(1))' } }));
  assert.doesNotMatch(evil, /<[a-z]/i);
  assert.doesNotMatch(evil, /\]\(javascript:/);
});

test('theme names in running text', () => {
  assert.equal(themeName('Climate & Energy'), 'climate & energy');
  assert.equal(themeName('Technology & AI'), 'technology & AI');
  assert.equal(themeName('Health, Welfare & Education'), 'health, welfare & education');
  assert.equal(themeName('EU Affairs'), 'EU affairs');
  assert.equal(themeName(undefined), '');
});
