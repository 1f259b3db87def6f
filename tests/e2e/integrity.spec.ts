import { readFileSync } from "node:fs";
import { Page } from "@playwright/test";
import { test, expect, Shell, SettingsPage, appReady } from "./fixtures";

// Issue 11: nothing the user saved is ever lost. One registry of saved data, imports that are
// all or nothing, and the faults reported in apps like ours.

const ours = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("uncramp.")).sort());
const stored = (page: Page, key: string) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null"), key);
/** Days since 1970-01-01 of a local calendar date, as the app stores them. */
const dayNum = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86_400_000);

async function logFood(page: Page) {
  await page.getByRole("searchbox", { name: "Search foods" }).fill("almonds");
  await page.locator(".result__main").filter({ hasText: /Almonds, dry roasted/ }).first().tap();
  await page.locator(".portion__chips").getByRole("button", { name: "1", exact: true }).tap();
  await expect(page.locator(".mg-total__mg")).toHaveText("80 mg");
}

async function logCramp(page: Page) {
  await page.getByRole("button", { name: "Log a cramp" }).tap();
  await page.getByLabel("When it started").fill("2026-11-28T02:40");
  await page.getByRole("button", { name: "Save", exact: true }).tap();
  await expect(page.getByRole("heading", { name: "All cramps (1)" })).toBeVisible();
}

