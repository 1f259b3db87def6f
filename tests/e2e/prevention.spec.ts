import { readFileSync } from "node:fs";
import { Page } from "@playwright/test";
import { test, expect, Shell, PORT } from "./fixtures";

// Issue 15: prevention that sticks. A bedtime reminder the phone's calendar keeps (an
// iCalendar file), a second home-screen shortcut, and what your own diary says works for you.

const dayNum = (d: Date) => Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);

test.describe("bedtime reminder", () => {
  test("Settings makes a daily calendar event at the chosen time; a new time replaces it", async ({ page }) => {
    await page.clock.install({ time: new Date("2026-11-29T19:00:00") });
    const shell = new Shell(page);
    await shell.open("settings/");
    const card = page.getByRole("region", { name: "Bedtime reminder" });
    await card.getByLabel("Remind me at").fill("22:30");
    const [first] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: "Add to my calendar" }).tap(),
    ]);
    expect(first.suggestedFilename()).toBe("uncramp-bedtime-reminder.ics");
    const one = readFileSync(await first.path(), "utf8");
    expect(one.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const unfolded = one.replace(/\r\n /g, "");
    expect(unfolded).toContain("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    // In the phone's zone (field case 9), with the zone's rules in the file.
    expect(unfolded).toMatch(/DTSTART;TZID=[^:\r\n]+:20261129T223000\r\n/);
    expect(unfolded).toContain("BEGIN:VTIMEZONE");
    expect(unfolded).toContain("RRULE:FREQ=DAILY");
    expect(unfolded).toContain("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT0M");
    expect(unfolded).toContain("SEQUENCE:1\r\n");
    expect(unfolded).toContain(`URL:http://127.0.0.1:${PORT}/?start=bedtime`);
    expect(unfolded).toContain("On an iPhone this link opens Safari");
    expect(unfolded).toContain("keeps its own copy");
    const uid = /UID:(.*)\r\n/.exec(unfolded)![1];
    await expect(card.getByRole("status")).toContainText("Your calendar file is downloading");

    await card.getByLabel("Remind me at").fill("21:45");
    const [second] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: "Add to my calendar" }).tap(),
    ]);
    const two = readFileSync(await second.path(), "utf8").replace(/\r\n /g, "");
    expect(two).toContain(`UID:${uid}\r\n`);
    expect(two).toContain("SEQUENCE:2\r\n");
    expect(two).toMatch(/DTSTART;TZID=[^:\r\n]+:20261129T214500\r\n/);

    await card.getByRole("button", { name: "Stop reminding me" }).tap();
    await expect(card.getByText(/open the event .Bedtime stretch \(Uncramp\). in your calendar and delete it/)).toBeVisible();
    const settings = await page.evaluate(() => JSON.parse(localStorage.getItem("uncramp.settings")!));
    expect(settings.v).toBe(6);
    expect(settings.data.reminder_on).toBe(false);
  });

  test("the reminder is offered once, after the first bedtime routine", async ({ page }) => {
    await page.clock.install({ time: new Date("2026-11-29T22:00:00") });
    const shell = new Shell(page);
    await shell.open("");
    await page.clock.pauseAt(new Date("2026-11-29T22:00:05"));
    await page.getByRole("button", { name: "Start the bedtime stretch" }).tap();
    await page.clock.runFor(5 * 60_000);
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("region", { name: "Remind you every evening?" })).toBeVisible();
    await dialog.getByRole("button", { name: "No thanks" }).tap();
    await expect(dialog.getByRole("region", { name: "Remind you every evening?" })).toHaveCount(0);
    await dialog.getByRole("button", { name: "Start again" }).tap();
    await page.clock.runFor(5 * 60_000);
    await expect(dialog.getByText("Sleep well.")).toBeVisible();
    await expect(dialog.getByRole("region", { name: "Remind you every evening?" })).toHaveCount(0);
  });

  test("the Bedtime stretch shortcut starts the routine with no tap", async ({ page, request }) => {
    const manifest = await (await request.get("manifest.webmanifest")).json();
    const bedtime = manifest.shortcuts.find((s: any) => s.name === "Bedtime stretch");
    expect(bedtime.url).toBe("./?start=bedtime");
    expect((await request.get(bedtime.icons[0].src)).status()).toBe(200);
    await page.goto("?start=bedtime");
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading", { level: 1 })).toHaveText("Bedtime stretch");
    await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:${PORT}/$`));
  });
});

test.describe("the evening home view", () => {
  test("from 20:00 'Tonight's stretch' leads the home view below Cramp now, and shrinks to one line once done", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.clock.install({ time: new Date("2026-11-29T19:58:00") });
    const shell = new Shell(page);
    await shell.open("");
    await page.clock.pauseAt(new Date("2026-11-29T19:58:05"));
    const tonight = page.getByRole("region", { name: "Tonight's stretch" });
    await expect(page.getByRole("region", { name: "Bedtime stretch" })).toBeVisible();
    await expect(tonight).toHaveCount(0);

    // 20:00: the card comes on its own, with the length from the saved dose.
    await page.clock.runFor(2 * 60_000);
    await expect(tonight).toBeVisible();
    await expect(tonight).toContainText("About 4 minutes. Calf and hamstring, each leg: hold 10 s, relax 10 s, 3 times.");
    await expect(page.getByRole("region", { name: "Bedtime stretch" })).toHaveCount(0);
    // "Cramp now" stays wholly above the tab bar at 320x568, and the card comes after it.
    const cramp = await page.getByRole("button", { name: /Cramp now/ }).boundingBox();
    const tabbar = await page.getByRole("navigation", { name: "Main" }).boundingBox();
    expect(cramp!.y).toBeGreaterThanOrEqual(0);
    expect(cramp!.y + cramp!.height).toBeLessThanOrEqual(tabbar!.y);
    const card = await tonight.boundingBox();
    expect(card!.y).toBeGreaterThan(cramp!.y + cramp!.height);

    // Done: the routine ticks the checklist, and the card is one line.
    await tonight.getByRole("button", { name: "Start the bedtime stretch" }).tap();
    await page.clock.runFor(6 * 60_000);
    await page.getByRole("dialog").getByRole("button", { name: /Close|Done/ }).first().tap();
    await expect(tonight).toHaveCount(0);
    await expect(page.getByText("Bedtime stretch done tonight")).toBeVisible();
    // The full card is not offered again tonight, so the line is not contradicted.
    await expect(page.getByRole("region", { name: "Bedtime stretch" })).toHaveCount(0);

    // After midnight it is still tonight; at 04:00 a new day starts and the card is gone.
    await page.clock.runFor(4 * 60 * 60_000);
    await expect(page.getByText("Bedtime stretch done tonight")).toBeVisible();
    await page.clock.runFor(4 * 60 * 60_000);
    await expect(page.getByText("Bedtime stretch done tonight")).toHaveCount(0);
    await expect(tonight).toHaveCount(0);
  });

  test("the streak of nights shows on the card and the done line; the hour is set in Settings", async ({ page }) => {
    const today = dayNum(new Date("2026-11-29T12:00:00"));
    await page.addInitScript((today) => {
      if (localStorage.getItem("uncramp.checklist")) return;
      const items = ["bedtime_stretch", "daytime_stretch", "drink", "easy_evening", "magnesium_food", "activity", "loose_bedding"]
        .map((b, i) => ({ id: i + 1, builtin: b, name: "", hidden: false }));
      const days = [3, 2, 1].map((ago) => ({ day: today - ago, done: [1], skipped: false, of: 7 }));
      localStorage.setItem("uncramp.checklist", JSON.stringify({ v: 1, data: { items, days, next_id: 8 } }));
    }, today);
    await page.clock.install({ time: new Date("2026-11-29T18:00:00") });
    const shell = new Shell(page);
    await shell.open("settings/");
    await page.getByLabel("Show tonight's stretch on the home screen from").selectOption({ label: "17:30" });
    await shell.open("");
    const tonight = page.getByRole("region", { name: "Tonight's stretch" });
    await expect(tonight).toContainText("3 nights in a row so far.");
    await page.getByRole("link", { name: "Checklist" }).tap();
    await page.getByRole("checkbox", { name: /Bedtime calf and hamstring stretch/ }).check();
    await page.getByRole("link", { name: "Stretch" }).tap();
    await expect(page.getByText("Bedtime stretch done tonight")).toBeVisible();
    await expect(page.getByText("4 nights in a row")).toBeVisible();
  });
});

test.describe("what works for you", () => {
  /** A month, every night answered: stretched 20 nights, not 8; 6 cramps after stretching, 9 without. */
  async function seed(page: Page, today: Date) {
    await page.addInitScript((t) => {
      const today = Math.round(Date.UTC(new Date(t).getFullYear(), new Date(t).getMonth(), new Date(t).getDate()) / 86_400_000);
      const first = today - 28;
      const days = [];
      for (let i = 0; i < 28; i++) if (i % 7 !== 3 && i % 7 !== 5) days.push({ day: first + i, done: [1], of: 7, skipped: false });
      const entries: any[] = [];
      let id = 1;
      const minute = (day: number, h: number, m: number) => day * 1440 + h * 60 + m;
      for (const i of [0, 1, 2, 4, 6, 7]) entries.push({ id: id++, draft: { at: minute(first + i + 1, 2, 30), duration_s: 60, leg: "left", muscle: "calf", severity: 5, woke: true, note: "", from_guide: false } });
      for (const i of [3, 5, 10, 12, 17, 19, 24, 26, 26]) entries.push({ id: id++, draft: { at: minute(first + i, 23, 50), duration_s: 60, leg: "left", muscle: "calf", severity: 5, woke: false, note: "", from_guide: false } });
      const items = ["bedtime_stretch", "daytime_stretch", "drink", "easy_evening", "magnesium_food", "activity", "loose_bedding"].map((b, i) => ({ id: i + 1, builtin: b, name: "", hidden: false }));
      localStorage.setItem("uncramp.checklist", JSON.stringify({ v: 1, data: { items, days, next_id: 8 } }));
      // Every night answered (the morning question): a quiet night counts only when it is said.
      const nights = Array.from({ length: 28 }, (_, i) => ({ night: first + i, answer: "no_cramp", sleep_lost: null }));
      localStorage.setItem("uncramp.diary", JSON.stringify({ v: 2, data: { entries: entries.reverse(), next_id: id, nights } }));
    }, today.getTime());
  }

  test("the diary compares nights after the bedtime stretch with nights without, with the counts", async ({ page }) => {
    const today = new Date("2026-11-29T12:00:00");
    await page.clock.install({ time: today });
    await seed(page, today);
    const shell = new Shell(page);
    await shell.open("diary/");
    const card = page.getByRole("region", { name: "Your nights with and without each habit" });
    await expect(card).toContainText("6 cramps in 20 nights after the bedtime stretch, 9 in 8 nights without");
    await expect(card).toContainText("0.30 a night against 1.13");
    await expect(card).toContainText("This is your own record, not proof");
    await expect(card).toContainText("Only nights you answered the morning question for, or logged a cramp on, count");
    // In the doctor report (and so in its print view and its file) too, over the same 4 weeks.
    await expect(page.locator(".summary__body")).toContainText("6 cramps in 20 nights after the bedtime stretch, 9 in 8 nights without");
    expect(dayNum(today)).toBeGreaterThan(0);
  });

  test("a night nobody answered is not counted as a quiet one", async ({ page }) => {
    // The same month as a version-1 diary: cramps logged, no night answered. Before issue 22
    // the 13 nights with nothing logged counted as nights without a cramp.
    const today = new Date("2026-11-29T12:00:00");
    await page.clock.install({ time: today });
    await page.addInitScript((t) => {
      const d = new Date(t);
      const today = Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
      const first = today - 28;
      const days = [];
      for (let i = 0; i < 28; i++) if (i % 7 !== 3 && i % 7 !== 5) days.push({ day: first + i, done: [1], of: 7, skipped: false });
      const items = ["bedtime_stretch", "daytime_stretch", "drink", "easy_evening", "magnesium_food", "activity", "loose_bedding"].map((b, i) => ({ id: i + 1, builtin: b, name: "", hidden: false }));
      const entries = [0, 3, 5].map((i, n) => ({ id: n + 1, draft: { at: (first + i) * 1440 + 23 * 60, duration_s: 60, leg: "left", muscle: "calf", severity: 5, woke: false, note: "", from_guide: false } }));
      localStorage.setItem("uncramp.checklist", JSON.stringify({ v: 1, data: { items, days, next_id: 8 } }));
      localStorage.setItem("uncramp.diary", JSON.stringify({ v: 1, data: { entries: entries.reverse(), next_id: 4 } }));
    }, today.getTime());
    const shell = new Shell(page);
    await shell.open("diary/");
    const card = page.getByRole("region", { name: "Your nights with and without each habit" });
    await expect(card).toContainText("Not enough answered nights yet");
    await expect(card).toContainText("(so far, the bedtime stretch: 1 and 2)");
    await expect(card).toContainText("25 nights not answered, not counted.");
  });
});
