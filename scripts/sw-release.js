// Uncramp's release service worker, built on Workbox. scripts/build-sw.mjs bundles it with the
// Workbox modules it imports into one file (dist/sw.js: no other script, no CDN), with the
// precache manifest in place of `self.__WB_MANIFEST`, under a comment naming the build. Debug
// builds get public/sw.js instead, a pass-through worker.
//
// - Precache: the build output that scripts/post_build.py lists (hashed JS, wasm, CSS, the Learn
//   page, icons, manifest, the app shell index.html whose revision is the build id), cache-first.
//   Of the builds per language (scripts/build), only that of the language the page registered
//   the worker for (`sw.js?lang=nl`, src/pwa.rs; else the first): a phone keeps one language
//   offline, and an update downloads one. Another language is a new script address, so the
//   worker is installed again for it and the other language's files leave the cache.
//   Workbox keeps one precache cache per scope and downloads only the entries whose URL or
//   revision changed; entries the new build no longer lists are deleted when it activates.
// - Navigations: network first for at most NAVIGATION_TIMEOUT_S; on a timeout, a network error or
//   an error page (HTTP status >= 400) the precached shell answers. Every view is the same shell
//   (the router in the page picks the view), so a deep link never visited still opens offline,
//   and a start is never worse than the cached app.
// - Data fetched on first use (under data/) is cached at run time, cache-first, in DATA_CACHE,
//   which app updates keep. Storing `name-<hash>.ext` deletes the other versions of that file.
// - A new version waits until the page posts "skip-waiting" (src/pwa.rs does so when the user
//   accepts "Update available", or at once when the page already runs this worker's build: a
//   page fetched from the network under the old worker); it then claims the open pages. Asked
//   "build?" on a message port, it answers with its build id. On activate it also deletes the
//   caches of the hand-written worker this one replaced (`uncramp-shell-<build>`).
import { clientsClaim, setCacheNameDetails } from "workbox-core";
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { CacheFirst, NetworkOnly } from "workbox-strategies";

const NAVIGATION_TIMEOUT_S = 3;
/** The run-time data cache; its name must not change, or users lose their offline table. */
const DATA_CACHE = "uncramp-data-v1";
/** Caches of the hand-written worker (before Workbox), one per build. */
const LEGACY_SHELL_PREFIX = "uncramp-shell-";
const SHELL = "index.html";
const DATA_PREFIX = new URL("data/", self.registration.scope).href;
/** This worker's build (scripts/build-sw.mjs fills it in): the page compares it with its own. */
const BUILD = __BUILD_ID__;

// Precache name: "uncramp-precache-v2-<scope>" (Workbox's naming, our prefix).
setCacheNameDetails({ prefix: "uncramp" });

self.addEventListener("message", (event) => {
  // "skip-waiting" is what src/pwa.rs posts; {type: "SKIP_WAITING"} is Workbox's convention.
  const data = event.data;
  if (data === "skip-waiting" || (data && data.type === "SKIP_WAITING")) self.skipWaiting();
  if (data === "build?" && event.ports[0]) event.ports[0].postMessage(BUILD);
});
clientsClaim();

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(LEGACY_SHELL_PREFIX)).map((n) => caches.delete(n)))
      )
  );
});

/** Treats an error page from the host (404, 500 ...) like a failed request. */
const errorPageIsFailure = {
  fetchDidSucceed: async ({ response }) => {
    if (response.status >= 400) throw new Error(`HTTP ${response.status}`);
    return response;
  },
};

// Registered before the precache route, so that a navigation to "./" also tries the network
// first instead of taking the precached index.html straight away.
registerRoute(
  new NavigationRoute(
    new NetworkOnly({
      networkTimeoutSeconds: NAVIGATION_TIMEOUT_S,
      plugins: [errorPageIsFailure, new PrecacheFallbackPlugin({ fallbackURL: SHELL })],
    })
  )
);

/** The files of each language's build that no other language uses (scripts/post_build.py). */
const LANGUAGE_FILES = __LANGUAGE_FILES__;
const LANGUAGES = Object.keys(LANGUAGE_FILES);
const ASKED = new URL(self.location.href).searchParams.get("lang");
const LANGUAGE = LANGUAGES.includes(ASKED) ? ASKED : LANGUAGES[0];
const OTHER_LANGUAGES = new Set(LANGUAGES.filter((l) => l !== LANGUAGE).flatMap((l) => LANGUAGE_FILES[l]));

const MANIFEST = self.__WB_MANIFEST;
precacheAndRoute(MANIFEST.filter((entry) => !OTHER_LANGUAGES.has(entry.url)));
cleanupOutdatedCaches();

/** "…/usda-sr26-78771d24.tsv" -> "…/usda-sr26-*.tsv"; null for a name without a content hash. */
function versionFamily(href) {
  const match = /^(.*-)[0-9a-f]{8,}(\.[^./]+)$/i.exec(new URL(href).pathname);
  return match ? match[1] + "*" + match[2] : null;
}

/** Once a version of a data file is stored, the other versions of it are deleted. */
const keepOnlyNewestVersion = {
  cacheDidUpdate: async ({ cacheName, request }) => {
    const family = versionFamily(request.url);
    if (!family) return;
    const cache = await caches.open(cacheName);
    for (const key of await cache.keys()) {
      if (key.url !== request.url && versionFamily(key.url) === family) await cache.delete(key);
    }
  },
};

registerRoute(
  ({ url }) => url.href.startsWith(DATA_PREFIX),
  new CacheFirst({ cacheName: DATA_CACHE, plugins: [keepOnlyNewestVersion] })
);
