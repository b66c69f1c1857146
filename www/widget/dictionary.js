// A dictionary named by the `dictionary` attribute: fetched from the page's
// own site only (a widget must not call other origins, and the page's CSP
// would refuse them anyway), compiled once per URL in the shared worker.

import { importDictionary } from '../engine.js';

const compiled = new Map(); // absolute URL → Promise of the compiled text

/** The compiled dictionary at `url` (relative to the page). */
export function loadDictionary(url) {
  const target = new URL(url, document.baseURI);
  if (target.origin !== location.origin) {
    return Promise.reject(new Error(`the dictionary ${target.href} is not on this site (${location.origin})`));
  }
  if (!compiled.has(target.href)) {
    const promise = fetchAndCompile(target);
    // A failure is not kept: the author may fix the file and set the attribute again.
    promise.catch(() => compiled.delete(target.href));
    compiled.set(target.href, promise);
  }
  return compiled.get(target.href);
}

async function fetchAndCompile(target) {
  const name = target.pathname.split('/').pop() || 'dictionary';
  // redirect: 'error', so a same-site URL cannot bounce the request elsewhere.
  const response = await fetch(target, { redirect: 'error', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the dictionary ${name} could not be loaded (HTTP ${response.status})`);
  const text = await response.text();
  try {
    // The attribute names our JSON format whatever the file is called, so
    // the worker reads it as JSON (with line and column on a syntax error).
    return (await importDictionary(text, 'dictionary.json')).compiled;
  } catch (err) {
    throw new Error(`the dictionary ${name} is not usable: ${err.message}`);
  }
}
