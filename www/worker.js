// The analysis runs here, off the main thread, so typing never waits for
// it. engine.js sends one request at a time (it keeps only the newest
// pending text of each page or widget), so this file needs no queue of its
// own.
//
// Messages in:  { op: 'init', module }    (first: the compiled wasm, or null)
//               { id, op: 'analyze', text, options }
//               { id, op: 'import', text, fileName }   (a dictionary file)
//               { id, op: 'compile', dictionary }      (our JSON, an object)
//               { id, op: 'export', compiled }         (null: the default)
// Messages out: { id, ok: true, value, ms } or { id, ok: false, error };
//               an analysis's value is { json, engine } (the report as JSON
//               text) or, for a long text, { parts, engine } (analyzeJsonParts)

import init, { analyzeJson, analyzeJsonParts, schemaVersion, engineVersion } from './pkg/faultline.js';
import { SCHEMA_VERSION } from './schema-version.js';

// The page compiles the wasm while this worker starts (see engine.js) and
// sends the module as its first message; null: compile it here.
let moduleArrived;
const compiled = new Promise((resolve) => {
  moduleArrived = resolve;
});

const ready = compiled.then((module) => init(module ? { module_or_path: module } : undefined)).then(() => {
  if (schemaVersion() !== SCHEMA_VERSION) {
    throw new Error(`the analyser writes report schema ${schemaVersion()}, this page reads ${SCHEMA_VERSION}`);
  }
  // The first analysis builds the engine's tables (word lists, the theme
  // automaton, the tone lexicon) and costs many times a warm one: build
  // them now, while the page is still fetching the reader's text; not
  // when the text is already here (its analysis builds them anyway).
  if (!analysisWaiting) analyzeJson(WARM_UP, { tokens: false });
});
let analysisWaiting = false;

// A short text that touches every stage: a name, a pronoun, theme words,
// a stance, tone.
const WARM_UP = 'Donald Trump mocked clean energy and tariffs, while he praised the border wall. Elon Musk loves rockets.';

// The dictionary tools (import, check, compile, export) are a second wasm
// module, fetched the first time a reader imports or exports a dictionary.
let tools = null;
function loadTools() {
  tools ??= import('./pkg/faultline_tools.js').then(async (module) => {
    await module.default();
    return module;
  });
  return tools;
}

// Past this many characters the report comes in parts of this many
// sentences: ~1 MB of JSON each, ~15 ms to parse on our machines.
const LONG_TEXT = 200_000;
const SENTENCES_PER_PART = 2_000;

const OPS = {
  async analyze({ text, options }) {
    await ready;
    const engine = { name: 'faultline', version: engineVersion() };
    // JSON text, parsed by the page: see engine.js. A long text's report
    // in parts, which the page parses one at a time, painting between
    // them (one JSON.parse of a 10 MB text's report held it ~0.5 s).
    if (text.length > LONG_TEXT) return { parts: analyzeJsonParts(text, options ?? {}, SENTENCES_PER_PART), engine };
    return { json: analyzeJson(text, options ?? {}), engine };
  },
  async import({ text, fileName }) {
    const module = await loadTools();
    const dictionary = /\.json$/i.test(fileName) ? parseJson(text) : module.importDictionary(text, fileName);
    return { dictionary, compiled: module.compileDictionary(dictionary) };
  },
  async compile({ dictionary }) {
    const module = await loadTools();
    return module.compileDictionary(dictionary);
  },
  async export({ compiled }) {
    const module = await loadTools();
    return module.exportDictionary(compiled ?? undefined);
  },
};

// JSON.parse's message gives a character position at best; a reader fixing
// a file needs the line and column.
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (err) {
    const match = /position (\d+)/.exec(err.message);
    const at = match ? Number(match[1]) : text.length;
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new Error(`line ${line}, column ${column}: the file is not valid JSON (${err.message})`);
  }
}

self.addEventListener('message', async ({ data }) => {
  const { id, op } = data;
  if (op === 'init') {
    moduleArrived(data.module ?? null);
    return;
  }
  if (op === 'analyze') analysisWaiting = true;
  const started = performance.now();
  try {
    const run = OPS[op];
    if (!run) throw new Error(`unknown request ${op}`);
    const value = await run(data);
    self.postMessage({ id, ok: true, value, ms: performance.now() - started });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String(err?.message ?? err) });
  }
});
