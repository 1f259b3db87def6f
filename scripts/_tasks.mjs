import { chromium } from "@playwright/test";
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (let run = 0; run < 2; run++) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, serviceWorkers: "block" });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__lt = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(["task", Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(["res " + e.name.split("/").pop().slice(0, 24), Math.round(e.startTime), Math.round(e.responseEnd)]); }).observe({ type: "resource", buffered: true });
    new MutationObserver(() => { if (document.documentElement.hasAttribute("data-ready") && !window.__ready) { window.__ready = performance.now(); window.__lt.push(["READY", Math.round(window.__ready), 0]); } }).observe(document.documentElement, { attributes: true });
  });
  await page.goto(url);
  await page.waitForTimeout(6000);
  const lt = await page.evaluate(() => window.__lt.sort((a, b) => a[1] - b[1]));
  console.log(lt.map((x) => x.join(" ")).join("\n"));
  console.log("----");
  await ctx.close();
}
await browser.close();
