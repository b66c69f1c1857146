// Wires the page: text → worker analysis → views, live as the reader types.
// The reader's text is the one thing the page must never lose: it is saved
// on every input, restored on load, and stays in the textarea whatever
// fails. This file holds the state and the events; views only draw.

import { analyzeText, importDictionary, exportDictionary, engineStarted } from './engine.js';
import { saveText, loadText, loadSettings, saveSettings, mayHaveSavedText } from './store.js';
import { readEssayFile } from './input.js';
import { SAMPLES } from './samples.js';
import { viewContext } from './views/context.js';
import { renderPassages } from './views/passages.js';
import { renderExplanation } from './views/explain.js';
import { renderActors, actorOptions } from './views/actors.js';
import { renderDictionary } from './views/dictionary.js';
import { renderSummary } from './views/summary-view.js';
import { renderCharts, watchChartWidth } from './views/chart-view.js';
import { warmChartText } from './views/chart.js';
import { renderExports } from './views/exports.js';
import { el } from './lib/dom.js';
import { download } from './lib/download.js';

// Waits this long after the last keystroke: typing never waits for an
// analysis, and a burst of keys costs one. The wait grows with what the
// last analysis cost the main thread (drawing its result), so a long essay
// is redrawn in the pauses of typing, not between two keys.
const DEBOUNCE_MS = 60;
const MAX_DEBOUNCE_MS = 1000;
let lastDrawMs = 0;
const debounceMs = () => Math.min(MAX_DEBOUNCE_MS, Math.max(DEBOUNCE_MS, 8 * lastDrawMs));
// Texts longer than this are saved after a pause, not on every key.
const SAVE_NOW_CHARS = 200_000;

const $ = (id) => document.getElementById(id);
const essay = $('essay');
const status = $('status');
const progress = $('progress');
const explain = $('explain');

const state = {
  text: '',
  report: null,
  settings: loadSettings(),
  selectedTheme: null,
  sentence: null, // index of the explained sentence
  peopleView: { all: false }, // the people panel lists everyone (see views/actors.js)
  passages: null, // the passage view's handle
  catalog: [], // every theme of the active dictionary, for the switches
  dictionaryError: null,
  saveError: null,
  textBeforeReplace: null,
  bigText: null, // a text too big for the textarea (see EDIT_LIMIT), or null
  // The credited sample's first line: while the text holds it, the text is
  // still (an edit of) that sample; once it is gone, so is the credit.
  creditedLine: null,
};
state.catalog = state.settings.catalog ?? [];

let analyzeTimer = 0;
let saveTimer = 0;

function showStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function persistSettings() {
  saveSettings({ ...state.settings, catalog: state.catalog });
}

// ---- colour scheme --------------------------------------------------------

function applyScheme() {
  const scheme = state.settings.scheme ?? 'auto';
  $('scheme').value = scheme;
  if (scheme === 'auto') delete document.documentElement.dataset.scheme;
  else document.documentElement.dataset.scheme = scheme;
}
$('scheme').addEventListener('change', (e) => {
  state.settings.scheme = e.target.value;
  persistSettings();
  applyScheme();
  if (state.report) renderCharts(state, chartHandlers()); // SVG colours follow
});

// ---- the text -------------------------------------------------------------

// A text this long is analysed and saved, but not put in the textarea:
// Chromium lays out a 10 MB textarea for seconds, during which the page is
// frozen. The reader may still ask for it there.
const EDIT_LIMIT = 1_000_000;

/** The reader's text: the textarea's, or the big one kept beside it. */
const currentText = () => state.bigText ?? essay.value;

/** Puts `text` in the editor, or beside it when it is too big to edit. */
function setEditorText(text, { edit = false } = {}) {
  const big = text.length > EDIT_LIMIT && !edit;
  state.bigText = big ? text : null;
  essay.value = big ? '' : text;
  essay.hidden = big;
  $('big-text').hidden = !big;
  if (big) {
    $('big-text-note').textContent = `A text of ${(text.length / 1e6).toFixed(1)} M characters is loaded: it is analysed and saved as it is, but not shown in this box, which would freeze the page for seconds.`;
  }
}

$('big-text-edit').addEventListener('click', () => {
  setEditorText(currentText(), { edit: true });
  essay.focus();
});
$('big-text-clear').addEventListener('click', () => {
  replaceText('');
  essay.focus();
});

// A paste too big to edit goes beside the editor instead of into it.
essay.addEventListener('paste', (e) => {
  const pasted = e.clipboardData?.getData('text/plain') ?? '';
  if (pasted.length <= EDIT_LIMIT) return;
  e.preventDefault();
  const { selectionStart: a, selectionEnd: b, value } = essay;
  replaceText(value.slice(0, a) + pasted + value.slice(b));
});

