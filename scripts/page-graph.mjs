// What a page loads, found by reading its files rather than written down:
// one reader for the size report (scripts/size.mjs), the service worker's
// precache list (scripts/precache.mjs) and the modulepreload check
// (tests/www/preload.test.mjs), so the three never disagree on what a
// reference is.
//
// Kinds of reference, each followed only when asked for:
//   html     <script src>, <link href>
//   imports  static import/export … from, import '…'
//   dynamic  import('…') with a literal path
//   urls     new URL('…', import.meta.url): the worker, the .wasm files
//   css      @import and url() in stylesheets
//   icons    a web manifest's icons

import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

export const ALL_KINDS = new Set(['html', 'imports', 'dynamic', 'urls', 'css', 'icons']);

const PATTERNS = {
  html: [/<script[^>]*\ssrc=["']([^"']+)["']/g, /<link[^>]*\shref=["']([^"']+)["']/g],
  // Statements start a line; a word "import" in a string is no import.
  imports: [/^\s*(?:import|export)\s[^'"]*?\bfrom\s*["']([^"']+)["']/gm, /^\s*import\s*["']([^"']+)["']/gm],
  dynamic: [/\bimport\(\s*["']([^"']+)["']\s*\)/g],
  urls: [/new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g],
  css: [/@import\s+(?:url\()?["']([^"']+)["']/g, /url\(\s*["']?([^"')]+)["']?\s*\)/g],
};

// Which kinds a file of each type can hold.
const KINDS_OF = {
  '.html': ['html'],
  '.js': ['imports', 'dynamic', 'urls'],
  '.mjs': ['imports', 'dynamic', 'urls'],
  '.css': ['css'],
  '.webmanifest': ['icons'],
};

const extension = (path) => /\.[a-z0-9]+$/i.exec(path)?.[0].toLowerCase() ?? '';

/** The paths `text` (the contents of `file`) refers to, of the kinds in `follow`. */
export function references(file, text, follow = ALL_KINDS) {
  const refs = [];
  for (const kind of KINDS_OF[extension(file)] ?? []) {
    if (!follow.has(kind)) continue;
    if (kind === 'icons') refs.push(...(JSON.parse(text).icons ?? []).map((icon) => icon.src));
    else for (const pattern of PATTERNS[kind]) refs.push(...[...text.matchAll(pattern)].map((m) => m[1]));
  }
  return refs;
}

/**
 * Every local file reachable from `entries` (absolute paths) inside `root`,
 * breadth-first, so in load order: absolute paths. `skip` (absolute paths)
 * are neither listed nor followed. A missing file throws: the build is
 * incomplete, and a list without it would be wrong.
 */
export function reachable(root, entries, { follow = ALL_KINDS, skip = new Set() } = {}) {
  root = resolve(root);
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || skip.has(file)) continue;
    if (file !== root && !file.startsWith(root + sep)) throw new Error(`${file} is outside ${root}`);
    if (!existsSync(file)) throw new Error(`the page loads ${relative(root, file)}, which does not exist: run the build first`);
    seen.add(file);
    for (const ref of references(file, readFileSync(file, 'utf8'), follow)) {
      if (/^(?:[a-z]+:|\/\/|#)/i.test(ref)) continue; // other origins, data:, fragments
      queue.push(resolve(dirname(file), ref.split(/[?#]/)[0]));
    }
  }
  return [...seen];
}
