// History at scale: with 2 years of daily checklist history and 1,000 diary entries in
// storage, the time from tapping the tab to the checklist history and to the diary being
// rendered (median of 7 in headless Chromium), and the bytes that data takes in localStorage.
//   node scripts/benchmarks/history.mjs http://127.0.0.1:4180/
import { chromium } from "@playwright/test";

const url = process.argv[2] || "http://127.0.0.1:4180/";

function seed() {
  const today = Math.floor((Date.now() - new Date().getTimezoneOffset() * 60_000) / 86_400_000);
  const builtins = ["bedtime_stretch", "daytime_stretch", "drink", "easy_evening", "magnesium_food", "activity", "loose_bedding"];
  const items = builtins.map((b, i) => ({ id: i + 1, builtin: b, name: "", hidden: false }));
  const days = [];
  for (let d = today - 730; d < today; d++) {
    const n = 2 + ((d * 37) % 6);
    days.push({ day: d, done: [1, 2, 3, 4, 5, 6, 7].slice(0, n), of: 7, skipped: d % 23 === 0 });
  }
  const entries = [];
  for (let i = 0; i < 1000; i++) {
    const day = today - Math.floor((i * 730) / 1000);
    entries.push({
      id: 1000 - i,
      draft: {
        at: day * 1440 + 120 + (i % 180),
        duration_s: 30 + (i % 20) * 30,
        leg: ["left", "right", "unsaid"][i % 3],
        muscle: ["calf", "calf", "foot", "hamstring", "quad"][i % 5],
        severity: i % 11,
        woke: i % 2 === 0,
        note: i % 7 === 0 ? "Woke up twice, walked it off" : "",
        from_guide: i % 4 === 0,
      },
    });
  }
  return {
    "uncramp.checklist": JSON.stringify({ v: 1, data: { items, days, next_id: 8 } }),
    "uncramp.diary": JSON.stringify({ v: 1, data: { entries, next_id: 1001 } }),
  };
}

const data = seed();
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
});
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
await context.addInitScript((d) => {
  for (const [k, v] of Object.entries(d)) localStorage.setItem(k, v);
}, data);
const page = await context.newPage();

/** Taps the tab named `tab` (from another view) and times until `selector` is in the page. */
async function timeTab(tab, from, selector) {
  const times = [];
  for (let i = 0; i < 7; i++) {
    await page.goto(url + from);
    await page.waitForSelector("main .view");
    const ms = await page.evaluate(
      ([tab, selector]) =>
        new Promise((resolve) => {
          const link = [...document.querySelectorAll(".tabbar a")].find((a) => a.textContent.trim() === tab);
          const t0 = performance.now();
          const done = () => {
            if (document.querySelector(selector)) {
              observer.disconnect();
              // One frame later the new view has been laid out and painted.
              requestAnimationFrame(() => resolve(performance.now() - t0));
              return true;
            }
            return false;
          };
          const observer = new MutationObserver(done);
          observer.observe(document.body, { childList: true, subtree: true });
          link.click();
          done();
        }),
      [tab, selector]
    );
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[3];
}

const firstLoad = async (path, selector) => {
  await page.goto(url + path);
  await page.waitForSelector(selector);
  return page.evaluate(() => performance.now());
};

console.log("== history at scale (730 days of checklist, 1,000 diary entries)");
const checklist = await timeTab("Checklist", "learn/", ".cal__grid");
const diary = await timeTab("Diary", "learn/", ".entries__list");
console.log(`tap to checklist history rendered: ${checklist.toFixed(1)} ms (median of 7)`);
console.log(`tap to diary rendered:             ${diary.toFixed(1)} ms (median of 7)`);
console.log(`cold load to checklist history:    ${(await firstLoad("checklist/", ".cal__grid")).toFixed(0)} ms (includes loading the app)`);
console.log(`cold load to diary:                ${(await firstLoad("diary/", ".entries__list")).toFixed(0)} ms (includes loading the app)`);
const bytes = Object.entries(data).map(([k, v]) => [k, Buffer.byteLength(k + v, "utf8")]);
for (const [k, b] of bytes) console.log(`stored ${k}: ${b.toLocaleString("en")} bytes`);
console.log(`stored total: ${bytes.reduce((a, [, b]) => a + b, 0).toLocaleString("en")} bytes`);
await browser.close();
