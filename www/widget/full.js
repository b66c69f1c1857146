// Full mode: the chart as a table, and the text read sentence by sentence
// with explanations. Loaded only by widgets with mode="full". Not the
// page's longer summary nor its theme flow strip: they would take a
// third of the widget's size budget, and the tinted passages below show
// where each theme is discussed, with the evidence one click away.

import { renderPassages } from '../views/passages.js';
import { renderExplanation } from '../views/explain.js';
import { el } from '../lib/dom.js';

// The page's own marks (tints, triggers, mentions: full.css imports
// ../views/passages.css), then full mode's layout.
const STYLES = new URL('./full.css', import.meta.url).href;

/** Resolves once full mode's stylesheet is in the widget, so nothing shows unstyled. */
export const ready = (parts) => parts.addStyles(STYLES);

// Per widget: the passages' handle, the explained sentence, the drawn report.
const states = new WeakMap();

/** `charts`: the chart module's table and selection functions (render.js hands them over). */
export function draw(parts, { shown, report, text, ctx, options, chart, charts }) {
  const state = states.get(parts) ?? wire(parts);
  Object.assign(state, { report, text, ctx, charts });
  for (const name of ['table', 'passages']) parts[name].hidden = false;

  state.chart = chart;
  parts.table.replaceChildren(
    el('summary', {}, 'The chart as a table'),
    el('div', { class: 'scroll' }, charts.renderChartTable(shown, options)));

  state.passages?.cancel();
  state.passages = renderPassages(state.essay, text, report, { ...ctx, onSentence: (i) => explain(state, i) });
  select(parts, null);
  if (state.sentence !== null && state.sentence >= report.document.sentences.length) close(state);
  else if (state.sentence !== null) explain(state, state.sentence);
}

/** Back to compact: the passages stop drawing, and a later full mode starts afresh. */
export function clear(parts) {
  states.get(parts)?.passages?.cancel();
  states.delete(parts);
  for (const name of ['table', 'passages']) parts[name].replaceChildren();
}

/** The chart (drawn by render.js) at a new width: the chosen theme stays. */
export function relayout(parts, chart) {
  const state = states.get(parts);
  if (!state) return;
  state.chart = chart;
  select(parts, state.selected);
}

/** A chart row chosen (or none): only its theme's evidence stays lit. */
export function select(parts, id) {
  const state = states.get(parts);
  if (!state?.passages) return;
  state.selected = id;
  state.charts.selectChartTheme(state.chart, id);
  const theme = id && state.report.themes.find((t) => t.id === id);
  state.passages.setFilter(theme
    ? new Set(Object.values(theme.positions ?? {}).flatMap((p) => (p.evidence ?? []).map((e) => e.sentence)))
    : null);
}

// The passages box, the explanation panel and their keyboard, made once
// per widget: one tab stop for the text (the current sentence), arrows
// between sentences, focus explains, Escape closes.
function wire(parts) {
  const essay = el('article', { class: 'essay', 'aria-label': 'The text as Faultline reads it' });
  // A section, not an <aside>: a blog puts the widget inside its <main>,
  // where a complementary landmark does not belong.
  const panel = el('section', { class: 'explain', part: 'explanation', hidden: true, 'aria-labelledby': 'explain-title' },
    el('button', { type: 'button', class: 'explain-close', 'aria-label': 'Close the explanation' }, '×'),
    el('div', { class: 'explain-body' }));
  parts.passages.replaceChildren(
    el('h2', { class: 'passages-title' }, 'The text, read'),
    el('p', { class: 'hint' }, 'Tinted by each sentence’s leading theme; theme words underlined; people marked in their colour. Select a sentence, or use the arrow keys, for its explanation.'),
    essay, panel);
  const state = { parts, essay, panel, sentence: null, passages: null, quiet: false };
  states.set(parts, state);

  panel.querySelector('button').addEventListener('click', () => close(state));
  parts.passages.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) close(state);
  });
  essay.addEventListener('focusin', (e) => {
    const span = e.target.closest?.('.sentence');
    if (!span) return;
    for (const other of essay.querySelectorAll('.sentence[tabindex="0"]')) if (other !== span) other.tabIndex = -1;
    span.tabIndex = 0;
    if (!state.quiet) explain(state, Number(span.dataset.index));
  });
  essay.addEventListener('click', (e) => {
    const span = e.target.closest?.('.sentence');
    if (span && parts.root.activeElement !== span) span.focus({ preventScroll: true });
  });
  essay.addEventListener('keydown', (e) => {
    const span = e.target.closest?.('.sentence');
    if (!span) return;
    const i = Number(span.dataset.index);
    const last = state.report.document.sentences.length - 1;
    const to = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusSentence(state, Math.min(Math.max(to, 0), last));
  });
  return state;
}

function explain(state, i) {
  state.sentence = i;
  renderExplanation(state.panel, state.text, state.report, i, state.ctx);
  state.panel.hidden = false;
}

// Focus goes back to the sentence when it was in the panel, without
// opening the panel again.
function close(state) {
  const inside = state.panel.contains(state.parts.root.activeElement);
  const i = state.sentence;
  state.sentence = null;
  state.panel.hidden = true;
  if (inside && i !== null) {
    state.quiet = true;
    state.passages?.ensureRendered(i)?.focus();
    state.quiet = false;
  }
}

function focusSentence(state, i) {
  const span = state.passages?.ensureRendered(i);
  if (!span) return;
  span.scrollIntoView({ block: 'center' });
  span.focus({ preventScroll: true });
}