test.describe("nothing lost", () => {
  test("log food, tick, log a cramp, export, delete all, import: all three come back", async ({ page }) => {
    await page.clock.install({ time: new Date("2026-11-28T12:00:00") });
    const shell = new Shell(page);
    const settings = new SettingsPage(page);
    await shell.open("magnesium/");
    await logFood(page);
    await shell.tapView("Checklist");
    await page.getByRole("checkbox", { name: "Drink enough through the day", exact: true }).check();
    await shell.tapView("Diary");
    await logCramp(page);

    await shell.tapView("Settings");
    const file = await settings.exportBackup();
    const backup = JSON.parse(readFileSync(file, "utf8"));
    expect(Object.keys(backup.data).sort()).toEqual([
      "uncramp.checklist",
      "uncramp.diary",
      "uncramp.magnesium",
      "uncramp.settings",
    ]);

    await page.getByRole("button", { name: "Delete all data…" }).tap();
    await page.getByRole("button", { name: "Delete all data", exact: true }).tap();
    await expect(page.getByRole("status")).toContainText("All Uncramp data on this phone was deleted.");
    expect(await ours(page)).toEqual([]);

    await settings.chooseBackup(file);
    const preview = page.getByRole("group", { name: "Replace your data with this backup?" });
    await expect(preview).toContainText("magnesium log");
    await expect(preview).not.toContainText("will be skipped");
    await page.getByRole("button", { name: "Replace my data" }).tap();
    await expect(page.getByRole("status").first()).toContainText("Imported");

    await page.reload();
    await shell.ready();
    await shell.tapView("Magnesium");
    await expect(page.locator(".mg-total__mg")).toHaveText("80 mg");
    await shell.tapView("Checklist");
    await expect(page.getByRole("checkbox", { name: "Drink enough through the day", exact: true })).toBeChecked();
    await shell.tapView("Diary");
    await expect(page.getByRole("heading", { name: "All cramps (1)" })).toBeVisible();
  });

  test("storage that fills half-way through an import changes nothing", async ({ page }) => {
    const shell = new Shell(page);
    const settings = new SettingsPage(page);
    await shell.open("settings/");
    await settings.theme("Night (dim red)").check();
    const file = await settings.exportBackup();
    // A backup with three parts; the phone then changes its mind.
    const three = JSON.parse(readFileSync(file, "utf8"));
    three.data["uncramp.diary"] = { v: 1, data: { entries: [], next_id: 1 } };
    three.data["uncramp.checklist"] = { v: 1, data: {} };
    await settings.theme("Light").check();
    const before = await page.evaluate(() => ({ ...localStorage }));
    // The quota runs out at the diary, the third part written.
    await page.evaluate(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === "uncramp.diary") throw new DOMException("full", "QuotaExceededError");
        return real.call(this, key, value);
      };
    });
    await settings.chooseBackup({ name: "b.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(three)) });
    await page.getByRole("button", { name: "Replace my data" }).tap();
    await expect(page.getByRole("alert")).toContainText("Nothing was changed.");
    await expect(page.getByRole("alert")).toContainText("storage for this app is full");
    await expect(settings.theme("Light")).toBeChecked();
    const after = await page.evaluate(() => ({ ...localStorage }));
    expect(after).toEqual(before);
  });

  test("storage already full when the app opens: the saved diary is read and exported, and a change says it was not saved", async ({ page }) => {
    await page.clock.install({ time: new Date("2026-11-28T12:00:00") });
    // From the second visit on, the phone's storage takes no more writes (every setItem says
    // the quota is used up), as when other sites filled it.
    await page.addInitScript(() => {
      if (sessionStorage.getItem("full") !== "1") return;
      Storage.prototype.setItem = function () {
        throw new DOMException("full", "QuotaExceededError");
      };
    });
    const shell = new Shell(page);
    const settings = new SettingsPage(page);
    await shell.open("diary/");
    await logCramp(page);
    await page.evaluate(() => sessionStorage.setItem("full", "1"));
    await page.reload();
    await shell.ready();
    // Full is not blocked: the diary is there, and nothing says storage is blocked.
    await expect(page.getByRole("heading", { name: "All cramps (1)" })).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
    // A backup made now holds the saved cramp (it held none when full was taken for blocked).
    await shell.tapView("Settings");
    const backup = JSON.parse(readFileSync(await settings.exportBackup(), "utf8"));
    expect(backup.data["uncramp.diary"].data.entries).toHaveLength(1);
    // A change is kept for now and said not to be saved.
    await shell.tapView("Diary");
    await page.getByRole("button", { name: "Log a cramp" }).tap();
    await page.getByLabel("When it started").fill("2026-11-28T03:40");
    await page.getByRole("button", { name: "Save", exact: true }).tap();
    await expect(page.getByRole("heading", { name: "All cramps (2)" })).toBeVisible();
    await expect(page.getByText("Added for now, but it could not be saved: the phone's storage for this app is full.")).toBeVisible();
  });

  test("Undo import survives a reload", async ({ page }) => {
    const shell = new Shell(page);
    const settings = new SettingsPage(page);
    await shell.open("settings/");
    await settings.theme("Night (dim red)").check();
    const file = await settings.exportBackup();
    await settings.theme("Light").check();
    await settings.chooseBackup(file);
    await page.getByRole("button", { name: "Replace my data" }).tap();
    await expect(settings.theme("Night (dim red)")).toBeChecked();
    await page.reload();
    await shell.ready();
    await expect(page.getByText(/You imported a backup on/)).toBeVisible();
    await page.getByRole("button", { name: "Undo import" }).tap();
    await expect(page.getByRole("status")).toContainText("The import is undone");
    await expect(settings.theme("Light")).toBeChecked();
    expect(await ours(page)).not.toContain("uncramp.import-undo");
    await page.reload();
    await shell.ready();
    await expect(settings.theme("Light")).toBeChecked();
    await expect(page.getByRole("button", { name: "Undo import" })).toHaveCount(0);
  });

  test("Undo import asks first when something was changed since the import", async ({ page }) => {
    await page.clock.install({ time: new Date("2026-11-28T08:00:00") });
    const shell = new Shell(page);
    const settings = new SettingsPage(page);
    await shell.open("settings/");
    await settings.theme("Night (dim red)").check();
    const file = await settings.exportBackup();
    await settings.chooseBackup(file);
    await page.getByRole("button", { name: "Replace my data" }).tap();
    await shell.tapView("Diary");
    await logCramp(page);
    await page.getByRole("banner").getByRole("link", { name: "Settings" }).tap();
    await page.getByRole("button", { name: "Undo import" }).tap();
    const confirm = page.getByRole("group").filter({ hasText: "Since the import you changed your" });
    await expect(confirm).toContainText("cramp diary");
    await confirm.getByRole("button", { name: "Cancel" }).tap();
    expect((await stored(page, "uncramp.diary")).data.entries).toHaveLength(1);
    await page.getByRole("button", { name: "Undo import" }).tap();
    await page.getByRole("button", { name: "Undo anyway" }).tap();
    await expect(page.getByRole("status")).toContainText("The import is undone");
  });

  test("a tab on an older build never overwrites a value saved in a newer format", async ({ page }) => {
    const shell = new Shell(page);
    const settings = new SettingsPage(page);
    await shell.open("settings/");
    const newer = '{"v":99,"data":{"theme":"night","from_a_newer_build":true}}';
    // Another tab, running a newer build, saves a newer format.
    await page.evaluate((n) => {
      localStorage.setItem("uncramp.settings", n);
      window.dispatchEvent(new StorageEvent("storage", { key: "uncramp.settings", newValue: n }));
    }, newer);
    await expect(page.getByRole("alert").filter({ hasText: "newer version of Uncramp" })).toBeVisible();
    await settings.theme("Dark").check();
    expect(await page.evaluate(() => localStorage.getItem("uncramp.settings"))).toBe(newer);
  });

  test("when reloading does not bring the newer build back, 'Start afresh' keeps a copy and saves again", async ({ page }) => {
    const newer = '{"v":99,"data":{"theme":"night","from_a_newer_build":true}}';
    await page.addInitScript((n) => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem("uncramp.settings", n);
      }
    }, newer);
    const shell = new Shell(page);
    const settings = new SettingsPage(page);
    await shell.open("settings/");
    const notice = page.getByRole("alert").filter({ hasText: "If reloading does not help, start afresh" });
    await expect(notice).toContainText("came from a newer version of Uncramp");
    // Reloading serves the same (older) build: still stuck, nothing overwritten.
    await page.reload();
    await appReady(page);
    await expect(notice).toBeVisible();
    await settings.theme("Dark").check();
    expect(await page.evaluate(() => localStorage.getItem("uncramp.settings"))).toBe(newer);

    await notice.getByRole("button", { name: "Start afresh (keeps a copy)" }).tap();
    await expect(notice).toHaveCount(0);
    const kept = page.getByRole("alert").filter({ hasText: "Uncramp kept a copy" });
    await expect(kept).toBeVisible();
    const copies = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("uncramp.settings.unreadable."))
        .map((k) => localStorage.getItem(k))
    );
    expect(copies).toEqual([newer]);
    // The copy can be downloaded, and changes are saved again.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      kept.getByRole("button", { name: "Download the copy" }).tap(),
    ]);
    expect(readFileSync(await download.path(), "utf8")).toBe(newer);
    await settings.theme("Light").check();
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem("uncramp.settings")))!);
    expect(saved.v).toBe(6);
    expect(saved.data.theme).toBe("light");
    // Started afresh for good: a reload meets no newer value again.
    await page.reload();
    await appReady(page);
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});

