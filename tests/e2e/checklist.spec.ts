import { readFileSync } from "node:fs";
import { Page } from "@playwright/test";
import { test, expect, Shell } from "./fixtures";

/** The checklist view. */
class ChecklistPage {
  constructor(readonly page: Page) {}
  item(name: string) {
    return this.page.getByRole("checkbox", { name, exact: true });
  }
  day(label: RegExp | string) {
    return this.page.getByRole("group", { name: "Last 12 weeks" }).getByRole("button", { name: label });
  }
  heading() {
    return this.page.getByRole("main").getByRole("heading", { level: 2 }).first();
  }
}

const FRIDAY_EVENING = new Date("2026-11-27T23:30:00");

async function open(page: Page, path: string, at = FRIDAY_EVENING) {
  await page.clock.install({ time: at });
  const shell = new Shell(page);
  await shell.open(path);
  await page.clock.pauseAt(at.getTime() + 5_000);
  return shell;
}

test.describe("prevention checklist", () => {
  test("ticks land on the evening they belong to, and the day rolls over at 04:00", async ({ page }) => {
    await open(page, "checklist/");
    const list = new ChecklistPage(page);
    await expect(list.heading()).toHaveText("Today, Friday 27 November");
    await list.item("Drink enough through the day").check();
    await list.item("Go easy on alcohol and caffeine").check();
    await expect(page.getByRole("main").getByRole("status").first()).toHaveText("2 of 7 done");

    // Past midnight: still Friday.
    await page.clock.runFor(60 * 60_000);
    await expect(page.getByText("Still Friday: the day rolls over at 04:00")).toBeVisible();
    await expect(list.heading()).toHaveText("Today, Friday 27 November");
    await list.item("Bedtime calf and hamstring stretch").check(); // a tick at 00:30
    await expect(list.item("Drink enough through the day")).toBeChecked();

    // After 04:00: a fresh day, and Friday in the history.
    await page.clock.runFor(4 * 60 * 60_000);
    await expect(list.heading()).toHaveText("Today, Saturday 28 November");
    await expect(list.item("Drink enough through the day")).not.toBeChecked();
    await expect(list.day(/^Friday 27 November: 3 of 7 done$/)).toBeVisible();

    // The data survives a reload.
    await page.reload();
    await expect(list.day(/^Friday 27 November: 3 of 7 done$/)).toBeVisible();
  });

  test("a past day can be edited, and 'Not today' keeps the streak", async ({ page }) => {
    await open(page, "checklist/", new Date("2026-11-28T20:00:00"));
    const list = new ChecklistPage(page);
    await list.day(/^Thursday 26 November/).tap();
    await expect(list.heading()).toHaveText("Thursday 26 November");
    await expect(page.getByText("You are editing a past day.")).toBeVisible();
    for (const name of ["Drink enough through the day", "A daytime calf stretch", "A few minutes on an exercise bike or a short walk before bed", "Eat a magnesium-rich food"]) {
      await list.item(name).check();
    }
    await list.day(/^Friday 27 November/).tap();
    await page.getByRole("button", { name: "Not today" }).tap();
    await expect(list.day(/^Friday 27 November: Not today$/)).toBeVisible();
    await page.getByRole("button", { name: "Back to today" }).tap();
    await expect(list.heading()).toHaveText("Today, Saturday 28 November");
    await expect(page.getByText(/Current streak: 1 day · Best: 1 day/)).toBeVisible();
    for (const name of ["Drink enough through the day", "A daytime calf stretch", "A few minutes on an exercise bike or a short walk before bed", "Eat a magnesium-rich food"]) {
      await list.item(name).check();
    }
    await expect(page.getByText(/Current streak: 2 days · Best: 2 days/)).toBeVisible();
    await expect(list.day(/^Sunday 29 November/)).toBeDisabled();
  });

  test("the list can be edited, and your own text stays text", async ({ page }) => {
    await open(page, "checklist/");
    const list = new ChecklistPage(page);
    let dialogs = 0;
    page.on("dialog", async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.getByRole("button", { name: "Edit list" }).tap();
    const evil = "<img src=x onerror=alert(1)>";
    await page.getByLabel("Add your own").fill(evil);
    await page.getByRole("button", { name: "Add", exact: true }).tap();
    await expect(list.item(evil)).toBeVisible();
    await expect(page.locator(".habits img")).toHaveCount(0);
    await page.getByRole("checkbox", { name: "Show Loose bedding at the feet, supportive shoes" }).uncheck();
    await expect(list.item("Loose bedding at the feet, supportive shoes")).toHaveCount(0);
    await page.getByLabel("Name of Drink enough through the day").fill("Drink water");
    await page.getByLabel("Name of Drink enough through the day").press("Tab");
    await expect(list.item("Drink water")).toBeVisible();
    await page.getByRole("button", { name: "Move Drink water up" }).tap();
    const names = await page.locator(".habit__name").allTextContents();
    expect(names.indexOf("Drink water")).toBeLessThan(names.indexOf("A daytime calf stretch"));
    await page.getByRole("button", { name: `Remove ${evil}` }).tap();
    await expect(list.item(evil)).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test("finishing the bedtime routine ticks it", async ({ page }) => {
    await open(page, "", new Date("2026-11-27T22:00:00"));
    await page.getByRole("button", { name: "Start the bedtime stretch" }).tap();
    await page.clock.runFor(240_000);
    await expect(page.getByRole("dialog").getByRole("heading", { name: "Well done" })).toBeVisible();
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).tap();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Checklist" }).tap();
    await expect(new ChecklistPage(page).item("Bedtime calf and hamstring stretch")).toBeChecked();
  });
});

test.describe("cramp diary", () => {
  test("a cramp logged from the guide shows in the diary and its chart", async ({ page }) => {
    await open(page, "", new Date("2026-11-28T03:00:00"));
    await page.getByRole("button", { name: /Cramp now/ }).tap();
    await page.getByRole("dialog").getByRole("button", { name: "It has eased" }).tap();
    await page.getByRole("dialog").getByRole("button", { name: "Stop the stretch" }).tap();
    await page.getByRole("dialog").getByRole("button", { name: "7", exact: true }).tap();
    await page.getByRole("dialog").getByRole("button", { name: "Log this cramp" }).tap();
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).tap();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Diary" }).tap();
    await expect(page.getByRole("heading", { name: "All cramps (1)" })).toBeVisible();
    await expect(page.locator(".entry").first()).toContainText("03:00 Calf · severity 7 · 0 s · from the stretch guide");
    await expect(page.getByRole("heading", { name: "Night of Friday 27 November" })).toBeVisible();
    await page.getByText("Show as a table").tap();
    await expect(page.getByRole("row", { name: /23 Nov/ })).toContainText("1");
    await expect(page.getByRole("row", { name: /23 Nov/ })).toContainText("7.0");
  });

  test("log, edit, delete and undo by hand", async ({ page }) => {
    await open(page, "diary/", new Date("2026-11-28T08:00:00"));
    await page.getByRole("button", { name: "Log a cramp" }).tap();
    await page.getByLabel("When it started").fill("2026-11-28T02:40");
    await page.getByLabel("Where").selectOption("hamstring");
    await page.getByRole("radio", { name: "Right" }).check();
    await page.getByLabel("How bad (0 to 10)").selectOption("5");
    await page.getByLabel("How long").selectOption("210");
    await page.getByRole("group", { name: "Did it wake you up?" }).getByRole("radio", { name: "Yes" }).check();
    await page.getByLabel("Note (optional)").fill("After a long walk <b>x</b>");
    await page.getByRole("button", { name: "Save", exact: true }).tap();
    const entry = page.locator(".entry").first();
    await expect(entry).toContainText("02:40 Back of thigh · right leg · severity 5 · 2 to 5 minutes · woke me up");
    await expect(entry).toContainText("After a long walk <b>x</b>");

    await entry.getByRole("button", { name: /Edit/ }).tap();
    await expect(page.getByLabel("Where")).toHaveValue("hamstring");
    await expect(page.getByRole("group", { name: "Did it wake you up?" }).getByRole("radio", { name: "Yes" })).toBeChecked();
    await page.getByLabel("How bad (0 to 10)").selectOption("8");
    await page.getByRole("button", { name: "Save changes" }).tap();
    await expect(entry).toContainText("severity 8");

    await entry.getByRole("button", { name: /Delete/ }).tap();
    await expect(page.getByRole("heading", { name: "All cramps (0)" })).toBeVisible();
    await page.getByRole("button", { name: "Undo" }).tap();
    await expect(page.getByRole("heading", { name: "All cramps (1)" })).toBeVisible();
    await page.reload();
    await expect(page.locator(".entry").first()).toContainText("severity 8");
  });

  test("a cramp cannot be logged as starting later than now", async ({ page }) => {
    await open(page, "diary/", new Date("2026-11-28T08:00:00"));
    await page.getByRole("button", { name: "Log a cramp" }).tap();
    const when = page.getByLabel("When it started");
    await expect(when).toHaveAttribute("max", "2026-11-28T08:00");
    for (const later of ["2099-01-01T03:00", "2026-11-28T08:01"]) {
      await when.fill(later);
      await page.getByRole("button", { name: "Save", exact: true }).tap();
      await expect(page.getByRole("alert").filter({ hasText: "That time has not come yet" })).toBeVisible();
      await expect(when).toHaveAccessibleDescription(/That time has not come yet/);
      await expect(when).toBeFocused();
      await expect(page.getByRole("heading", { name: "All cramps (0)" })).toBeVisible();
    }
    // A year typed as 0026, 1901 or 2016 is a slip: a new start goes back five years at most.
    await expect(when).toHaveAttribute("min", "2021-11-28T08:00");
    for (const early of ["0026-11-28T03:00", "1901-11-28T03:00", "2016-11-28T03:00", "2021-11-28T07:59"]) {
      await when.fill(early);
      await page.getByRole("button", { name: "Save", exact: true }).tap();
      await expect(page.getByRole("alert").filter({ hasText: "Check the year" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "All cramps (0)" })).toBeVisible();
    }
    await when.fill("2026-11-28T07:59");
    await page.getByRole("button", { name: "Save", exact: true }).tap();
    await expect(page.getByRole("heading", { name: "All cramps (1)" })).toBeVisible();
    // An entry from another year says its year.
    await page.getByRole("button", { name: "Log a cramp" }).tap();
    await when.fill("2025-03-02T03:10");
    await page.getByRole("button", { name: "Save", exact: true }).tap();
    await expect(page.getByRole("heading", { name: "Night of Saturday 1 March 2025" })).toBeVisible();
  });

  test("the doctor report prints, and its CSV has the right rows", async ({ page }) => {
    await page.addInitScript(() => {
      if (localStorage.getItem("uncramp.diary")) return;
      const day = (iso: string) => Math.floor(Date.parse(iso + "T00:00:00Z") / 86_400_000);
      const at = (iso: string, h: number, m: number) => day(iso) * 1440 + h * 60 + m;
      const e = (id: number, iso: string, h: number, sev: number, woke: boolean, note = "") => ({
        id,
        draft: { at: at(iso, h, 15), duration_s: 120, leg: "left", muscle: "calf", severity: sev, woke, note, from_guide: false },
      });
      localStorage.setItem(
        "uncramp.diary",
        JSON.stringify({
          v: 1,
          data: {
            entries: [e(3, "2026-11-27", 23, 4, false, "tired, \"long\" day"), e(2, "2026-11-20", 3, 6, true), e(1, "2026-09-20", 3, 9, true)],
            next_id: 4,
          },
        })
      );
    });
    await open(page, "diary/", new Date("2026-11-28T10:00:00"));
    const summary = page.locator(".summary");
    const report = summary.locator(".report");
    await expect(report).toContainText("31 October 2026 to 27 November 2026 (nights)");
    await expect(report).toContainText("2 cramps in 2 answered nights (1.00 a night); 26 nights not answered");
    await page.getByRole("button", { name: "Last 12 weeks" }).tap();
    await expect(report).toContainText("3 cramps in 3 answered nights");
    await page.getByRole("button", { name: "Last 4 weeks" }).tap();

    await page.emulateMedia({ media: "print" });
    await expect(summary).toBeVisible();
    await expect(report).toBeVisible();
    await expect(page.getByRole("heading", { name: /All cramps/ })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(page.getByRole("group", { name: "Period" })).toBeHidden();
    await page.emulateMedia({ media: "screen" });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save as CSV" }).tap()]);
    expect(download.suggestedFilename()).toBe("uncramp-diary-2026-10-31-to-2026-11-27.csv");
    const text = readFileSync(await download.path(), "utf8");
    expect(text.startsWith("\ufeff"), "a byte order mark, so spreadsheets read UTF-8").toBe(true);
    const rows = text.slice(1).trim().split("\r\n");
    // One table of columns, each named once (issue 22: every new field is in it).
    expect(rows).toEqual([
      "date,time,night_of,muscle,leg,severity_0_10,duration_s,woke_up,sleep_lost_0_10,before_it,eased_by,medicines_taken,logged_from,note",
      "2026-11-20,03:15,2026-11-19,calf,left,6,120,yes,,,,,diary,",
      '2026-11-27,23:15,2026-11-27,calf,left,4,120,no,,,,,diary,"tired, ""long"" day"',
    ]);
  });
});
