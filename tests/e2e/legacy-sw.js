// The hand-written service worker that Uncramp shipped before Workbox (public/sw.js at a1501b8),
// kept to test the migration from it: tests/e2e/pwa.spec.ts fills in the placeholders.
// Uncramp's service worker. scripts/post_build.py fills in the placeholders at build time.
//
// - The precache list is the hashed build output; its cache is named after the build, and
//   caches of other builds are deleted when this one activates.
// - Hashed assets: cache first (a hashed name never changes its content).
// - Navigations: network first, the cached app shell when offline (every view is the same
//   index.html, so one shell serves them all).
// - Data fetched on first use (under data/) is cached at run time, in a cache that outlives
//   app updates, so it keeps working offline.
// - A new version waits until the page asks it to take over ("skip-waiting"), which the page
//   does only when the user accepts the "Update available" banner.
// - Debug builds (trunk serve) get a pass-through worker: no fetch handler, no caches.
"use strict";

const BUILD = __BUILD_ID__;
const PRECACHE = __PRECACHE__;
const DEV = __DEV__;
const SHELL_CACHE = "uncramp-shell-" + BUILD;
const DATA_CACHE = "uncramp-data-v1";
const SHELL_URL = new URL("./", self.registration.scope).href;
const DATA_PREFIX = new URL("./data/", self.registration.scope).href;

self.addEventListener("install", (event) => {
  if (DEV) {
    self.skipWaiting();
    return;
  }
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" }))))
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        const ours = name.startsWith("uncramp-");
        if (ours && (DEV || (name !== SHELL_CACHE && name !== DATA_CACHE))) {
          await caches.delete(name);
        }
      }
      await self.clients.claim();
    })()
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

async function navigate(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    const shell = await caches.match(SHELL_URL, { cacheName: SHELL_CACHE });
    return shell || Response.error();
  }
}

async function fromData(request) {
  const cache = await caches.open(DATA_CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function fromShell(request) {
  const hit = await caches.match(request, { cacheName: SHELL_CACHE });
  return hit || fetch(request);
}

if (!DEV) {
  self.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET") return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
    if (request.mode === "navigate") {
      event.respondWith(navigate(request));
    } else if (url.href.startsWith(DATA_PREFIX)) {
      event.respondWith(fromData(request));
    } else {
      event.respondWith(fromShell(request));
    }
  });
}
