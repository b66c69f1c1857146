// The page as dist/ serves it: its modules bundled by esbuild into a few
// files instead of one per module.
//
// Why: a fresh browser fetches a page's files six at a time per origin
// (HTTP/1.1), and on a cold start each wave of the ~25 modules took
// 20–40 ms while the browser was still busy starting, so the worker and
// the sample waited behind them. Bundled, the page loads index.html, its
// stylesheets, page.js and the wasm, then the worker as one file (its
// wasm-bindgen glue inside): alternating cold starts in fresh browsers
// (2026-11-27) 738 → 569 ms with the server in its own process, 693 →
// 575 ms with the benchmark's, and 5.6 KB less gzip (one file compresses
// better than twenty-five; README, Performance).
//
// - page.js: app.js, launch.js and pwa.js, in the order index.html runs
//   them, and everything they import; the export makers stay lazy
//   (import() → a chunk of their own, `page-[hash].js`).
// - worker.js: the worker with its glue and schema version; the dictionary
//   tools module stays apart (loaded on demand).
//
// www/ keeps its modules and index.html its module list (the page runs
// unbundled from the sources too); scripts/dist.mjs swaps the module tags
// of dist/index.html for page.js (`pageHtml`). As for the widget
// (widget-bundle.mjs), each module's import.meta.url is made its own URL
// in dist/, so `new URL('./worker.js', import.meta.url)` still finds the
// worker and the glue still finds the .wasm.

import { build } from 'esbuild';
import { resolve } from 'node:path';
import { ownImportMetaUrl } from './widget-bundle.mjs';

export const PAGE_BUNDLE = 'page.js';
// The module scripts of index.html, in their order.
const PAGE_MODULES = ['app.js', 'launch.js', 'pwa.js'];
const WORKER = 'worker.js';
// Loaded by the worker on demand: not bundled into it.
const WORKER_EXTERNAL = ['./pkg/faultline_tools.js'];

/** One entry importing the page's module scripts, in order. */
const pageEntry = (source) => ({
  name: 'page-entry',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${PAGE_BUNDLE.replace('.', '\\.')}$`) }, () => ({ path: PAGE_BUNDLE, namespace: 'page-entry' }));
    b.onLoad({ filter: /.*/, namespace: 'page-entry' }, () => ({
      contents: PAGE_MODULES.map((m) => `import './${m}';`).join('\n'),
      resolveDir: source,
      loader: 'js',
    }));
  },
});

async function bundle(source, target, options) {
  const result = await build({
    absWorkingDir: source,
    bundle: true,
    format: 'esm',
    minify: true,
    target,
    legalComments: 'none',
    outdir: '/bundle',
    write: false,
    metafile: true,
    ...options,
    plugins: [...(options.plugins ?? []), ownImportMetaUrl(source)],
  });
  const name = (out) => out.replace(/^.*?bundle\//, '');
  const sources = (inputs) => Object.keys(inputs ?? {}).filter((i) => !i.includes(":"));
  return result.outputFiles.map((file) => {
    const path = name(file.path.split('\\').join('/'));
    const info = Object.entries(result.metafile.outputs).find(([out]) => name(out) === path)?.[1] ?? {};
    return {
      path,
      bytes: Buffer.from(file.contents),
      // The sources it holds, relative to www/ with '/'. One output: all of
      // them (a module minified to nothing, a constant, is listed too).
      inputs: sources(options.splitting ? info.inputs : result.metafile.inputs),
      imports: (info.imports ?? []).filter((i) => !i.external).map((i) => ({ path: name(i.path), kind: i.kind })),
    };
  });
}

/**
 * Bundles the page of the sources in `source`: [{ path (in dist/), bytes,
 * inputs (the www/ paths it holds), imports: [{ path, kind }] }].
 */
export async function bundlePage({ source, target }) {
  source = resolve(source);
  const page = await bundle(source, target, {
    entryPoints: [PAGE_BUNDLE],
    splitting: true,
    chunkNames: 'page-[hash]',
    plugins: [pageEntry(source)],
  });
  const worker = await bundle(source, target, { entryPoints: [WORKER], external: WORKER_EXTERNAL });
  return [...page, ...worker];
}

/**
 * index.html for the bundled page (`outputs`: bundlePage's): the module
 * scripts become one page.js, preloaded with the chunk it imports (the
 * module summary.js, which the lazy export makers share: esbuild gives a
 * shared module a chunk of its own); the module preloads and engine.js's
 * early tag go (both are in page.js).
 */
export function pageHtml(html, outputs) {
  const chunks = (outputs.find((o) => o.path === PAGE_BUNDLE)?.imports ?? [])
    .filter((i) => i.kind === 'import-statement')
    .map((i) => `<link rel="modulepreload" href="${i.path}">\n  `)
    .join('');
  const scripts = PAGE_MODULES.map((m) => new RegExp(`<script type="module" src="${m.replace('.', '\\.')}"></script>\\s*`));
  let out = html.replace(/<link rel="modulepreload" href="[^"]+">\s*/g, '').replace(/<script type="module" async src="engine\.js"><\/script>\s*/, '');
  for (const [k, tag] of scripts.entries()) {
    if (!tag.test(out)) throw new Error(`index.html has no <script type="module" src="${PAGE_MODULES[k]}">: the page bundle would miss it`);
    out = out.replace(tag, k === 0 ? `${chunks}<script type="module" src="${PAGE_BUNDLE}"></script>\n  ` : '');
  }
  return out;
}

/**
 * `paths` (files of the page, relative to www/) as the bundled build
 * serves them: a module a bundle holds becomes that bundle's file, with
 * the chunks it imports statically. Order kept, each file once.
 */
export function asBundled(paths, outputs) {
  const holder = new Map();
  for (const out of outputs) for (const input of out.inputs) holder.set(input, out);
  const byPath = new Map(outputs.map((o) => [o.path, o]));
  const result = [];
  const add = (path) => {
    if (result.includes(path)) return;
    result.push(path);
    for (const i of byPath.get(path)?.imports ?? []) if (i.kind === 'import-statement') add(i.path);
  };
  for (const path of paths) add(holder.get(path)?.path ?? path);
  return result;
}
