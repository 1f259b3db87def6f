import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Page, TestInfo } from "@playwright/test";
import { test, expect, Shell, appReady, viewModules } from "./fixtures";
import { Site } from "./site";

const BANNER = "A new version of Uncramp is ready.";
/** The run-time cache of data fetched on first use; it outlives app updates. */
const DATA_CACHE = "uncramp-data-v1";

/** The build id of the page. */
function build(page: Page): Promise<string | null> {
  return page.locator('meta[name="uncramp-build"]').getAttribute("content");
}

function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

/** The keys (path and query) of one cache, or of the Workbox precache if no name is given. */
function cached(page: Page, name?: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    name ??= (await caches.keys()).find((n) => n.startsWith("uncramp-precache-"));
    if (!name || !(await caches.has(name))) return [];
    const keys = await (await caches.open(name)).keys();
    return keys.map((r) => new URL(r.url).pathname + new URL(r.url).search).sort();
  }, name);
}

/** Fetches a path from the page (through the service worker); returns the status. */
function fetchFromPage(page: Page, path: string): Promise<number> {
  return page.evaluate((path) => fetch(path).then((r) => r.status), path);
}

function hasWaitingWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
}

/** The name of the USDA table in the build, under data/. */
function usdaTable(site: Site): string {
  const name = readdirSync(site.file("data")).find((f) => /^usda-sr26-[0-9a-f]+\.tsv$/.test(f));
  expect(name, "the USDA table in data/").toBeTruthy();
  return name!;
}

/** The files each language's build uses, as scripts/post_build.py lists them for the service
 * worker: a build's entry script, first module, the scripts they import and the modules those
 * fetch. */
function languageFiles(site: Site): Record<string, Set<string>> {
  const html = readFileSync(site.file("index.html"), "utf8");
  const content = /<meta name="uncramp-builds" content="([^"]*)"/.exec(html)![1];
  const builds: Record<string, string[]> = JSON.parse(content.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&"));
  const used: Record<string, Set<string>> = {};
  for (const [lang, [js, wasm]] of Object.entries(builds)) {
    const base = (u: string) => u.split("/").pop()!;
    const files = new Set([base(js), base(wasm)]);
    const todo = [base(js)];
    while (todo.length > 0) {
      const text = readFileSync(site.file(todo.pop()!), "utf8");
      for (const [, dep] of text.matchAll(/from\s*"\.\/([^"/]+\.js)"/g)) {
        if (!files.has(dep)) {
          files.add(dep);
          todo.push(dep);
        }
      }
      for (const [, module] of text.matchAll(/"\.\/([^"/]+\.wasm)"/g)) files.add(module);
    }
    used[lang] = files;
  }
  return used;
}

/** The files each language's build alone uses: `languageFiles` less what every build shares. */
function languageOnly(site: Site): Record<string, string[]> {
  const used = languageFiles(site);
  const out: Record<string, string[]> = {};
  for (const [lang, files] of Object.entries(used)) {
    out[lang] = [...files].filter((f) => Object.entries(used).some(([l, other]) => l !== lang && !other.has(f))).sort();
  }
  return out;
}

