// The widget as the blogger's site serves it: www/faultline-widget.js and
// every module it reaches bundled by esbuild into a few files at the root
// of dist/ — the entry, which only defines the element, one chunk per lazy
// import() (render.js: the analysis and the chart, as a widget comes into
// view; full.js: full mode) and what they share (lib/dom.js) — and its two
// stylesheets, each with its @import inlined. One file per load step
// instead of one per module: fewer requests as a widget comes into view,
// and gzip sees each step whole instead of a dozen small files (each one
// starts its dictionary afresh).
//
// The page has bundles of its own (scripts/page-bundle.mjs); the worker
// and the .wasm are the page's files, shared: two widgets, or a widget and
// the page, load them once.
//
// `new URL('…', import.meta.url)` is how modules find the worker, the .wasm
// and their stylesheets. esbuild keeps import.meta.url as it is, which in
// a chunk is the chunk's URL, not the module's; so each module's
// import.meta.url is replaced by the URL its source file has in dist/,
// derived from the chunk's (every output sits at the root of dist/).
//
// The chunks then go through terser, which minifies ~3% smaller than
// esbuild's minifier (measured 2026-11-26: 17,010 → 16,492 bytes gzip for
// the widget's JavaScript), and the widget's budget is tight (≤ 20 KB).

import { build } from 'esbuild';
import { minify } from 'terser';
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';

export const WIDGET_ENTRY = 'faultline-widget.js';
// The widget's stylesheets, found by its modules with new URL(…).
export const WIDGET_STYLES = ['widget/widget.css', 'widget/full.css'];
const CHUNKS = 'faultline-widget-[name]-[hash]';

/** The module at `file` (under `source`) with import.meta.url made its own URL in dist/. */
export function ownImportMetaUrl(source) {
  return {
    name: 'own-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.m?js$/ }, async ({ path }) => {
        const text = await readFile(path, 'utf8');
        const own = `./${relative(source, path).split(sep).join('/')}`;
        const contents = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`);
        return { contents, loader: 'js' };
      });
    },
  };
}

/**
 * Bundles the widget of the sources in `source`; returns its outputs,
 * { path (relative to dist/, with '/'), bytes, entryPoint (the source a
 * lazy import() names, or null), imports: [{ path, kind }] }, the entry first.
 */
export async function bundleWidget({ source, target }) {
  source = resolve(source);
  const result = await build({
    entryPoints: [WIDGET_ENTRY, ...WIDGET_STYLES].map((path) => resolve(source, path)),
    outbase: source,
    absWorkingDir: source,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target,
    legalComments: 'none',
    outdir: '/bundle',
    entryNames: '[dir]/[name]',
    chunkNames: CHUNKS,
    write: false,
    metafile: true,
    plugins: [ownImportMetaUrl(source)],
  });
  const name = (out) => out.replace(/^\/?bundle\//, '').replace(/^.*\/bundle\//, '');
  const meta = result.metafile.outputs;
  const outputs = await Promise.all(result.outputFiles.map(async (file) => {
    const path = name(relative('/', file.path).split(sep).join('/'));
    const info = Object.entries(meta).find(([out]) => name(out) === path)?.[1];
    const bytes = path.endsWith('.js')
      ? Buffer.from((await minify(file.text, { module: true, format: { comments: false } })).code)
      : Buffer.from(file.contents);
    return {
      path,
      bytes,
      entryPoint: info?.entryPoint && path !== WIDGET_ENTRY && !WIDGET_STYLES.includes(path) ? info.entryPoint : null,
      imports: (info?.imports ?? []).filter((i) => !i.external).map((i) => ({ path: name(i.path), kind: i.kind })),
    };
  }));
  outputs.sort((a, b) => (b.path === WIDGET_ENTRY) - (a.path === WIDGET_ENTRY));
  return outputs;
}
