// Candor's service worker: the template. scripts/service-worker.mjs writes
// dist/sw.js from it at build time, with the build's own file list and a
// version that is a hash of those files, so any change to the build makes a
// new worker. What it does:
// - install: fetches every file of the build into the cache `candor-<version>`
//   (files with a content hash in their name may come from the HTTP cache;
//   the others, such as index.html and the quiz files, are fetched fresh);
// - activate: deletes older `candor-*` caches, keeping the last good copy of
//   files fetched at run time (a coach's quiz file), and takes over the page;
// - fetch: only same-origin GET requests under the worker's folder. The app's
//   page, whatever its query string, is the cached index.html; the build's
//   files come from the cache; any other file (a coach's quiz file next to the
//   app) from the network, falling back to its last good copy when the network
//   fails or is slow. Nothing else is touched, and nothing goes elsewhere;
// - a message 'skipWaiting' from the page (its Reload button) makes a waiting
//   new version take over; the page then reloads.
const VERSION = 'CANDOR_SW_VERSION';
const FILES = ['CANDOR_SW_FILES'];

const CACHE = `candor-${VERSION}`;
const HERE = new URL('./', self.location).href;
const at = (file) => new URL(file, HERE).href;
const PAGE = at('index.html');
const PAGES = [HERE, PAGE];
const PRECACHED = new Set(FILES.map(at));
// Trunk's and post-build's content hashes: `main-<hex>.css`, `candor-<hex>_bg.wasm`.
const HASHED = /-[0-9a-f]{12,}(_bg)?\.\w+$/;
// A slow network (bad meeting-room Wi-Fi) gives way to the last good copy.
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(at(file), { cache: HASHED.test(file) ? 'default' : 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const name of await caches.keys()) {
        if (name === CACHE || !name.startsWith('candor-')) continue;
        const old = await caches.open(name);
        for (const request of await old.keys()) {
          if (!PRECACHED.has(request.url) && !HASHED.test(new URL(request.url).pathname) && !PAGES.includes(request.url)) {
            await cache.put(request, await old.match(request));
          }
        }
        await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(HERE)) return;
  const url = new URL(request.url);
  const page = request.mode === 'navigate' && PAGES.includes(url.origin + url.pathname);
  if (page || PRECACHED.has(request.url)) {
    event.respondWith(fromCache(page ? PAGE : request).then((cached) => cached ?? fetch(request)));
  } else {
    event.respondWith(networkFirst(event, request));
  }
});

function fromCache(request) {
  return caches.open(CACHE).then((cache) => cache.match(request));
}

function networkFirst(event, request) {
  const network = fetch(request);
  // A good answer is kept (cloned before the page reads it), replacing the last.
  event.waitUntil(
    network
      .then((response) => {
        if (!response.ok || response.type !== 'basic') return undefined;
        const copy = response.clone();
        return caches.open(CACHE).then((cache) => cache.put(request, copy));
      })
      .catch(() => {}),
  );
  return fromCache(request).then((cached) => {
    if (!cached) return network;
    const slow = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, cached));
    return Promise.race([network, slow]).catch(() => cached);
  });
}
