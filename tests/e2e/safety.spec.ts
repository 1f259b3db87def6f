import { Page } from "@playwright/test";
import { test, expect, Shell, appReady } from "./fixtures";

// Issue 10: a clot is not a cramp. The clot check is on the home view and on every step of
// every Cramp-now routine (shown, and spoken first), the 10-minute alert says "now" and opens
// the red flags by itself, the countdown fits its ring, and "Cramp now" fits above the tab bar.
// Issue 20: the long-cramp rule on the three paths nobody walked (eased then still cramping;
// the routine ending or Stop or Start again after 10 minutes; a reload and a hidden page).

const T0 = new Date("2026-11-28T03:00:00");
const START = T0.getTime() + 10_000;
const CLOT_CHECK = "One leg swollen, warm, red or darker? It may be a clot: don't rub or stretch it, get medical advice today. Breathless or chest pain? Call your emergency number.";
const CLOT_CHECK_SHORT = "One leg swollen, warm, red or darker? Don't rub it: get medical advice today.";
const CLOT_SPOKEN =
  "If one leg is swollen, warm, red or darker, do not rub or stretch it: get medical advice today, and if you are short of breath or have chest pain, call your emergency number.";

/** Records what the guide says (speechSynthesis stubbed in the page, never in the app). */
async function recordSpeech(page: Page) {
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as any).__said = said;
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      if (u.text) said.push(u.text);
    };
  });
}
const said = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).__said);

test.describe("a clot is not a cramp", () => {
  test("the home view shows the clot check under Cramp now, with a link to the red flags", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open("");
    const note = page.getByRole("main").getByRole("note").filter({ hasText: CLOT_CHECK });
    await expect(note).toBeVisible();
    await note.getByRole("link", { name: "See red flags" }).tap();
    await expect(shell.heading()).toHaveText("Learn & safety");
    await expect(page.locator("#flags-emergency")).toContainText("call your local emergency number now");
    await expect(page.locator("#flag-clot")).toContainText("calf or thigh");
  });

  test("Cramp now from home: step 1 shows and says the clot check, in one sentence", async ({ page }) => {
    await recordSpeech(page);
    await page.clock.install({ time: T0 });
    await new Shell(page).open("");
    await page.clock.pauseAt(START);
    await page.getByRole("button", { name: /Cramp now/ }).tap();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("note")).toContainText(CLOT_CHECK);
    await expect(dialog.locator(".guide__instruction")).toContainText("If that makes the pain worse instead of easing it, stop.");
    await expect.poll(() => said(page)).toHaveLength(1);
    expect((await said(page))[0].startsWith(CLOT_SPOKEN + " ")).toBe(true);
    // "See red flags" opens every urgent and emergency flag in place.
    await dialog.getByRole("note").getByRole("button", { name: "See red flags" }).tap();
    await expect(dialog.getByRole("region", { name: "Red flags" })).toContainText("call your local emergency number now");
    await expect(dialog.getByRole("region", { name: "Red flags" })).toContainText("stop the statin");
    await expect(dialog.getByRole("region", { name: "Red flags" })).toContainText("midwife");
    // The next steps carry it too, in one line (REVIEW K22: it used to go after 30 s).
    await page.clock.runFor(30_000);
    await expect(dialog.getByRole("heading", { level: 2 })).toHaveText("Stand on it");
    await expect(dialog.getByRole("note")).toContainText(CLOT_CHECK_SHORT);
  });

  test("Cramp now from the home-screen shortcut: the clot check is on step 1 with no tap", async ({ page }) => {
    await page.clock.install({ time: T0 });
    await page.clock.pauseAt(START);
    await page.goto("?start=cramp");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("note")).toContainText(CLOT_CHECK);
  });

  for (const muscle of ["Foot or toes", "Back of thigh", "Front of thigh"]) {
    test(`every Cramp-now routine opens with the clot check: ${muscle}`, async ({ page }, info) => {
      test.skip(info.project.name !== "phone-390", "content, not layout");
      await recordSpeech(page);
      await new Shell(page).open("");
      await page.getByRole("radio", { name: muscle }).check();
      await page.getByRole("button", { name: /Cramp now/ }).tap();
      await expect(page.getByRole("dialog").getByRole("note")).toContainText(CLOT_CHECK);
      await expect.poll(async () => (await said(page))[0] ?? "").toContain(CLOT_SPOKEN);
    });
  }

  test("at 10 minutes the alert says now, opens the red flags by itself, and is spoken", async ({ page }) => {
    await recordSpeech(page);
    await page.clock.install({ time: T0 });
    await new Shell(page).open("");
    await page.clock.pauseAt(START);
    await page.getByRole("button", { name: /Cramp now/ }).tap();
    const dialog = page.getByRole("dialog");
    for (let i = 0; i < 20; i++) await dialog.getByRole("button", { name: /Still cramping/ }).tap();
    const alert = dialog.getByRole("region", { name: "Red flags" });
    await expect(alert).toBeHidden();
    await page.clock.runFor(10 * 60_000);
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("This cramp has lasted 10 minutes.");
    await expect(alert).toContainText("get medical advice now");
    await expect(alert).toContainText("sudden weakness or numbness on one side");
    await expect(alert).toContainText("blood clot (deep vein thrombosis)");
    await expect(alert).not.toContainText("keep stretching");
    await expect.poll(async () => (await said(page)).join(" ")).toContain("get medical advice now");
    expect((await said(page)).join(" ")).toContain("it may be a blood clot");
    // The guide keeps going under it.
    await expect(dialog.getByText(/^Step 1 of 4$/)).toBeVisible();
  });

  test("a cramp that eased before 10 minutes raises no alert", async ({ page }, info) => {
    test.skip(info.project.name !== "phone-390", "logic, not layout");
    await page.clock.install({ time: T0 });
    await new Shell(page).open("");
    await page.clock.pauseAt(START);
    await page.getByRole("button", { name: /Cramp now/ }).tap();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "It has eased" }).tap();
    // The rest of the routine, and the finished screen left open past 10 minutes.
    await page.clock.runFor(10 * 60_000);
    await expect(dialog.getByRole("heading", { name: "Well done" })).toBeVisible();
    await expect(dialog.getByText("This cramp has lasted 10 minutes.")).toBeHidden();
  });
});

