// The page's side of the analysis worker. At most one analysis is in
// flight: while it runs, newer texts replace each other in `pending`, so a
// burst of keystrokes costs one analysis of the last text, not one each.
// Replacement happens per key: the page uses the default one, and each
// embedded widget its own, so two widgets on a page never drop each
// other's analysis (they still share this one worker and its wasm).

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });

// The wasm is fetched and compiled from here, as soon as this module runs,
// while the worker thread is still starting and loading its own scripts
// (it would ask for the wasm only after them: ~200 ms later on a cold
// start). The compiled module goes to the worker; if compiling here fails
// (a host page's CSP without 'wasm-unsafe-eval', say), the worker is told
// so and fetches the wasm itself.
// (index.html preloads the wasm, so the download starts with the page's
// other files, not when this module runs after the page's first layout.)
/**
 * Resolves once the wasm is compiled and handed to the worker: from then on
 * the worker works and the page's thread idles until the first report, the
 * time for the page's own warm-up (the chart's fonts). Before, that warm-up
 * ran first and held the hand-off back by ~130 ms on a cold start.
 */
export const engineStarted = WebAssembly.compileStreaming(fetch(new URL('./pkg/faultline_bg.wasm', import.meta.url)))
  .catch(() => null)
  .then((module) => worker.postMessage({ op: 'init', module }));

let nextId = 1;
const waiting = new Map(); // id → { resolve, reject }
let inFlight = false;
// key → { text, options, resolve, reject } waiting for its turn, oldest first
const pending = new Map();

worker.addEventListener('message', ({ data }) => {
  const request = waiting.get(data.id);
  if (!request) return;
  waiting.delete(data.id);
  if (data.ok) request.resolve({ value: data.value, ms: data.ms });
  else request.reject(new Error(data.error));
});
worker.addEventListener('error', (event) => {
  // A worker that fails to load (a missing file, a CSP refusal) rejects
  // everything waiting, so the page can say so instead of hanging.
  const error = new Error(event.message || 'the analyser could not start');
  for (const request of waiting.values()) request.reject(error);
  waiting.clear();
});

function call(message) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, ...message });
  });
}

/**
 * Analyses `text`. Resolves with { report, ms }, or with null when a newer
 * text of the same `key` replaced this one before its turn came.
 */
export function analyzeText(text, options, key = 'page') {
  pending.get(key)?.resolve(null);
  // Deleted first, so the newest text waits behind the other keys' (no key
  // can starve another by typing fast).
  pending.delete(key);
  return new Promise((resolve, reject) => {
    pending.set(key, { text, options, resolve, reject });
    pump();
  });
}

async function pump() {
  if (inFlight || !pending.size) return;
  const [key, { text, options, resolve, reject }] = pending.entries().next().value;
  pending.delete(key);
  inFlight = true;
  try {
    // The report comes as JSON text: one string copy across the thread,
    // then the engine's own parser (a book's report as an object took
    // seconds to clone into the page).
    const { value, ms } = await call({ op: 'analyze', text, options });
    const parts = value.parts ?? [value.json];
    const report = JSON.parse(parts[0]);
    // A long text's report: the report, then pieces of its two
    // per-sentence arrays in turn, parsed a pair per task so that the page
    // paints between them (worker.js).
    for (let k = 1; k < parts.length; k += 2) {
      await new Promise((next) => setTimeout(next));
      report.document.sentences.push(...JSON.parse(parts[k]));
      report.sentences.push(...JSON.parse(parts[k + 1]));
    }
    report.engine = value.engine;
    resolve({ report, ms });
  } catch (err) {
    reject(err);
  } finally {
    inFlight = false;
    pump();
  }
}

/** A dictionary file (our JSON, LIWC .dic, Lexicoder) → { dictionary, compiled }. */
export async function importDictionary(text, fileName) {
  return (await call({ op: 'import', text, fileName })).value;
}

/** The active dictionary in our JSON format (the default when `compiled` is null). */
export async function exportDictionary(compiled) {
  return (await call({ op: 'export', compiled })).value;
}
