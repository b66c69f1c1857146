// The page's exports as strings: JSON, two CSV tables and a Markdown
// report. Pure functions of (report, text, options): the page only wraps
// the result in a Blob. The essay is untrusted input, so every text cell
// is guarded against spreadsheet formulas and every Markdown fragment of
// user text is escaped (see escapeMarkdown).

import { readReport, summarize, summaryMarkdown, escapeMarkdown } from '../summary.js';

const isObj = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const arr = (x) => (Array.isArray(x) ? x : []);
const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const own = (o, k) => (isObj(o) && Object.hasOwn(o, k) ? o[k] : undefined);

/** The engine option: a version string or { version }. */
const engineOf = (engine) => ({
  name: 'faultline',
  version: typeof engine === 'string' ? engine : (typeof engine?.version === 'string' ? engine.version : null),
});

/** The report as pretty JSON, with the engine that made it first. */
export function reportJson(report, { engine } = {}) {
  const { engine: _old, ...rest } = isObj(report) ? report : {};
  return JSON.stringify({ engine: engineOf(engine), ...rest }, null, 2);
}

// ---- CSV (RFC 4180) --------------------------------------------------------

/** A value we wrote ourselves ("+1"): no formula guard. */
const ours = (text) => ({ ours: String(text) });

/**
 * One CSV field. Numbers stay numbers (a tone of -0.3 is not a formula);
 * text that a spreadsheet would run as a formula (= + - @ tab, CR) gets a
 * leading apostrophe, as OWASP advises; then quoting when needed.
 */