/** Starts a calf cramp at START from home with speech recorded. */
async function cramp(page: Page) {
  await recordSpeech(page);
  await page.clock.install({ time: T0 });
  await new Shell(page).open("");
  await page.clock.pauseAt(START);
  await page.getByRole("button", { name: /Cramp now/ }).tap();
  return page.getByRole("dialog");
}
const alertSaid = async (page: Page) => (await said(page)).filter((t) => t.startsWith("This cramp has lasted 10 minutes")).length;

test.describe("the long-cramp rule on every path (issue 20)", () => {
  // Twelve minutes of a guide in fake time, tapped every 20 s: 45 s ran out (49.6 s) on a busy
  // 2-core machine. A guardrail, not a measure: the clock is Playwright's.
  test.describe.configure({ timeout: 120_000 });
  test("eased at 5 s, then Still cramping for 12 minutes: the alert opens at 10 minutes, said once", async ({ page }) => {
    const dialog = await cramp(page);
    await page.clock.runFor(5_000);
    await dialog.getByRole("button", { name: "It has eased" }).tap();
    await expect(dialog.getByRole("heading", { level: 2 })).toHaveText("Stand on it");
    const alert = dialog.getByRole("region", { name: "Red flags" });
    for (let t = 5; t < 12 * 60; t += 20) {
      await dialog.getByRole("button", { name: /Still cramping/ }).tap();
      await page.clock.runFor(20_000);
      if (t + 20 < 600) await expect(alert).toBeHidden();
    }
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("This cramp has lasted 10 minutes.");
    await expect(alert).toContainText("get medical advice now");
    await expect.poll(() => alertSaid(page)).toBe(1);
  });

  for (const end of ["Stop", "the routine running out", "Start again"]) {
    test(`still cramping after 10 minutes, then ${end}: the urgent advice stays`, async ({ page }, info) => {
      test.skip(info.project.name !== "phone-390", "logic, not layout");
      const dialog = await cramp(page);
      for (let i = 0; i < 20; i++) await dialog.getByRole("button", { name: /Still cramping/ }).tap();
      await page.clock.runFor(10 * 60_000 + 1_000);
      const alert = dialog.getByRole("region", { name: "Red flags" });
      await expect(alert).toContainText("get medical advice now");
      if (end === "Stop") {
        await dialog.getByRole("button", { name: "Stop the stretch" }).tap();
      } else if (end === "Start again") {
        await dialog.getByRole("button", { name: "Stop the stretch" }).tap();
        await dialog.getByRole("button", { name: "Start again" }).first().tap();
        await expect(dialog.getByText(/^Step 1 of 4$/)).toBeVisible();
      } else {
        await page.clock.runFor(3 * 60_000);
      }
      if (end !== "Start again") {
        await expect(dialog.getByRole("heading", { name: "Still cramping?" })).toBeVisible();
        // Never the see-a-doctor line of a cramp that eased (REVIEW W10).
        await expect(dialog).not.toContainText("Book an appointment");
      }
      await expect(alert).toBeVisible();
      await expect(alert).toContainText("This cramp has lasted 10 minutes.");
      await expect(alert).toContainText("get medical advice now");
      expect(await alertSaid(page), "said once, not again at the end").toBe(1);
      // "It has eased" ends it: the alert closes.
      await alert.getByRole("button", { name: "It has eased" }).tap();
      await expect(alert).toBeHidden();
    });
  }

  test("a shortcut start, a reload and a hidden page keep the count", async ({ page }) => {
    await recordSpeech(page);
    await page.clock.install({ time: T0 });
    await page.clock.pauseAt(START);
    await page.goto("?start=cramp");
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("timer")).toBeVisible();
    await page.clock.runFor(60_000);
    await page.reload();
    await appReady(page);
    await expect(dialog.getByRole("timer")).toBeVisible();
    // Hidden for 9 minutes (the phone locked), then shown again.
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await page.clock.runFor(9 * 60_000);
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    const alert = dialog.getByRole("region", { name: "Red flags" });
    await expect(alert).toContainText("This cramp has lasted 10 minutes.");
    // Silent until a tap (a shortcut start cannot unlock sound); the tap says it.
    expect(await alertSaid(page)).toBe(0);
    await dialog.getByRole("button", { name: "Tap to turn on sound" }).tap();
    await expect.poll(() => alertSaid(page)).toBe(1);
  });
});

