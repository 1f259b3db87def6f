// Timer accuracy: runs a 5-minute routine in real headless Chromium on the real clock, records
// when each step change shows on screen, and prints the mean and max error against the
// schedule (the session's start time plus the step lengths), once with the page visible
// throughout and once with it hidden and paused (no timers run) for a minute in the middle.
//   node scripts/benchmarks/timer.mjs http://127.0.0.1:4180/ [--quick]
import { chromium } from "@playwright/test";

const url = process.argv[2] || "http://127.0.0.1:4180/";
const quick = process.argv.includes("--quick");
// Bedtime stretch with 15 s holds, 10 s rests, 3 times: 12 holds + 11 rests = 290 s.
const dose = quick ? { hold_s: 5, rest_s: 5, reps: 1 } : { hold_s: 15, rest_s: 10, reps: 3 };

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
});

async function run(hidden) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
  await context.addInitScript((d) => {
    localStorage.setItem("uncramp.settings", JSON.stringify({ v: 1, data: { stretch: { bedtime: d, sound: false, speech: false } } }));
    // Record the wall-clock time whenever the step counter text changes.
    window.__changes = [];
    new MutationObserver(() => {
      const el = document.querySelector(".guide__counter");
      if (el && el.textContent !== window.__last) {
        window.__last = el.textContent;
        window.__changes.push({ text: el.textContent, at: performance.timeOrigin + performance.now() });
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, dose);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole("button", { name: "Start the bedtime stretch" }).click();
  const session = await page.evaluate(() => JSON.parse(localStorage.getItem("uncramp.session")).data.session);
  const schedule = [];
  let t = session.started_at;
  for (const d of session.durations) {
    schedule.push(t);
    t += d;
  }
  const end = t;
  let hiddenWindow = null;
  if (hidden) {
    const total = end - session.started_at;
    await page.waitForTimeout(total * 0.3);
    const cdp = await context.newCDPSession(page);
    const setVisibility = (s) =>
      page.evaluate((state) => {
        Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
        document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
      }, s);
    await setVisibility("hidden");
    const from = Date.now();
    // Headless pages never become hidden for real, so stop the page's script entirely (no
    // timer runs, as in a frozen background tab), then let it go on.
    await cdp.send("Debugger.enable");
    await cdp.send("Debugger.pause");
    await new Promise((r) => setTimeout(r, Math.min(60_000, total * 0.3)));
    await cdp.send("Debugger.resume");
    await cdp.send("Debugger.disable");
    await setVisibility("visible");
    hiddenWindow = [from, Date.now()];
  }
  await page.waitForFunction(() => !document.querySelector(".guide__counter") || document.querySelector(".guide[data-state=finished]"), null, {
    timeout: end - Date.now() + 30_000,
    polling: 500,
  });
  const changes = await page.evaluate(() => window.__changes);
  await context.close();
  // Match "Step n of m" to the n-th scheduled start.
  const errors = { visible: [], hiddenSpan: [], afterHidden: [] };
  for (const c of changes) {
    const n = Number(/Step (\d+)/.exec(c.text)?.[1]);
    if (!n || n === 1) continue;
    const err = c.at - schedule[n - 1];
    if (!hiddenWindow) errors.visible.push(err);
    else if (schedule[n - 1] < hiddenWindow[1]) errors.hiddenSpan.push(err);
    else errors.afterHidden.push(err);
  }
  return errors;
}

const fmt = (xs) => {
  if (!xs.length) return "n/a";
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const max = Math.max(...xs.map(Math.abs));
  return `${xs.length} step changes, mean ${mean.toFixed(1)} ms, max |error| ${max.toFixed(1)} ms`;
};

console.log(`== timer accuracy (${quick ? "quick" : "5-minute"} bedtime routine, real clock)`);
const visible = await run(false);
console.log(`visible throughout:            ${fmt(visible.visible)}`);
const hidden = await run(true);
console.log(`hidden+paused part, after it:   ${fmt(hidden.afterHidden)}`);
console.log(`  (changes due while paused show when the page comes back: ${fmt(hidden.hiddenSpan)})`);
await browser.close();
