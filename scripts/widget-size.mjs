// What <faultline-essay> fetches on top of the analyser it shares with the
// page (worker.js and the wasm modules it loads, counted with the page):
// the bundle of faultline-widget.js (scripts/widget-bundle.mjs), the entry
// and every chunk its imports and dynamic import()s reach as a widget
// comes into view, and the stylesheets its modules name. A compact widget
// never loads the full-mode chunk, nor what only that chunk brings.
// Read by `make size` (scripts/size.mjs) and tests/www/widget-size.test.mjs.

import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ALL_KINDS, reachable } from './page-graph.mjs';
import { SOURCE, DIST, TARGET } from './dist.mjs';
import { WIDGET_ENTRY, bundleWidget } from './widget-bundle.mjs';

/** The widget issue's budget for each mode, KB = 1000 bytes. */
export const WIDGET_BUDGET_GZIP_BYTES = 20_000;
const FULL_MODE = 'widget/full.js';
// What a widget follows in its sources: everything but the manifest's icons.
const FOLLOW = new Set([...ALL_KINDS].filter((kind) => kind !== 'icons'));

/**
 * The gzip size of the file at `path`, GNU gzip -9: as anyone would check
 * by hand and close to what a server's zlib sends (Node's bundled zlib
 * compresses the wasm about 5% worse). `make size` measures the page so too.
 */
export const gzipSize = (path) => execFileSync('gzip', ['-9', '--no-name', '--stdout', path], { maxBuffer: 1 << 30 }).length;

/**
 * → { files: [{ path, entryPoint, raw, gzip, mode: 'all' | 'full' }],
 * compact, full } (gzip bytes), measured on the files of `dist`, which
 * must be a build of `source`.
 */
export async function measureWidget({ source = SOURCE, dist = DIST } = {}) {
  const sourcesOf = (entry, skip = new Set()) => reachable(source, [join(source, entry)], { follow: FOLLOW, skip });
  const analyser = new Set(sourcesOf('worker.js'));
  // Stylesheets as served: the bundle's own (each with its @import inlined).
  const bundle = await bundleWidget({ source, target: TARGET });
  const outputs = new Map(bundle.map((out) => [out.path, out]));
  const stylesheets = (skip) => sourcesOf(WIDGET_ENTRY, new Set([...analyser, ...skip]))
    .map((file) => relative(source, file).split(sep).join('/'))
    .filter((path) => path.endsWith('.css') && outputs.has(path));
  const chunksFrom = (skipFull) => {
    const seen = new Set();
    const visit = (path) => {
      const out = outputs.get(path);
      if (!out || seen.has(path) || (skipFull && out.entryPoint === FULL_MODE)) return;
      seen.add(path);
      for (const i of out.imports) visit(i.path);
    };
    visit(WIDGET_ENTRY);
    return [...seen];
  };
  const compact = new Set([...chunksFrom(true), ...stylesheets([join(source, FULL_MODE)])]);
  const totals = { compact: 0, full: 0 };
  const files = [...chunksFrom(false), ...stylesheets([])].map((path) => {
    const served = join(dist, path);
    const file = {
      path,
      entryPoint: outputs.get(path)?.entryPoint ?? null,
      raw: readFileSync(served).length,
      gzip: gzipSize(served),
      mode: compact.has(path) ? 'all' : 'full',
    };
    totals.full += file.gzip;
    if (file.mode === 'all') totals.compact += file.gzip;
    return file;
  });
  return { files, ...totals };
}
