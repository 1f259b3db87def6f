import { Page } from "@playwright/test";
import { test, expect, Shell, appReady } from "./fixtures";

// Issue 21: phones as they are. Each test emulates a platform as
// shared/research/FIELD-CASES-2026-12-05.md describes it (an iPhone user agent, the home-screen
// app's `navigator.standalone`, share and canShare, the Audio Session API present or not, an
// interrupted audio context) and checks what the app does there. What only a real phone can
// show is listed in the README ("Engines").

const IPHONE_UA =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

/** An iPhone: in a Safari tab (`standalone` false) or the home-screen app. */
async function iphone(page: Page, standalone: boolean) {
  await page.addInitScript(
    ([ua, standalone]) => {
      Object.defineProperty(navigator, "userAgent", { configurable: true, get: () => ua });
      Object.defineProperty(navigator, "standalone", { configurable: true, get: () => standalone });
      Object.defineProperty(navigator, "maxTouchPoints", { configurable: true, get: () => 5 });
      if (standalone) {
        const original = window.matchMedia.bind(window);
        window.matchMedia = (q: string) =>
          q.includes("display-mode: standalone") ? ({ matches: true, media: q, addEventListener() {}, removeEventListener() {} } as any) : original(q);
      }
    },
    [IPHONE_UA, standalone] as const,
  );
}

/** Records what is shared and what is downloaded (files leave by one or the other). */
async function recordFiles(page: Page, share: "yes" | "no" | "busy") {
  await page.addInitScript((share) => {
    const w = window as any;
    w.__shared = [];
    w.__downloads = [];
    w.__copied = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) w.__downloads.push(this.download);
      return click.call(this);
    };
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: (t: string) => (w.__copied.push(t), Promise.resolve()) },
    });
    if (share === "no") {
      Object.defineProperty(navigator, "canShare", { configurable: true, value: undefined });
      Object.defineProperty(navigator, "share", { configurable: true, value: undefined });
      return;
    }
    Object.defineProperty(navigator, "canShare", { configurable: true, value: () => true });
    Object.defineProperty(navigator, "share", {
      configurable: true,
      value: (d: any) => {
        if (share === "busy") return Promise.reject(new DOMException("An earlier share has not finished", "InvalidStateError"));
        w.__shared.push({ names: (d.files || []).map((f: File) => f.name), types: (d.files || []).map((f: File) => f.type) });
        return Promise.resolve();
      },
    });
  }, share);
}
const files = (page: Page) => page.evaluate(() => ({ shared: (window as any).__shared, downloads: (window as any).__downloads, copied: (window as any).__copied }));

/** Local storage as the app saves it. */
function seed(page: Page, values: Record<string, unknown>) {
  return page.addInitScript((values) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    for (const [k, v] of Object.entries(values)) localStorage.setItem(k, JSON.stringify(v));
  }, values);
}
const DIARY = {
  v: 1,
  data: {
    entries: [1, 2, 3].map((id) => ({
      id,
      draft: { at: 29940670 - id * 1440, duration_s: 90, leg: "left", muscle: "calf", severity: 6, woke: true, note: "", from_guide: false },
    })),
    next_id: 4,
  },
};
/** Settings as saved: version 3 unless the test needs version 4's `care` (so an older build reads them too). */
const SETTINGS = (extra: object = {}) => ({ v: "care" in extra ? 4 : 3, data: { install_hint_dismissed: true, ...extra } });

