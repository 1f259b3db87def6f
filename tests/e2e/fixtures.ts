import { test as base, expect, Page, Locator } from "@playwright/test";

export { expect };

/** Every test fails on a console error, an uncaught exception, or a request to another origin. */
export const test = base.extend<{ guard: void }>({
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

export const VIEWS = [
  { name: "Stretch", path: "", heading: /Leg cramp\?|Cramp now|Stretch/ },
  { name: "Checklist", path: "checklist/", heading: "Prevention checklist" },
  { name: "Magnesium", path: "magnesium/", heading: "Magnesium from food" },
  { name: "Diary", path: "diary/", heading: "Cramp diary" },
  { name: "Learn", path: "learn/", heading: "Learn & safety" },
  { name: "Settings", path: "settings/", heading: "Settings" },
] as const;

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
  /** Waits until the app has mounted (the boot message is gone). */
  async ready() {
    await expect(this.page.locator("#boot")).toHaveCount(0);
    await expect(this.heading()).toBeVisible();
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
