// Start-up blocking time, for scripts/bench: Lighthouse's simulated TBT only counts the tasks
// its model places before "interactive", and the app now starts after the first paint, so it
// leaves most of the start-up out. This measures it in the browser instead: CPU slowed 4x
// (DevTools throttling), no service worker, every long task (over 50 ms, the Long Tasks API)
// from the first contentful paint until 5 s after the app is ready (so the modules prefetched
// 3 s after start-up are in it), and the blocking time as TBT counts it: what each long task
// takes beyond 50 ms.
//   node scripts/bench-tasks.mjs URL app|counter [RUNS]
// Prints one line of JSON: {"runs": [ms, ...], "median": ms, "tasks": [[[start, duration], ...], ...]}.
import { chromium } from "@playwright/test";

const [url, kind = "app", runsArg = "5"] = process.argv.slice(2);
const runs = Number(runsArg);
const ready = kind === "app" ? "html[data-ready]" : "button";

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
});
const blocking = [];
const tasks = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__long = [];
    window.__fcp = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__fcp = e.startTime;
    }).observe({ type: "paint", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 30_000 });
  await page.waitForTimeout(5_000);
  const { long, fcp } = await page.evaluate(() => ({ long: window.__long, fcp: window.__fcp }));
  const after = long.filter(([start, duration]) => start + duration > fcp);
  blocking.push(after.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0));
  tasks.push(after);
  await context.close();
}
await browser.close();
const sorted = [...blocking].sort((a, b) => a - b);
console.log(JSON.stringify({ runs: blocking, median: sorted[Math.floor(sorted.length / 2)], tasks }));
