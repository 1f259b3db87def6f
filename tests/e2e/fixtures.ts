import { test as base, expect, Page, Locator } from "@playwright/test";

export { expect };

/**
 * The time every test's page starts at unless the test sets its own (`page.clock.install` again,
 * or `test.use({ clockAt })`): a Saturday afternoon, 14:00 local time, when no evening card, no
 * morning question and no day roll-over is near. No test reads the wall clock, so the suite passes
 * whatever the hour it runs at (issue 20: it failed after 20:00, when the night card showed).
 */
export const DEFAULT_CLOCK = "2026-12-05T14:00:00";

/** Every test fails on a console error, an uncaught exception, or a request to another origin. */
export const test = base.extend<{ guard: void; clockAt: string | null; fixedClock: void }>({
  clockAt: [DEFAULT_CLOCK, { option: true }],
  fixedClock: [
    async ({ page, clockAt }, use) => {
      // Runs in real time from there (timers fire as usual) until a test pauses it.
      if (clockAt !== null) await page.clock.install({ time: new Date(clockAt) });
      await use();
    },
    { auto: true },
  ],
  guard: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      page.context().on("request", (r) => {
        const url = new URL(r.url());
        if (["http:", "https:", "ws:", "wss:"].includes(url.protocol) && url.hostname !== "127.0.0.1") {
          foreign.push(r.url());
        }
      });
      await use();
      const allowed = testInfo.annotations.filter((a) => a.type === "console-error").map((a) => a.description ?? "");
      expect(errors.filter((e) => !allowed.some((a) => e.includes(a))), "console errors").toEqual([]);
      expect(foreign, "requests to other origins").toEqual([]);
    },
    { auto: true },
  ],
});

/** The port of the release build (playwright.config.ts); the sub-path build is on the next. */
export const PORT = Number(process.env.E2E_PORT || 4173);
/** The sub-path build's home. */
export const SUB_PATH_URL = `http://127.0.0.1:${PORT + 1}/some/path/`;

export const VIEWS = [
  { name: "Stretch", path: "", heading: /Leg cramp\?|Cramp now|Stretch/ },
  { name: "Checklist", path: "checklist/", heading: "Prevention checklist" },
  { name: "Magnesium", path: "magnesium/", heading: "Magnesium from food" },
  { name: "Diary", path: "diary/", heading: "Cramp diary" },
  { name: "Learn", path: "learn/", heading: "Learn & safety" },
  { name: "Settings", path: "settings/", heading: "Settings" },
] as const;

/**
 * Waits for the app's ready signal: `<html data-ready>`, set once it has started and can act
 * on a tap (the static home view index.html paints is adopted, not replaced, so there is no
 * other sign). Shell.ready() also waits for the view's heading.
 */
/** Makes every read of `localStorage` throw, as a browser that blocks site storage does. */
export async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
}

export async function appReady(page: Page) {
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
}

/** The views' modules of a build (`split_<name>-<hash>.wasm`), which the start-up prefetches. */
export const VIEW_MODULES = ["checklist", "data", "diary", "learn", "magnesium", "settings"];

/**
 * Follows the page's fetches of the views' modules from now on (those whose file `only`
 * keeps, if given). `settled()` waits until each has been fetched or has failed: the start-up
 * prefetches them in the background, 3 s after it starts (`startup::PREFETCH_AFTER_MS`), so a
 * test that goes offline before cuts them off, and the loader logs each one cut (stop 28: a
 * one-visit Dutch page's prefetch, not kept by the service worker, cut by the next step).
 */
export function viewModules(page: Page, only: (file: string) => boolean = () => true) {
  const done = new Set<string>();
  const seen = (r: { url(): string }) => {
    const file = r.url().split("/").pop() ?? "";
    const name = file.match(/^split_(\w+)-[0-9a-f]+\.wasm$/)?.[1];
    if (name && only(file)) done.add(name);
  };
  page.on("requestfinished", seen);
  page.on("requestfailed", seen);
  return {
    settled: () => expect.poll(() => [...done].sort(), { timeout: 20_000 }).toEqual(VIEW_MODULES),
  };
}

/** The frame around every view: app bar, tab bar, main. */
export class Shell {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole("main");
  }
  get tabs(): Locator {
    return this.page.getByRole("navigation", { name: "Main" });
  }
  heading(): Locator {
    return this.main.getByRole("heading", { level: 1 });
  }
  async open(path = "") {
    await this.page.goto(path);
    await this.ready();
  }
  /** Waits until the app can act (it sets `<html data-ready>`) and the view's heading shows. */
  async ready() {
    await appReady(this.page);
    await expect(this.heading()).toBeVisible();
  }
  /**
   * Taps what opens the app again (a language picked in Settings: the page loads anew, with the
   * other language's build) and waits as `open` does: for the page to load, then for the app to
   * be ready. The new page's load is the navigation's, not one expectation's 7 s: on a loaded
   * machine it may take longer (CI, stop 28: the heading was still the old one after 7 s).
   */
  async reopenBy(target: Locator) {
    const loaded = this.page.waitForEvent("load", { timeout: 0 });
    await target.tap();
    await loaded;
    await this.ready();
  }
  async tapView(name: string) {
    if (name === "Settings") {
      await this.page.getByRole("banner").getByRole("link", { name: "Settings" }).tap();
    } else {
      await this.tabs.getByRole("link", { name }).tap();
    }
  }
  nightToggle(): Locator {
    return this.page.getByRole("button", { name: "Night mode" });
  }
  /**
   * One visit, done as a test that then goes offline needs it: the page opened, the service
   * worker in control of it, and the start-up's fetches of the views' modules over (going
   * offline during them would cut them off; see `viewModules`).
   */
  async visit(path = "") {
    const modules = viewModules(this.page);
    await this.open(path);
    await this.waitForServiceWorker();
    await modules.settled();
  }
  async waitForServiceWorker() {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  }
}

/** The Settings view. */
export class SettingsPage {
  constructor(readonly page: Page) {}
  theme(label: string): Locator {
    return this.page.getByRole("radio", { name: label });
  }
  dayStart(): Locator {
    return this.page.getByLabel("A new day starts at");
  }
  async exportBackup(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "Export a backup" }).tap(),
    ]);
    const file = await download.path();
    return file;
  }
  async chooseBackup(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.locator('input[name="import-file"]').setInputFiles(file);
  }
}