test.describe("installable, offline app", () => {
  test("the manifest is complete and its icons and shortcut exist", async ({ page, request }) => {
    const shell = new Shell(page);
    await shell.open("");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = await (await request.get(href!)).json();
    expect(manifest.name).toContain("Uncramp");
    expect(manifest.short_name).toBe("Uncramp");
    expect(manifest.start_url).toBe("./");
    expect(manifest.scope).toBe("./");
    expect(manifest.display).toBe("standalone");
    expect(manifest.description.length).toBeGreaterThan(40);
    const sizes = manifest.icons.map((i: any) => `${i.sizes}/${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(["192x192/any", "512x512/any", "512x512/maskable", "any/any"]));
    for (const icon of [...manifest.icons, ...manifest.screenshots, ...manifest.shortcuts[0].icons]) {
      const res = await request.get(icon.src);
      expect(res.status(), icon.src).toBe(200);
    }
    expect(manifest.shortcuts[0].name).toBe("Cramp now");
    expect(manifest.screenshots.every((s: any) => s.form_factor === "narrow")).toBe(true);
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
    await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveCount(1);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^;]*;/);
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
  });

  test("after one visit the app loads and works with the network off", async ({ page, context }, info) => {
    test.skip(info.project.name !== "phone-390", "one phone size is enough for the service worker");
    const shell = new Shell(page);
    await shell.visit("");
    await context.setOffline(true);
    await page.reload();
    await shell.ready();
    await shell.tapView("Checklist");
    await expect(shell.heading()).toHaveText("Prevention checklist");
    // A deep link never visited before still opens from the cached shell.
    await page.goto("diary/");
    await shell.ready();
    await expect(shell.heading()).toHaveText("Cramp diary");
    await context.setOffline(false);
  });

  test.describe("the service worker (Workbox)", () => {
    let site: Site;

    test.beforeEach(async ({}, info) => {
      test.skip(info.project.name !== "phone-390", "one phone size is enough for the service worker");
      site = await Site.start();
    });
    test.afterEach(async () => {
      await site?.close();
      site = undefined!;
    });

    /** One visit to the site (`Shell.visit`): the service worker controls the page, which has
     * fetched its views' modules. */
    async function install(page: Page): Promise<Shell> {
      const shell = new Shell(page);
      await shell.visit(site.url);
      return shell;
    }

    test("precaches the build output, not the view copies, screenshots or data", async ({ page }) => {
      await install(page);
      const id = await build(page);
      const worker = readFileSync(site.file("sw.js"), "utf8");
      expect(worker).toContain(`build ${id}`);
      expect(worker).not.toContain("importScripts");
      const files = readdirSync(site.dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(site.dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
      const skipped = /^(checklist|magnesium|diary|learn|settings|screenshots|data)\/|^(sw\.js|index\.html)$/;
      // The page is English: the Dutch build's own files are not precached (one language is
      // kept offline), and there are some (its first module at least).
      const dutchOnly = languageOnly(site).nl;
      expect(dutchOnly.some((f) => /^uncramp-[0-9a-f]+_bg\.wasm$/.test(f))).toBe(true);
      const expected = files.filter((f) => !skipped.test(f) && !dutchOnly.includes(f)).map((f) => "/" + f);
      expect(expected).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\/uncramp-[0-9a-f]+_bg\.wasm$/),
          expect.stringMatching(/^\/uncramp-[0-9a-f]+\.js$/),
          // The split build: the loader and each view's module (scripts/build).
          expect.stringMatching(/^\/split-[0-9a-f]+\.js$/),
          expect.stringMatching(/^\/split_checklist-[0-9a-f]+\.wasm$/),
          expect.stringMatching(/^\/split_settings-[0-9a-f]+\.wasm$/),
          expect.stringMatching(/^\/components-[0-9a-f]+\.css$/),
          expect.stringMatching(/^\/views-[0-9a-f]+\.css$/),
          expect.stringMatching(/^\/content\/learn-[0-9a-f]+\.html$/),
          "/manifest.webmanifest",
          "/icons/icon-192.png",
        ])
      );
      const keys = await cached(page);
      // Hashed names are their own version; the shell's revision is the build id; other files
      // (icons, manifest) carry a content hash.
      const paths = keys.map((k) => k.replace(/\?__WB_REVISION__=.*$/, ""));
      expect(paths.sort()).toEqual([...expected, "/index.html"].sort());
      expect(keys).toContain(`/index.html?__WB_REVISION__=${id}`);
      expect(keys.filter((k) => /\/(uncramp|split|split_\w+|chunk_\d+)-[0-9a-f]{16}/.test(k)).every((k) => !k.includes("?"))).toBe(true);
      expect(keys.filter((k) => k.startsWith("/icons/")).every((k) => /\?__WB_REVISION__=[0-9a-f]{32}$/.test(k))).toBe(
        true
      );
    });

    test("pages come from the network while it answers", async ({ page }) => {
      const shell = await install(page);
      for (const file of ["index.html", "diary/index.html"]) {
        const p = site.file(file);
        writeFileSync(p, readFileSync(p, "utf8").replace("</head>", '<meta name="e2e-fresh" content="yes" />\n</head>'));
      }
      await shell.open(site.url);
      await expect(page.locator('meta[name="e2e-fresh"]')).toHaveCount(1);
      await shell.open(site.url + "diary/");
      await expect(shell.heading()).toHaveText("Cramp diary");
      await expect(page.locator('meta[name="e2e-fresh"]')).toHaveCount(1);
    });

    test("a host that does not answer: the cached shell opens in under 4 s", async ({ page }) => {
      const shell = await install(page);
      site.pages = "hang";
      const started = Date.now();
      // A view never visited before.
      await page.goto(site.url + "diary/", { waitUntil: "commit", timeout: 10_000 });
      const waited = Date.now() - started;
      await shell.ready();
      await expect(shell.heading()).toHaveText("Cramp diary");
      expect(site.pageRequests).toContain("/diary/");
      expect(waited).toBeGreaterThan(2_500); // the network had its chance
      expect(waited).toBeLessThan(4_000);
    });

    test("an error page from the host gets the cached shell", async ({ page }) => {
      const shell = await install(page);
      site.pages = 500;
      await shell.open(site.url + "checklist/");
      await expect(shell.heading()).toHaveText("Prevention checklist");
      site.pages = 404;
      await shell.open(site.url + "diary/");
      await expect(shell.heading()).toHaveText("Cramp diary");
      await shell.open(site.url);
      await expect(shell.heading()).toBeVisible();
      await expect(page.getByText(/from the host/)).toHaveCount(0);
      expect(site.pageRequests).toEqual(expect.arrayContaining(["/checklist/", "/diary/", "/"]));
    });

    test("offline: the app starts and opens a deep link never visited", async ({ page, context }) => {
      const shell = await install(page);
      await context.setOffline(true);
      await page.reload();
      await shell.ready();
      await shell.open(site.url + "settings/");
      await expect(shell.heading()).toHaveText("Settings");
      await shell.tapView("Diary");
      await expect(shell.heading()).toHaveText("Cramp diary");
      await context.setOffline(false);
    });

    test("a phone keeps one language offline: another is refused without a connection, and once picked online it is the one kept", async ({ page, context }, info) => {
      // The check that Dutch can be fetched, offline (the browser logs the failed request).
      info.annotations.push({ type: "console-error", description: "ERR_INTERNET_DISCONNECTED" });
      const only = languageOnly(site);
      const dutchModule = "/" + only.nl.find((f) => /^uncramp-[0-9a-f]+_bg\.wasm$/.test(f));
      const englishModule = "/" + only.en.find((f) => /^uncramp-[0-9a-f]+_bg\.wasm$/.test(f));
      const shell = await install(page);
      await expect.poll(() => cached(page)).toContain(englishModule);
      expect(await cached(page)).not.toContain(dutchModule);

      // Offline, Dutch cannot be fetched: Settings says so and stays English.
      await shell.open(site.url + "settings/");
      await context.setOffline(true);
      const group = page.getByRole("group", { name: "Language" });
      await group.getByRole("radio", { name: "Nederlands" }).tap();
      await expect(group.getByRole("status")).toHaveText(
        "Switching to Dutch needs an internet connection: Uncramp keeps one language on this phone for use offline. Connect and try again."
      );
      await expect(group.getByRole("radio", { name: "Same as phone (English)" })).toBeChecked();
      await expect(group.getByRole("radio", { name: "Nederlands" })).not.toBeChecked();
      await expect(shell.heading()).toHaveText("Settings");
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem("uncramp.settings") || "{}").data?.language ?? null)).toBeNull();

      // Online, it opens in Dutch, and the worker is installed again for Dutch: the Dutch build
      // is kept and the English one's own files leave the cache.
      await context.setOffline(false);
      const dutch = languageFiles(site).nl;
      const dutchModules = viewModules(page, (file) => dutch.has(file));
      await shell.reopenBy(group.getByRole("radio", { name: "Nederlands" }));
      await expect(shell.heading()).toHaveText("Instellingen");
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? ""))
        .toMatch(/\/sw\.js\?lang=nl$/);
      await expect.poll(() => cached(page)).toContain(dutchModule);
      await expect.poll(() => cached(page)).not.toContain(englishModule);
      await dutchModules.settled();

      // And Dutch starts offline.
      await context.setOffline(true);
      await page.reload();
      await shell.ready();
      await expect(shell.heading()).toHaveText("Instellingen");
      await context.setOffline(false);
    });

    test("a link asking for another language for one visit leaves the language kept offline as it was", async ({ page, context }) => {
      const shell = await install(page);
      const script = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? "");
      await expect.poll(script).toMatch(/\/sw\.js\?lang=en$/);
      const dutch = languageFiles(site).nl;
      const dutchModules = viewModules(page, (file) => dutch.has(file));
      await shell.open(site.url + "settings/?lang=nl");
      await expect(shell.heading()).toHaveText("Instellingen");
      await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute("data-lang-start"))).toBe("en");
      expect(await script()).toMatch(/\/sw\.js\?lang=en$/);
      // The visit is over once its page has its views' modules (fetched from the network: the
      // worker keeps English only).
      await dutchModules.settled();
      // The next start, offline and without the link, is English, from the cache.
      await context.setOffline(true);
      await shell.open(site.url + "settings/");
      await expect(shell.heading()).toHaveText("Settings");
      await context.setOffline(false);
    });

    /** Installed in English; then Dutch became the language while the worker still keeps
     * English (the phone's language changed with "Same as phone", or the app closed before the
     * worker was installed again). */
    async function dutchWhileEnglishIsKept(page: Page, info: TestInfo): Promise<Shell> {
      // The Dutch build's fetches fail offline (logged), before the page opens again in English.
      info.annotations.push({ type: "console-error", description: "ERR_INTERNET_DISCONNECTED" });
      info.annotations.push({ type: "console-error", description: "dynamically imported module" });
      // And the worker cannot be installed again for Dutch while offline.
      info.annotations.push({ type: "console-error", description: "error occurred when fetching the script" });
      const shell = await install(page);
      await page.evaluate(() => {
        const saved = JSON.parse(localStorage.getItem("uncramp.settings") || '{"v":6,"data":{}}');
        saved.data.language = "nl";
        localStorage.setItem("uncramp.settings", JSON.stringify(saved));
      });
      return shell;
    }

    test("offline, a start in a language whose build is not kept opens in the one kept instead of failing", async ({ page, context }, info) => {
      const shell = await dutchWhileEnglishIsKept(page, info);
      await context.setOffline(true);
      await page.goto(site.url + "checklist/");
      await expect(page).toHaveURL(/[?&]lang=en/);
      await shell.ready();
      await expect(shell.heading()).toHaveText("Prevention checklist");
      await context.setOffline(false);
    });

    test("offline, a link asking for a language whose build is not kept opens in the one kept instead of failing", async ({ page, context }, info) => {
      // The Dutch build's fetches fail offline (logged), before the page opens again in English.
      info.annotations.push({ type: "console-error", description: "ERR_INTERNET_DISCONNECTED" });
      info.annotations.push({ type: "console-error", description: "dynamically imported module" });
      const shell = await install(page);
      await context.setOffline(true);
      await page.goto(site.url + "diary/?lang=nl");
      // The language kept for starts without a link (English here), named in the address.
      await expect(page).toHaveURL(/\/diary\/\?lang=en$/);
      await shell.ready();
      await expect(shell.heading()).toHaveText("Cramp diary");
      await expect(page.locator("#boot[data-state=failed]")).toHaveCount(0);
      await context.setOffline(false);
    });

    test("offline, a tap on Cramp now held while the start falls back to the kept language starts the stretch picked there", async ({ page, context }, info) => {
      await dutchWhileEnglishIsKept(page, info);
      // Half asleep, in Dutch: "Voet of tenen", "Links", "Kramp nu", while the app loads.
      await page.addInitScript(() => {
        if (new URLSearchParams(location.search).has("lang")) return;
        document.addEventListener("DOMContentLoaded", () => {
          for (const pick of ["input[name=muscle][value=foot]", "input[name=leg][value=left]", ".cramp-button"]) {
            (document.querySelector(`#boot ${pick}`) as HTMLElement).click();
          }
        });
      });
      await context.setOffline(true);
      await page.goto(site.url);
      // The guide is open over the home view.
      await appReady(page);
      // The English build, kept offline, starts the stretch picked: foot, left leg.
      await expect(page.getByRole("heading", { name: "Cramp now · left leg, foot" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Pull your toes back" })).toBeVisible();
      await context.setOffline(false);
    });

    test("storing a new version of the USDA table deletes the superseded one", async ({ page, context }) => {
      for (const name of ["usda-sr26-e2e00001.tsv", "usda-sr26-e2e00002.tsv", "other-e2e00003.tsv"]) {
        writeFileSync(site.file(`data/${name}`), `# ${name}\n`);
      }
      await install(page);
      expect(await fetchFromPage(page, "data/usda-sr26-e2e00001.tsv")).toBe(200);
      expect(await fetchFromPage(page, "data/other-e2e00003.tsv")).toBe(200);
      await expect.poll(() => cached(page, DATA_CACHE)).toEqual(["/data/other-e2e00003.tsv", "/data/usda-sr26-e2e00001.tsv"]);
      expect(await fetchFromPage(page, "data/usda-sr26-e2e00002.tsv")).toBe(200);
      // Only the other version of the same table goes.
      await expect.poll(() => cached(page, DATA_CACHE)).toEqual(["/data/other-e2e00003.tsv", "/data/usda-sr26-e2e00002.tsv"]);
      // And what is kept is served offline.
      await context.setOffline(true);
      expect(await page.evaluate(() => fetch("data/usda-sr26-e2e00002.tsv").then((r) => r.text()))).toBe(
        "# usda-sr26-e2e00002.tsv\n"
      );
      await context.setOffline(false);
    });

    /** Deploys a new build: a different build id in the worker (the shell's revision) and the page. */
    function deploy(oldBuild: string): string {
      const newBuild = "e2e" + Date.now().toString(16);
      for (const file of ["sw.js", "index.html", "diary/index.html"]) {
        const p = site.file(file);
        writeFileSync(p, readFileSync(p, "utf8").replaceAll(oldBuild, newBuild));
      }
      return newBuild;
    }

    test("an old page is offered the new build in a banner, applied only when accepted", async ({ page }) => {
      const shell = await install(page);
      const oldBuild = (await build(page))!;
      // The USDA table, fetched on first use, must outlive the update.
      const table = `/data/${usdaTable(site)}`;
      expect(await fetchFromPage(page, table.slice(1))).toBe(200);
      await expect.poll(() => cached(page, DATA_CACHE)).toEqual([table]);
      expect(await cached(page)).toContain(`/index.html?__WB_REVISION__=${oldBuild}`);
      await expect(page.getByText(BANNER)).toHaveCount(0);

      const newBuild = deploy(oldBuild);
      // The host does not answer page requests: the old worker's cached shell (the old build)
      // opens, while the new worker installs and waits.
      site.pages = "hang";
      await page.reload();
      await shell.ready();
      expect(await build(page)).toBe(oldBuild);
      const banner = page.getByRole("status").filter({ hasText: BANNER });
      await expect(banner).toBeVisible({ timeout: 15_000 });
      expect(await hasWaitingWorker(page)).toBe(true);
      expect(await cached(page)).toContain(`/index.html?__WB_REVISION__=${oldBuild}`);

      site.pages = "normal";
      await shell.reopenBy(banner.getByRole("button", { name: "Update now" }));
      expect(await build(page)).toBe(newBuild);
      await expect
        .poll(() => cached(page), { timeout: 10_000 })
        .toContain(`/index.html?__WB_REVISION__=${newBuild}`);
      await expect.poll(() => cached(page)).not.toContain(`/index.html?__WB_REVISION__=${oldBuild}`);
      expect(await hasWaitingWorker(page)).toBe(false);
      expect(await cached(page, DATA_CACHE)).toEqual([table]);
      await expect(page.getByText(BANNER)).toHaveCount(0);
    });

    // Field case 10 (b): the network-first navigation brings the new build's page while the old
    // worker is in charge. No banner for the build already running, and its modules are served
    // offline (the new worker takes over at once).
    test("a page of the new build under the old worker: no banner, and its views open offline", async ({ page, context }) => {
      const shell = await install(page);
      const oldBuild = (await build(page))!;
      const newBuild = deploy(oldBuild);
      // One module renamed in the new build, and the loader that names it rewritten (a real
      // build renames the loader too; here it keeps its name, so its old copy is taken out of
      // the precache, as if it had never been cached). The old worker has never heard of the
      // new module.
      // The English build's (the page is English; the Dutch build's files are not precached).
      const english = languageOnly(site).en;
      const diary = english.find((f) => /^split_diary-[0-9a-f]+\.wasm$/.test(f))!;
      const renamed = diary.replace(/-([0-9a-f]+)\.wasm$/, "-e2e0000000000000.wasm");
      renameSync(site.file(diary), site.file(renamed));
      const loader = english.find((f) => /^split-[0-9a-f]+\.js$/.test(f))!;
      for (const file of [loader, "sw.js"]) {
        writeFileSync(site.file(file), readFileSync(site.file(file), "utf8").replaceAll(diary, renamed));
      }
      await page.evaluate(async (loader) => {
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const key of await cache.keys()) if (key.url.endsWith("/" + loader)) await cache.delete(key);
        }
      }, loader);
      // The prefetch 3 s after start-up must not fetch it before we go offline.
      await page.clock.install({ time: new Date("2026-12-05T10:00:00") });
      await page.clock.pauseAt(new Date("2026-12-05T10:00:01"));
      await page.reload();
      await appReady(page);
      // The idle start-up steps (the service worker's registration among them), not the
      // prefetch 3 s after start-up.
      await page.clock.runFor(1_000);
      expect(await build(page), "the page is the new build").toBe(newBuild);
      // The new worker takes over by itself: nothing to offer.
      await expect.poll(() => cached(page), { timeout: 15_000 }).toContain(`/index.html?__WB_REVISION__=${newBuild}`);
      await expect.poll(() => hasWaitingWorker(page)).toBe(false);
      await expect(page.getByText(BANNER)).toHaveCount(0);
      expect(await cached(page)).toContain(`/${renamed}`);
      // The new worker has claimed the page.
      await page.waitForFunction(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return r !== undefined && r.active !== null && navigator.serviceWorker.controller !== null && r.active.state === "activated";
      });
      await context.setOffline(true);
      await shell.tapView("Diary");
      await expect(shell.heading()).toHaveText("Cramp diary");
      await context.setOffline(false);
    });

    test("replacing the hand-written worker: its shell cache goes, the USDA table stays", async ({ page, context }) => {
      const workbox = readFileSync(site.file("sw.js"), "utf8");
      const legacy = readFileSync(path.join(__dirname, "legacy-sw.js"), "utf8")
        .replace("__BUILD_ID__", JSON.stringify("legacy0build"))
        .replace("__PRECACHE__", JSON.stringify(["./"]))
        .replace("__DEV__", "false");
      writeFileSync(site.file("sw.js"), legacy);
      const shell = await install(page);
      const table = `/data/${usdaTable(site)}`;
      expect(await fetchFromPage(page, table.slice(1))).toBe(200);
      await expect.poll(() => cached(page, DATA_CACHE)).toEqual([table]);
      expect(await cacheNames(page)).toContain("uncramp-shell-legacy0build");

      writeFileSync(site.file("sw.js"), workbox);
      // The page comes from the network (this build), the hand-written worker is in charge:
      // the Workbox worker says it is this page's build and takes over without a banner.
      await page.reload();
      await shell.ready();
      await expect.poll(() => hasWaitingWorker(page), { timeout: 15_000 }).toBe(false);
      await expect(page.getByText(BANNER)).toHaveCount(0);
      await expect.poll(() => cacheNames(page)).not.toContain("uncramp-shell-legacy0build");
      expect(await cached(page)).toContain(`/index.html?__WB_REVISION__=${await build(page)}`);
      expect(await cached(page, DATA_CACHE)).toEqual([table]);

      await context.setOffline(true);
      await shell.open(site.url + "magnesium/");
      expect(await fetchFromPage(page, table.slice(1))).toBe(200);
      await context.setOffline(false);
    });
  });
});