async function save() {
  const text = currentText();
  const reason = await saveText(text);
  state.saveError = reason ? `Not autosaved (${reason}): copy the text before leaving.` : null;
  if (reason) showStatus(state.saveError, true);
  // The length of the text last kept, for the reload test and for anyone
  // who wants to know the save is done.
  else document.body.dataset.saved = String(text.length);
}

function textChanged({ now = false } = {}) {
  state.text = currentText();
  clearTimeout(saveTimer);
  if (state.text.length < SAVE_NOW_CHARS) save();
  else saveTimer = setTimeout(save, 500);
  clearTimeout(analyzeTimer);
  if (now) run();
  else analyzeTimer = setTimeout(run, debounceMs());
}

essay.addEventListener('input', () => {
  // The box is hidden while it stands for a big text, so only a script
  // writes into it (launch.js with a shared text): a replacement, which
  // keeps the big text one click away like any other.
  if (state.bigText !== null) {
    replaceText(essay.value);
    return;
  }
  state.textBeforeReplace = null;
  $('undo-replace').hidden = true;
  if (state.creditedLine !== null && !essay.value.includes(state.creditedLine)) setCredit(null);
  textChanged();
});

/** Shows who wrote the sample in the editor, or nothing (`credit` null). */
function setCredit(credit, text = '') {
  $('sample-credit').hidden = !credit;
  $('sample-credit').textContent = credit ? `Sample: ${credit}` : '';
  state.creditedLine = credit ? (text.split('\n').find((line) => line.trim()) ?? '').trim() || null : null;
}
// A last save when the tab goes away (a big text's save waits otherwise).
addEventListener('pagehide', () => saveText(currentText()));

/** Puts `text` in the editor, keeping the reader's own text one click away. */
function replaceText(text, { credit = null } = {}) {
  const before = currentText();
  if (before.trim() !== '' && before !== text && !state.textBeforeReplace) {
    state.textBeforeReplace = before;
    $('undo-replace').hidden = false;
  }
  setEditorText(text);
  setCredit(credit, text);
  textChanged({ now: true });
}

$('undo-replace').addEventListener('click', () => {
  if (state.textBeforeReplace === null) return;
  setEditorText(state.textBeforeReplace);
  state.textBeforeReplace = null;
  $('undo-replace').hidden = true;
  setCredit(null);
  textChanged({ now: true });
  essay.focus();
});

// ---- samples and files ----------------------------------------------------

for (const sample of SAMPLES) $('sample').append(el('option', { value: sample.file }, sample.title));

