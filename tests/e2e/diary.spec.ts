import { readFileSync } from "node:fs";
import { Page } from "@playwright/test";
import { test, expect, Shell, SettingsPage } from "./fixtures";

// Issue 22: the diary a doctor would ask for. The morning question, sleep lost and what came
// before a cramp, medicines with their before/after, the fastest technique, the personal trial,
// the doctor report as a file, and a backup that carries all of it.

/** Days since 1970-01-01 of a local date (how the diary stores a night). */
const dayNum = (d: Date) => Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
/** Minutes since 1970-01-01 00:00 local wall time (how the diary stores a cramp's start). */
const minute = (day: number, h: number, m = 0) => day * 1440 + h * 60 + m;

const SATURDAY = new Date("2026-12-05T14:00:00");
const TODAY = dayNum(SATURDAY);

type Seed = { entries?: any[]; nights?: any[]; medicines?: any[]; trial?: any; own_tags?: string[]; checklist?: number[] };

/** Seeds a version-2 diary (and, if asked, bedtime stretches ticked on the checklist). */
async function seed(page: Page, s: Seed) {
  await page.addInitScript((s) => {
    if (localStorage.getItem("uncramp.diary")) return;
    const entries = (s.entries ?? []).map((draft: any, i: number) => ({
      id: i + 1,
      draft: { duration_s: null, leg: "unsaid", muscle: "calf", severity: null, woke: null, note: "", from_guide: false, tags: [], eased_by: null, ...draft },
    }));
    entries.sort((a: any, b: any) => b.draft.at - a.draft.at);
    const medicines = (s.medicines ?? []).map((m: any, i: number) => ({ id: i + 1, dose: "", class: null, started: null, stopped: null, as_needed: false, ...m }));
    localStorage.setItem(
      "uncramp.diary",
      JSON.stringify({
        v: 2,
        data: { entries, next_id: entries.length + 1, nights: s.nights ?? [], own_tags: s.own_tags ?? [], medicines, next_medicine_id: medicines.length + 1, trial: s.trial ?? null },
      })
    );
    if (s.checklist) {
      const items = ["bedtime_stretch", "daytime_stretch", "drink", "easy_evening", "magnesium_food", "activity", "loose_bedding"].map((b, i) => ({ id: i + 1, builtin: b, name: "", hidden: false }));
      const days = s.checklist.map((day) => ({ day, done: [1], of: 7, skipped: false }));
      localStorage.setItem("uncramp.checklist", JSON.stringify({ v: 1, data: { items, days, next_id: 8 } }));
    }
  }, s);
}

/** Answers for `count` nights from `first`: a cramp on the nights `cramp` says. */
function answers(first: number, count: number, cramp: (i: number) => boolean) {
  return Array.from({ length: count }, (_, i) => ({ night: first + i, answer: cramp(i) ? "cramp" : "no_cramp", sleep_lost: null }));
}

async function stored(page: Page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem("uncramp.diary") ?? "null"));
}

async function open(page: Page, path: string, at: Date) {
  await page.clock.install({ time: at });
  const shell = new Shell(page);
  await shell.open(path);
  return shell;
}

