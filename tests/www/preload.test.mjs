// index.html lists the page's module graph as <link rel="modulepreload">,
// so the browser fetches it at once instead of one import level at a time.
// The list is written by hand: this test keeps it equal to the graph.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reachable } from '../../scripts/page-graph.mjs';

const www = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'www');

// app.js and everything it imports statically (the dynamic imports load on
// demand and are left out on purpose).
const staticGraph = (entry) => reachable(www, [join(www, entry)], { follow: new Set(['imports']) })
  .map((f) => relative(www, f))
  .sort();

test('every module app.js imports is preloaded, and nothing else', () => {
  const html = readFileSync(join(www, 'index.html'), 'utf8');
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  for (const href of preloaded) assert.ok(existsSync(join(www, href)), `${href} does not exist`);
  // engine.js is loaded by its own async script tag, before the rest.
  const graph = staticGraph('app.js').filter((f) => f !== 'engine.js');
  assert.deepEqual([...preloaded].sort(), graph);
});
