// Faultline's service worker: the whole page offline, and clean updates.
//
// Precache. precache-manifest.js (scripts/precache.mjs, at build) lists
// every file the page can load, each with the SHA-256 of its bytes, and a
// version id made of those hashes. Installing a version fills a cache of
// its own, 'faultline-precache-<version>', all or nothing: a file whose
// bytes do not match its hash (a deploy caught half way) fails the
// install, and the browser tries again at a later load; a file unchanged
// since an older version is copied from that version's cache instead of
// downloaded again.
//
// Serving. Cache first: a precached file comes from the cache, anything
// else from the network. A navigation to the page gets the cached
// index.html whatever its query string (shared text arrives as
// ?title=&text=&url=, see launch.js).
//
// Updates without mixing. A new build changes precache-manifest.js, which
// this script imports, so the browser installs the new worker beside the
// old one. Every page is pinned to the version whose index.html it got:
// answering a navigation records client id → version (in a cache, since a
// worker may be stopped between two events), and that client's later
// requests — a module imported on demand, the dictionary tools' wasm, a
// sample — are answered from that version's cache only; the page's
// analysis worker is pinned with it. So a new version can take over as
// soon as it is installed (skipWaiting) without a page ever mixing files
// of two builds: a page already open keeps its own files to the end,
// although the new worker now answers for it, and the next load (a
// reload, a new tab) is the new version. A version's cache is deleted
// once no open page is pinned to it.
//
// The worker owns only the caches named here. It never touches
// localStorage or IndexedDB, where the reader's text and settings live.

importScripts('precache-manifest.js'); // defines self.PRECACHE = { version, files }

const { version: VERSION, files: FILES } = self.PRECACHE;
const PREFIX = 'faultline-precache-';
const CACHE = PREFIX + VERSION;
const PINS = 'faultline-pins'; // not under PREFIX: never taken for a version
const HASH_HEADER = 'x-faultline-sha256';
const PINNED_AT = 'x-faultline-pinned-at';
const SEEN = 'x-faultline-seen';
// A page between its navigation and its first request is not yet among
// clients.matchAll(); its pin is kept this long even if it is not found.
const UNSEEN_PIN_MS = 60_000;

const BASE = new URL('./', self.location.href); // www/, where the files are
const PAGE = new URL('index.html', BASE).href;
const PIN_BASE = new URL('__faultline-pin/', BASE).href; // cache keys only, never fetched
const WAS_ACTIVE = new URL('__faultline-was-active', BASE).href; // a mark in a version's cache
const keyOf = (path) => new URL(path, BASE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await (await caches.open(CACHE)).put(WAS_ACTIVE, new Response(''));
    // A page no worker controls (a first visit, loaded from the network
    // moments before this install, from the same server) is claimed, so it
    // works offline without a reload, and pinned to this version, like its
    // worker. Pages of an older version are already pinned to theirs.
    const controlled = new Set((await self.clients.matchAll({ type: 'all' })).map((c) => c.id));
    for (const client of await self.clients.matchAll({ type: 'all', includeUncontrolled: true })) {
      // Found open, so not loading: seen.
      if (!controlled.has(client.id) && !(await storedPin(client.id))) await pin(client.id, VERSION, { isSeen: true });
    }
    await self.clients.claim();
    await tidy({ activating: true });
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(BASE.href)) return;
  // DevTools may ask this of cross-origin modes, where fetch() throws.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  const answer = request.mode === 'navigate' ? navigate(event) : serve(event);
  // Storage trouble (a cache evicted, quota) must not cost the page: then
  // it is as if there were no worker.
  event.respondWith(answer.catch(() => fetch(request)));
});

// pwa.js asks, as each page starts, which version serves it; the page is
// up, so the one it replaced is gone: a good moment to tidy.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'version') return;
  event.waitUntil((async () => {
    const answer = { type: 'version', page: await versionOf(event.source?.id), active: VERSION };
    if (event.ports[0]) event.ports[0].postMessage(answer);
    else event.source?.postMessage(answer);
    await tidy();
  })());
});

// ---- install ----------------------------------------------------------------

