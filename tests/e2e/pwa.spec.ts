import { spawn, ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, expect, Shell } from "./fixtures";

const root = path.resolve(__dirname, "../..");

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
    expect(csp).not.toContain("unsafe-inline");
  });

  test("after one visit the app loads and works with the network off", async ({ page, context }, info) => {
    test.skip(info.project.name !== "phone-390", "one phone size is enough for the service worker");
    const shell = new Shell(page);
    await shell.open("");
    await shell.waitForServiceWorker();
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

  test.describe("updates", () => {
    let site: string;
    let server: ChildProcess;
    const port = 4175;

    test.beforeEach(async () => {
      site = mkdtempSync(path.join(tmpdir(), "uncramp-site-"));
      cpSync(path.join(root, "dist"), site, { recursive: true });
      server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", site], {
        stdio: "ignore",
      });
      // Wait until the server answers (it can be slow to start on a busy machine).
      for (let i = 0; i < 100; i++) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
        } catch {
          /* not up yet */
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    test.afterEach(() => {
      server.kill();
      rmSync(site, { recursive: true, force: true });
    });

    test("a new build is offered in a banner and applied only when accepted", async ({ page }, info) => {
      test.skip(info.project.name !== "phone-390", "one phone size is enough for the service worker");
      const shell = new Shell(page);
      await shell.open(`http://127.0.0.1:${port}/`);
      await shell.waitForServiceWorker();
      const oldBuild = await page.locator('meta[name="uncramp-build"]').getAttribute("content");
      await expect(page.getByText("A new version of Uncramp is ready.")).toHaveCount(0);

      // Deploy a new build: a different build id in the worker and the page.
      const newBuild = "e2e" + Date.now().toString(16);
      for (const file of ["sw.js", "index.html"]) {
        const p = path.join(site, file);
        writeFileSync(p, readFileSync(p, "utf8").replaceAll(oldBuild!, newBuild));
      }
      await page.reload();
      await shell.ready();
      const banner = page.getByRole("status").filter({ hasText: "A new version of Uncramp is ready." });
      await expect(banner).toBeVisible({ timeout: 15_000 });
      // Not applied yet: the old worker still controls the page.
      expect(await page.evaluate(() => caches.keys())).toContain(`uncramp-shell-${oldBuild}`);
      await banner.getByRole("button", { name: "Update now" }).tap();
      await page.waitForEvent("load");
      await shell.ready();
      await expect
        .poll(() => page.evaluate(() => caches.keys()), { timeout: 10_000 })
        .toEqual(expect.arrayContaining([`uncramp-shell-${newBuild}`]));
      expect(await page.evaluate(() => caches.keys())).not.toContain(`uncramp-shell-${oldBuild}`);
      await expect(page.getByText("A new version of Uncramp is ready.")).toHaveCount(0);
    });
  });
});