test.describe("nothing lost (cases 1-3)", () => {
  test("case 1: with data saved, the app asks the browser to keep it, and says so in Settings", async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as any;
      w.__persist = 0;
      Object.defineProperty(navigator, "storage", {
        configurable: true,
        value: {
          persisted: () => Promise.resolve(false),
          persist: () => (w.__persist++, Promise.resolve(false)),
          estimate: () => Promise.resolve({ usage: 0, quota: 1e9 }),
        },
      });
    });
    await seed(page, { "uncramp.diary": DIARY, "uncramp.settings": SETTINGS() });
    const shell = new Shell(page);
    await shell.open("");
    await expect.poll(() => page.evaluate(() => (window as any).__persist), { timeout: 10_000 }).toBe(1);
    // Refused: said once on the home view, by day, with the ways out.
    const card = page.getByRole("region", { name: "Your data could be deleted" });
    await expect(card).toContainText("has not promised to keep");
    await card.getByRole("button", { name: "Got it" }).tap();
    await expect(card).toBeHidden();
    await shell.tapView("Settings");
    await expect(page.getByText(/has not promised to keep Uncramp's data/)).toBeVisible();
    await expect(page.getByText("Last backup:")).toContainText("never");
  });

  test("case 1: a Safari tab on an iPhone is told about the 7-day deletion, with both ways out", async ({ page }) => {
    await iphone(page, false);
    await seed(page, { "uncramp.diary": DIARY, "uncramp.settings": SETTINGS() });
    await new Shell(page).open("");
    const card = page.getByRole("region", { name: "Your data could be deleted" });
    await expect(card).toContainText("after 7 days");
    await expect(card).toContainText("add Uncramp to your home screen");
    await expect(card.getByRole("button", { name: "Save a backup" })).toBeVisible();
  });

  test("case 1: no nudge at night, nor over the guide; by day after 30 days without a backup", async ({ page }) => {
    const old = new Date("2026-10-01T10:00:00").getTime();
    await seed(page, {
      "uncramp.diary": DIARY,
      "uncramp.settings": SETTINGS({ care: { last_backup_ms: old, storage_note_read: true } }),
    });
    await page.clock.install({ time: new Date("2026-12-05T03:10:00") });
    const shell = new Shell(page);
    await shell.open("");
    const nudge = page.getByRole("region", { name: "Keep a backup?" });
    await expect(page.getByRole("button", { name: /Cramp now/ })).toBeVisible();
    await expect(nudge).toHaveCount(0);
    await page.clock.setSystemTime(new Date("2026-12-05T10:00:00"));
    await page.reload();
    await appReady(page);
    await expect(nudge).toContainText("Last backup: 65 days ago");
    // Not over the guide.
    await page.getByRole("button", { name: /Cramp now/ }).tap();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expect(nudge).toHaveCount(0);
    await page.getByRole("button", { name: "Stop the stretch" }).tap();
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).tap();
    await expect(nudge).toBeVisible();
    await nudge.getByRole("button", { name: "Not now" }).tap();
    await expect(nudge).toHaveCount(0);
  });

  test("case 2: the iPhone install card says Safari's data stays behind, with a backup one tap away", async ({ page }) => {
    await iphone(page, false);
    await recordFiles(page, "yes");
    await seed(page, { "uncramp.diary": DIARY, "uncramp.settings": { v: 3, data: {} } });
    await new Shell(page).open("");
    const card = page.getByRole("complementary", { name: "Put Uncramp on your home screen" });
    await expect(card).toContainText("What you saved here stays in Safari.");
    await card.getByRole("button", { name: "Save a backup first" }).tap();
    await expect.poll(async () => (await files(page)).shared.length).toBe(1);
    expect((await files(page)).shared[0].names[0]).toMatch(/^uncramp-backup-.*\.json$/);
  });

  test("case 2: the home-screen app's first start offers the Safari backup", async ({ page }) => {
    await iphone(page, true);
    const shell = new Shell(page);
    await shell.open("");
    const card = page.getByRole("region", { name: "Coming from Safari?" });
    await expect(card).toBeVisible();
    await card.getByRole("link", { name: "Import your backup" }).tap();
    await expect(shell.heading()).toHaveText("Settings");
    await expect(page.getByRole("region", { name: "Your data" }).getByText("Import a backup")).toBeVisible();
  });

  test("case 2: the reminder's link in Safari says the stretch counts in Safari only", async ({ page }) => {
    await iphone(page, false);
    await page.clock.install({ time: new Date("2026-12-05T22:30:00") });
    await page.goto("?start=bedtime");
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("timer")).toBeVisible();
    await dialog.getByRole("button", { name: "Stop the stretch" }).tap();
    await expect(dialog.getByRole("note").filter({ hasText: "This is Safari" })).toContainText("counts only here");
  });

  for (const share of ["yes", "no", "busy"] as const) {
    test(`case 3: in the iPhone home-screen app the backup and the CSV never use a download (share: ${share})`, async ({ page }) => {
      await iphone(page, true);
      await recordFiles(page, share);
      await seed(page, { "uncramp.diary": DIARY, "uncramp.settings": SETTINGS({ care: { safari_import_answered: true } }) });
      const shell = new Shell(page);
      await shell.open("settings/");
      await page.getByRole("button", { name: "Export a backup" }).tap();
      const data = page.getByRole("region", { name: "Your data" });
      if (share === "yes") {
        await expect(data.getByRole("status").filter({ hasText: "share sheet" })).toBeVisible();
        expect((await files(page)).shared[0].names[0]).toMatch(/^uncramp-backup-.*\.json$/);
        await expect(data.getByText("Last backup:")).toContainText("today");
      } else if (share === "busy") {
        await expect(data.getByText("already open")).toBeVisible();
        await expect(data.getByText("Last backup:")).toContainText("never");
      } else {
        // Neither can work: the text to copy, and the way back in.
        const copy = data.getByRole("group", { name: /cannot save a file/ });
        await expect(copy.getByRole("textbox")).toHaveValue(/"format"/);
        await copy.getByRole("button", { name: "Copy the text" }).tap();
        await expect(copy.getByText("Copied.")).toBeVisible();
        expect((await files(page)).copied[0]).toContain("uncramp.diary");
        await expect(data.getByText("Last backup:")).toContainText("today");
      }
      await shell.tapView("Diary");
      await page.getByRole("button", { name: "Save as CSV" }).tap();
      if (share === "yes") await expect.poll(async () => (await files(page)).shared.length).toBe(2);
      expect((await files(page)).downloads, "no download in the home-screen app").toEqual([]);
    });
  }

  test("case 3: a pasted backup text can be imported", async ({ page }) => {
    await seed(page, { "uncramp.diary": DIARY, "uncramp.settings": SETTINGS() });
    await iphone(page, true);
    await recordFiles(page, "no");
    const shell = new Shell(page);
    await shell.open("settings/");
    await page.getByRole("button", { name: "Export a backup" }).tap();
    const text = await page.getByRole("group", { name: /cannot save a file/ }).getByRole("textbox").inputValue();
    await page.evaluate(() => localStorage.removeItem("uncramp.diary"));
    await page.getByText("Paste a backup's text instead").tap();
    await page.getByLabel("The backup's text").fill(text);
    await page.getByRole("button", { name: "Check it" }).tap();
    await page.getByRole("button", { name: "Replace my data" }).tap();
    await shell.tapView("Diary");
    await expect(page.getByRole("heading", { name: "All cramps (3)" })).toBeVisible();
  });

  test("case 3: pasted text that is not a backup is refused in words about text, not a file", async ({ page }) => {
    await iphone(page, true);
    const shell = new Shell(page);
    await shell.open("settings/");
    await page.getByText("Paste a backup's text instead").tap();
    for (const [text, says] of [
      ['{"app":"notes"}', "This text is JSON, but not an Uncramp backup."],
      ["Dear doctor", "or other text."],
      ["  ", "Paste the backup's text into the box first."],
    ]) {
      await page.getByLabel("The backup's text").fill(text);
      await page.getByRole("button", { name: "Check it" }).tap();
      await expect(page.getByRole("alert")).toContainText(says);
      await expect(page.getByRole("alert")).not.toContainText("file");
    }
  });
});

