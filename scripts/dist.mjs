// Writes dist/: what `make serve` serves and a site copies. A file-for-file
// image of www/ (same paths, so every relative URL, import and
// `new URL(…, import.meta.url)` still points where it did), with the
// JavaScript and CSS minified by esbuild one file at a time and comments
// taken out of HTML and JSON. The sources keep their comments; the
// reader's browser does not need them.
// What the browser loads as JavaScript is bundled, though:
// - the page: page.js (its modules) and worker.js (the worker with its
//   wasm-bindgen glue), index.html rewritten to load page.js
//   (scripts/page-bundle.mjs); its modules are still copied one by one,
//   unused by the page (the tests import the glue);
// - the widget: faultline-widget.js with its modules and its two
//   stylesheets with what they import (scripts/widget-bundle.mjs);
//   widget/*.js, which nothing else imports, are not copied.
//
//   node scripts/dist.mjs [--quiet]
//
// Files of dist/ that www/ no longer has are deleted, except what the build
// writes there itself (precache-manifest.js).

import { transformSync } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDGET_ENTRY, WIDGET_STYLES, bundleWidget } from './widget-bundle.mjs';
import { bundlePage, pageHtml } from './page-bundle.mjs';

export const SOURCE = resolve(fileURLToPath(new URL('../www', import.meta.url)));
export const DIST = resolve(fileURLToPath(new URL('../dist', import.meta.url)));
const GENERATED = new Set(['precache-manifest.js']);
// Classic scripts: no import or export, top-level names are the global
// object's, so esbuild must not treat them as a module's.
const CLASSIC = new Set(['sw.js']);
// Browsers this build is for: the page needs module workers and
// `import.meta`, so nothing older can run it anyway.
export const TARGET = ['chrome111', 'firefox114', 'safari16.4'];

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

const posix = (path) => path.split(sep).join('/');

/** The bytes dist/ gets for the www/ file at `path` (relative, with '/'). */
export function minified(path, bytes) {
  const text = () => bytes.toString('utf8');
  const extension = /\.[a-z0-9]+$/i.exec(path)?.[0].toLowerCase() ?? '';
  // wasm-bindgen's glue is generated, already plain; minifying it is safe too.
  if (extension === '.js' || extension === '.mjs') {
    const options = { loader: 'js', minify: true, target: TARGET, legalComments: 'none', sourcefile: path };
    if (!CLASSIC.has(path)) options.format = 'esm';
    return Buffer.from(transformSync(text(), options).code);
  }
  if (extension === '.css') {
    return Buffer.from(transformSync(text(), { loader: 'css', minify: true, target: TARGET, sourcefile: path }).code);
  }
  // No inline script or style exists (the CSP forbids them), so a comment
  // is the only thing between tags that can go without a parser.
  if (extension === '.html') return Buffer.from(text().replace(/<!--[\s\S]*?-->\s*/g, ''));
  if (extension === '.json' || extension === '.webmanifest') return Buffer.from(JSON.stringify(JSON.parse(text())));
  return bytes;
}

// Sources only the widget's bundle holds.
const bundledOnly = (path) => path === WIDGET_ENTRY || WIDGET_STYLES.includes(path) || /^widget\/.*\.js$/.test(path);

/** Brings dist/ up to date with www/; returns how many files it wrote. */
export async function writeDist({ source = SOURCE, dist = DIST } = {}) {
  const wanted = new Set();
  let written = 0;
  // The page's bundles (page-bundle.mjs) replace their namesakes (worker.js),
  // and index.html loads page.js instead of its modules.
  const page = await bundlePage({ source, target: TARGET });
  const pageBundle = new Set(page.map((f) => f.path));
  const files = [];
  for (const file of walk(source)) {
    const path = posix(relative(source, file));
    if (GENERATED.has(path) || bundledOnly(path) || pageBundle.has(path)) continue;
    try {
      let bytes = minified(path, readFileSync(file));
      if (path === 'index.html') bytes = Buffer.from(pageHtml(bytes.toString('utf8'), page));
      files.push({ path, bytes });
    } catch (error) {
      throw new Error(`${path}: ${error.message}`);
    }
  }
  files.push(...(await bundleWidget({ source, target: TARGET })), ...page);
  for (const { path, bytes } of files) {
    wanted.add(path);
    const target = join(dist, path);
    let same = false;
    try {
      same = statSync(target).size === bytes.length && readFileSync(target).equals(bytes);
    } catch {
      // not there yet
    }
    if (same) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    written++;
  }
  for (const file of walk(dist)) {
    const path = posix(relative(dist, file));
    if (!wanted.has(path) && !GENERATED.has(path)) rmSync(file);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(DIST, { recursive: true });
  const written = await writeDist();
  if (!process.argv.includes('--quiet')) console.log(`dist/: ${written} files written`);
}