test.describe("faults reported in apps like ours", () => {
  test("1: a bedtime routine that ended while the app was closed ticks the day it ended on", async ({ page }) => {
    // Started 03:50 with the day starting at 04:00: it ends at about 03:54, on Friday's day.
    await page.clock.install({ time: new Date("2026-11-28T03:50:00") });
    await page.clock.pauseAt(new Date("2026-11-28T03:50:05"));
    const shell = new Shell(page);
    await shell.open("");
    await page.getByRole("button", { name: "Start the bedtime stretch" }).tap();
    await expect(page.getByRole("dialog")).toBeVisible();
    // The phone sleeps; the app is opened again at 07:00 (timers never ran).
    await page.clock.setSystemTime(new Date("2026-11-28T07:00:00"));
    await page.reload();
    await appReady(page);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const checklist = await stored(page, "uncramp.checklist");
    const friday = checklist.data.days.find((d: any) => d.day === dayNum(2026, 11, 27));
    expect(friday?.done).toEqual([1]);
    expect(checklist.data.days.some((d: any) => d.day === dayNum(2026, 11, 28))).toBe(false);
  });

  test("2: last night's finished cramp is a quiet offer, not a full-screen guide with an alert", async ({ page }) => {
    await page.clock.install({ time: new Date("2026-11-28T03:10:00") });
    await page.clock.pauseAt(new Date("2026-11-28T03:10:05"));
    const shell = new Shell(page);
    await shell.open("");
    await page.getByRole("button", { name: /Cramp now/ }).tap();
    await page.getByRole("dialog").getByRole("button", { name: /Still cramping/ }).tap();
    await page.clock.runFor(55_000);
    await page.getByRole("dialog").getByRole("button", { name: "It has eased" }).tap();
    await page.getByRole("dialog").getByRole("button", { name: "Stop the stretch" }).tap();
    await expect(page.getByRole("dialog").getByRole("heading", { name: "Well done" })).toBeVisible();
    // The next night, 02:30.
    await page.clock.setSystemTime(new Date("2026-11-29T02:30:00"));
    await page.reload();
    await shell.ready();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByText("This cramp has lasted 10 minutes.")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Cramp now/ })).toBeVisible();
    const offer = page.getByRole("region", { name: "Log that cramp?" });
    await expect(offer).toContainText("Your calf cramp yesterday at 03:10, about 55 s");
    await offer.getByRole("button", { name: "Log it" }).tap();
    await expect(page.getByRole("status")).toHaveText("Saved in your cramp diary.");
    const diary = await stored(page, "uncramp.diary");
    expect(diary.data.entries).toHaveLength(1);
    expect(diary.data.entries[0].draft).toMatchObject({ muscle: "calf", duration_s: 55, from_guide: true });
  });

  test("3: a stored session that does not fit its routine is set aside, not run", async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      const now = Date.now();
      const session = {
        routine: { cramp: { muscle: "calf", leg: "left" } },
        dose: { hold_s: 10, rest_s: 10, reps: 3 },
        durations: [30000, 30000],
        started_at: now,
        paused_total: 0,
        paused_at: null,
        anchor_step: 0,
        anchor_active: 0,
        eased_at: null,
        last_seen: now,
      };
      localStorage.setItem("uncramp.session", JSON.stringify({ v: 1, data: { session } }));
    });
    const shell = new Shell(page);
    await shell.open("");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByRole("alert").filter({ hasText: "running stretch" })).toContainText("do not fit");
    const aside = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("uncramp.session.unreadable.")),
    );
    expect(aside).toHaveLength(1);
  });

  test("6: editing a diary entry keeps 'woke up: not answered' as not answered", async ({ page }) => {
    await page.clock.install({ time: new Date("2026-11-28T08:00:00") });
    const shell = new Shell(page);
    await shell.open("diary/");
    await logCramp(page);
    await page.locator(".entry").first().getByRole("button", { name: /Edit/ }).tap();
    await expect(page.getByRole("group", { name: "Did it wake you up?" }).getByRole("radio", { name: "Not saying" })).toBeChecked();
    await page.getByLabel("How bad (0 to 10)").selectOption("3");
    await page.getByRole("button", { name: "Save changes" }).tap();
    const diary = await stored(page, "uncramp.diary");
    expect(diary.data.entries[0].draft.woke).toBeNull();
    expect(diary.data.entries[0].draft.severity).toBe(3);
  });

  test("7: a food search in Cyrillic, Greek or emoji finds nothing and says so", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open("magnesium/");
    for (const q of ["молоко", "γάλα", "🥛"]) {
      await page.getByRole("searchbox", { name: "Search foods" }).fill(q);
      await expect(page.locator(".result__main")).toHaveCount(0);
      await expect(page.getByRole("status").filter({ hasText: "food names here are in English" })).toBeVisible();
    }
  });
});
