import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, Shell, SettingsPage, blockStorage } from "./fixtures";

/** Opens Settings, picks the night theme and a 05:00 day start, and exports a backup of that. */
async function nightBackup(page: Page) {
  const shell = new Shell(page);
  const settings = new SettingsPage(page);
  await shell.open("settings/");
  await settings.theme("Night (dim red)").check();
  await settings.dayStart().selectOption("300");
  const file = await settings.exportBackup();
  return { shell, settings, file };
}

test.describe("your data", () => {
  test("export then import round trip, with a preview and confirmation", async ({ page }) => {
    const { shell, settings, file } = await nightBackup(page);
    const backup = JSON.parse(readFileSync(file, "utf8"));
    expect(backup.app).toBe("uncramp");
    expect(backup.data["uncramp.settings"].data.theme).toBe("night");

    await settings.theme("Light").check();
    await settings.dayStart().selectOption("0");
    await settings.chooseBackup(file);
    await expect(page.getByRole("heading", { name: "Replace your data with this backup?" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Replace your data with this backup?" })).toContainText("settings: theme: Night (dim red), day starts at 05:00");
    // Nothing changes before confirming.
    await expect(settings.theme("Light")).toBeChecked();
    await page.getByRole("button", { name: "Replace my data" }).tap();
    await expect(page.getByRole("status")).toContainText("Imported");
    await expect(settings.theme("Night (dim red)")).toBeChecked();
    await expect(settings.dayStart()).toHaveValue("300");
    await page.reload();
    await shell.ready();
    await expect(settings.theme("Night (dim red)")).toBeChecked();
  });

  test("an import can be undone, and the data before it comes back", async ({ page }) => {
    const { shell, settings, file } = await nightBackup(page);

    await settings.theme("Light").check();
    await settings.dayStart().selectOption("0");
    await settings.chooseBackup(file);
    await page.getByRole("button", { name: "Replace my data" }).tap();
    await expect(settings.theme("Night (dim red)")).toBeChecked();
    await page.getByRole("button", { name: "Undo import" }).tap();
    await expect(page.getByRole("status")).toContainText("The import is undone");
    await expect(page.getByRole("button", { name: "Undo import" })).toHaveCount(0);
    await expect(settings.theme("Light")).toBeChecked();
    await expect(settings.dayStart()).toHaveValue("0");
    await page.reload();
    await shell.ready();
    await expect(settings.theme("Light")).toBeChecked();
    await expect(settings.dayStart()).toHaveValue("0");
  });

  test("cancelling an import changes nothing", async ({ page }) => {
    const shell = new Shell(page);
    const settings = new SettingsPage(page);
    await shell.open("settings/");
    const file = await settings.exportBackup();
    await settings.theme("Dark").check();
    await settings.chooseBackup(file);
    await page.getByRole("button", { name: "Cancel" }).tap();
    await expect(page.getByRole("heading", { name: "Replace your data with this backup?" })).toHaveCount(0);
    await expect(settings.theme("Dark")).toBeChecked();
  });

  const bad = [
    { name: "not JSON", body: "hello", says: "damaged, incomplete, or another kind of file" },
    { name: "another app", body: '{"app":"other","format":1,"data":{}}', says: "not an Uncramp backup" },
    { name: "newer format", body: '{"app":"uncramp","format":9,"data":{}}', says: "newer version of Uncramp" },
    // A newer format may reshape everything but its header: still "newer", not "not a backup".
    { name: "newer format, reshaped", body: '{"app":"uncramp","format":2,"stores":[]}', says: "newer version of Uncramp" },
    { name: "cut short", body: '{"app":"uncramp","format":1}', says: "This Uncramp backup is damaged or incomplete" },
    {
      name: "broken part",
      body: '{"app":"uncramp","format":1,"data":{"uncramp.settings":{"v":1,"data":{"theme":"purple"}}}}',
      says: "The settings in this backup cannot be read",
    },
    {
      // Edited by hand: a severity of 99 would have been imported as "not rated".
      name: "a number out of range",
      body: '{"app":"uncramp","format":1,"data":{"uncramp.diary":{"v":2,"data":{"entries":[{"id":1,"draft":{"at":29000000,"severity":99}}],"next_id":2}}}}',
      says: "its ‘entries[0].draft.severity’ is 99, which Uncramp cannot keep as it is",
    },
  ];
  for (const b of bad) {
    test(`a bad backup file (${b.name}) is refused with a clear message`, async ({ page }) => {
      const shell = new Shell(page);
      const settings = new SettingsPage(page);
      await shell.open("settings/");
      await settings.theme("Dark").check();
      await settings.chooseBackup({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(b.body) });
      await expect(page.getByRole("alert")).toContainText(b.says);
      await expect(page.getByRole("alert")).toContainText("Nothing was changed.");
      await expect(settings.theme("Dark")).toBeChecked();
    });
  }

  test("a corrupt saved value shows a notice and keeps the raw copy", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open("");
    const corrupt = '{"v":1,"data":{"theme":"ni';
    await page.evaluate((c) => localStorage.setItem("uncramp.settings", c), corrupt);
    await page.reload();
    await shell.ready();
    const notice = page.getByRole("alert").filter({ hasText: "could not be read" });
    await expect(notice).toContainText("Your saved settings could not be read");
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("uncramp.settings.unreadable."))
        .map((k) => localStorage.getItem(k))
    );
    expect(kept).toEqual([corrupt]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      notice.getByRole("button", { name: "Download the copy" }).tap(),
    ]);
    expect(readFileSync(await download.path(), "utf8")).toBe(corrupt);
    // The app works on; a change is saved and the copy stays.
    await shell.nightToggle().tap();
    await page.reload();
    await shell.ready();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "night");
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(".unreadable.")).length)).toBe(1);
  });

  test("with storage blocked the app still works and says changes will not be kept", async ({ page }) => {
    await blockStorage(page);
    const shell = new Shell(page);
    await shell.open("settings/");
    await expect(page.getByRole("alert").first()).toContainText("not letting Uncramp save anything");
    await shell.nightToggle().tap();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "night");
    await shell.tapView("Diary");
    await expect(shell.heading()).toHaveText("Cramp diary");
  });

  test("a change in another tab shows up here, and neither tab's edits are lost", async ({ page, context }) => {
    const shell = new Shell(page);
    await shell.open("settings/");
    const other = await context.newPage();
    const otherShell = new Shell(other);
    await otherShell.open("settings/");
    await new SettingsPage(other).theme("Dark").check();
    await expect(new SettingsPage(page).theme("Dark")).toBeChecked();
    await new SettingsPage(page).dayStart().selectOption("60");
    await expect(new SettingsPage(other).dayStart()).toHaveValue("60");
    await other.reload();
    await otherShell.ready();
    await expect(new SettingsPage(other).theme("Dark")).toBeChecked();
    await expect(new SettingsPage(other).dayStart()).toHaveValue("60");
  });
});

// Found by a fresh-eyes check: saving the magnesium profile said so in the Your data card,
// where it replaced the question (or an offer to undo an import) that was open there.
test("saving the magnesium profile says so beside it, and leaves the Your data card as it was", async ({ page }) => {
  await new Shell(page).open("settings/");
  await page.getByRole("button", { name: "Delete all data…" }).tap();
  const question = page.getByText("Delete everything Uncramp saved on this phone?");
  await expect(question).toBeVisible();
  const profile = page.locator(".card", { has: page.getByRole("heading", { name: "Magnesium target" }) });
  await profile.getByLabel("Age (years)").fill("40");
  await profile.getByRole("button", { name: "Save", exact: true }).tap();
  await expect(profile.getByRole("status")).toHaveText("Your magnesium target is updated.");
  await expect(question).toBeVisible();
});