test.describe("fits on small phones", () => {
  for (const [width, height] of [
    [320, 568],
    [360, 640],
    [390, 844],
  ]) {
    // In Dutch too (issue 23): longer words, the same room.
    for (const start of ["?start=cramp", "?start=bedtime", "?start=cramp&lang=nl", "?start=bedtime&lang=nl"]) {
      test(`the guide's whole instruction shows above its controls, unscrolled: ${start} at ${width}x${height}`, async ({ page }, info) => {
        test.skip(info.project.name !== "phone-390", "sizes are set here");
        await page.setViewportSize({ width, height });
        const dutch = start.endsWith("lang=nl");
        // From the shortcut, so the "Tap to turn on sound" button is there too (the tallest case).
        await page.goto(start);
        const dialog = page.getByRole("dialog");
        await expect(dialog.getByRole("timer")).toBeVisible();
        const text = (await dialog.locator(".guide__instruction").boundingBox())!;
        const controls = (await dialog.locator(".guide__controls").boundingBox())!;
        expect(text.y, "below the top").toBeGreaterThanOrEqual(0);
        expect(text.y + text.height, "the instruction ends above the controls").toBeLessThanOrEqual(controls.y);
        expect(controls.y + controls.height, "the controls are on screen").toBeLessThanOrEqual(height);
        expect(await dialog.evaluate((d) => d.scrollTop)).toBe(0);
        if (start.includes("cramp")) {
          const clot = (await dialog.getByRole("note").boundingBox())!;
          expect(clot.y + clot.height).toBeLessThanOrEqual(text.y);
          // The later steps too, with the clot check in one line and the picture back.
          await dialog.getByRole("button", { name: dutch ? "Overslaan" : "Skip" }).tap();
          await expect(dialog.getByRole("note")).toContainText(dutch ? "Niet wrijven: bel vandaag de huisarts" : CLOT_CHECK_SHORT);
          const text2 = (await dialog.locator(".guide__instruction").boundingBox())!;
          const controls2 = (await dialog.locator(".guide__controls").boundingBox())!;
          const clot2 = (await dialog.getByRole("note").boundingBox())!;
          expect(clot2.y + clot2.height, "step 2: the clot check above the instruction").toBeLessThanOrEqual(text2.y);
          expect(text2.y + text2.height, "step 2: the instruction ends above the controls").toBeLessThanOrEqual(controls2.y);
          expect(controls2.y + controls2.height, "step 2: the controls are on screen").toBeLessThanOrEqual(height);
        }
      });
    }
  }

  for (const [width, height] of [
    [320, 568],
    [360, 640],
    [390, 844],
  ]) {
    test(`"Paused" never covers the countdown: ${width}x${height}`, async ({ page }, info) => {
      test.skip(info.project.name !== "phone-390", "sizes are set here");
      await page.setViewportSize({ width, height });
      await new Shell(page).open("");
      await page.getByRole("button", { name: /Cramp now/ }).tap();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("button", { name: "Pause" }).tap();
      const paused = dialog.locator(".ring__paused");
      await expect(paused).toBeVisible();
      const a = (await paused.boundingBox())!;
      const b = (await dialog.locator(".ring__digits").boundingBox())!;
      const ring = (await dialog.locator(".ring").boundingBox())!;
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `"Paused" ${JSON.stringify(a)} and the digits ${JSON.stringify(b)}`).toBe(false);
      expect(a.y + a.height, "inside the ring").toBeLessThanOrEqual(ring.y + ring.height);
    });
  }

  for (const [width, height] of [
    [320, 568],
    [360, 640],
    [390, 844],
  ]) {
    for (const theme of ["light", "dark", "night"]) {
      test(`Cramp now and the clot check are above the tab bar, and the tab labels fit: ${width}x${height} ${theme}`, async ({
        page,
      }, info) => {
        test.skip(info.project.name !== "phone-390", "sizes are set here");
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: theme === "dark" ? "dark" : "light" });
        if (theme === "night") {
          await page.addInitScript(() =>
            localStorage.setItem("uncramp.settings", JSON.stringify({ v: 1, data: { theme: "night" } })),
          );
        }
        await new Shell(page).open("");
        const bar = (await page.getByRole("navigation", { name: "Main" }).boundingBox())!;
        for (const target of [
          page.getByRole("button", { name: /Cramp now/ }),
          page.getByRole("main").getByRole("note").filter({ hasText: CLOT_CHECK }),
        ]) {
          const box = (await target.boundingBox())!;
          expect(box.y, "below the app bar").toBeGreaterThanOrEqual(0);
          expect(box.y + box.height, "wholly above the tab bar").toBeLessThanOrEqual(bar.y);
        }
        expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
        // The five labels do not touch each other and stay inside their tab.
        const labels = await page.locator(".tabbar__label").evaluateAll((els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            const tab = e.closest("a")!.getBoundingClientRect();
            return { left: r.left, right: r.right, tabLeft: tab.left, tabRight: tab.right, text: e.textContent };
          }),
        );
        expect(labels).toHaveLength(5);
        for (const [i, l] of labels.entries()) {
          expect(l.left, `${l.text} inside its tab`).toBeGreaterThanOrEqual(l.tabLeft);
          expect(l.right, `${l.text} inside its tab`).toBeLessThanOrEqual(l.tabRight);
          if (i > 0) expect(l.left - labels[i - 1].right, `${labels[i - 1].text} / ${l.text}`).toBeGreaterThanOrEqual(2);
        }
      });
    }
  }

  test("every time the countdown can show fits inside its ring at 320 px, in every theme", async ({ page }, info) => {
    test.skip(info.project.name !== "phone-390", "the size is set here");
    await page.setViewportSize({ width: 320, height: 568 });
    // A calf cramp whose first step was extended to its longest (one block + 120 x 30 s).
    const longest = 30_000 + 120 * 30_000;
    await page.clock.install({ time: T0 });
    await page.addInitScript(
      ([start, longest]) => {
        const session = {
          routine: { cramp: { muscle: "calf", leg: "unsaid" } },
          dose: { hold_s: 10, rest_s: 10, reps: 3 },
          durations: [longest, 30000, 30000, 60000],
          started_at: start,
          paused_total: 0,
          paused_at: null,
          anchor_step: 0,
          anchor_active: 0,
          eased_at: null,
          last_seen: start,
        };
        localStorage.setItem("uncramp.session", JSON.stringify({ v: 1, data: { session } }));
      },
      [T0.getTime() + 1_000, longest],
    );
    await page.clock.pauseAt(T0.getTime() + 1_000);
    await page.goto("");
    await appReady(page);
    const digits = page.locator(".ring__digits");
    const ring = page.locator(".ring");
    // Seconds left to show, in the order the clock reaches them.
    const shown = [3630, 3600, 3599, 600, 140, 60, 59, 10, 1];
    let at = longest - shown[0] * 1000; // 0: the session starts where the clock is paused
    for (const theme of ["light", "dark", "night"]) {
      await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
      await expect(digits).toHaveText("1:00:30");
      await checkInside();
    }
    for (const s of shown.slice(1)) {
      const next = longest - s * 1000;
      await page.clock.runFor(next - at);
      at = next;
      await expect(page.getByRole("timer")).toHaveAttribute("aria-label", `${s} seconds left`);
      await checkInside();
    }

    async function checkInside() {
      const d = (await digits.evaluate((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height, text: e.textContent };
      }))!;
      const r = (await ring.boundingBox())!;
      // Inside the ring's inner circle: the digits' box fits within the track (12/200 of the ring).
      const inset = (r.width * 12) / 200;
      expect(d.x, `${d.text} left`).toBeGreaterThanOrEqual(r.x + inset);
      expect(d.x + d.width, `${d.text} right`).toBeLessThanOrEqual(r.x + r.width - inset);
      expect(d.y, `${d.text} top`).toBeGreaterThanOrEqual(r.y + inset);
      expect(d.y + d.height, `${d.text} bottom`).toBeLessThanOrEqual(r.y + r.height - inset);
    }
  });
});