test.describe("the morning question", () => {
  const MORNING = new Date("2026-12-05T07:30:00");
  const FRIDAY = dayNum(new Date("2026-12-04T12:00:00"));

  test("'No cramp' is one tap below Cramp now, makes a quiet night data, and can be undone", async ({ page }) => {
    await open(page, "", MORNING);
    const card = page.getByRole("region", { name: "Last night" });
    await expect(card).toContainText("Any cramp in the night of Friday?");
    // Never in the way of Cramp now: below it.
    const cramp = await page.getByRole("button", { name: /Cramp now/ }).boundingBox();
    const question = await card.boundingBox();
    expect(question!.y).toBeGreaterThan(cramp!.y + cramp!.height);

    await card.getByRole("button", { name: "No cramp" }).tap();
    await expect(page.getByRole("status").filter({ hasText: "Noted: no cramp last night" })).toBeVisible();
    expect((await stored(page)).data.nights).toEqual([{ night: FRIDAY, answer: "no_cramp", sleep_lost: null }]);
    await page.getByRole("button", { name: "Undo" }).tap();
    await expect(page.getByRole("region", { name: "Last night" })).toBeVisible();
    expect((await stored(page)).data.nights).toEqual([]);

    await page.getByRole("region", { name: "Last night" }).getByRole("button", { name: "No cramp" }).tap();
    await page.reload();
    await new Shell(page).ready();
    await expect(page.getByRole("button", { name: /Cramp now/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "Last night" })).toHaveCount(0);
  });

  // A tester found the Dutch answers ("Geen kramp", "Wel kramp", "Later") overflowing their
  // three columns at 360 and 375 px: the whole home view scrolled sideways.
  for (const width of [320, 360, 375, 390]) {
    for (const lang of ["en", "nl"]) {
      test(`its answers fit at ${width} px in ${lang}, and the home view does not scroll sideways`, async ({ page }) => {
        await page.setViewportSize({ width, height: 700 });
        await open(page, lang === "nl" ? "?lang=nl" : "", MORNING);
        const card = page.locator(".morning");
        await expect(card).toBeVisible();
        const box = (await card.boundingBox())!;
        for (const button of await card.getByRole("button").all()) {
          const b = (await button.boundingBox())!;
          expect(b.x, await button.innerText()).toBeGreaterThanOrEqual(box.x);
          expect(b.x + b.width, await button.innerText()).toBeLessThanOrEqual(box.x + box.width);
          expect(await button.evaluate((el) => el.scrollWidth <= el.clientWidth), await button.innerText()).toBe(true);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      });
    }
  }

  test("'A cramp' opens the diary's form for last night; tags, your own tag and sleep lost are kept", async ({ page }) => {
    await open(page, "", MORNING);
    await page.getByRole("region", { name: "Last night" }).getByRole("button", { name: "A cramp" }).tap();
    await expect(page.getByRole("heading", { level: 1, name: "Cramp diary" })).toBeVisible();
    const form = page.getByRole("form", { name: "Log a cramp" });
    await expect(form).toContainText("Last night's cramp: set the time");
    await expect(page.getByLabel("When it started")).toHaveValue("2026-12-05T03:00");
    await expect(page.getByLabel("When it started")).toBeFocused();
    await expect(page.getByRole("group", { name: "Did it wake you up?" }).getByRole("radio", { name: "Not saying" })).toBeChecked();
    await page.getByLabel("When it started").fill("2026-12-05T02:20");
    await page.getByLabel("How bad (0 to 10)").selectOption("6");
    await page.getByLabel("Sleep lost that night (0 to 10)").selectOption("4");
    await page.getByRole("checkbox", { name: "A long day standing" }).check();
    await page.getByLabel("Something else").fill("  gardening ");
    await page.getByRole("button", { name: "Add this tag" }).tap();
    await expect(page.getByRole("checkbox", { name: "gardening" })).toBeChecked();
    await page.getByRole("button", { name: "Save", exact: true }).tap();
    await expect(page.locator(".entry").first()).toContainText("Before it: A long day standing, gardening");

    const d = (await stored(page)).data;
    expect(d.nights).toEqual([{ night: FRIDAY, answer: "cramp", sleep_lost: 4 }]);
    expect(d.own_tags).toEqual(["gardening"]);
    expect(d.entries[0].draft.tags).toEqual(["standing", { own: "gardening" }]);
    // The next form offers the own tag; it can be taken off the list, and the logged cramp keeps it.
    await page.getByRole("button", { name: "Log a cramp" }).tap();
    await expect(page.getByRole("checkbox", { name: "gardening" })).not.toBeChecked();
    await page.getByText("Your own tags").tap();
    await page.getByRole("button", { name: "Take “gardening” off the list" }).tap();
    await expect(page.getByRole("checkbox", { name: "gardening" })).toHaveCount(0);
    await expect.poll(async () => (await stored(page)).data.own_tags).toEqual([]);
    await expect(page.locator(".entry").first()).toContainText("Before it: A long day standing, gardening");
    await page.getByRole("button", { name: "Cancel" }).tap();
    // The night shows as logged, with its sleep lost.
    await page.getByText("Answer or change a night").tap();
    await expect(page.locator(".night").first()).toContainText("Friday 4 December: 1 cramp logged");
    await expect(page.getByLabel("Sleep lost on the night of Friday 4 December (0 to 10)")).toHaveValue("4");
  });

  test("'Later' puts it away; it is not asked at night, after noon, or when a guide cramp waits to be logged", async ({ page }) => {
    await open(page, "", MORNING);
    await page.getByRole("region", { name: "Last night" }).getByRole("button", { name: "Later" }).tap();
    await expect(page.getByRole("region", { name: "Last night" })).toHaveCount(0);
    await page.clock.setSystemTime(new Date("2026-12-05T12:00:00"));
    await page.reload();
    await new Shell(page).ready();
    await page.getByRole("link", { name: "Diary" }).first().tap();
    await expect(page.getByRole("heading", { level: 1, name: "Cramp diary" })).toBeVisible();
    await page.getByRole("link", { name: "Stretch" }).tap();
    await expect(page.getByRole("button", { name: /Cramp now/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "Last night" })).toHaveCount(0);
  });

  test("a cramp logged for 06:30, after the day's start, belongs to last night: the question goes, the chart counts it", async ({ page }) => {
    await open(page, "diary/", new Date("2026-12-05T08:00:00"));
    await page.getByRole("button", { name: "Log a cramp" }).tap();
    await page.getByLabel("When it started").fill("2026-12-05T06:30");
    await page.getByLabel("How long", { exact: true }).selectOption({ label: "1 to 2 minutes" });
    await page.getByRole("button", { name: "Save", exact: true }).tap();
    const entries = page.locator(".entries");
    await expect(entries).toContainText("Night of Friday 4 December");
    // Said as the band picked, not as an exact time.
    await expect(entries).toContainText("1 to 2 minutes");
    await expect(entries).not.toContainText("1 min 30 s");
    await page.getByRole("link", { name: "Stretch" }).tap();
    await expect(page.getByRole("button", { name: /Cramp now/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "Last night" })).toHaveCount(0);
  });

  test("a one-tap 'a cramp' counts on the chart, in its table and as a night with a cramp in the report", async ({ page }) => {
    await open(page, "", MORNING);
    await page.getByRole("region", { name: "Last night" }).getByRole("button", { name: "A cramp" }).tap();
    await expect(page.getByRole("form", { name: "Log a cramp" })).toBeVisible();
    await page.getByRole("button", { name: "Cancel" }).tap();
    const table = page.locator(".chart__table", { hasText: "Show as a table" });
    await table.locator("summary").tap();
    // This week's row (30 November, the first: newest first): one cramp, from the one tap.
    await expect(table.locator("tbody tr").first()).toContainText("30 Nov");
    await expect(table.locator("tbody tr").first().locator("td").first()).toHaveText("1");
    const preview = page.getByRole("region", { name: "Report for your doctor" }).locator(".report");
    await expect(preview).toContainText("1 cramp in 1 answered night (1.00 a night); 27 nights not answered");
    await expect(preview).toContainText("Nights with a cramp: 1 of 1 answered");
    await expect(preview).toContainText("Logged with details: 0 cramps");
  });

  test("at 03:10 it is still the night: no question", async ({ page }) => {
    await open(page, "", new Date("2026-12-05T03:10:00"));
    await page.getByRole("link", { name: "Diary" }).first().tap();
    await expect(page.getByRole("heading", { level: 1, name: "Cramp diary" })).toBeVisible();
    await page.getByRole("link", { name: "Stretch" }).tap();
    await expect(page.getByRole("button", { name: /Cramp now/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "Last night" })).toHaveCount(0);
  });
});

test.describe("your nights", () => {
  test("the last 14 nights: answered ones counted, unanswered ones said, any night answered or its sleep set", async ({ page }) => {
    // 14 nights back: 8 answered (2 with a cramp), one cramp logged on another, 5 not answered.
    await seed(page, {
      nights: answers(TODAY - 14, 8, (i) => i < 2),
      entries: [{ at: minute(TODAY - 3, 23, 40) }],
    });
    await open(page, "diary/", SATURDAY);
    const card = page.getByRole("region", { name: "Your nights", exact: true });
    await expect(card).toContainText("Last 14 nights: 3 cramps in 9 answered nights (0.33 a night); 5 not answered.");
    await card.getByText("Answer or change a night").tap();
    const thursday = card.getByRole("group", { name: "Thursday 3 December" });
    await thursday.getByRole("button", { name: "No cramp" }).tap();
    await expect(thursday.getByRole("button", { name: "No cramp" })).toHaveAttribute("aria-pressed", "true");
    await expect(card).toContainText("3 cramps in 10 answered nights (0.30 a night); 4 not answered.");
    await card.getByLabel("Sleep lost on the night of Thursday 3 December (0 to 10)").selectOption("2");
    const nights = (await stored(page)).data.nights;
    expect(nights.find((n: any) => n.night === TODAY - 2)).toEqual({ night: TODAY - 2, answer: "no_cramp", sleep_lost: 2 });
  });
});

test.describe("medicines", () => {
  test("add with checks, a sourced mark for a linked class, before and after its start, marked on the chart", async ({ page }) => {
    const start = TODAY - 28;
    // 20 answered nights before the start with 2 cramps, 20 since with 12.
    await seed(page, {
      nights: [...answers(start - 20, 20, (i) => i % 10 === 0), ...answers(start, 20, (i) => i % 5 < 3)],
    });
    await open(page, "diary/", SATURDAY);
    const card = page.getByRole("region", { name: "Your medicines" });
    await expect(card).toContainText("never stop one on your own");
    await card.getByRole("button", { name: "Add a medicine" }).tap();
    await card.getByRole("button", { name: "Add", exact: true }).tap();
    await expect(page.getByLabel("Name")).toBeFocused();
    await expect(page.getByLabel("Name")).toHaveAccessibleDescription("Enter the medicine's name.");
    await page.getByLabel("Name").fill("Indapamide");
    await page.getByLabel("Dose, in your words (optional)").fill("1.5 mg in the morning");
    await page.getByLabel("What kind of medicine").selectOption("thiazide_diuretic");
    await page.getByLabel("Started (optional)").fill("2026-11-07");
    await page.getByLabel("Stopped (leave empty while you take it)").fill("2026-11-01");
    await card.getByRole("button", { name: "Add", exact: true }).tap();
    await expect(card.getByRole("alert")).toHaveText("The stop date is before the start date.");
    await expect(page.getByLabel("Stopped (leave empty while you take it)")).toBeFocused();
    await page.getByLabel("Stopped (leave empty while you take it)").fill("");
    await card.getByRole("button", { name: "Add", exact: true }).tap();

    const med = card.locator(".med");
    await expect(med).toContainText("Indapamide");
    await expect(med).toContainText("1.5 mg in the morning · regularly · since 7 November 2026");
    await expect(med).toContainText("Linked to night cramps.");
    await expect(med.getByRole("link", { name: /Source \d+: Garrison 2012/ })).toBeVisible();
    await expect(med).toContainText("Before it: 2 cramps in 20 answered nights (0.10 a night). Since: 12 cramps in 20 answered nights (0.60 a night).");
    // The chart marks the start; its table says it.
    await expect(page.locator(".chart__start")).toHaveCount(1);
    await page.getByText("Show as a table").tap();
    await expect(page.getByRole("row", { name: /2 Nov/ })).toContainText("Indapamide (7 Nov)");
    // The wide table scrolls in its box; the page itself never scrolls sideways.
    await expect(page.getByRole("region", { name: "Cramps per week, a table that scrolls sideways" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The report's date fields stay inside their card.
    await page.getByRole("region", { name: "Report for your doctor" }).getByRole("button", { name: "Dates" }).tap();
    const cardBox = (await page.getByRole("region", { name: "Report for your doctor" }).boundingBox())!;
    for (const label of ["First night", "Last night"]) {
      const box = (await page.getByLabel(label).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
    }

    await card.getByRole("button", { name: "Edit Indapamide" }).tap();
    await page.getByRole("checkbox", { name: "I take it only when needed" }).check();
    await card.getByRole("button", { name: "Save changes" }).tap();
    await expect(med).toContainText("as needed");
    await card.getByRole("button", { name: "Delete Indapamide" }).tap();
    await expect(card.locator(".med")).toHaveCount(0);
    await card.getByRole("button", { name: "Undo" }).tap();
    await expect(card.locator(".med")).toContainText("as needed");
    const m = (await stored(page)).data.medicines;
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ name: "Indapamide", class: "thiazide_diuretic", started: dayNum(new Date("2026-11-07T12:00:00")), stopped: null, as_needed: true });
  });
});

test.describe("what eases your cramps fastest", () => {
  test("shows the fastest step with its counts, and Cramp now can start with it, the clot check still first", async ({ page }) => {
    const eased = (back: number, pose: string, s: number) => ({ at: minute(TODAY - back, 3, 0), duration_s: s, from_guide: true, eased_by: pose });
    await seed(page, {
      entries: [eased(1, "stand_load", 40), eased(3, "stand_load", 50), eased(5, "stand_load", 45), eased(7, "calf_pull", 90), eased(9, "calf_pull", 60)],
    });
    await open(page, "diary/", SATURDAY);
    const card = page.getByRole("region", { name: "What eases your cramps fastest" });
    await expect(card).toContainText("Stand on it eased 3 cramps, typically in 45 s.");
    await expect(card).toContainText("Others: Pull your toes up: 2 cramps, typically 1 min.");
    await card.getByRole("button", { name: "Start Cramp now with “Stand on it”" }).tap();
    await expect(card).toContainText("Cramp now starts with “Stand on it”");
    const settings = await page.evaluate(() => JSON.parse(localStorage.getItem("uncramp.settings")!));
    expect(settings.data.stretch.start_with).toBe("stand_load");

    await page.getByRole("link", { name: "Stretch" }).tap();
    await page.getByRole("button", { name: /Cramp now/ }).tap();
    const guide = page.getByRole("dialog");
    await expect(guide.getByRole("heading", { level: 2 }).first()).toContainText("Stand on it");
    await expect(guide).toContainText(/clot/i);
  });

  test("before enough cramps it says what it needs", async ({ page }) => {
    await open(page, "diary/", SATURDAY);
    await expect(page.getByRole("region", { name: "What eases your cramps fastest" })).toContainText("After 5 cramps eased on at least two steps");
  });
});

test.describe("does the bedtime stretch work for you", () => {
  test("a trial starts tonight with two weeks of baseline, and can be stopped", async ({ page }) => {
    await open(page, "diary/", SATURDAY);
    const card = page.getByRole("region", { name: "Does the bedtime stretch work for you?" });
    await card.getByRole("button", { name: "Start the trial tonight" }).tap();
    await expect(card).toContainText("Night 1 of 14, before the routine: no bedtime stretch these nights. The routine starts on Saturday 19 December.");
    await expect(card).toContainText("Too few answered nights for a result yet");
    expect((await stored(page)).data.trial).toEqual({ started: TODAY });
    await card.getByRole("button", { name: "Stop the trial" }).tap();
    await card.getByRole("button", { name: "Yes, stop it" }).tap();
    await expect(card.getByRole("button", { name: "Start the trial tonight" })).toBeVisible();
    expect((await stored(page)).data.trial).toBeNull();
  });

  test("in the baseline, the evening's bedtime card says to skip the stretch; with the routine it does not", async ({ page }) => {
    await seed(page, { trial: { started: TODAY - 3 } });
    await open(page, "", new Date("2026-12-05T21:30:00"));
    const tonight = page.getByRole("region", { name: "Tonight's stretch" });
    await expect(tonight).toContainText("Your trial: night 4 of 14 without the bedtime stretch, so skip it tonight. The routine starts on Wednesday 16 December.");
    await page.clock.setSystemTime(new Date("2026-12-16T21:30:00"));
    await page.reload();
    await new Shell(page).ready();
    await expect(page.getByRole("region", { name: "Tonight's stretch" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Tonight's stretch" })).not.toContainText("Your trial");
  });

  test("the result sits beside the trial's finding, with the counts, and says when the season changed", async ({ page }) => {
    // Started 56 nights ago: 14 baseline nights (7 cramps), then 42 with the routine (6 cramps).
    const started = TODAY - 56;
    await seed(page, {
      trial: { started },
      nights: [...answers(started, 14, (i) => i % 2 === 0), ...answers(started + 14, 42, (i) => i % 7 === 0)],
      checklist: Array.from({ length: 40 }, (_, i) => started + 14 + i),
    });
    await open(page, "diary/", SATURDAY);
    const card = page.getByRole("region", { name: "Does the bedtime stretch work for you?" });
    await expect(card).toContainText("The trial ended on");
    await expect(card).toContainText("Before: 7 cramps in 14 answered nights (0.50 a night). With the routine: 6 cramps in 42 answered nights (0.14 a night).");
    await expect(card).toContainText("You had fewer cramps a night with the routine.");
    await expect(card).toContainText("In the trial, adults over 55 who stretched like this every night for six weeks");
    await expect(card.getByRole("link", { name: /Hallegraeff/ })).toBeVisible();
  });
});

test.describe("the doctor report", () => {
  test("a period and parts picked, shown as it will read, sent as a page that needs nothing else, and as CSV", async ({ page }) => {
    await seed(page, {
      nights: answers(TODAY - 30, 30, (i) => i % 6 === 0),
      entries: [
        { at: minute(TODAY - 2, 2, 30), severity: 6, woke: true, tags: ["hot_day"], note: "<b>after a walk</b>" },
        { at: minute(TODAY - 70, 2, 30), severity: 8 },
      ],
      medicines: [{ name: "Atorvastatin", dose: "20 mg", class: "statin", started: TODAY - 200 }],
    });
    await open(page, "diary/", SATURDAY);
    const card = page.getByRole("region", { name: "Report for your doctor" });
    const preview = card.locator(".report");
    await expect(preview).toContainText("7 November 2026 to 4 December 2026 (nights)");
    await expect(preview).toContainText("Atorvastatin");
    await expect(preview).toContainText("A hot day: before 1 of 1 cramp");
    // Answered "a cramp" on 4 of the 28 nights, and a cramp logged at 02:30 on a "no cramp" night.
    await expect(preview).toContainText("Nights with a cramp: 5 of 28 answered");
    await expect(preview).toContainText("The checklist was not used in this period.");
    await card.getByRole("button", { name: "Last 12 weeks" }).tap();
    await expect(preview).toContainText("12 September 2026 to 4 December 2026");
    await expect(preview.getByRole("heading", { name: "Every cramp" })).toBeVisible();
    await card.getByRole("checkbox", { name: "Medicines" }).uncheck();
    await expect(preview).not.toContainText("Atorvastatin");

    const [report] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Send the report" }).tap()]);
    expect(report.suggestedFilename()).toBe("uncramp-report-2026-09-12-to-2026-12-04.html");
    const html = readFileSync(await report.path(), "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("Night cramps: summary for my doctor");
    expect(html).toContain("&lt;b&gt;after a walk&lt;/b&gt;");
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).not.toContain("Atorvastatin");
    await expect(card.getByRole("status")).toContainText("The report is downloading");

    await card.getByRole("button", { name: "Dates" }).tap();
    await page.getByLabel("First night").fill("2026-12-01");
    await page.getByLabel("Last night").fill("2026-12-04");
    await expect(preview).toContainText("1 December 2026 to 4 December 2026 (nights)");
    const [csv] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Save as CSV" }).tap()]);
    expect(csv.suggestedFilename()).toBe("uncramp-diary-2026-12-01-to-2026-12-04.csv");
    const rows = readFileSync(await csv.path(), "utf8").slice(1).trim().split("\r\n");
    expect(rows[0]).toBe("date,time,night_of,muscle,leg,severity_0_10,duration_s,woke_up,sleep_lost_0_10,before_it,eased_by,medicines_taken,logged_from,note");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toBe("2026-12-03,02:30,2026-12-02,calf,,6,,yes,,A hot day,,Atorvastatin,diary,<b>after a walk</b>");

    // An empty date is said under the fields, not sent.
    await page.getByLabel("First night").fill("");
    await card.getByRole("button", { name: "Send the report" }).tap();
    await expect(card.getByRole("alert")).toHaveText("Enter both dates of the period.");
    await expect(page.getByLabel("First night")).toBeFocused();
    // Dates the wrong way round, or a night not over yet, are said, not swapped or sent.
    await page.getByLabel("First night").fill("2026-12-04");
    await page.getByLabel("Last night").fill("2026-12-01");
    await expect(preview).toContainText("The first night is after the last night.");
    await card.getByRole("button", { name: "Print" }).tap();
    await expect(card.getByRole("alert")).toHaveText("The first night is after the last night.");
    await page.getByLabel("First night").fill("2026-12-01");
    await page.getByLabel("Last night").fill("2026-12-05");
    await expect(preview).toContainText("The last night can be last night at the latest");
    await page.getByLabel("Last night").fill("2026-12-04");
    // A report with no part is not sent.
    for (const part of ["Cramps", "Sleep", "Habits", "What came before"]) {
      await card.getByRole("checkbox", { name: part }).uncheck();
    }
    await expect(preview).toContainText("Pick at least one part for the report to hold.");
    await card.getByRole("button", { name: "Send the report" }).tap();
    await expect(card.getByRole("alert")).toHaveText("Pick at least one part for the report to hold.");
  });
});

test.describe("a backup carries all of it", () => {
  test("nights, tags, own tags, medicines, the trial, what eased a cramp and the step to start with come back", async ({ page }) => {
    await seed(page, {
      // By night, as the app keeps them (an import puts them so).
      nights: [{ night: TODAY - 2, answer: "no_cramp", sleep_lost: null }, { night: TODAY - 1, answer: "cramp", sleep_lost: 7 }],
      entries: [{ at: minute(TODAY - 1, 3, 5), duration_s: 75, from_guide: true, eased_by: "stand_load", tags: ["alcohol", { own: "gardening" }] }],
      own_tags: ["gardening"],
      medicines: [{ name: "Salmeterol", class: "inhaled_laba", started: TODAY - 40, as_needed: true }],
      trial: { started: TODAY - 3 },
    });
    await page.addInitScript(() => {
      if (localStorage.getItem("uncramp.settings")) return;
      localStorage.setItem("uncramp.settings", JSON.stringify({ v: 4, data: { stretch: { start_with: "calf_pull" } } }));
    });
    await open(page, "diary/", SATURDAY);
    const before = await stored(page);
    const shell = new Shell(page);
    await shell.tapView("Settings");
    const settings = new SettingsPage(page);
    const file = await settings.exportBackup();
    const backup = JSON.parse(readFileSync(file, "utf8"));
    expect(backup.data["uncramp.diary"]).toEqual(before);
    expect(backup.data["uncramp.settings"].data.stretch.start_with).toBe("calf_pull");

    await page.getByRole("button", { name: "Delete all data…" }).tap();
    await page.getByRole("button", { name: "Delete all data", exact: true }).tap();
    await expect(page.getByRole("status")).toContainText(/deleted/i);
    await settings.chooseBackup(file);
    await page.getByRole("button", { name: "Replace my data" }).tap();
    await expect(page.getByRole("status")).toContainText("Imported");
    expect(await stored(page)).toEqual(before);
    const s = await page.evaluate(() => JSON.parse(localStorage.getItem("uncramp.settings")!));
    expect(s.data.stretch.start_with).toBe("calf_pull");
    await shell.tapView("Diary");
    await expect(page.locator(".entry").first()).toContainText("Before it: Alcohol, gardening");
    await expect(page.locator(".entry").first()).toContainText("Eased on: Stand on it");
    await expect(page.getByRole("region", { name: "Your medicines" })).toContainText("Salmeterol");
    await expect(page.getByRole("region", { name: "Does the bedtime stretch work for you?" })).toContainText("Night 4 of 14");
  });
});

test.describe("a half-filled form survives a reload", () => {
  // A phone reloads a page that sat in the background (iOS Safari often does): what was typed
  // into the cramp form at night must still be there, as it was left.
  test("a new cramp's fields come back after a reload, and are gone once saved", async ({ page }) => {
    await open(page, "diary/", SATURDAY);
    await page.getByRole("button", { name: "Log a cramp" }).tap();
    await page.getByLabel("When it started").fill("2026-12-05T02:20");
    await page.getByLabel("How bad (0 to 10)").selectOption("7");
    await page.getByRole("radio", { name: "Right", exact: true }).check();
    await page.getByRole("checkbox", { name: "A long day standing" }).check();
    await page.getByLabel("Note (optional)").fill("woke at 2, calf like a rock");
    await page.reload();
    const form = page.getByRole("form", { name: "Log a cramp" });
    await expect(form).toBeVisible();
    await expect(form).toContainText("You had started this entry: here it is as you left it.");
    await expect(page.getByLabel("When it started")).toHaveValue("2026-12-05T02:20");
    await expect(page.getByLabel("How bad (0 to 10)")).toHaveValue("7");
    await expect(page.getByRole("radio", { name: "Right", exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "A long day standing" })).toBeChecked();
    await expect(page.getByLabel("Note (optional)")).toHaveValue("woke at 2, calf like a rock");
    // Nothing was saved as a cramp meanwhile: it is work in progress, not data.
    expect(await stored(page)).toBeNull();
    await page.getByRole("button", { name: "Save", exact: true }).tap();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    expect((await stored(page)).data.entries[0].draft.note).toBe("woke at 2, calf like a rock");
    await page.reload();
    await expect(page.getByRole("button", { name: "Log a cramp" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Log a cramp" })).toHaveCount(0);
  });

  test("an edit in progress comes back to the same cramp; Cancel forgets it", async ({ page }) => {
    await seed(page, { entries: [{ at: minute(TODAY, 3, 10), severity: 5, note: "before" }] });
    await open(page, "diary/", SATURDAY);
    await page.locator(".entry").first().getByRole("button", { name: /Edit/ }).tap();
    await page.getByLabel("Note (optional)").fill("before, and after a walk");
    await page.getByLabel("How bad (0 to 10)").selectOption("8");
    await page.reload();
    const form = page.getByRole("form", { name: "Edit this cramp" });
    await expect(form).toBeVisible();
    await expect(page.getByLabel("Note (optional)")).toHaveValue("before, and after a walk");
    await expect(page.getByLabel("How bad (0 to 10)")).toHaveValue("8");
    expect((await stored(page)).data.entries[0].draft.note).toBe("before");
    await form.getByRole("button", { name: "Cancel" }).tap();
    await page.reload();
    await expect(page.getByRole("form", { name: "Edit this cramp" })).toHaveCount(0);
    expect((await stored(page)).data.entries[0].draft.note).toBe("before");
  });
});

test("a form opened and left untouched does not come back after a reload", async ({ page }) => {
  await open(page, "diary/", SATURDAY);
  await page.getByRole("button", { name: "Log a cramp" }).tap();
  await expect(page.getByRole("form", { name: "Log a cramp" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Log a cramp" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Log a cramp" })).toHaveCount(0);
});

test("deleting the cramp being edited closes its form and brings back 'Log a cramp'", async ({ page }) => {
  await seed(page, { entries: [{ at: minute(TODAY, 3, 10), severity: 5 }, { at: minute(TODAY - 1, 2, 0) }] });
  await open(page, "diary/", SATURDAY);
  const first = page.locator(".entry").first();
  await first.getByRole("button", { name: /Edit/ }).tap();
  await expect(page.getByRole("form", { name: "Edit this cramp" })).toBeVisible();
  await first.getByRole("button", { name: /Delete/ }).tap();
  await expect(page.getByRole("form", { name: "Edit this cramp" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Log a cramp" })).toBeVisible();
});

test("an edit kept from before an import does not come back over another cramp with its id", async ({ page }) => {
  await seed(page, { entries: [{ at: minute(TODAY, 3, 10), severity: 5, note: "mine" }] });
  await open(page, "diary/", SATURDAY);
  await page.locator(".entry").first().getByRole("button", { name: /Edit/ }).tap();
  await page.getByLabel("Note (optional)").fill("mine, edited");
  // Meanwhile (another tab, an import) id 1 became another cramp.
  await page.evaluate((at) => {
    const d = JSON.parse(localStorage.getItem("uncramp.diary")!);
    d.data.entries[0].draft.at = at;
    d.data.entries[0].draft.note = "imported";
    localStorage.setItem("uncramp.diary", JSON.stringify(d));
  }, minute(TODAY - 2, 1, 0));
  await page.reload();
  await expect(page.getByRole("form", { name: "Edit this cramp" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Log a cramp" })).toBeVisible();
  expect((await stored(page)).data.entries[0].draft.note).toBe("imported");
});
