// The explanation of one sentence: its themes and the words that triggered
// them, its actors and the rule that found each, the stances it gives and
// its tone. Everything drawn from the report; user text only as text.

import { el } from '../lib/dom.js';
import { MENTION_RULES, STANCE_RULES, CUE_KINDS, ruleText } from '../rules.js';

/** Fills `panel` with the explanation of sentence `i`. */
export function renderExplanation(panel, text, report, i, ctx) {
  const sentence = report.document.sentences[i];
  const scored = report.sentences?.[i] ?? {};
  const quote = (s) => text.slice(s.start, s.end);
  const parts = [
    el('h2', { id: 'explain-title' }, `Sentence ${i + 1}`),
    el('blockquote', { class: 'explain-quote' }, quote(sentence)),
  ];

  const themes = scored.themes ?? [];
  parts.push(section('Themes', themes.length === 0
    ? el('p', {}, 'No theme words in this sentence.')
    : el('ul', {}, themes.map((t) => {
      const theme = ctx.themes.get(t.id);
      const words = (t.matches ?? []).map((m) => `“${quote(m)}”${poleText(theme, m.pole)}`);
      return el('li', {},
        el('span', { class: 'swatch', 'aria-hidden': 'true', style: { '--swatch': theme?.color ?? 'gray' } }),
        el('strong', {}, theme?.label ?? t.id), ` ${t.score.toFixed(2)}`,
        t.id === scored.leading ? ' (leading)' : '',
        words.length ? ` — ${words.join(', ')}` : '');
    }))));

  const mentions = (report.actors ?? []).flatMap((a) => (a.mentions ?? [])
    .filter((m) => m.sentence === i)
    .map((m) => ({ ...m, actor: a.id })))
    .sort((a, b) => a.start - b.start);
  parts.push(section('People', mentions.length === 0
    ? el('p', {}, 'No one the essay discusses is named or referred to here.')
    : el('ul', {}, mentions.map((m) => el('li', {},
      el('span', { class: 'swatch', 'aria-hidden': 'true', style: { '--swatch': ctx.colors.get(m.actor) ?? 'gray' } }),
      `“${quote(m)}” → `, el('strong', {}, ctx.names.get(m.actor) ?? m.actor),
      ` (${m.kind}: ${ruleText(MENTION_RULES, m.rule)})`)))));

  const stances = (report.statements ?? []).filter((s) => s.sentence === i);
  parts.push(section('Stances', stances.length === 0
    ? el('p', {}, 'No stance on a theme’s axis is read from this sentence.')
    : el('ul', {}, stances.map((s) => el('li', {},
      el('strong', {}, ctx.names.get(s.actor) ?? s.actor),
      ` ${s.agreement > 0 ? 'for' : 'against'} “${s.pole}” (${ctx.themes.get(s.theme)?.label ?? s.theme})`,
      ` — from “${text.slice(s.start, s.end)}”`,
      poleWords(s, themes, quote),
      s.attitude ? `, attitude “${s.attitude}”` : '',
      s.negated ? ', negated' : '',
      `; holder: ${ruleText(STANCE_RULES, s.rule)}; weight ${Number(s.weight).toFixed(2)}`)))));

  const cues = scored.cues ?? [];
  if (cues.length) {
    parts.push(section('Cue words', el('ul', {}, cues.map((c) => el('li', {},
      `“${quote(c)}” — ${CUE_KINDS[c.kind] ?? c.kind}`)))));
  }

  const clauses = sentence.clauses ?? [];
  if (clauses.length > 1) {
    parts.push(section('Clauses', el('ol', {}, clauses.map((c) => el('li', {},
      `“${quote(c)}”`,
      c.subject ? ` — subject ${ctx.names.get(c.subject) ?? c.subject}` : '',
      !c.subject && c.actors?.length ? ` — about ${c.actors.map((a) => ctx.names.get(a) ?? a).join(', ')}` : '')))));
  }

  parts.push(section('Tone', el('p', {}, toneText(scored.tone))));
  panel.querySelector('.explain-body').replaceChildren(...parts);
}

/**
 * The words that put a stance on its pole: the theme's match of the
 * statement's term inside its clause, quoted as the essay writes them
 * ("fossil fuels"), with the dictionary's entry beside them when it differs
 * ("fossil fuel*"); the entry alone if the match is not in the report.
 */
function poleWords(statement, themes, quote) {
  if (!statement.term) return '';
  const match = themes.find((t) => t.id === statement.theme)?.matches
    ?.find((m) => m.entry === statement.term && m.start >= statement.start && m.end <= statement.end);
  if (!match) return `, pole word “${statement.term}”`;
  const written = quote(match);
  return written.toLowerCase() === statement.term.toLowerCase()
    ? `, pole word “${written}”`
    : `, pole word “${written}” (entry “${statement.term}”)`;
}

function section(title, body) {
  return el('section', { class: 'explain-section' }, el('h3', {}, title), body);
}

function poleText(theme, pole) {
  if (!theme?.poles || !pole) return '';
  return ` (${pole < 0 ? theme.poles[0] : theme.poles[1]})`;
}

/** The author's tone in this sentence, in words and as a number. */
export function toneText(tone) {
  if (typeof tone !== 'number') return 'No tone measured.';
  const words = tone <= -0.5 ? 'clearly negative' : tone < -0.05 ? 'somewhat negative'
    : tone >= 0.5 ? 'clearly positive' : tone > 0.05 ? 'somewhat positive' : 'neutral';
  return `${words} (${tone.toFixed(2)} on −1 … +1)`;
}
