// Warm start, for scripts/bench: with the service worker installed (the counter has none: its
// files come from the warm HTTP cache) and the CPU slowed 4x, the time from navigation until a
// tap on "Cramp now" has started the guide (a running timer shows), or for the counter until a
// tap on its button has counted. The tap comes as early and as often as the control can be
// tapped (every 10 ms), the static link before the app has started included.
//   node scripts/bench-warm.mjs URL app|counter [RUNS]
// Prints one line of JSON: {"runs": [ms, ...], "median": ms, "min": ms, "max": ms, "failed": n}, where
// failed counts the runs in which nothing started within 30 s.
import { chromium } from "@playwright/test";

const [url, kind = "app", runsArg = "7"] = process.argv.slice(2);
const runs = Number(runsArg);
const app = kind === "app";
const target = app ? ".cramp-button" : "button";

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
});
const context = await browser.newContext({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  serviceWorkers: "allow",
});
// In every document of the tab: the first navigation's start (kept across the static link's
// navigation), and the moment the result shows.
await context.addInitScript(
  ({ app }) => {
    if (!sessionStorage.getItem("warm.t0")) {
      sessionStorage.setItem("warm.t0", String(performance.timeOrigin));
      // Each run starts from the home view with no stretch running.
      localStorage.removeItem("uncramp.session");
    }
    const done = app
      ? () => document.querySelector('.guide[data-state="running"] .ring__digits')
      : () => /Count: [1-9]/.test(document.querySelector("button")?.textContent ?? "");
    const check = () => {
      if (window.__warmDone === undefined && done()) {
        window.__warmDone = performance.timeOrigin + performance.now() - Number(sessionStorage.getItem("warm.t0"));
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  },
  { app }
);

// First visit: installs the service worker (the app) and fills the caches; finds where the
// control is (the static page and the app put it in the same place).
let spot;
{
  const page = await context.newPage();
  await page.goto(url);
  if (app) {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    // Let the idle work after start-up (prefetching the other views) finish.
    await page.waitForTimeout(3000);
  }
  const box = await page.locator(target).first().boundingBox();
  spot = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.close();
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const times = [];
let failed = 0;
for (let i = 0; i < runs; i++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let result;
  const navigated = page.goto(url, { waitUntil: "commit" }).catch(() => {});
  // Taps at the control's place every 10 ms, as real touch input: each waits in the browser
  // until the page's main thread takes it, as a finger's would.
  const tap = () => {
    cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [spot] }).catch(() => {});
    cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] }).catch(() => {});
  };
  const tapping = setInterval(tap, 10);
  const deadline = Date.now() + 30_000;
  while (result === undefined && Date.now() < deadline) {
    await sleep(50);
    result = await page.evaluate(() => window.__warmDone).catch(() => undefined);
  }
  clearInterval(tapping);
  await navigated;
  if (result === undefined) {
    failed++;
    await page.close();
    continue;
  }
  times.push(Math.round(result));
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await page.close();
}
await browser.close();
const sorted = [...times].sort((a, b) => a - b);
console.log(
  JSON.stringify({
    runs: times,
    median: sorted[Math.floor(sorted.length / 2)] ?? null,
    min: sorted[0] ?? null,
    max: sorted[sorted.length - 1] ?? null,
    failed,
  })
);