// Issue 23: the guide speaks English; a phone without an English voice may stay silent or read
// it with another language's voice, so Settings says so (and how to add one).
test.describe("a voice for the guide's language", () => {
  const cases: [string[], boolean][] = [
    [["nl-NL", "nl-BE"], true],
    [["nl-NL", "en_GB"], false],
    [[], true],
  ];
  for (const [voices, told] of cases) {
    test(`voices [${voices.join(", ")}]: Settings ${told ? "says there is no English voice" : "says nothing"}`, async ({ page }) => {
      await page.addInitScript((langs) => {
        const list = langs.map((lang) => ({ lang, name: `Voice ${lang}`, voiceURI: lang, default: false, localService: true }));
        Object.defineProperty(window.speechSynthesis, "getVoices", { configurable: true, value: () => list });
      }, voices);
      await new Shell(page).open("settings/");
      const hint = page.getByText("This phone has no English voice");
      // A browser that lists no voice is given a moment to list them before "none" is believed.
      await page.clock.runFor(2_500);
      if (told) {
        await expect(hint).toBeVisible();
        await page.getByRole("checkbox", { name: "Spoken instructions" }).uncheck();
        await expect(hint).toHaveCount(0);
      } else {
        await expect(page.getByRole("checkbox", { name: "Spoken instructions" })).toBeChecked();
        await expect(hint).toHaveCount(0);
      }
    });
  }
});

