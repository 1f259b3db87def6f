// Food search speed over the full USDA table: types queries one key at a time into the
// food picker (after the table is loaded) and times each keystroke from the input event to
// the results being in the page and a frame later, in headless Chromium.
//   node scripts/benchmarks/search.mjs http://127.0.0.1:4180/
import { chromium } from "@playwright/test";

const url = process.argv[2] || "http://127.0.0.1:4180/";
const queries = ["almonds", "spinach raw", "oat bran", "bran oat", "bea", "chicken breast roasted", "jalapeño", "xyzzy"];

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(url + "magnesium/");
await page.getByRole("button", { name: /Search all \d+ USDA foods/ }).click();
await page.getByText(/Searching all \d+ USDA foods as well/).waitFor();

const times = await page.evaluate(async (queries) => {
  const input = document.getElementById("food-search");
  const out = [];
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) {
      // Let the previous frame settle.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      input.value = q.slice(0, i);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      // The search and the re-render run in the input handler and its microtasks: a
      // message posted now is handled right after them.
      await new Promise((r) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = r;
        channel.port2.postMessage(0);
      });
      const work = performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(r));
      out.push([work, performance.now() - t0]);
    }
  }
  return out;
}, queries);
const stats = (xs) => {
  xs.sort((a, b) => a - b);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return `mean ${mean.toFixed(1)} ms, median ${xs[xs.length >> 1].toFixed(1)} ms, max ${xs[xs.length - 1].toFixed(1)} ms`;
};
console.log("== food search over the full USDA table (7,737 foods + 66 curated)");
console.log(`${times.length} keystrokes, search and re-render: ${stats(times.map((t) => t[0]))}`);
console.log(`  input to the next frame (the results drawn):  ${stats(times.map((t) => t[1]))}`);
await browser.close();
