import { test, expect, Shell } from "./fixtures";

test.describe("learn and safety", () => {
  test("sections, headings and sources, with every statement referenced", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open("learn/");
    await expect(page.getByRole("note")).toContainText("not a diagnosis");
    for (const h of [
      "What a leg cramp is",
      "Idiopathic and secondary cramps",
      "Who gets them",
      "What helps during a cramp",
      "What may prevent them",
      "Medicines that can cause cramps",
      "Myths and half-truths",
      "Red flags: when to get help",
      "Sources",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name: h })).toBeVisible();
    }
    // Every paragraph and list item of the content carries at least one reference.
    const unreferenced = await page.evaluate(() =>
      [...document.querySelectorAll(".learn__section p:not(.myth__verdict), .learn__section li")]
        .filter((el) => !el.querySelector(".ref"))
        .map((el) => el.textContent)
    );
    expect(unreferenced).toEqual([]);
    await expect(page.locator(".sources li")).toHaveCount(42);
    // A reference jumps to its full citation.
    await page.locator(".ref", { hasText: "[8]" }).first().tap();
    await expect(page).toHaveURL(/learn\/#src-8$/);
    await expect(page.locator("#src-8")).toBeInViewport();
    await expect(page.locator("#src-8")).toContainText("Hallegraeff");
    // Quinine only appears where the myth says not to use it.
    const quinine = await page.locator(".learn__section").getByText(/quinine/i).allTextContents();
    expect(quinine.every((t) => /serious|not used routinely|Quinine or tonic water|prescribed quinine/.test(t))).toBe(true);
  });

  test("the red flags are one tap from the stretch guide, and the guide keeps running", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open("");
    await page.getByRole("button", { name: /Cramp now/ }).tap();
    await page.getByRole("dialog").getByRole("button", { name: "Red flags", exact: true }).tap();
    await page.getByRole("link", { name: /All red flags/ }).tap();
    await expect(page).toHaveURL(/learn\/#red-flags$/);
    await expect(page.getByRole("heading", { name: "Red flags: when to get help" })).toBeInViewport();
    await expect(page.getByText("Your stretch is still running.")).toBeVisible();
    await expect(page.locator("#red-flags")).toContainText("local emergency number");
    await page.getByRole("link", { name: "Back to the stretch" }).tap();
    await expect(page.getByRole("dialog")).toBeVisible();
  });

  test("the content works offline after one visit", async ({ page, context }, info) => {
    test.skip(info.project.name !== "phone-390", "one phone size is enough for the service worker");
    const shell = new Shell(page);
    await shell.visit("");
    await context.setOffline(true);
    await page.goto("learn/#red-flags");
    await shell.ready();
    await expect(page.getByRole("heading", { name: "Red flags: when to get help" })).toBeVisible();
    await context.setOffline(false);
  });
});