test.describe("nothing silent (cases 4-5)", () => {
  test("case 4: where the Audio Session API exists the guide asks for playback, and gives it back", async ({ page }) => {
    await page.addInitScript(() => {
      (navigator as any).audioSession = { type: "auto" };
    });
    await new Shell(page).open("");
    await page.getByRole("button", { name: /Cramp now/ }).tap();
    expect(await page.evaluate(() => (navigator as any).audioSession.type)).toBe("playback");
    await page.getByRole("button", { name: "Stop the stretch" }).tap();
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).tap();
    await expect.poll(() => page.evaluate(() => (navigator as any).audioSession.type)).toBe("auto");
    await expect(page.getByText("On an iPhone set to silent")).toHaveCount(0);
  });

  test("case 4: an iPhone without it is told once that silent mode mutes the tones", async ({ page }) => {
    await iphone(page, true);
    await seed(page, { "uncramp.settings": SETTINGS({ care: { safari_import_answered: true } }) });
    const shell = new Shell(page);
    await shell.open("");
    await page.getByRole("button", { name: /Cramp now/ }).tap();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("note").filter({ hasText: "On an iPhone set to silent, the tones are muted." })).toBeVisible();
    await dialog.getByRole("button", { name: "Stop the stretch" }).tap();
    await dialog.getByRole("button", { name: "Close" }).tap();
    await page.getByRole("button", { name: /Cramp now/ }).tap();
    await expect(dialog.getByRole("timer")).toBeVisible();
    await expect(dialog.getByText("On an iPhone set to silent")).toHaveCount(0);
    await dialog.getByRole("button", { name: "Stop the stretch" }).tap();
    await dialog.getByRole("button", { name: "Close" }).tap();
    await shell.tapView("Settings");
    await expect(page.getByText("On an iPhone set to silent, these tones are muted")).toBeVisible();
  });

  for (const how of ["interrupted", "frozen"] as const) {
    test(`case 5: an audio context ${how} by a call offers "Tap to turn on sound" again, and the tap brings a working one`, async ({ page }) => {
      await page.addInitScript((how) => {
        const Native = window.AudioContext;
        const w = window as any;
        w.__contexts = [];
        class Phone extends Native {
          private __state: string | null = null;
          private __frozenAt: number | null = null;
          constructor() {
            super();
            w.__contexts.push(this);
          }
          get state(): any {
            return this.__state ?? super.state;
          }
          get currentTime() {
            return this.__frozenAt ?? super.currentTime;
          }
          getOutputTimestamp() {
            const real = super.getOutputTimestamp();
            return this.__frozenAt === null ? real : { contextTime: this.__frozenAt, performanceTime: real.performanceTime };
          }
          __interrupt() {
            this.__frozenAt = super.currentTime;
            this.__state = how === "interrupted" ? "interrupted" : "running";
          }
          resume() {
            if (this.__state === "interrupted") {
              this.__state = "suspended";
              return Promise.reject(new DOMException("interrupted", "InvalidStateError"));
            }
            if (this.__state === "suspended") this.__state = "running";
            return super.resume();
          }
        }
        w.AudioContext = Phone;
      }, how);
      await page.clock.install({ time: new Date("2026-12-05T03:10:00") });
      await new Shell(page).open("");
      await page.getByRole("button", { name: /Cramp now/ }).tap();
      const dialog = page.getByRole("dialog");
      const soundButton = dialog.getByRole("button", { name: "Tap to turn on sound" });
      await expect(dialog.getByRole("timer")).toBeVisible();
      await page.waitForTimeout(2_000);
      await expect(soundButton).toBeHidden();
      await page.evaluate(() => (window as any).__contexts[0].__interrupt());
      await expect(soundButton).toBeVisible({ timeout: 6_000 });
      await soundButton.tap();
      await expect(soundButton).toBeHidden();
      expect(await page.evaluate(() => (window as any).__contexts.length), "a new context").toBe(2);
      // Every time it is needed, not once per session.
      await page.evaluate(() => (window as any).__contexts[1].__interrupt());
      await expect(soundButton).toBeVisible({ timeout: 6_000 });
    });
  }
});

test.describe("the calendar reminder (cases 6-8)", () => {
  test("case 6 and 7: Android cannot share a calendar file: a download, with what to do if nothing opens it, and the Google Calendar alarm note", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "userAgent", {
        configurable: true,
        get: () => "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0 Mobile Safari/537.36",
      });
      Object.defineProperty(navigator, "canShare", { configurable: true, value: (d: any) => !(d.files || []).some((f: File) => f.type === "text/calendar") });
      Object.defineProperty(navigator, "share", { configurable: true, value: () => Promise.reject(new DOMException("Permission denied", "NotAllowedError")) });
    });
    await new Shell(page).open("settings/");
    const card = page.getByRole("region", { name: "Bedtime reminder" });
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Add to my calendar" }).tap()]);
    expect(download.suggestedFilename()).toBe("uncramp-bedtime-reminder.ics");
    await expect(card.getByRole("status")).toContainText("If no calendar app opens it");
    await expect(card).toContainText("Google Calendar does not keep a file's alarm");
    const text = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
    expect(text).toMatch(/DTSTART;TZID=[^:]+:\d{8}T223000/);
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(text).toContain("BEGIN:VALARM");
  });

  test("case 8: a reminder made after one was stopped is a new event (a new UID)", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open("settings/");
    const card = page.getByRole("region", { name: "Bedtime reminder" });
    const uid = async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Add to my calendar" }).tap()]);
      const text = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
      return /UID:(\S+)/.exec(text)![1];
    };
    const first = await uid();
    expect(await uid(), "a new time: the same event").toBe(first);
    await card.getByRole("button", { name: "Stop reminding me" }).tap();
    await page.clock.runFor(60_000);
    expect(await uid(), "after a stop: a new event").not.toBe(first);
  });
});
