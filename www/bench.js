// The browser benchmark. Question: how much slower than the cheapest
// possible pass over the text (a JavaScript regex word scan plus a line
// split, "the floor") is the full analysis, wasm and the copy of the report
// into JavaScript objects included?
//
// `window.faultlineBench.run(cases)` returns the results as plain data, so
// tests/bench/browser/run.mjs can drive it headless; the Run button shows
// the same results as a table.

import init, { analyze, analyzeJson, sentenceCount } from './pkg/faultline.js';

/** What `make bench` measures: the essay warm, a book-sized text cold-ish. */
export const DEFAULT_CASES = [
  // Small: one call is well under the timer's resolution, so each sample
  // repeats the call until it lasts at least minSampleMs.
  { name: 'seed essay', url: 'bench-data/musk-trump-seed.txt', samples: 31, minSampleMs: 25 },
  // Large: a few single calls, after the warm-up calls.
  { name: 'SOTU 10 MB', url: 'bench-data/sotu-10mb.txt', samples: 5, minSampleMs: 0 },
];

export const METHODS = {
  'js word scan': (text) => wordScan(text),
  // The parser alone (the document stage), the text's crossing included.
  'parse (document)': (text) => sentenceCount(text),
  'analyze': (text) => analyze(text).document.sentences.length,
  'analyze tokens:false': (text) => analyze(text, { tokens: false }).document.sentences.length,
  // What the page's worker does: the report as JSON text, parsed by the
  // engine (the page parses it after postMessage; the copy is not counted).
  'analyzeJson+parse': (text) => JSON.parse(analyzeJson(text, { tokens: false })).document.sentences.length,
};

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function wordScan(text) {
  const starts = [];
  const ends = [];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const lines = text.split('\n');
  return starts.length + ends.length + lines.length;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Median milliseconds per call. The results feed `sink`, so no call can be
// optimised away.
let sink = 0;
function measure(fn, text, { samples, minSampleMs }) {
  // Warm-up (JIT, wasm tier-up, memory growth): at least 3 calls and 100 ms.
  const warmStart = performance.now();
  for (let calls = 0; calls < 3 || performance.now() - warmStart < 100; calls++) {
    sink += fn(text);
    if (calls >= 10_000) break;
  }
  // Enough calls per sample that the timer's ticks do not matter, sized on
  // warm calls.
  let reps = 1;
  for (;;) {
    const started = performance.now();
    for (let i = 0; i < reps; i++) sink += fn(text);
    const elapsed = performance.now() - started;
    if (elapsed >= minSampleMs) break;
    reps = Math.min(reps * 10, Math.ceil((reps * minSampleMs * 1.1) / Math.max(elapsed, 0.01)));
  }
  const times = [];
  for (let s = 0; s < samples; s++) {
    const started = performance.now();
    for (let i = 0; i < reps; i++) sink += fn(text);
    times.push((performance.now() - started) / reps);
  }
  return { medianMs: median(times), minMs: Math.min(...times), samples, reps };
}

async function loadText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Runs every method on every case; returns one row per (case, method). */
export async function run(cases = DEFAULT_CASES) {
  await init();
  const rows = [];
  for (const c of cases) {
    const text = c.text ?? (await loadText(c.url));
    const bytes = new TextEncoder().encode(text).length;
    let floorMs = null;
    for (const [method, fn] of Object.entries(METHODS)) {
      const m = measure(fn, text, c);
      floorMs ??= m.medianMs;
      rows.push({
        case: c.name,
        method,
        bytes,
        ...m,
        mbPerS: bytes / 1e6 / (m.medianMs / 1000),
        vsScan: m.medianMs / floorMs,
      });
      await new Promise((ok) => setTimeout(ok, 0)); // let the page breathe
    }
  }
  return {
    userAgent: navigator.userAgent,
    // Timers are 5 µs when cross-origin isolated, 100 µs otherwise.
    crossOriginIsolated: self.crossOriginIsolated,
    sink: sink > 0,
    rows,
  };
}

function showTable(table, rows) {
  const header = ['text', 'method', 'median ms', 'MB/s', '× scan'];
  const head = document.createElement('tr');
  for (const label of header) {
    const th = document.createElement('th');
    th.textContent = label;
    head.append(th);
  }
  const body = rows.map((r) => {
    const tr = document.createElement('tr');
    const cells = [r.case, r.method, r.medianMs.toFixed(3), r.mbPerS.toFixed(1), r.vsScan.toFixed(1)];
    for (const value of cells) {
      const td = document.createElement('td');
      td.textContent = value;
      tr.append(td);
    }
    return tr;
  });
  table.replaceChildren(head, ...body);
}

window.faultlineBench = { run, DEFAULT_CASES };

const button = document.getElementById('run');
const status = document.getElementById('status');
button?.addEventListener('click', async () => {
  button.disabled = true;
  status.textContent = 'Running… (the 10 MB text takes a while)';
  try {
    const { rows } = await run();
    showTable(document.getElementById('results'), rows);
    status.textContent = 'Done.';
  } catch (err) {
    status.textContent = `Failed: ${err.message}`;
  } finally {
    button.disabled = false;
  }
});
if (status) status.textContent = 'Ready.';
