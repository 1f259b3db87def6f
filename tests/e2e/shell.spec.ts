import { test, expect, Shell, VIEWS, PORT, SUB_PATH_URL } from "./fixtures";

test.describe("app shell", () => {
  test("every view is reachable by tapping, and the back button walks back", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open("");
    for (const view of VIEWS.slice(1)) {
      await shell.tapView(view.name);
      await expect(shell.heading()).toHaveText(view.heading);
      await expect(page).toHaveURL(new RegExp(`/${view.path}$`));
      const current = view.name === "Settings" ? page.getByRole("banner").getByRole("link", { name: "Settings" }) : shell.tabs.getByRole("link", { name: view.name });
      await expect(current).toHaveAttribute("aria-current", "page");
    }
    for (const view of VIEWS.slice(0, -1).reverse()) {
      await page.goBack();
      await expect(shell.heading()).toHaveText(view.heading);
    }
  });

  for (const view of VIEWS) {
    test(`deep link to ${view.name} works on first load from a plain static server`, async ({ page }) => {
      const shell = new Shell(page);
      const response = await page.goto(view.path);
      expect(response?.status()).toBe(200);
      await shell.ready();
      await expect(shell.heading()).toHaveText(view.heading);
      await expect(page).toHaveTitle(/Uncramp/);
    });
  }

  test("deep links and taps work under a sub-path", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open(SUB_PATH_URL + "checklist/");
    await expect(shell.heading()).toHaveText("Prevention checklist");
    await shell.tapView("Diary");
    await expect(page).toHaveURL(SUB_PATH_URL + "diary/");
    await expect(shell.heading()).toHaveText("Cramp diary");
    await page.getByRole("link", { name: "Uncramp" }).tap();
    await expect(page).toHaveURL(SUB_PATH_URL);
  });

  test("an unknown path inside the app shows a way home", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open("");
    await page.evaluate(() => {
      history.pushState(null, "", "nowhere/");
      dispatchEvent(new PopStateEvent("popstate"));
    });
    await expect(shell.heading()).toHaveText("Page not found");
    await page.getByRole("link", { name: "Go to the stretch guide" }).tap();
    await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:${PORT}/$`));
  });

  test("night mode turned off with the moon button goes back to the theme chosen before", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open("settings/");
    await page.getByRole("radio", { name: "Dark" }).check();
    await shell.nightToggle().tap();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "night");
    await page.reload();
    await shell.ready();
    await shell.nightToggle().tap();
    await expect(shell.nightToggle()).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  });

  test("the theme follows the system, and a chosen theme is kept across reloads", async ({ page }) => {
    const shell = new Shell(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await shell.open("settings/");
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe("rgb(18, 21, 26)");
    await shell.nightToggle().tap();
    await expect(shell.nightToggle()).toHaveAttribute("aria-pressed", "true");
    expect(await bg()).toBe("rgb(0, 0, 0)");
    await page.reload();
    await shell.ready();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "night");
    await expect(page.getByRole("radio", { name: "Night (dim red)" })).toBeChecked();
    await page.getByRole("radio", { name: "Light" }).check();
    expect(await bg()).toBe("rgb(246, 245, 241)");
    await page.getByLabel("A new day starts at").selectOption("300");
    await page.reload();
    await shell.ready();
    await expect(page.getByRole("radio", { name: "Light" })).toBeChecked();
    await expect(page.getByLabel("A new day starts at")).toHaveValue("300");
  });

  test("the layout fits the phone: no sideways scrolling, tab bar within reach", async ({ page }) => {
    const shell = new Shell(page);
    for (const view of VIEWS) {
      await shell.open(view.path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${view.name} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    const box = await shell.tabs.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y + box!.height).toBeCloseTo(viewport.height, 0);
  });
});
