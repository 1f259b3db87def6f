// Screenshots of every view in every theme at phone sizes, for the README (docs/screenshots)
// and the manifest's install sheet (public/screenshots), with a few weeks of example data
// (scripts/screenshot-seed.js). Needs a release build in dist/.
//   node scripts/screenshots.mjs [outdir] [--manifest] [--full] [--safety]
// --safety: only the safety screens (home, guide step 1, the 10-minute alert) at every size
// in SIZES, for looking at (issue 10).
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";

const out = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : "docs/screenshots";
const manifest = process.argv.includes("--manifest");
const full = process.argv.includes("--full");
const safety = process.argv.includes("--safety");
const port = 4199;
const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", "dist"], {
  stdio: "ignore",
});
await new Promise((r) => setTimeout(r, 700));

const views = (process.env.VIEWS || "stretch:,checklist:checklist/,magnesium:magnesium/,diary:diary/,learn:learn/,settings:settings/")
  .split(",")
  .map((v) => v.split(":"));
const themes = (process.env.THEMES || "light,dark,night").split(",");
const sizes = (process.env.SIZES || "390x844").split(",").map((s) => s.split("x").map(Number));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
});
try {
  mkdirSync(out, { recursive: true });
  for (const [width, height] of sizes) {
    for (const theme of themes) {
      const seeded = async (at) => {
        const context = await browser.newContext({
          viewport: { width, height },
          deviceScaleFactor: 1,
          isMobile: true,
          hasTouch: true,
          colorScheme: theme === "dark" ? "dark" : "light",
          serviceWorkers: "block",
        });
        // A fake clock first, so the seed's "today" is the clock's.
        if (at) await context.clock.install({ time: at });
        await context.addInitScript((t) => {
          if (t !== "light" && t !== "dark") {
            localStorage.setItem("uncramp.settings", JSON.stringify({ v: 1, data: { theme: t } }));
          }
          if (window.__seed) window.__seed();
        }, theme);
        await context.addInitScript({ path: process.env.SEED || "scripts/screenshot-seed.js" });
        return context;
      };
      const context = await seeded();
      const page = await context.newPage();
      if (safety) {
        await page.clock.install({ time: new Date("2026-11-28T03:00:00") });
        await page.goto(`http://127.0.0.1:${port}/`);
        await page.waitForSelector("main .view");
        await page.clock.pauseAt(new Date("2026-11-28T03:00:05"));
        await page.screenshot({ path: `${out}/home-${theme}-${width}x${height}.png` });
        await page.getByRole("button", { name: /Cramp now/ }).click();
        await page.clock.runFor(1200);
        await page.screenshot({ path: `${out}/guide1-${theme}-${width}x${height}.png` });
        for (let i = 0; i < 20; i++) await page.getByRole("button", { name: /\+30 s/ }).click();
        await page.clock.runFor(10 * 60 * 1000);
        await page.waitForTimeout(100);
        await page.screenshot({ path: `${out}/alert-${theme}-${width}x${height}.png` });
        console.log(`${out}/*-${theme}-${width}x${height}.png`);
        await context.close();
        continue;
      }
      for (const [name, path] of views) {
        await page.goto(`http://127.0.0.1:${port}/${path}`);
        await page.waitForSelector("main .view");
        await page.waitForTimeout(250);
        const file = manifest ? `${out}/${name}.png` : `${out}/${name}-${theme}-${width}.png`;
        await page.screenshot({ path: file, fullPage: full });
        console.log(file);
      }
      if (!manifest && !process.env.VIEWS) {
        // The running guide, and its end.
        await page.goto(`http://127.0.0.1:${port}/`);
        await page.getByRole("button", { name: /Cramp now/ }).click();
        await page.waitForTimeout(1200);
        await page.screenshot({ path: `${out}/guide-${theme}-${width}.png` });
        await page.getByRole("button", { name: "Stop the stretch" }).click();
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${out}/guide-done-${theme}-${width}.png` });
        await page.getByRole("button", { name: "Close" }).click();
        console.log(`${out}/guide-${theme}-${width}.png`);
        // The morning question (home, before noon) and the doctor's report, in a context of
        // their own (the guide above left a cramp to log, which the morning question waits for).
        const second = await seeded(new Date("2026-12-05T08:00:00"));
        const morning = await second.newPage();
        await morning.goto(`http://127.0.0.1:${port}/`);
        await morning.locator(".morning").waitFor();
        await morning.evaluate(() => document.querySelector(".morning").scrollIntoView({ block: "center" }));
        await morning.waitForTimeout(250);
        await morning.screenshot({ path: `${out}/morning-${theme}-${width}.png` });
        await morning.goto(`http://127.0.0.1:${port}/diary/`);
        await morning.locator("#summary-title").scrollIntoViewIfNeeded();
        await morning.evaluate(() => document.querySelector("#summary-title").scrollIntoView({ block: "start" }));
        await morning.waitForTimeout(250);
        await morning.screenshot({ path: `${out}/report-${theme}-${width}.png` });
        await second.close();
        console.log(`${out}/morning-${theme}-${width}.png`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
