import AxeBuilder from "@axe-core/playwright";
import { test, expect, Shell, VIEWS } from "./fixtures";

for (const theme of ["light", "dark", "night"] as const) {
  test(`no axe violations on any view in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme === "light" ? "light" : "dark" });
    if (theme === "night") {
      await page.addInitScript(() =>
        localStorage.setItem("uncramp.settings", JSON.stringify({ v: 1, data: { theme: "night" } }))
      );
    }
    const shell = new Shell(page);
    for (const view of VIEWS) {
      await shell.open(view.path);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary, `${view.name} (${theme})`).toEqual([]);
    }
    // The running guide, and its finished screen.
    await shell.open("");
    await page.getByRole("button", { name: /Cramp now/ }).tap();
    await page.getByRole("button", { name: "Red flags", exact: true }).tap();
    let results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id), `guide (${theme})`).toEqual([]);
    await page.getByRole("button", { name: "Stop the stretch" }).tap();
    results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id), `guide finished (${theme})`).toEqual([]);
  });
}
