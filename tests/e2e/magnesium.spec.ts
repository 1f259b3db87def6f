import { Page } from "@playwright/test";
import { test, expect, Shell } from "./fixtures";

/** The magnesium view. */
class FoodPage {
  constructor(readonly page: Page) {}
  search() {
    return this.page.getByRole("searchbox", { name: "Search foods" });
  }
  result(name: RegExp | string) {
    return this.page.locator(".result__main").filter({ hasText: name }).first();
  }
  total() {
    return this.page.locator(".mg-total__mg");
  }
  percent() {
    return this.page.locator(".mg-total__pct");
  }
  async add(query: string, name: RegExp | string, portion: string) {
    await this.search().fill(query);
    await this.result(name).tap();
    await this.page.locator(".portion__chips").getByRole("button", { name: portion, exact: true }).tap();
  }
  async setProfile(age: string, sex: "Female" | "Male") {
    await this.page.getByLabel("Age (years)").fill(age);
    await this.page.getByRole("radio", { name: sex, exact: true }).check();
    await this.page.getByRole("button", { name: "Set my target" }).tap();
  }
}

async function open(page: Page, at = new Date("2026-11-28T12:00:00")) {
  await page.clock.install({ time: at });
  const shell = new Shell(page);
  await shell.open("magnesium/");
  await page.clock.pauseAt(at.getTime() + 5_000);
  return shell;
}

