// Prints the raw and gzip size of every file the page loads at start, and
// fails when the gzip total is over the budget: the page must stay small
// enough to embed in a blog without a second thought.
//
// Sizes are those of dist/ (what is served: www/ minified file by file,
// scripts/dist.mjs); the list is read from the sources in www/, the same
// paths. The file list is found, not written down: from index.html it
// follows <script src>, <link href>, static imports, and
// `new URL('…', import.meta.url)` (how wasm-bindgen's glue finds the .wasm).
// A file fetched later on demand is not part of the load: the sample
// essays, and what a dynamic import() brings (the dictionary tools module,
// fetched the first time a reader imports or exports a dictionary).

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ALL_KINDS, reachable } from './page-graph.mjs';
import { asBundled, bundlePage } from './page-bundle.mjs';
// The folders as the build defines them.
import { SOURCE as www, DIST as dist, TARGET } from './dist.mjs';
import { WIDGET_BUDGET_GZIP_BYTES, gzipSize, measureWidget } from './widget-size.mjs';

// Everything the page loads, KB = 1000 bytes. Issue 2 (the parser alone)
// had 60 KB; the page issue sets 150 KB for the finished page, and the
// themes issue 150 KB for the wasm with its dictionary and tone lexicon.
// The actor stage brought the page to ~115 KB: what is left is for themes,
// tone and the page's own code.
const BUDGET_GZIP_BYTES = 150_000;
// The served file for a source file.
const built = (path) => join(dist, path);

// What loads at start: no dynamic import(), and of the manifest only the
// file itself (the browser fetches an icon when it wants one).
const AT_START = new Set([...ALL_KINDS].filter((kind) => kind !== 'dynamic' && kind !== 'icons'));

// Breadth-first from index.html, in load order; local files only.
// The sources' graph, bundled modules as their bundles (page-bundle.mjs).
const bundles = await bundlePage({ source: www, target: TARGET });
const pageFiles = () => asBundled(reachable(www, [join(www, 'index.html')], { follow: AT_START }).map((f) => relative(www, f)), bundles);

const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7) + ' KB';

let raw = 0;
let gzip = 0;
console.log(`${'file'.padEnd(28)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const file of pageFiles()) {
  const bytes = readFileSync(built(file)).length;
  const zipped = gzipSize(built(file));
  raw += bytes;
  gzip += zipped;
  console.log(`${file.padEnd(28)} ${kb(bytes)} ${kb(zipped)}`);
}
console.log(`${'total'.padEnd(28)} ${kb(raw)} ${kb(gzip)}`);
console.log(`${'budget (gzip)'.padEnd(28)} ${''.padStart(10)} ${kb(BUDGET_GZIP_BYTES)}`);
if (gzip > BUDGET_GZIP_BYTES) {
  // stdout, like the table, so the two stay in order when piped.
  console.log(`OVER BUDGET by ${kb(gzip - BUDGET_GZIP_BYTES).trim()} gzip`);
  process.exitCode = 1;
} else {
  console.log(`within budget: ${kb(BUDGET_GZIP_BYTES - gzip).trim()} to spare`);
}

// ---- The widget -------------------------------------------------------------
// What <faultline-essay> fetches on top of the shared analyser
// (scripts/widget-size.mjs says how it is found).

const widget = await measureWidget();
const label = (f) => (f.entryPoint ? `${f.path} (${f.entryPoint})` : f.path);
console.log(`\n${'widget file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}  mode`);
for (const f of widget.files) console.log(`${label(f).padEnd(44)} ${kb(f.raw)} ${kb(f.gzip)}  ${f.mode}`);
console.log(`${'widget, compact'.padEnd(44)} ${''.padStart(10)} ${kb(widget.compact)}`);
console.log(`${'widget, full'.padEnd(44)} ${''.padStart(10)} ${kb(widget.full)}`);
console.log(`${'widget budget (gzip)'.padEnd(44)} ${''.padStart(10)} ${kb(WIDGET_BUDGET_GZIP_BYTES)}`);
for (const mode of ['compact', 'full']) {
  const bytes = widget[mode];
  if (bytes > WIDGET_BUDGET_GZIP_BYTES) {
    console.log(`widget, ${mode}: OVER BUDGET by ${kb(bytes - WIDGET_BUDGET_GZIP_BYTES).trim()} gzip`);
    process.exitCode = 1;
  } else {
    console.log(`widget, ${mode}: within budget, ${kb(WIDGET_BUDGET_GZIP_BYTES - bytes).trim()} to spare`);
  }
}