async function fetchSample(sample) {
  const response = await fetch(`samples/${sample.file}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

// `firstVisit`: the page's own choice, so it yields to anything the reader
// typed while the sample was on its way; `fetching`: its text, already
// asked for.
async function loadSample(file, { firstVisit = false, fetching = null } = {}) {
  const sample = SAMPLES.find((s) => s.file === file);
  if (!sample) return;
  try {
    const text = await (fetching ?? fetchSample(sample));
    if (firstVisit && currentText() !== '') return;
    replaceText(text, { credit: sample.credit });
  } catch (err) {
    showStatus(`Could not load the sample: ${err.message}`, true);
  }
}
$('sample').addEventListener('change', async (e) => {
  await loadSample(e.target.value);
  e.target.value = '';
});

async function openFile(file) {
  try {
    replaceText(await readEssayFile(file));
  } catch (err) {
    showStatus(`Could not read ${file.name}: ${err.message}`, true);
  }
}
$('open-file').addEventListener('click', () => $('file').click());
$('file').addEventListener('change', (e) => {
  if (e.target.files?.[0]) openFile(e.target.files[0]);
  e.target.value = '';
});
for (const target of [essay, document.body]) {
  target.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types?.includes('Files')) e.preventDefault();
  });
}
document.body.addEventListener('drop', (e) => {
  const file = e.dataTransfer?.files?.[0];
  if (!file) return;
  e.preventDefault();
  openFile(file);
});

// ---- analysis -------------------------------------------------------------

function analysisOptions() {
  const options = { tokens: false, ...actorOptions(state.settings.actors) };
  const off = state.settings.themesOff ?? [];
  if (off.length && state.catalog.length) {
    options.themes = state.catalog.map((t) => t.id).filter((id) => !off.includes(id));
    if (options.themes.length === 0) options.themes = ['-']; // none: an id no dictionary has
  }
  if (state.settings.dictionary?.compiled) options.dictionary = state.settings.dictionary.compiled;
  return options;
}

let analysing = 0;
async function run() {
  const text = currentText();
  const big = text.length > 200_000;
  analysing++;
  if (big) {
    progress.hidden = false;
    progress.textContent = `Analysing ${(text.length / 1e6).toFixed(1)} M characters…`;
  }
  try {
    const result = await analyzeText(text, analysisOptions());
    if (!result) return; // a newer text took its place
    lastDrawMs = await show(result.report, text, result.ms);
  } catch (err) {
    showStatus(`Analysis failed: ${err.message}. Your text is untouched.`, true);
  } finally {
    if (--analysing === 0) progress.hidden = true;
  }
}

// Yields to the event loop between the steps of drawing a result, so a
// key pressed meanwhile is handled at once, not after the whole redraw.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
// Yields until the browser has painted (or 50 ms, in a tab that paints
// nothing): the chart is on screen before the passages and panels are
// built, which on a cold page took the first paint ~60 ms further.
const afterPaint = () => new Promise((resolve) => {
  const fallback = setTimeout(resolve, 50);
  requestAnimationFrame(() => setTimeout(() => {
    clearTimeout(fallback);
    resolve();
  }, 0));
});
let showing = 0; // the newest draw; an older one stops at its next step

/** Draws a report; resolves with the main-thread time it took, in ms. */
async function show(report, text, ms) {
  const generation = ++showing;
  let busy = 0;
  // Each step is a performance measure, for the browser benchmark.
  const step = async (name, draw, pause = nextTask) => {
    const start = performance.now();
    draw();
    busy += performance.now() - start;
    performance.measure(`faultline:draw:${name}`, { start });
    await pause();
    return generation === showing;
  };

  const fresh = await step('summary', () => {
    state.report = report;
    state.text = text;
    if (!(state.settings.themesOff ?? []).length) {
      state.catalog = report.themes.map(({ id, label, color }) => ({ id, label, color }));
      persistSettings();
    }
    state.ctx = viewContext(report, state.settings.actors?.rename);
    state.summary = renderSummary($('summary'), report, text, state.ctx, focusSentence);
  }) && await step('chart', () => {
    renderCharts(state, chartHandlers());
    // Navigation to the first chart on screen (the frame after it is
    // drawn): what the cold-start benchmark reads.
    if (!performance.getEntriesByName('faultline:first-chart').length) {
      requestAnimationFrame(() => setTimeout(() => performance.mark('faultline:first-chart'), 0));
    }
  }, afterPaint)
    && await step('passages', () => {
      state.passages?.cancel();
      state.passages = renderPassages($('output'), text, report, { ...state.ctx, onSentence: openExplanation });
      applyFilter();
    })
    && await step('panels', () => {
      renderActorsPanel();
      renderDictionaryPanel();
      renderExports($('export-body'), state);
      if (state.sentence !== null && state.sentence >= report.document.sentences.length) closeExplanation();
      else if (state.sentence !== null) renderExplanation(explain, text, report, state.sentence, state.ctx);
    });
  if (!fresh) return busy;

  const counts = `${report.document.sentences.length} sentences · ${report.actors.length} people · ${report.themes.filter((t) => t.status !== 'absent').length} themes · ${ms.toFixed(0)} ms`;
  if (state.saveError) showStatus(`${counts} · ${state.saveError}`, true);
  else showStatus(counts);
  document.body.dataset.analysed = String((Number(document.body.dataset.analysed) || 0) + 1);
  return busy;
}

// ---- chart and filter -----------------------------------------------------

function chartHandlers() {
  return {
    onSelectTheme(id) {
      state.selectedTheme = id && id !== state.selectedTheme ? id : null;
      renderCharts(state, chartHandlers());
      applyFilter();
      if (state.selectedTheme) document.querySelector('.passages-section').scrollIntoView?.({ block: 'start' });
    },
  };
}

function applyFilter() {
  const note = $('filter-note');
  const theme = state.report?.themes.find((t) => t.id === state.selectedTheme);
  if (!theme) {
    state.selectedTheme = null;
    state.passages?.setFilter(null);
    note.hidden = true;
    return;
  }
  const evidence = new Set();
  for (const position of Object.values(theme.positions ?? {})) {
    for (const e of position.evidence ?? []) evidence.add(e.sentence);
  }
  state.passages?.setFilter(evidence);
  note.hidden = false;
  note.replaceChildren(
    `Showing the ${evidence.size} evidence sentence${evidence.size === 1 ? '' : 's'} for ${theme.label}. `,
    el('button', { type: 'button', class: 'small', onclick: () => chartHandlers().onSelectTheme(null) }, 'Show all'));
}

// ---- explanations ---------------------------------------------------------

function openExplanation(i) {
  if (!state.report) return;
  state.sentence = i;
  renderExplanation(explain, state.text, state.report, i, state.ctx);
  explain.hidden = false;
}

// Closing returns focus to the sentence when it was in the panel, without
// opening the panel again.
function closeExplanation() {
  const i = state.sentence;
  const inside = explain.contains(document.activeElement);
  state.sentence = null;
  explain.hidden = true;
  if (inside && i !== null) {
    const span = state.passages?.ensureRendered(i);
    state.quiet = true;
    span?.focus();
    state.quiet = false;
  }
}

/** Scrolls to sentence `i`, focuses it and opens its explanation. */
function focusSentence(i) {
  const span = state.passages?.ensureRendered(i);
  if (!span) return;
  span.scrollIntoView({ block: 'center' });
  span.focus({ preventScroll: true });
}

$('explain-close').addEventListener('click', () => closeExplanation());
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !explain.hidden) closeExplanation();
});

// Sentence focus and keyboard: one tab stop for the essay (the current
// sentence); arrows move between sentences; focusing one explains it.
const output = $('output');
output.addEventListener('focusin', (e) => {
  const span = e.target.closest?.('.sentence');
  if (!span) return;
  for (const other of output.querySelectorAll('.sentence[tabindex="0"]')) if (other !== span) other.tabIndex = -1;
  span.tabIndex = 0;
  if (!state.quiet) openExplanation(Number(span.dataset.index));
});
output.addEventListener('click', (e) => {
  const span = e.target.closest?.('.sentence');
  if (span && document.activeElement !== span) span.focus({ preventScroll: true });
});
output.addEventListener('keydown', (e) => {
  const span = e.target.closest?.('.sentence');
  if (!span) return;
  const i = Number(span.dataset.index);
  const last = (state.report?.document.sentences.length ?? 1) - 1;
  const to = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: last }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  focusSentence(Math.min(Math.max(to, 0), last));
});

// ---- panels ---------------------------------------------------------------

function renderActorsPanel() {
  const body = $('actors-body');
  if (body.contains(document.activeElement) && document.activeElement.tagName === 'INPUT' && document.activeElement.type === 'text') return;
  renderActors(body, state.report, state.ctx, state.settings.actors, (next) => {
    state.settings.actors = next;
    persistSettings();
    textChanged({ now: true });
  }, state.peopleView);
}

function renderDictionaryPanel() {
  renderDictionary($('dictionary-body'), {
    catalog: state.catalog,
    off: state.settings.themesOff ?? [],
    dictionary: state.settings.dictionary ?? null,
    error: state.dictionaryError,
    info: state.report?.dictionary,
  }, {
    onToggle(id, on) {
      const off = new Set(state.settings.themesOff ?? []);
      if (on) off.delete(id);
      else off.add(id);
      state.settings.themesOff = [...off];
      persistSettings();
      textChanged({ now: true });
    },
    async onImport(file) {
      try {
        const text = await file.text();
        const { dictionary, compiled } = await importDictionary(text, file.name);
        state.settings.dictionary = { name: dictionary.name ?? file.name, compiled };
        state.settings.themesOff = [];
        state.dictionaryError = null;
        persistSettings();
        textChanged({ now: true });
      } catch (err) {
        state.dictionaryError = `${file.name}: ${err.message}`;
        renderDictionaryPanel();
      }
    },
    async onExport() {
      try {
        const json = await exportDictionary(state.settings.dictionary?.compiled ?? null);
        download(`${json.name ?? 'dictionary'}.json`, JSON.stringify(json, null, 2), 'application/json');
      } catch (err) {
        state.dictionaryError = `Export failed: ${err.message}`;
        renderDictionaryPanel();
      }
    },
    onReset() {
      state.settings.dictionary = null;
      state.settings.themesOff = [];
      state.dictionaryError = null;
      persistSettings();
      textChanged({ now: true });
    },
  });
}

// ---- start ----------------------------------------------------------------

async function start() {
  applyScheme();
  watchChartWidth();
  // Finding the chart's fonts is ~100 ms of this thread on a cold start:
  // after the wasm has gone to the worker, while the worker analyses.
  engineStarted.then(() => setTimeout(warmChartText, 0));
  // Nothing in localStorage, not even the mark a database save leaves: a
  // first visit, which need not wait for the database to open (100–250 ms
  // on a fresh profile) and fetches its sample at once.
  const firstVisit = !mayHaveSavedText();
  const first = firstVisit ? fetchSample(SAMPLES[0]) : null;
  first?.catch(() => {}); // a failure is reported by loadSample
  const saved = firstVisit ? null : await loadText();
  if (essay.value !== '') {
    // The reader typed before storage answered: theirs wins.
    textChanged({ now: true });
  } else if (saved !== null) {
    // Even an empty text: a reader who cleared the box meant it.
    setEditorText(saved);
    textChanged({ now: true });
  } else {
    // A first visit: the founding essay, so the page shows what it does.
    await loadSample(SAMPLES[0].file, { firstVisit: true, fetching: first });
  }
}

start();
