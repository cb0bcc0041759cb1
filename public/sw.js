// Candor's service worker: the template. scripts/service-worker.mjs writes
// dist/sw.js from it at build time, with the build's own file list and a
// version that is a hash of those files and of this template, so any change
// to the build or to the worker makes a new worker. What it does:
// - install: fetches every file of the build into the cache `candor-<version>`
//   (files with a content hash in their name may come from the HTTP cache;
//   the others, such as index.html and the quiz files, are fetched fresh);
// - activate: deletes every older `candor-*` cache of this folder (entries of
//   other folders' Candors on the same origin are theirs), keeps in its own
//   nothing but the build's files and quiz files, and takes over the page;
// - fetch: only same-origin GET requests under the worker's folder, and of
//   those only the app's page (whatever its query string: the cached
//   index.html), the build's files (from the cache) and quiz files
//   (`*.quiz.json`, a coach's file next to the app: from the network, falling
//   back to its last good copy when the network fails or is slow). Any other
//   request, such as another page of the same site when Candor is served at
//   its root, is not touched: it goes to the network as without a worker,
//   and nothing of it is stored;
// - a response sent with `Cache-Control: no-store` is never stored;
// - a message 'skipWaiting' from the page (its Reload button) makes a waiting
//   new version take over; the page then reloads.
const VERSION = 'CANDOR_SW_VERSION';
const FILES = ['CANDOR_SW_FILES'];

// Candor's caches are named `candor-<version>`; "Forget my data" deletes them by this prefix.
const PREFIX = 'candor-';
const CACHE = `${PREFIX}${VERSION}`;
const HERE = new URL('./', self.location).href;
const at = (file) => new URL(file, HERE).href;
const PAGE = at('index.html');
const PAGES = [HERE, PAGE];
const PRECACHED = new Set(FILES.map(at));
// Trunk's and post-build's content hashes: `main-<hex>.css`, `candor-<hex>_bg.wasm`.
const HASHED = /-[0-9a-f]{12,}(_bg)?\.\w+$/;
// A coach's quiz file, as the app fetches it (`?quiz=`), next to the app.
const QUIZ_FILE = /\.quiz\.json$/;
// A slow network (bad meeting-room Wi-Fi) gives way to the last good copy.
const NETWORK_WAIT_MS = 4000;

const withoutSearch = (url) => {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
};
const isQuizFile = (url) => url.startsWith(HERE) && QUIZ_FILE.test(new URL(url).pathname);
/** Whether an entry may stay in this version's cache. */
const belongs = (url) => PRECACHED.has(url) || isQuizFile(url);
/** Whether a response may be stored: a good same-origin answer its server lets be stored. */
const storable = (response) =>
  response.ok && response.type === 'basic' && !/(^|,)\s*no-store\s*(,|$)/i.test(response.headers.get('Cache-Control') ?? '');

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // All or nothing, as `cache.addAll`, but what says `no-store` is not kept.
      const responses = await Promise.all(
        FILES.map(async (file) => {
          const request = new Request(at(file), { cache: HASHED.test(file) ? 'default' : 'no-cache' });
          const response = await fetch(request);
          if (!response.ok) throw new Error(`${file}: ${response.status}`);
          return [request, response];
        }),
      );
      const cache = await caches.open(CACHE);
      await Promise.all(responses.filter(([, response]) => storable(response)).map(([request, response]) => cache.put(request, response)));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name === CACHE || !name.startsWith(PREFIX)) continue;
        // A cache of this folder (one of its entries is directly in it), not another folder's Candor.
        const entries = await (await caches.open(name)).keys();
        if (entries.some(({ url }) => url.startsWith(HERE) && !url.slice(HERE.length).split('?')[0].includes('/'))) {
          await caches.delete(name);
        }
      }
      // Whatever an earlier worker of the same version stored beside the build's files goes too.
      if (await caches.has(CACHE)) {
        const cache = await caches.open(CACHE);
        for (const request of await cache.keys()) {
          if (!belongs(request.url)) await cache.delete(request);
        }
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
  const url = withoutSearch(request.url);
  const page = request.mode === 'navigate' && PAGES.includes(url);
  // A build's file with a query (the app retries a module that failed to load under `?retry=n`) is that file.
  if (page || PRECACHED.has(url)) {
    event.respondWith(fromCache(page ? PAGE : url).then((cached) => cached ?? fetch(request)));
  } else if (isQuizFile(request.url)) {
    event.respondWith(networkFirst(event, request));
  }
  // Anything else: not answered here, so the browser fetches it as without a worker.
});

/** This version's copy, if any (`caches.match` with a name creates no cache, unlike `caches.open`). */
function fromCache(request) {
  return caches.match(request, { cacheName: CACHE });
}

function networkFirst(event, request) {
  const network = fetch(request);
  // A good answer is kept (cloned before the page reads it), replacing the last;
  // one its server says not to store removes the last good copy too.
  event.waitUntil(
    network
      .then(async (response) => {
        const copy = storable(response) ? response.clone() : undefined;
        // After "Forget my data" deleted the cache, nothing makes it again.
        if (!(await caches.has(CACHE))) return;
        const cache = await caches.open(CACHE);
        if (copy) await cache.put(request, copy);
        else if (response.ok) await cache.delete(request);
      })
      .catch(() => {}),
  );
  return fromCache(request).then((cached) => {
    if (!cached) return network;
    const slow = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, cached));
    return Promise.race([network, slow]).catch(() => cached);
  });
}