test.describe("magnesium food picker", () => {
  test("grams left empty or not a number are said under the grams field, and go once fixed", async ({ page }) => {
    await open(page);
    const food = new FoodPage(page);
    await food.search().fill("almonds");
    await food.result(/Almonds, dry roasted/).tap();
    const grams = page.getByLabel("Or grams");
    for (const [typed, says] of [
      ["", "Enter how many grams, for example 50."],
      ["lots", "Enter how many grams, for example 50."],
      // Too many: said there too, not in the day's card, scrolled away on a phone.
      ["99999", "Enter up to 5000 g (5 kg) at a time."],
    ]) {
      await grams.fill(typed);
      await page.getByRole("button", { name: "Add grams" }).tap();
      const error = page.locator(".portion__grams").getByRole("alert");
      await expect(error).toHaveText(says);
      await expect(error).toBeInViewport();
      await expect(grams).toHaveAttribute("aria-invalid", "true");
      await expect(grams).toHaveAccessibleDescription(says);
      await expect(grams).toBeFocused();
      await expect(food.total()).toHaveText("0 mg");
      await expect(page.getByRole("status").filter({ hasText: says })).toHaveCount(0);
    }
    await grams.fill("50");
    await expect(page.locator(".portion__grams").getByRole("alert")).toHaveCount(0);
    await page.getByRole("button", { name: "Add grams" }).tap();
    await expect(food.total()).toHaveText("141 mg");
  });

  test("search, add portions, and see the total and percent for your profile", async ({ page }) => {
    await open(page);
    const food = new FoodPage(page);
    await expect(page.getByText("Adults need 310 to 420 mg a day.")).toBeVisible();
    await food.setProfile("40", "Female");
    await expect(page.getByText("320 mg recommended for women 31-50")).toBeVisible();

    await food.add("ALMONDS", /Almonds, dry roasted/, "1½");
    await expect(food.total()).toHaveText("120 mg");
    await expect(food.percent()).toHaveText("37% of your target");
    await expect(page.locator(".mg-entry").first()).toContainText("1½ × 28 g (1 oz, ~22 nuts)");

    await food.add("spinach boiled", /Spinach, boiled/, "2");
    await expect(food.total()).toHaveText("276 mg");
    await expect(food.percent()).toHaveText("86% of your target");

    // Grams: 50 g of almonds, per gram as the NIH ODS serving (80 mg in 28.4 g), is 140.8 mg.
    await food.search().fill("almonds");
    await food.result(/Almonds, dry roasted/).tap();
    await page.getByLabel("Or grams").fill("50");
    await page.getByRole("button", { name: "Add grams" }).tap();
    await expect(food.total()).toHaveText("417 mg");

    // Edit and remove entries.
    const first = page.locator(".mg-entry").first();
    await first.getByRole("button", { name: /Change/ }).tap();
    await page.locator(".portion__chips").getByRole("button", { name: "½", exact: true }).tap();
    await expect(food.total()).toHaveText("337 mg");
    await page.locator(".mg-entry").nth(1).getByRole("button", { name: /Remove/ }).tap();
    await expect(food.total()).toHaveText("181 mg");

    // Reload keeps the day.
    await page.reload();
    await expect(food.total()).toHaveText("181 mg");
  });

  test("search is case and accent insensitive, matches words in any order, curated first", async ({ page }) => {
    await open(page);
    const food = new FoodPage(page);
    await expect(page.getByRole("button", { name: "Search all 7737 USDA foods" })).toBeVisible();
    await food.search().fill("alm");
    await expect(food.result(/Almonds, dry roasted/)).toBeVisible();
    await food.search().fill("ÁLMONDS");
    await expect(food.result(/Almonds, dry roasted/)).toBeVisible();
    // A search the curated list barely answers fetches the full table, once.
    await food.search().fill("beans black");
    await expect(page.getByText("Searching all 7737 USDA foods as well.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Search all 7737 USDA foods" })).toBeHidden();
    await expect(page.locator(".result__name").first()).toHaveText("Black beans, boiled");
    await expect(page.locator(".result__name", { hasText: "USDA" }).first()).toBeVisible();
    await page.getByRole("button", { name: "Fish", exact: true }).tap();
    await food.search().fill("");
    await expect(page.locator(".result__name").first()).toHaveText(/Mackerel|Tuna|Salmon|Halibut/);
  });

  test("the next day starts at zero, and reaching the target ticks the checklist", async ({ page }) => {
    await open(page, new Date("2026-11-27T20:00:00"));
    const food = new FoodPage(page);
    await food.setProfile("8", "Male"); // 130 mg
    await expect(page.getByText("130 mg recommended for children 4-8")).toBeVisible();
    await food.add("pumpkin", /Pumpkin seeds/, "1");
    await expect(food.total()).toHaveText("156 mg");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Checklist" }).tap();
    await expect(page.getByRole("checkbox", { name: "Eat a magnesium-rich food" })).toBeChecked();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Magnesium" }).tap();
    await page.clock.runFor(9 * 60 * 60_000); // past 04:00
    await expect(food.total()).toHaveText("0 mg");
  });

  test("a change the phone cannot save says it is kept for now only, and the saved log is left as it was", async ({ page }) => {
    await open(page);
    const food = new FoodPage(page);
    const said = page.getByRole("status").filter({ hasText: /^(Added|Changed|Removed|Your food)/ });
    await food.add("almonds", /Almonds, dry roasted/, "1");
    await expect(said).toHaveText(/^Added Almonds, dry roasted.*: 80 mg\.$/);
    // Another tab, on a newer build, saves the log in a newer format: this page stops writing it.
    const newer = '{"v":99,"data":{"from_a_newer_build":true}}';
    await page.evaluate((n) => {
      localStorage.setItem("uncramp.magnesium", n);
      window.dispatchEvent(new StorageEvent("storage", { key: "uncramp.magnesium", newValue: n }));
    }, newer);
    await expect(page.getByRole("alert").filter({ hasText: "newer version of Uncramp" })).toBeVisible();
    const why = ", but it could not be saved: it was saved by a newer version of Uncramp in another tab: reload to use it.";

    // Each change is made on the page, and says it is not saved.
    await food.add("spinach boiled", /Spinach, boiled/, "1");
    await expect(said).toHaveText(/^Added Spinach, boiled.* for now \(78 mg\), but it could not be saved: /);
    await expect(said).toContainText(why);
    // Seen where it is said (the portion picker it came from has closed): in view, focused.
    await expect(said).toBeInViewport();
    await expect(said).toBeFocused();
    await expect(food.total()).toHaveText("158 mg");
    await page.locator(".mg-entry").first().getByRole("button", { name: /Change/ }).tap();
    await page.locator(".portion__chips").getByRole("button", { name: "2", exact: true }).tap();
    await expect(said).toHaveText(`Changed for now${why}`);
    await page.locator(".mg-entry").first().getByRole("button", { name: /Remove/ }).tap();
    await expect(said).toHaveText(`Removed for now${why}`);
    await page.getByRole("button", { name: "Add a food", exact: true }).tap();
    await page.getByLabel("Name", { exact: true }).fill("Oat bar");
    await page.getByLabel("Serving", { exact: true }).fill("1 bar");
    await page.getByLabel("Magnesium per serving (mg)").fill("40");
    await page.getByRole("button", { name: "Save food" }).tap();
    await expect(said).toHaveText(`Your food is added for now${why}`);
    await expect(said).toBeInViewport();
    // What the newer build saved is untouched.
    expect(await page.evaluate(() => localStorage.getItem("uncramp.magnesium"))).toBe(newer);
  });

  test("favourites and your own foods", async ({ page }) => {
    await open(page);
    const food = new FoodPage(page);
    await food.search().fill("chia");
    await page.getByRole("button", { name: "Favourite: Chia seeds, dried" }).tap();
    await expect(page.getByRole("button", { name: "Favourite: Chia seeds, dried" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText("USDA data give 95 mg per serving")).toBeVisible();
    await food.search().fill("");
    await expect(page.locator(".result__name").first()).toHaveText("Chia seeds, dried");

    await page.getByRole("button", { name: "Add a food", exact: true }).tap();
    await page.getByLabel("Name", { exact: true }).fill("Nan's flapjack <b>");
    await page.getByLabel("Serving", { exact: true }).fill("1 square");
    // A typo past the ranges is said, not cut down to fit.
    await page.getByLabel("Magnesium per serving (mg)").fill("35000");
    await page.getByRole("button", { name: "Save food" }).tap();
    await expect(page.getByRole("alert").filter({ hasText: "Enter up to 10000 mg of magnesium per serving." })).toBeVisible();
    await page.getByLabel("Magnesium per serving (mg)").fill("35");
    await page.getByRole("button", { name: "Save food" }).tap();
    await food.add("flapjack", /Nan's flapjack <b>/, "2");
    await expect(food.total()).toHaveText("70 mg");
  });

  test("the full USDA search works offline after its first use", async ({ page, context }, info) => {
    test.skip(info.project.name !== "phone-390", "one phone size is enough for the service worker");
    const shell = new Shell(page);
    await shell.visit("magnesium/");
    const food = new FoodPage(page);
    await food.search().fill("kale raw");
    await expect(food.result(/Kale, raw/)).toBeVisible({ timeout: 15_000 });
    await context.setOffline(true);
    await page.reload();
    await shell.ready();
    await food.search().fill("kale raw");
    await expect(food.result(/Kale, raw/)).toBeVisible({ timeout: 15_000 });
    await food.result(/Kale, raw/).tap();
    await page.locator(".portion__chips").getByRole("button", { name: "1", exact: true }).tap();
    await expect(page.locator(".mg-entry").first()).toContainText("Kale, raw");
    await context.setOffline(false);
  });
});

test.describe("charts", () => {
  for (const path of ["magnesium/", "diary/"]) {
    test(`every label of the ${path.replace("/", "")} chart stays inside the chart at 320 px`, async ({ page }, info) => {
      test.skip(info.project.name !== "phone-390", "the size is set here");
      await page.setViewportSize({ width: 320, height: 568 });
      await new Shell(page).open(path);
      const svg = page.locator(".chart__svg").first();
      await svg.scrollIntoViewIfNeeded();
      const outside = await svg.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return [...el.querySelectorAll("text.chart__label")]
          .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
          .map(({ text, r }) => `${text}: ${Math.round(r.left - box.left)} to ${Math.round(r.right - box.left)} of ${Math.round(box.width)}`);
      });
      expect(outside).toEqual([]);
    });
  }
});