async function precache() {
  const cache = await caches.open(CACHE);
  const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  await Promise.all(Object.entries(FILES).map(async ([path, hash]) => {
    const key = keyOf(path);
    // Already here: an earlier install of this version stopped half way.
    if (hashOf(await cache.match(key)) === hash) return;
    for (const name of older) {
      const kept = await caches.match(key, { cacheName: name });
      if (hashOf(kept) === hash) return cache.put(key, kept);
    }
    // no-cache: revalidated, never a stale copy from the HTTP cache.
    const response = await fetch(key, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    const bytes = await response.arrayBuffer();
    if ((await sha256(bytes)) !== hash) throw new Error(`${path} is not the file of build ${VERSION}`);
    // The MIME type matters (modules; application/wasm for streaming
    // compilation); the hash lets a later version reuse the entry.
    const headers = new Headers({ [HASH_HEADER]: hash });
    const type = response.headers.get('content-type');
    if (type) headers.set('content-type', type);
    await cache.put(key, new Response(bytes, { headers }));
  }));
  // A worker activating meanwhile deletes every cache it does not know,
  // this one too if it was being filled: then install again at a later load.
  if (!(await caches.has(CACHE))) throw new Error(`the cache of build ${VERSION} was deleted during install`);
}

function hashOf(response) {
  return response?.headers.get(HASH_HEADER) ?? null;
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

// ---- serving ----------------------------------------------------------------

// The page itself, from this version; other pages under the scope (the
// benchmark, examples) are not precached and go to the network.
const isPage = (url) => [BASE.pathname, new URL(PAGE).pathname].includes(new URL(url).pathname);

async function navigate(event) {
  const cached = isPage(event.request.url) ? await caches.match(PAGE, { cacheName: CACHE }) : undefined;
  if (!cached) return fetch(event.request);
  event.waitUntil(pin(event.resultingClientId, VERSION));
  return cached;
}

async function serve(event) {
  const { request } = event;
  const version = await versionOf(event.clientId);
  // Not a page of ours (the benchmark, the embed example, loaded from the
  // network): the network too, or its own files would meet cached ones.
  if (version === null) return fetch(request);
  event.waitUntil(markSeen(event.clientId));
  // A dedicated worker (the analysis) belongs to the page that started it.
  if (request.destination === 'worker' && event.resultingClientId) {
    event.waitUntil(pin(event.resultingClientId, version));
  }
  const cached = await caches.match(request.url.split('#')[0], { cacheName: PREFIX + version, ignoreVary: true });
  return cached ?? fetch(request);
}

// ---- pins: client id → version ------------------------------------------------

const pins = new Map(); // read through from the PINS cache
const seen = new Set(); // ids whose pin is known to be marked seen

/** The version a client is pinned to, or null for a client not ours. */
async function versionOf(clientId) {
  if (!clientId) return null;
  if (pins.has(clientId)) return pins.get(clientId);
  const stored = await storedPin(clientId);
  if (stored) {
    pins.set(clientId, stored.version);
    return stored.version;
  }
  // The page itself, never pinned: a browser that gave its navigation no
  // client id. It got this version's index.html.
  const client = await self.clients.get(clientId);
  if (client?.type === 'window' && isPage(client.url)) {
    await pin(clientId, VERSION, { isSeen: true });
    return VERSION;
  }
  return null;
}

async function storedPin(clientId) {
  const stored = await caches.match(PIN_BASE + encodeURIComponent(clientId), { cacheName: PINS });
  if (!stored) return null;
  return { version: await stored.text(), pinnedAt: Number(stored.headers.get(PINNED_AT)), seen: stored.headers.has(SEEN) };
}

async function pin(clientId, version, { pinnedAt = Date.now(), isSeen = false } = {}) {
  if (!clientId) return;
  pins.set(clientId, version);
  const headers = { [PINNED_AT]: String(pinnedAt) };
  if (isSeen) headers[SEEN] = '1';
  await (await caches.open(PINS)).put(PIN_BASE + encodeURIComponent(clientId), new Response(version, { headers }));
}

// A request from a client proves it has started: from now on, once it is
// gone from clients.matchAll() it is closed, not still loading.
async function markSeen(clientId) {
  if (!clientId || seen.has(clientId)) return;
  seen.add(clientId);
  const stored = await storedPin(clientId);
  // Not written yet (the navigation's pin is on its way): a later request marks it.
  if (!stored) seen.delete(clientId);
  else if (!stored.seen) await pin(clientId, stored.version, { pinnedAt: stored.pinnedAt, isSeen: true });
}

// Forgets the pins of closed pages, then deletes the caches of versions no
// open page is pinned to. At activation every other cache goes (old
// versions, installs that failed half way); later only the caches of
// versions that were active once, since a cache never active may be a
// newer version being installed right now.
async function tidy({ activating = false } = {}) {
  const open = new Set((await self.clients.matchAll({ type: 'all', includeUncontrolled: true })).map((c) => c.id));
  const pinCache = await caches.open(PINS);
  const keep = new Set([CACHE]);
  for (const key of await pinCache.keys()) {
    const id = decodeURIComponent(key.url.slice(PIN_BASE.length));
    const stored = await storedPin(id);
    if (!stored) continue;
    const loading = !stored.seen && Date.now() - stored.pinnedAt < UNSEEN_PIN_MS;
    if (open.has(id) || loading) {
      keep.add(PREFIX + stored.version);
    } else {
      pins.delete(id);
      seen.delete(id);
      await pinCache.delete(key);
    }
  }
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || keep.has(name)) continue;
    if (activating || (await caches.match(WAS_ACTIVE, { cacheName: name }))) await caches.delete(name);
  }
}
