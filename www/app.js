// Wires the page: textarea → analyze → render, live as the user types.
// The user's text is the one thing the page must never lose: it is saved on
// every input, restored on load, and kept in the textarea whatever fails.

import init, { analyze, schemaVersion } from './pkg/faultline.js';
import { renderReport, summarize } from './render.js';

const STORAGE_KEY = 'faultline.text';
const SAMPLE_URL = 'samples/musk-trump-seed.txt';
const SCHEMA_VERSION = 3;
// Waits this long after the last keystroke, so typing never waits for a
// render; short enough to feel live.
const DEBOUNCE_MS = 50;

const essay = document.getElementById('essay');
const output = document.getElementById('output');
const status = document.getElementById('status');
const loadSample = document.getElementById('load-sample');
const undoSample = document.getElementById('undo-sample');

let ready = false;
let timer = 0;
let textBeforeSample = null;
let autosaveError = null; // shown until a save succeeds again

function showStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function save() {
  try {
    localStorage.setItem(STORAGE_KEY, essay.value);
    autosaveError = null;
  } catch (err) {
    // Private mode or a text over the storage quota: the text is still in
    // the textarea; only the autosave is lost, and the user is told.
    autosaveError = `Not autosaved (${err.name}): copy the text before leaving.`;
    showStatus(autosaveError, true);
  }
}

function restore() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved !== null && essay.value === '') essay.value = saved;
  } catch {
    // Storage unavailable: start empty.
  }
}

function update() {
  timer = 0;
  if (!ready) return;
  const text = essay.value;
  let report;
  const started = performance.now();
  try {
    // The page renders blocks and sentences only: without the token columns
    // the analysis takes half the time.
    report = analyze(text, { tokens: false });
  } catch (err) {
    showStatus(`Analysis failed: ${err?.message ?? err}`, true);
    return;
  }
  const elapsed = performance.now() - started;
  renderReport(output, text, report);
  const { sentences, paragraphs, headings } = summarize(report);
  const counts =
    `${plural(sentences, 'sentence')} · ${plural(paragraphs, 'paragraph')} · ` +
    `${plural(headings, 'heading')} · ${elapsed.toFixed(1)} ms`;
  if (autosaveError) showStatus(`${counts} · ${autosaveError}`, true);
  else showStatus(counts);
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
}

essay.addEventListener('input', () => {
  textBeforeSample = null;
  undoSample.hidden = true;
  save();
  schedule();
});

loadSample.addEventListener('click', async () => {
  let sample;
  try {
    const response = await fetch(SAMPLE_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    sample = await response.text();
  } catch (err) {
    showStatus(`Could not load the sample essay: ${err.message}`, true);
    return;
  }
  // Replacing the user's text needs a way back.
  if (essay.value.trim() !== '' && essay.value !== sample) {
    textBeforeSample = essay.value;
    undoSample.hidden = false;
  }
  essay.value = sample;
  save();
  update();
});

undoSample.addEventListener('click', () => {
  if (textBeforeSample === null) return;
  essay.value = textBeforeSample;
  textBeforeSample = null;
  undoSample.hidden = true;
  save();
  update();
  essay.focus();
});

async function start() {
  restore();
  try {
    await init();
    if (schemaVersion() !== SCHEMA_VERSION) {
      throw new Error(`report schema ${schemaVersion()}, page expects ${SCHEMA_VERSION}`);
    }
  } catch (err) {
    showStatus(`The analyser did not load: ${err?.message ?? err}`, true);
    return;
  }
  ready = true;
  update();
}

start();
