// Uncramp's service worker for DEBUG builds (trunk serve): a pass-through worker. It has no
// fetch handler, so every request goes to the network and development never sees stale code; it
// takes over at once and deletes any cache an earlier (release) worker left on this origin.
// scripts/post_build.py fills in the build id.
//
// Release builds do not ship this file: the post-build hook replaces it with the Workbox worker
// that scripts/build-sw.mjs generates from scripts/sw-release.js.
"use strict";

const BUILD = __BUILD_ID__;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("uncramp-")) await caches.delete(name);
      }
      await self.clients.claim();
    })()
  );
});
