#!/usr/bin/env node
// Builds the release service worker with Workbox (workbox-build 7.4.1).
// scripts/post_build.py runs it in Trunk's staging folder:
//
//     node scripts/build-sw.mjs < {"dir": STAGING, "build": BUILD_ID, "files": ["index.html", ...],
//                                  "languages": {"en": [files of the English build only], ...}}
//
// 1. workbox-build's getManifest() lists `files` (post_build.py decides what is precached) with a
//    revision each: none for content-hashed names (the name changes with the content), the build
//    id for index.html (the app shell), an MD5 of the content for the rest (icons, manifest).
// 2. Rollup bundles scripts/sw-release.js with the Workbox modules it imports into one script,
//    the manifest in place of `self.__WB_MANIFEST`, minified with the settings of Workbox's own
//    generateSW (inlineWorkboxRuntime): no importScripts, no CDN, nothing else to serve.
// 3. The result goes to DIR/sw.js, under a comment that names the build.
//
// Rollup and its plugins are workbox-build's own dependencies: they are loaded from its folder,
// so package.json needs nothing besides workbox-build.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const started = performance.now();
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const workboxBuildPath = require.resolve("workbox-build");
const fromWorkboxBuild = createRequire(workboxBuildPath);
const { getManifest } = require("workbox-build");
const { rollup } = fromWorkboxBuild("rollup");
const { nodeResolve } = fromWorkboxBuild("@rollup/plugin-node-resolve");
const replace = interop(fromWorkboxBuild("@rollup/plugin-replace"));
const terser = interop(fromWorkboxBuild("@rollup/plugin-terser"));
const workboxVersion = require("workbox-build/package.json").version;

function interop(module) {
  return typeof module === "function" ? module : module.default;
}

function fail(message) {
  console.error(`build-sw: ${message}`);
  process.exit(1);
}

const { dir, build, files, languages = {} } = JSON.parse(readFileSync(0, "utf8"));
if (!dir || !build || !Array.isArray(files) || files.length === 0) {
  fail('expected {"dir": ..., "build": ..., "files": [...]} on stdin');
}
if (!files.includes("index.html")) fail("the app shell index.html must be precached");
// Each file is passed to the glob as its own pattern, so it must not contain glob syntax.
const magic = files.filter((f) => /[*?[\]{}()!+@\\]/.test(f));
if (magic.length > 0) fail(`file names with glob characters: ${magic.join(", ")}`);

const { manifestEntries, count, size, warnings } = await getManifest({
  globDirectory: dir,
  globPatterns: files,
  // Trunk's hashes (16 hex digits) and the Learn page's (8): the URL is the version.
  dontCacheBustURLsMatching: /-[0-9a-f]{8,}(_bg)?\.[a-z0-9]+$/,
  // The wasm is about 0.7 MB; a file over the limit would be left out with only a warning.
  maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
  manifestTransforms: [
    async (entries) => ({
      manifest: entries.map((e) => (e.url === "index.html" ? { ...e, revision: build } : e)),
      warnings: [],
    }),
  ],
});
if (warnings.length > 0) fail(warnings.join("\n"));
if (count !== files.length) fail(`${files.length} files given, ${count} in the manifest`);
manifestEntries.sort((a, b) => a.url.localeCompare(b.url));

const bundle = await rollup({
  input: path.join(here, "sw-release.js"),
  plugins: [
    nodeResolve(),
    replace({
      preventAssignment: true,
      values: {
        "process.env.NODE_ENV": JSON.stringify("production"),
        "self.__WB_MANIFEST": JSON.stringify(manifestEntries),
        __BUILD_ID__: JSON.stringify(build),
        __LANGUAGE_FILES__: JSON.stringify(languages),
      },
    }),
    // As workbox-build's generateSW does for production: the Workbox internals' `_private`
    // property names are mangled too (everything is in this one bundle).
    terser({ mangle: { toplevel: true, properties: { regex: /(^_|_$)/ } } }),
  ],
  onwarn(warning) {
    fail(`rollup: ${warning.message}`);
  },
});
const { output } = await bundle.generate({ format: "iife" });
await bundle.close();
if (output.length !== 1) fail(`expected one bundle, got ${output.map((o) => o.fileName).join(", ")}`);
let code = output[0].code;
if (code.includes("__WB_MANIFEST")) fail("the precache manifest was not filled in");
if (code.includes("__BUILD_ID__")) fail("the build id was not filled in");
if (code.includes("__LANGUAGE_FILES__")) fail("the language files were not filled in");
// Everything runs from this file and from our origin: no imported scripts, no Workbox CDN.
// (The only absolute URL left is a documentation link in a Workbox warning message.)
const urls = (code.match(/https?:\/\/[^\s"'`]+/g) ?? []).filter((u) => u !== "https://bit.ly/wb-precache");
if (code.includes("importScripts") || urls.length > 0) {
  fail(`the worker must not import scripts or name another origin: ${urls.join(", ")}`);
}

const banner =
  `/* Uncramp service worker, build ${build}. Generated by scripts/build-sw.mjs from ` +
  `scripts/sw-release.js with Workbox ${workboxVersion}; do not edit. */\n`;
code = banner + code;
writeFileSync(path.join(dir, "sw.js"), code);

const kb = (n) => (n / 1024).toFixed(1) + " KB";
console.log(
  `build-sw: sw.js ${kb(code.length)} (${kb(gzipSync(code, { level: 9 }).length)} gzip), ` +
    `${count} files precached (${kb(size)}), ${Math.round(performance.now() - started)} ms`
);