function field(v) {
  let s;
  if (typeof v === 'number') s = Number.isFinite(v) ? String(v) : '';
  else if (typeof v === 'boolean') s = String(v);
  else if (isObj(v) && 'ours' in v) s = v.ours;
  else {
    s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csv = (rows) => rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';

/** Scores and tones are f32 in the engine: three decimals drop the noise
 * (0.6000000238 → 0.6) and keep every difference the page shows. */
const round = (x) => (num(x) === null ? '' : Math.round(x * 1000) / 1000);

const slice = (text, start, end) => (num(start) === null || num(end) === null ? '' : text.slice(start, end));

/**
 * One row per sentence of report.document.sentences, joined by index with
 * report.sentences: where it is, its block (index into document.blocks),
 * leading theme, theme scores ("climate:1.25;trade:0.5"), the words that
 * triggered them, the people its clauses speak of, its tone and its text.
 */
export function sentencesCsv(report, text, { names } = {}) {
  const ctx = readReport(report, text, names);
  const rows = [['index', 'start', 'end', 'block', 'leading', 'themes', 'words', 'actors', 'tone', 'text']];
  ctx.sentences.forEach((s, i) => {
    const st = isObj(ctx.sentenceThemes[i]) ? ctx.sentenceThemes[i] : {};
    const themes = arr(st.themes).filter(isObj);
    const seen = new Set();
    const words = themes.flatMap((t) => arr(t.matches)).filter(isObj)
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .filter((m) => !seen.has(`${m.start}:${m.end}`) && seen.add(`${m.start}:${m.end}`))
      .map((m) => slice(ctx.text, m.start, m.end)).filter(Boolean);
    const actors = [...new Set(arr(s.clauses).flatMap((c) => arr(c?.actors)))].map(ctx.nameOf);
    rows.push([
      i, num(s.start) ?? '', num(s.end) ?? '', num(s.block) ?? '',
      typeof st.leading === 'string' ? st.leading : '',
      themes.map((t) => `${t.id}:${round(t.score)}`).join(';'),
      words.join('; '), actors.join('; '), round(st.tone),
      slice(ctx.text, s.start, s.end),
    ]);
  });
  return csv(rows);
}

/**
 * Every stance as a row, in the shape discourse network tools (DNA)
 * import. The columns are the native CLI's `--statements` table
 * (src/bin/faultline/statements.rs) without its `file` column (the page
 * has one text) and with theme_label added after theme; agreement is
 * written "+1"/"-1" and text has its whitespace collapsed, as there.
 */
export function statementsCsv(report, text, { names } = {}) {
  const ctx = readReport(report, text, names);
  const rows = [['actor', 'actor_name', 'theme', 'theme_label', 'pole', 'agreement', 'sentence', 'start', 'end', 'term', 'attitude', 'negated', 'rule', 'weight', 'text']];
  for (const s of arr(ctx.rep.statements).filter(isObj)) {
    const sentence = ctx.sentences[s.sentence];
    const agreement = num(s.agreement);
    rows.push([
      s.actor ?? '', s.actor === undefined ? '' : ctx.nameOf(s.actor),
      s.theme ?? '', ctx.theme.get(s.theme)?.label ?? '',
      s.pole ?? '', agreement === null ? '' : ours(agreement > 0 ? `+${agreement}` : `${agreement}`),
      num(s.sentence) ?? '', num(s.start) ?? '', num(s.end) ?? '',
      s.term ?? '', s.attitude ?? '', typeof s.negated === 'boolean' ? s.negated : '',
      s.rule ?? '', num(s.weight) ?? '',
      sentence ? slice(ctx.text, sentence.start, sentence.end).split(/\s+/).filter(Boolean).join(' ') : '',
    ]);
  }
  return csv(rows);
}

// ---- Markdown ---------------------------------------------------------------

const STATUS_WORDS = { diverge: 'split', align: 'aligned', oneSided: 'one-sided', noPositions: 'no positions', absent: 'not discussed' };
const EVIDENCE_PER_PERSON = 3;

const signed = (x) => (x > 0 ? '+' : x < 0 ? '-' : '') + Math.abs(x).toFixed(2);
/** A table cell: escaped, and never empty (an empty cell reads as a gap). */
const cell = (s) => escapeMarkdown(s).trim() || ' ';

/** "protectionist / national (+1.00)", or "between (+0.10)". */
function poleWords(t, p) {
  const v = num(p?.value);
  if (v === null) return '—';
  const poles = arr(t.poles);
  if (poles.length !== 2) return signed(v);
  const words = Math.abs(v) < 0.25 ? 'between' : String(v < 0 ? poles[0] : poles[1]);
  return `${words} (${signed(v)})`;
}

/** A sentence quoted with the evidence clause in bold, when the clause is
 * a proper part of it; plain otherwise (emphasis at odd edges would show
 * its asterisks). */
function quote(ctx, s, ev) {
  const whole = slice(ctx.text, s.start, s.end);
  const [a, b] = [num(ev?.start), num(ev?.end)];
  if (a === null || b === null || a <= s.start && b >= s.end || a < s.start || b > s.end || a >= b) return escapeMarkdown(whole).trim();
  const [before, mid, after] = [ctx.text.slice(s.start, a), ctx.text.slice(a, b), ctx.text.slice(b, s.end)];
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(mid);
  if (!m[2] || /[\p{L}\p{N}]$/u.test(before) || /^[\p{L}\p{N}]/u.test(after)) return escapeMarkdown(whole).trim();
  return (escapeMarkdown(before + m[1]) + `**${escapeMarkdown(m[2])}**` + escapeMarkdown(m[3] + after)).trim();
}

/**
 * The whole report in Markdown: title, summary, a table of divergence, the
 * evidence quoted per theme, the people and what made the report. Summary
 * links go to link(sentenceIndex) when a link option is given (a page that
 * hosts the report with anchors); by default they are plain words, since a
 * Markdown file has no sentence anchors.
 */
export function markdown(report, text, { names, summary, engine, link = null } = {}) {
  const ctx = readReport(report, text, names);
  const out = [];
  const title = isObj(ctx.doc.title) ? slice(ctx.text, ctx.doc.title.start, ctx.doc.title.end).trim() : '';
  out.push(`# ${escapeMarkdown(title || 'Faultline report')}`, '');
  const by = isObj(ctx.doc.byline) && isObj(ctx.doc.byline.name) ? slice(ctx.text, ctx.doc.byline.name.start, ctx.doc.byline.name.end).trim() : '';
  if (by) out.push(`By ${escapeMarkdown(by)}`, '');
  if (title) out.push('*A Faultline report*', '');

  const sum = isObj(summary) ? summary : summarize(report, text, { names });
  const sumText = summaryMarkdown(sum, { link: link ?? (() => null) });
  if (sumText) out.push('## Summary', '', sumText, '');

  // Divergence, theme by theme, in the report's order (ranked).
  const compared = ctx.compared;
  if (ctx.themes.length) {
    out.push('## Where they stand', '');
    out.push(`| Theme | Status | Divergence |${compared.map((id) => ` ${cell(ctx.nameOf(id))} |`).join('')}`);
    out.push(`|---|---|---|${compared.map(() => '---|').join('')}`);
    for (const t of ctx.themes) {
      const d = num(t.divergence);
      const row = [cell(t.label ?? t.id), cell(STATUS_WORDS[t.status] ?? t.status ?? ''), d === null ? '—' : d.toFixed(2),
        ...compared.map((id) => cell(own(t.positions, id) ? poleWords(t, own(t.positions, id)) : '—'))];
      out.push(`| ${row.join(' | ')} |`);
    }
    out.push('');
    const poled = ctx.themes.filter((t) => arr(t.poles).length === 2 && Object.keys(isObj(t.positions) ? t.positions : {}).length);
    if (poled.length) out.push('Positions run from -1 (the first pole) to +1 (the second); divergence from 0 (together) to 1 (opposite poles).', '');
  }

  // Evidence: the compared people first, then anyone else with a position.
  const withPositions = ctx.themes.filter((t) => isObj(t.positions) && Object.keys(t.positions).length);
  if (withPositions.length) {
    out.push('## Evidence', '');
    for (const t of withPositions) {
      out.push(`### ${escapeMarkdown(t.label ?? t.id)}`, '');
      const ids = Object.keys(t.positions);
      ids.sort((a, b) => (compared.includes(a) ? compared.indexOf(a) : 1e9) - (compared.includes(b) ? compared.indexOf(b) : 1e9));
      for (const id of ids) {
        const p = t.positions[id];
        if (!isObj(p)) continue;
        const conf = num(p.confidence);
        out.push(`**${escapeMarkdown(ctx.nameOf(id))}**: ${escapeMarkdown(poleWords(t, p))}${conf === null ? '' : `, confidence ${conf.toFixed(2)}`}`, '');
        const seen = new Set();
        for (const ev of arr(p.evidence).filter(isObj)) {
          const i = ctx.validSentence(ev.sentence) ?? ctx.sentenceAt(ev.start);
          if (i === null || seen.has(i)) continue;
          seen.add(i);
          out.push(`> ${quote(ctx, ctx.sentences[i], ev)}`, `> (sentence ${i})`, '');
          if (seen.size >= EVIDENCE_PER_PERSON) break;
        }
      }
    }
  }

  if (ctx.actors.length) {
    out.push('## People', '');
    const tone = isObj(ctx.rep.tone) ? ctx.rep.tone : {};
    for (const a of ctx.actors) {
      const c = isObj(a.counts) ? a.counts : {};
      const total = arr(a.mentions).length || ['name', 'alias', 'pronoun', 'reference'].reduce((s, k) => s + (num(c[k]) ?? 0), 0);
      const parts = [`${total} mention${total === 1 ? '' : 's'}`];
      const kinds = [['name', 'by name'], ['alias', 'by alias'], ['pronoun', 'by pronoun'], ['reference', 'by reference']]
        .filter(([k]) => num(c[k])).map(([k, w]) => `${c[k]} ${w}`);
      if (kinds.length) parts[0] += ` (${kinds.join(', ')})`;
      if (num(a.salience) !== null) parts.push(`salience ${a.salience.toFixed(2)}`);
      if (num(own(tone, a.id)) !== null) parts.push(`tone ${signed(tone[a.id])}`);
      const renamed = ctx.nameOf(a.id) !== a.name ? ` (in the text: ${escapeMarkdown(a.name)})` : '';
      const also = arr(a.aliases).filter((x) => typeof x === 'string');
      out.push(`- **${escapeMarkdown(ctx.nameOf(a.id))}**${renamed}${compared.includes(a.id) ? ', compared' : ''}: ${parts.join('; ')}.` +
        (also.length ? ` Also written: ${also.map(escapeMarkdown).join(', ')}.` : ''));
    }
    out.push('');
  }

  out.push('## About this report', '');
  const eng = engineOf(engine);
  out.push(`- Engine: faultline ${escapeMarkdown(eng.version ?? 'version unknown')}` +
    (num(ctx.rep.schemaVersion) !== null ? `, report schema ${ctx.rep.schemaVersion}` : ''));
  const dict = isObj(ctx.rep.dictionary) ? ctx.rep.dictionary : {};
  out.push(`- Dictionary: ${escapeMarkdown(dict.name ?? 'unknown')} ${escapeMarkdown(dict.version ?? '')} (${escapeMarkdown(dict.hash ?? 'no hash')})`.replace(/ +\(/, ' ('));
  const index = num(ctx.rep.divergenceIndex);
  out.push(`- Divergence index: ${index === null ? 'none (no theme has two positions)' : index.toFixed(2)}`);
  for (const w of arr(ctx.rep.warnings).filter(isObj)) out.push(`- Warning (${escapeMarkdown(w.option ?? '')}): ${escapeMarkdown(w.message ?? '')}`);
  out.push('- Sentence numbers count from 0, as the index column of the sentences CSV.');
  return out.join('\n') + '\n';
}

