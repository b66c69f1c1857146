// Faultline's service worker: the whole page offline, and clean updates.
//
// Precache. precache-manifest.js (scripts/precache.mjs, at build) lists
// every file the page can load, each with the SHA-256 of its bytes, and a
// version id made of those hashes. Installing a version fills a cache of
// its own, 'faultline-precache-<version>', all or nothing: a file whose
// bytes do not match its hash (a deploy caught half way) fails the
// install, and the browser tries again later; a file unchanged since an
// older version is copied from that version's cache, not downloaded.
//
// Serving. Cache first: a precached file comes from this version's cache;
// anything else is left to the network. A navigation to the page gets the
// cached index.html whatever its query string (shared text arrives as
// ?title=&text=&url=, see launch.js).
//
// Updates without mixing. A new build changes precache-manifest.js, which
// this script imports, so the browser installs the new worker beside the
// old one; it then waits, as workers do, while a page of the old version
// is open, so no open page ever gets a file of the new build (Chromium
// would even stop routing an open page's requests to any worker once its
// worker is replaced). It takes over:
// - by itself, once every page of the old version is closed;
// - or at the next load: a page that starts and finds a new version
//   waiting asks it to take over (pwa.js, once the saved text is back in
//   the editor), and the worker does so only if that page is the only one
//   open (skipWaiting); the page then reloads, from the new version.
// At activation the old versions' caches are deleted: no page uses them.
//
// The worker owns only the caches named here. It never touches
// localStorage or IndexedDB, where the reader's text and settings live.

importScripts('precache-manifest.js'); // defines self.PRECACHE = { version, files }

const { version: VERSION, files: FILES } = self.PRECACHE;
const PREFIX = 'faultline-precache-';
const CACHE = PREFIX + VERSION;
const HASH_HEADER = 'x-faultline-sha256';

const BASE = new URL('./', self.location.href); // www/, where the files are
const PAGE = new URL('index.html', BASE).href;
const keyOf = (path) => new URL(path, BASE).href;
const isPage = (url) => [BASE.pathname, new URL(PAGE).pathname].includes(new URL(url).pathname);

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    // A first visit's page, loaded from the network moments before this
    // install from the same server, works offline without a reload.
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(BASE.href)) return;
  const url = request.url.split(/[?#]/)[0];
  if (request.mode === 'navigate') {
    if (isPage(url)) event.respondWith(fromCache(PAGE, request));
    return; // other pages (the benchmark, examples): not precached
  }
  if (Object.hasOwn(FILES, url.slice(BASE.href.length))) event.respondWith(fromCache(url, request));
});

self.addEventListener('message', (event) => {
  const { type } = event.data ?? {};
  if (type === 'version') {
    event.ports[0]?.postMessage({ type: 'version', version: VERSION });
  } else if (type === 'take-over') {
    // Sent to the waiting worker; an active one has nothing to take.
    event.waitUntil(takeOverIfAlone(event.source, event.ports[0]));
  }
});

// ---- install ------------------------------------------------------------------

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
}

function hashOf(response) {
  return response?.headers.get(HASH_HEADER) ?? null;
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

// ---- serving --------------------------------------------------------------------

// Storage trouble (an evicted cache, quota) must not cost the page: then it
// is as if there were no worker.
async function fromCache(key, request) {
  const cached = await caches.match(key, { cacheName: CACHE }).catch(() => undefined);
  return cached ?? fetch(request);
}

// ---- taking over ------------------------------------------------------------------

// Only when the asking page is the one page of the app open: any other
// would be left with the old version's files and a worker of the new one.
// Pages are counted whether a worker controls them or not.
async function takeOverIfAlone(asker, reply) {
  const pages = (await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).filter((c) => isPage(c.url));
  const alone = Boolean(asker) && pages.length === 1 && pages[0].id === asker.id;
  reply?.postMessage({ type: 'take-over', accepted: alone });
  if (alone) await self.skipWaiting();
}
