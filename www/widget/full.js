// Full mode: the page's summary with links to the evidence, the theme
// flow, the chart as a table, and the text read sentence by sentence with
// explanations. Loaded only by widgets with mode="full".

import { renderSummary } from '../views/summary-view.js';
import { renderChartTable, renderFlow, selectChartTheme, selectFlowTheme } from '../views/chart.js';
import { renderPassages } from '../views/passages.js';
import { renderExplanation } from '../views/explain.js';
import { el } from '../lib/dom.js';
import { addStyles } from './shell.js';

// The page's own marks (tints, triggers, mentions), then full mode's layout.
const MARKS = new URL('../views/passages.css', import.meta.url).href;
const STYLES = new URL('./full.css', import.meta.url).href;

/** Resolves once full mode's stylesheets are in `root`, so nothing shows unstyled. */
export const ready = (root) => Promise.all([addStyles(root, MARKS), addStyles(root, STYLES)]);

// Per widget: the passages' handle, the explained sentence, the drawn report.
const states = new WeakMap();

export function draw(parts, { shown, report, text, ctx, options, chart }) {
  const state = states.get(parts) ?? wire(parts);
  Object.assign(state, { report, text, ctx });
  for (const name of ['flow', 'table', 'passages']) parts[name].hidden = false;

  state.summary = renderSummary(parts.summary, shown, text, ctx, (i) => focusSentence(state, i));
  drawCharts(state, chart, shown, options);
  parts.table.replaceChildren(
    el('summary', {}, 'The chart as a table'),
    el('div', { class: 'scroll' }, renderChartTable(shown, options)));

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
  for (const name of ['flow', 'table', 'passages']) parts[name].replaceChildren();
}

/** The chart (drawn by render.js) at a new width: the flow follows, the chosen theme stays. */
export function relayout(parts, chart, { shown, options }) {
  const state = states.get(parts);
  if (!state) return;
  drawCharts(state, chart, shown, options);
  select(parts, state.selected);
}

function drawCharts(state, chart, shown, options) {
  state.chart = chart;
  state.flow = renderFlow(shown, options);
  state.parts.flow.replaceChildren(state.flow);
}

/** A chart or flow row chosen (or none): only its theme's evidence stays lit. */
export function select(parts, id) {
  const state = states.get(parts);
  if (!state?.passages) return;
  state.selected = id;
  selectChartTheme(state.chart, id);
  selectFlowTheme(state.flow, id);
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
