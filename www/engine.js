// The page's side of the analysis worker. At most one analysis is in
// flight: while it runs, newer texts replace each other in `pending`, so a
// burst of keystrokes costs one analysis of the last text, not one each.

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });

let nextId = 1;
const waiting = new Map(); // id → { resolve, reject }
let inFlight = false;
let pending = null; // { text, options, resolve, reject } waiting for its turn

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
 * text replaced this one before its turn came.
 */
export function analyzeText(text, options) {
  if (pending) pending.resolve(null);
  return new Promise((resolve, reject) => {
    pending = { text, options, resolve, reject };
    pump();
  });
}

async function pump() {
  if (inFlight || !pending) return;
  const { text, options, resolve, reject } = pending;
  pending = null;
  inFlight = true;
  try {
    const { value, ms } = await call({ op: 'analyze', text, options });
    resolve({ report: value, ms });
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
