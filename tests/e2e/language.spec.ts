import AxeBuilder from "@axe-core/playwright";
import { test, expect, Shell, blockStorage, appReady } from "./fixtures";
import { readFileSync } from "node:fs";

// Issue 23 (begun): the views translated so far show their words in Dutch when a link asks for
// it (`?lang=nl`), and Dutch, with its long words, fits the smallest phones: nothing sticks out
// sideways, no text is cut off, and no word is broken over two lines.

/** Axe's violations on the page, as "rule: targets" lines. */
async function axe(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Elements of the view that stick out of the page, or whose text is cut off by their box. */
async function misfits(page: import("@playwright/test").Page, root = "main") {
  return page.evaluate((root) => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${root} *`)) {
      // Hidden on purpose (a file input a label opens, text for screen readers only).
      if (el.closest(".visually-hidden")) continue;
      // A wide table scrolls sideways in its own named box by design: the box must fit.
      if (el.parentElement?.closest(".scroll")) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      const name = `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""} "${(el.textContent || "").trim().slice(0, 40)}"`;
      if (box.right > width + 0.5 || box.left < -0.5) out.push(`sticks out: ${name}`);
      // A text field scrolls a long value inside itself by design: that is not cut off.
      const field = el.matches("input, textarea");
      const clips = !field && (style.overflowX === "hidden" || style.overflowX === "clip" || style.textOverflow === "ellipsis");
      if (clips && el.scrollWidth > el.clientWidth + 1) out.push(`cut off: ${name}`);
    }
    if (document.documentElement.scrollWidth > width) out.push("the page scrolls sideways");
    // A word broken across two lines because its box is narrower than the word (long Dutch
    // words in a narrow column). A break after a hyphen is a normal one.
    const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // A web address in the list of sources has no place to break but anywhere.
      if (!parent || parent.closest(".visually-hidden, option, select, script, style, .sources a")) continue;
      const text = node.textContent || "";
      for (const match of text.matchAll(/[^\s\-\u2010\u2011]+[\-\u2010\u2011]?/g)) {
        if (match[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(`word broken: "${match[0]}" in ${parent.tagName.toLowerCase()}`);
      }
    }
    return out;
  }, root);
}

const SIZES = [
  [320, 568],
  [390, 844],
] as const;

for (const [width, height] of SIZES) {
  test(`Settings in Dutch at ${width}x${height}: its words are Dutch, and they fit`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const shell = new Shell(page);
    await shell.open("settings/?lang=nl");
    await expect(shell.heading()).toHaveText("Instellingen");
    await expect(page.locator("main section.view")).toHaveAttribute("lang", "nl");
    for (const name of ["Rekoefeningen", "Herinnering voor het slapen", "Magnesiumdoel", "Uw dag", "Uw gegevens", "Over Uncramp"]) {
      await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
    }
    await expect(page.getByRole("button", { name: "Back-up exporteren" })).toBeVisible();
    await page.getByRole("button", { name: "Alle gegevens wissen…" }).tap();
    await expect(page.getByText("Alles wissen wat Uncramp op deze telefoon heeft bewaard?")).toBeVisible();
    expect(await misfits(page)).toEqual([]);
    await page.screenshot({ path: `test-results/dutch/settings-${width}x${height}.png`, fullPage: true });
  });

  // The same check in English found "Female" broken over two lines at 320x568.
  test(`Settings in English at ${width}x${height}: its words fit`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const shell = new Shell(page);
    await shell.open("settings/");
    await page.getByRole("button", { name: "Delete all data…" }).tap();
    expect(await misfits(page)).toEqual([]);
  });
}

for (const [width, height] of SIZES) {
  test(`the guide in Dutch at ${width}x${height}: its steps, clot check and buttons are Dutch, and everything fits`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto("./?lang=nl");
    await page.getByRole("link", { name: /Kramp nu/ }).or(page.getByRole("button", { name: /Kramp nu/ })).first().tap();
    const guide = page.getByRole("dialog");
    await expect(guide).toHaveAttribute("lang", "nl");
    for (const name of ["Terug", "Pauze", "Overslaan", "Alarmsignalen"]) {
      await expect(guide.getByRole("button", { name, exact: true })).toBeVisible();
    }
    await expect(guide.getByRole("button", { name: "Rekken stoppen" })).toBeVisible();
    await expect(guide.getByText("Stap 1 van 4", { exact: true })).toBeVisible();
    await expect(guide.getByRole("heading", { name: "Tenen naar u toe" })).toBeVisible();
    // Hidden on the smallest screens, where the picture needs the room.
    await expect(guide.locator(".guide__next")).toHaveText("Hierna: Op uw been staan");
    await expect(guide.getByRole("note").first()).toContainText("bel vandaag de huisarts of huisartsenpost (België: 1733)");
    expect(await misfits(page, ".guide")).toEqual([]);
    expect(await axe(page), "the Dutch guide running").toEqual([]);
    await page.screenshot({ path: `test-results/dutch/guide-${width}x${height}.png` });
    await guide.getByRole("button", { name: "Pauze" }).tap();
    await expect(guide.getByRole("button", { name: "Verder" })).toBeVisible();
    await expect(guide.getByText("Op pauze")).toBeVisible();
    expect(await misfits(page, ".guide")).toEqual([]);
    // The red flags in Dutch, with the Dutch route: 112, the huisarts, the huisartsenpost, 1733.
    await guide.getByRole("button", { name: "Bekijk de alarmsignalen" }).tap();
    const flags = guide.getByRole("region", { name: "Alarmsignalen" });
    await expect(flags.getByText("Spoed: bel nu 112", { exact: true })).toBeVisible();
    await expect(flags).toContainText("in België de huisarts van wacht via 1733");
    await expect(flags).toContainText("Dit kan een bloedstolsel in de longen zijn (longembolie).");
    await expect(flags).toContainText("Dit kan een beroerte zijn: bel nu 112, ook als het weer overgaat.");
    await expect(flags).not.toContainText("emergency");
    await expect(guide.locator('.redflag [lang="en"]')).toHaveCount(0);
    expect(await misfits(page, ".guide")).toEqual([]);
    expect(await axe(page), "the Dutch guide with its red flags open").toEqual([]);
    await page.screenshot({ path: `test-results/dutch/guide-flags-${width}x${height}.png` });
    await guide.getByRole("button", { name: "Rekken stoppen" }).tap();
    await expect(guide.getByRole("heading", { name: "Nog steeds kramp?" })).toBeVisible();
    expect(await misfits(page, ".guide")).toEqual([]);
    expect(await axe(page), "the Dutch guide stopped").toEqual([]);
    await page.screenshot({ path: `test-results/dutch/guide-stopped-${width}x${height}.png` });
  });
}

for (const [width, height] of SIZES) {
  test(`Learn in Dutch at ${width}x${height}: the red flags with the Dutch route and every section are Dutch, and it fits`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const shell = new Shell(page);
    await shell.open("learn/?lang=nl");
    await expect(shell.heading()).toHaveText("Uitleg en veiligheid");
    await expect(page.getByRole("note").first()).toContainText("Het is geen diagnose");
    const flags = page.locator("#red-flags");
    await expect(flags.getByRole("heading", { level: 2 })).toHaveText("Alarmsignalen: wanneer hulp zoeken");
    await expect(flags.getByRole("heading", { name: "Spoed: bel nu 112", level: 3 })).toBeVisible();
    await expect(flags.getByRole("heading", { name: /^Dringend: vraag vandaag medisch advies/, level: 3 })).toBeVisible();
    await expect(flags.getByRole("heading", { name: "Naar de huisarts: maak een afspraak", level: 3 })).toBeVisible();
    await expect(flags.locator("#flag-clot")).toContainText("bel vandaag de huisarts");
    await expect(flags).toContainText("op feestdagen bij de huisartsenpost. Bel altijd eerst");
    await expect(flags).not.toHaveAttribute("lang", "en");
    // The rest of the page is Dutch too, kinine only where the myth says not to use it.
    await expect(page.locator("#what h2")).toHaveText("Wat kramp in het been is");
    await expect(page.locator('main [lang="en"]')).toHaveCount(0);
    await expect(page.locator(".myth").filter({ hasText: "Kinine" }).locator(".myth__verdict")).toHaveText("Tonic helpt niet, kinine is riskant.");
    // The Dutch sources are listed, and a reference in the red flags leads to one.
    await expect(page.locator("#sources")).toContainText("Thuisarts.nl");
    await expect(flags.getByRole("link", { name: /^Bron \d+: Thuisarts.nl, trombosebeen$/ }).first()).toBeVisible();
    expect(await misfits(page)).toEqual([]);
    expect(await axe(page), "Learn in Dutch").toEqual([]);
    await page.screenshot({ path: `test-results/dutch/learn-${width}x${height}.png` });
  });
}

for (const [width, height] of SIZES) {
  test(`the home view and the checklist in Dutch at ${width}x${height}: their words are Dutch, and they fit`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    // 21:30: the evening's bedtime card is on the home view.
    await page.clock.install({ time: new Date("2026-12-05T21:30:00") });
    const shell = new Shell(page);
    await shell.open("./?lang=nl");
    await expect(shell.heading()).toHaveText("Kramp in uw been?");
    await expect(page.getByRole("heading", { name: "Rekken vanavond" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Start het rekken voor het slapen" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Rekken overdag" })).toBeVisible();
    await expect(page.getByText(/^Ongeveer \d+ minuten\. Kuit en achterkant bovenbeen, elk been:/).first()).toBeVisible();
    expect(await misfits(page)).toEqual([]);
    expect(await axe(page), "home in Dutch").toEqual([]);
    await page.screenshot({ path: `test-results/dutch/home-${width}x${height}.png`, fullPage: true });

    await shell.open("checklist/?lang=nl");
    await expect(shell.heading()).toHaveText("Checklist om kramp te voorkomen");
    await expect(page.getByRole("heading", { name: "Vandaag, zaterdag 5 december" })).toBeVisible();
    await expect(page.getByText("Voor het slapen kuit en achterkant bovenbeen rekken", { exact: true })).toBeVisible();
    await expect(page.getByText("Van magnesiumsupplementen is niet aangetoond", { exact: false })).toBeVisible();
    await page.getByRole("checkbox", { name: "Overdag genoeg drinken" }).check();
    await expect(page.getByRole("status").filter({ hasText: "van 7 gedaan" })).toHaveText("1 van 7 gedaan");
    await expect(page.getByRole("button", { name: "zaterdag 5 december: 1 van 7 gedaan" })).toBeVisible();
    await page.getByRole("button", { name: "Lijst aanpassen" }).tap();
    await expect(page.getByRole("button", { name: "Overdag genoeg drinken omhoog" })).toBeVisible();
    expect(await misfits(page)).toEqual([]);
    expect(await axe(page), "checklist in Dutch").toEqual([]);
    await page.screenshot({ path: `test-results/dutch/checklist-${width}x${height}.png`, fullPage: true });
  });
}

for (const [width, height] of SIZES) {
  test(`magnesium in Dutch at ${width}x${height}: Dutch food names found by Dutch words, a target that says whose it is, and it fits`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.clock.install({ time: new Date("2026-11-28T12:00:00") });
    const shell = new Shell(page);
    await shell.open("magnesium/?lang=nl");
    await expect(shell.heading()).toHaveText("Magnesium uit voeding");
    // The European figures (EFSA) in Dutch, and it says so (issue 23).
    await expect(page.getByText("Volwassenen hebben 300 tot 350 mg per dag nodig (Europese aanbeveling, EFSA).", { exact: false })).toBeVisible();
    await page.getByLabel("Leeftijd (jaren)").fill("40");
    await page.getByRole("radio", { name: "Vrouw", exact: true }).check();
    await page.getByRole("button", { name: "Mijn doel instellen" }).tap();
    await expect(page.getByText("300 mg per dag aanbevolen voor vrouwen van 18 jaar en ouder (Europese aanbeveling, EFSA).", { exact: false })).toBeVisible();

    await page.getByRole("searchbox", { name: "Zoek voeding" }).fill("spinazie");
    await page.locator(".result__main").filter({ hasText: "Spinazie, gekookt, uitgelekt" }).first().tap();
    await expect(page.getByText("1 portie = 90 g gekookt (een halve kop) (78 mg)")).toBeVisible();
    await page.locator(".portion__chips").getByRole("button", { name: "1½", exact: true }).tap();
    await expect(page.getByRole("status").filter({ hasText: "toegevoegd" })).toHaveText("Spinazie, gekookt, uitgelekt toegevoegd: 117 mg.");
    await expect(page.locator(".mg-total__pct")).toHaveText("39% van uw doel");
    await expect(page.locator(".mg-entry").first()).toContainText("1½ × 90 g gekookt (een halve kop)");
    // The English name finds the same food.
    await page.getByRole("searchbox", { name: "Zoek voeding" }).fill("almonds");
    await expect(page.locator(".result__main").first()).toContainText("Amandelen, geroosterd zonder olie");
    await expect(page.getByRole("heading", { name: "Goed om te weten" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Noten en zaden" })).toBeVisible();
    expect(await misfits(page)).toEqual([]);
    expect(await axe(page), "magnesium in Dutch").toEqual([]);
    await page.screenshot({ path: `test-results/dutch/magnesium-${width}x${height}.png`, fullPage: true });
  });
}

for (const [width, height] of SIZES) {
  test(`the diary in Dutch at ${width}x${height}: log a cramp, its list, nights and the doctor's report in Dutch, and it fits`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.clock.install({ time: new Date("2026-12-05T14:00:00") });
    const shell = new Shell(page);
    await shell.open("diary/?lang=nl");
    await expect(shell.heading()).toHaveText("Krampdagboek");
    await page.getByRole("button", { name: "Kramp opschrijven" }).first().tap();
    await page.getByLabel("Wanneer het begon").fill("2026-12-05T03:10");
    await page.getByLabel("Waar", { exact: true }).selectOption({ label: "Kuit" });
    await page.getByRole("radio", { name: "Links", exact: true }).check();
    await page.getByLabel("Hoe erg (0 tot 10)").selectOption("6");
    await page.getByLabel("Hoe lang").selectOption({ label: "1 tot 2 minuten" });
    await page.getByRole("checkbox", { name: "Lang gestaan" }).check();
    await page.getByRole("button", { name: "Opslaan", exact: true }).tap();
    await expect(page.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();
    const entry = page.locator(".entry").first();
    await expect(entry).toContainText("03:10 Kuit · linkerbeen · ernst 6 · 1 tot 2 minuten");
    await expect(entry).toContainText("Daarvoor: Lang gestaan");
    await expect(page.locator(".entries__day").first()).toHaveText("Nacht van vrijdag 4 december");
    await expect(page.getByRole("heading", { name: "Uw nachten", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Overzicht voor uw huisarts" })).toBeVisible();
    const report = page.locator(".summary__body");
    await expect(report.getByRole("heading", { name: "Krampen", exact: true })).toBeVisible();
    await expect(report).toContainText("Ernst (0 tot 10): 6,0 gemiddeld");
    expect(await misfits(page)).toEqual([]);
    expect(await axe(page), "diary in Dutch").toEqual([]);
    await page.screenshot({ path: `test-results/dutch/diary-${width}x${height}.png`, fullPage: true });
  });
}

test("the Dutch guide's longest title (back of thigh, right leg) fits beside the red-flags button at 320x568", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  const shell = new Shell(page);
  await shell.open("./?lang=nl");
  await page.getByRole("radio", { name: "Achterkant bovenbeen" }).tap();
  await page.getByRole("radio", { name: "Rechts", exact: true }).tap();
  await page.getByRole("button", { name: /^Kramp nu/ }).tap();
  const guide = page.getByRole("dialog");
  await expect(guide.getByRole("heading", { level: 1 })).toHaveText("Kramp nu · rechts, achterkant bovenbeen");
  expect(await misfits(page, ".guide")).toEqual([]);
  // The title does not run under the red-flags button.
  const [title, flags] = await Promise.all([
    guide.getByRole("heading", { level: 1 }).boundingBox(),
    guide.getByRole("button", { name: "Alarmsignalen", exact: true }).boundingBox(),
  ]);
  expect(title!.x + title!.width).toBeLessThanOrEqual(flags!.x + 0.5);
});

/** Holds back the first wasm module until `release()` is called: the page is index.html alone. */
async function holdMainModule(page: import("@playwright/test").Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(/\/uncramp-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** What the static page says before the app runs, read when the document is parsed. */
async function staticWords(page: import("@playwright/test").Page) {
  return page.evaluate(() => ({
    title: document.querySelector(".home__hero h1")?.textContent,
    button: document.querySelector(".cramp-button")?.textContent,
    clot: document.querySelector(".clotcheck--home strong")?.textContent,
    tabs: [...document.querySelectorAll(".tabbar__label")].map((t) => t.textContent),
    nav: document.querySelector(".tabbar")?.getAttribute("aria-label"),
    titleLang: document.querySelector(".home__hero h1")?.closest("[lang]")?.getAttribute("lang"),
  }));
}

test.describe("the static home before the app runs", () => {
  test.use({ serviceWorkers: "block" });

  test("with Dutch chosen in Settings, index.html paints the home in Dutch before any wasm runs, and the app keeps those nodes", async ({ page }) => {
    await page.addInitScript(() => {
      // What the document says when it is parsed, before anything else runs.
      document.addEventListener("DOMContentLoaded", () => {
        (window as any).__parsed = document.querySelector(".home__hero h1")?.textContent;
        (window as any).__staticTitle = document.querySelector(".home__hero h1");
      });
    });
    const shell = new Shell(page);
    await shell.open("settings/");
    await shell.reopenBy(page.getByRole("group", { name: "Language" }).getByRole("radio", { name: "Nederlands" }));
    await expect(shell.heading()).toHaveText("Instellingen");

    const release = await holdMainModule(page);
    await page.goto("./", { waitUntil: "domcontentloaded" });
    expect(await page.evaluate(() => (window as any).__parsed)).toBe("Kramp in uw been?");
    expect(await staticWords(page)).toEqual({
      title: "Kramp in uw been?",
      button: "Kramp nuRekoefening: kuit",
      clot: "Eén been dik, warm, rood of donkerder? Misschien trombose: niet wrijven of rekken, bel vandaag de huisarts of huisartsenpost (België: 1733). Benauwd of pijn op de borst? Bel 112.",
      tabs: ["Rekken", "Checklist", "Magnesium", "Dagboek", "Uitleg"],
      nav: "Hoofdmenu",
      titleLang: "nl",
    });
    await expect(page.locator("html")).toHaveAttribute("data-lang", "nl");
    // The page's own language (WCAG 3.1.1), not only its parts'.
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    // The installed app's name and shortcuts in Dutch.
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "manifest.nl.webmanifest");
    const manifest = await page.evaluate(async () => (await fetch("manifest.nl.webmanifest")).json());
    expect([manifest.name, manifest.shortcuts[0].name]).toEqual(["Uncramp: hulp bij kramp in de benen", "Kramp nu"]);
    expect(await misfits(page, "#boot .home__hero")).toEqual([]);
    await page.screenshot({ path: "test-results/dutch/static-home.png" });

    // The app takes the same nodes, and says the chosen stretch in Dutch.
    release();
    await appReady(page);
    expect(await page.evaluate(() => (window as any).__staticTitle === document.querySelector("main .home__hero h1"))).toBe(true);
    await page.getByRole("radio", { name: "Voet of tenen" }).tap();
    const button = page.getByRole("button", { name: /^Kramp nu/ });
    await expect(button).toHaveText("Kramp nuRekoefening: voet");
    await button.tap();
    await expect(page.getByRole("dialog")).toHaveAttribute("lang", "nl");
  });

  test("a link with ?lang=nl paints the static home in Dutch; without one, and with ?lang=fr, it stays English", async ({ page }) => {
    const release = await holdMainModule(page);
    await page.goto("./?lang=nl", { waitUntil: "domcontentloaded" });
    expect((await staticWords(page)).title).toBe("Kramp in uw been?");
    for (const path of ["./", "./?lang=fr"]) {
      await page.goto(path, { waitUntil: "domcontentloaded" });
      expect(await staticWords(page)).toEqual({
        title: "Leg cramp?",
        button: "Cramp nowStart the calf stretch",
        clot: "One leg swollen, warm, red or darker? It may be a clot: don't rub or stretch it, get medical advice today. Breathless or chest pain? Call your emergency number.",
        tabs: ["Stretch", "Checklist", "Magnesium", "Diary", "Learn"],
        nav: "Main",
        titleLang: "en",
      });
      await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "manifest.webmanifest");
    }
    release();
  });
});

test.describe("one build per language", () => {
  test.use({ serviceWorkers: "block" });

  // scripts/build makes one build per language and index.html loads the one its first script
  // picked, so a person downloads their own language's words only (issue 23's first-load
  // budget). The words chosen below are in the first module of their language: the red flags,
  // the guide's steps and its 10-minute alert.
  const DUTCH = ["huisartsenpost", "Tenen naar u toe", "Plotseling benauwd", "Bel 112"];
  const ENGLISH = ["call your emergency number", "Pull your toes up", "Sudden breathlessness"];

  /** Opens `path`, and gives the first wasm module the page fetched, as text. */
  async function firstModule(page: import("@playwright/test").Page, path: string) {
    const urls: string[] = [];
    page.on("request", (r) => {
      if (/\/uncramp-[0-9a-f]+_bg\.wasm$/.test(r.url())) urls.push(r.url());
    });
    await new Shell(page).open(path);
    expect(urls).toHaveLength(1);
    const body = await (await page.request.get(urls[0])).body();
    return { url: urls[0], text: body.toString("utf8") };
  }

  test("an English page loads a module without the Dutch words, a Dutch page another one with them", async ({ page }) => {
    const en = await firstModule(page, "./");
    await expect(page.locator("html")).toHaveAttribute("data-lang", "en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    for (const word of ENGLISH) expect(en.text, word).toContain(word);
    for (const word of DUTCH) expect(en.text, word).not.toContain(word);

    const nl = await firstModule(page, "./?lang=nl");
    await expect(page.getByRole("button", { name: /^Kramp nu/ })).toBeVisible();
    expect(nl.url).not.toBe(en.url);
    for (const word of DUTCH) expect(nl.text, word).toContain(word);
    // The guide's steps have no English in the Dutch build.
    for (const word of ["Pull your toes up", "Straighten the leg, pull your toes up"]) expect(nl.text, word).not.toContain(word);
  });
});

test("the Dutch guide speaks Dutch with a Dutch voice, from the clot check on", async ({ page }) => {
  await page.addInitScript(() => {
    const voices = ["en-GB", "nl-BE", "nl-NL"].map((lang) => ({ lang, name: `Voice ${lang}`, voiceURI: lang, default: lang === "en-GB", localService: true }));
    const said: { text: string; lang: string; voice: string | null }[] = [];
    (window as any).__said = said;
    Object.defineProperty(window.speechSynthesis, "getVoices", { configurable: true, value: () => voices });
    // The browser takes only its own voice objects: these stand-ins are kept as given.
    Object.defineProperty(SpeechSynthesisUtterance.prototype, "voice", {
      configurable: true,
      get() {
        return (this as any).__voice ?? null;
      },
      set(v) {
        (this as any).__voice = v;
      },
    });
    window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      if (u.text) said.push({ text: u.text, lang: u.lang, voice: (u as any).voice ? (u as any).voice.lang : null });
    };
  });
  // Once the app runs: a tap on the static page's link would start the guide silently (a
  // link start speaks after the first touch).
  await new Shell(page).open("./?lang=nl");
  await page.getByRole("link", { name: /Kramp nu/ }).or(page.getByRole("button", { name: /Kramp nu/ })).first().tap();
  await expect.poll(() => page.evaluate(() => (window as any).__said.length)).toBeGreaterThan(0);
  const first = await page.evaluate(() => (window as any).__said[0]);
  expect(first.text.startsWith("Is één been dik, warm, rood of donkerder")).toBe(true);
  expect(first.text).toContain("Trek uw tenen naar u toe.");
  expect(first.lang).toBe("nl");
  expect(first.voice).toBe("nl-BE");
});

test("the home view's backup card in Dutch: days since the last backup in Dutch words, and it fits", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  const old = new Date("2026-10-01T10:00:00").getTime();
  await page.addInitScript((old) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    const entries = [1, 2, 3].map((id) => ({
      id,
      draft: { at: 29940670 - id * 1440, duration_s: 90, leg: "left", muscle: "calf", severity: 6, woke: true, note: "", from_guide: false },
    }));
    localStorage.setItem("uncramp.diary", JSON.stringify({ v: 1, data: { entries, next_id: 4 } }));
    localStorage.setItem(
      "uncramp.settings",
      JSON.stringify({ v: 4, data: { install_hint_dismissed: true, care: { last_backup_ms: old, storage_note_read: true } } }),
    );
  }, old);
  await page.clock.install({ time: new Date("2026-12-05T10:00:00") });
  await new Shell(page).open("./?lang=nl");
  const card = page.getByRole("region", { name: "Een back-up maken?" });
  await expect(card).toContainText("Laatste back-up: 65 dagen geleden.");
  await expect(card).toHaveAttribute("lang", "nl");
  await expect(card.getByRole("button", { name: "Niet nu" })).toBeVisible();
  expect(await misfits(page)).toEqual([]);
  await page.screenshot({ path: "test-results/dutch/home-backup-card-320x568.png", fullPage: true });
});

for (const [voice, told] of [
  ["en-GB", true],
  ["nl-NL", false],
] as const) {
  test(`in Dutch, with only a ${voice} voice, Settings ${told ? "says there is no Dutch voice" : "says nothing"}`, async ({ page }) => {
    await page.addInitScript((voice) => {
      const list = [{ lang: voice, name: `Voice ${voice}`, voiceURI: voice, default: true, localService: true }];
      Object.defineProperty(window.speechSynthesis, "getVoices", { configurable: true, value: () => list });
    }, voice);
    await new Shell(page).open("settings/?lang=nl");
    await expect(page.getByRole("heading", { name: "Rekoefeningen" })).toBeVisible();
    await expect(page.getByText("Deze telefoon heeft geen stem in het Nederlands.")).toHaveCount(told ? 1 : 0);
  });
}

test("without ?lang, and with a language the app lacks, Settings is in English", async ({ page }) => {
  const shell = new Shell(page);
  for (const path of ["settings/", "settings/?lang=fr"]) {
    await shell.open(path);
    await expect(shell.heading()).toHaveText("Settings");
    await expect(page.locator("main section.view")).toHaveAttribute("lang", "en");
  }
});

test.describe("on a phone set to Dutch (navigator.languages nl-BE, fr-BE)", () => {
  test.use({ locale: "nl-BE" });

  test("the app opens in Dutch on a Dutch phone; English can be chosen in Settings, and the choice is kept and backed up", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open("settings/");
    expect(await page.evaluate(() => navigator.languages[0])).toBe("nl-BE");
    // Dutch is whole (Lang::complete): the phone's language is followed.
    await expect(shell.heading()).toHaveText("Instellingen");
    const dutch = page.getByRole("group", { name: "Taal" });
    await expect(dutch.getByRole("radio", { name: "Zoals de telefoon (Nederlands)" })).toBeChecked();
    expect(await misfits(page, "#language")).toEqual([]);

    // Picking English opens the app again in English.
    await shell.reopenBy(dutch.getByRole("radio", { name: "English" }));
    await expect(shell.heading()).toHaveText("Settings");
    const english = page.getByRole("group", { name: "Language" });
    await expect(english.getByRole("radio", { name: "English" })).toBeChecked();
    // Kept: saved in the settings, and read back on the next visit.
    await page.reload();
    await expect(shell.heading()).toHaveText("Settings");
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("uncramp.settings") || "{}"));
    expect(saved.v).toBe(6);
    expect(saved.data.language).toBe("en");
    // And it travels in the backup.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export a backup" }).tap(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(backup.data["uncramp.settings"].data.language).toBe("en");

    // Back to the phone's language: Dutch again, the choice cleared.
    await shell.reopenBy(english.getByRole("radio", { name: "Same as phone (Dutch)" }));
    await expect(shell.heading()).toHaveText("Instellingen");
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem("uncramp.settings") || "{}").data.language)).toBeNull();
  });

  test("magnesium targets follow the European figures (EFSA) in Dutch; the US figures can be chosen in Settings, kept and backed up", async ({ page }) => {
    const shell = new Shell(page);
    await page.addInitScript(() => {
      if (!localStorage.getItem("uncramp.settings")) {
        const profile = { age: 72, sex: "male", pregnant: false, breastfeeding: false };
        localStorage.setItem("uncramp.settings", JSON.stringify({ v: 5, data: { profile, install_hint_dismissed: true } }));
      }
    });
    await shell.open("settings/");
    await expect(shell.heading()).toHaveText("Instellingen");
    const card = page.locator(".card").filter({ has: page.getByRole("heading", { name: "Magnesiumdoel" }) });
    await expect(card).toContainText("Uw doel: 350 mg per dag (mannen van 18 jaar en ouder).");
    const choice = card.getByRole("group", { name: "Aanbevolen hoeveelheden van" });
    await expect(choice.getByRole("radio", { name: "Europees (EFSA)" })).toBeChecked();
    await expect(card).toContainText("EFSA Journal 2015;13(7):4186");
    expect(await misfits(page, ".card")).toEqual([]);

    // EFSA's figures are the same in pregnancy, for girls from 10: a girl of 12 can say she
    // is pregnant, and is not told the (US) pregnancy targets start at 14.
    const age = card.getByLabel("Leeftijd (jaren)");
    const pregnant = card.getByRole("checkbox", { name: "Zwanger" });
    const fromFourteen = card.getByText("De doelen voor zwangerschap en borstvoeding beginnen bij 14 jaar.", { exact: false });
    await age.fill("12");
    await card.getByRole("radio", { name: "Vrouw", exact: true }).tap();
    await expect(pregnant).toBeEnabled();
    await expect(fromFourteen).toBeHidden();

    await choice.getByRole("radio", { name: "Amerikaans (NIH)" }).tap();
    // The US figures have pregnancy rows from 14 only.
    await expect(pregnant).toBeDisabled();
    await expect(fromFourteen).toBeVisible();
    await age.fill("72");
    await card.getByRole("radio", { name: "Man", exact: true }).tap();
    await expect(card).toContainText("Uw doel: 420 mg per dag (mannen van 51 jaar en ouder).");
    await expect(card).toContainText("NIH Office of Dietary Supplements");
    await page.reload();
    await expect(choice.getByRole("radio", { name: "Amerikaans (NIH)" })).toBeChecked();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("uncramp.settings") || "{}"));
    expect([saved.v, saved.data.mg_reference]).toEqual([6, "us"]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Back-up exporteren" }).tap(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(backup.data["uncramp.settings"].data.mg_reference).toBe("us");

    // The food picker measures the day against the chosen figure.
    await shell.open("magnesium/");
    await expect(page.getByText("420 mg per dag aanbevolen voor mannen van 51 jaar en ouder (Amerikaanse aanbeveling, IOM/NIH).")).toBeVisible();
    expect(await axe(page), "magnesium, US figures in Dutch").toEqual([]);
  });

  test("a saved value that cannot be read is told in Dutch at start-up, its reason too", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open("");
    // A damaged diary: the notice, its reason included, is Dutch.
    await page.evaluate(() => localStorage.setItem("uncramp.diary", '{"v":2,"data":{"entries":[{"at"'));
    await page.reload();
    await shell.ready();
    const notice = page.getByRole("alert").filter({ hasText: "konden niet worden gelezen" });
    await expect(notice).toContainText("Uw bewaarde gegevens (krampdagboek) konden niet worden gelezen: het is beschadigd (geen geldige gegevens).");
    for (const english of ["damaged", "not valid", "could not"]) await expect(notice).not.toContainText(english);
    await expect(notice.getByRole("button", { name: "De kopie downloaden" })).toBeVisible();
  });

  test("a cramp that cannot be saved because storage is full says why in Dutch", async ({ page }) => {
    const shell = new Shell(page);
    await shell.open("diary/");
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException("full", "QuotaExceededError");
      };
    });
    await page.getByRole("button", { name: "Kramp opschrijven" }).tap();
    await page.getByRole("button", { name: "Opslaan", exact: true }).tap();
    await expect(page.getByText("Voorlopig toegevoegd, maar het kon niet worden opgeslagen: de opslag van de telefoon voor deze app is vol.")).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "vol" })).not.toContainText("storage");
  });

  test("with storage blocked, a language picked in Settings still applies for the visit (through the address)", async ({ page }) => {
    await blockStorage(page);
    const shell = new Shell(page);
    await shell.open("settings/");
    await expect(shell.heading()).toHaveText("Instellingen");
    await shell.reopenBy(page.getByRole("radio", { name: "English" }));
    await expect(shell.heading()).toHaveText("Settings");
    expect(new URL(page.url()).search).toBe("?lang=en");
  });
});

test("a ?lang=nl visit reaching Settings through the app's own link (which leaves ?lang out) still shows Dutch as chosen", async ({ page }) => {
  const shell = new Shell(page);
  await shell.open("./?lang=nl");
  await page.getByRole("banner").getByRole("link", { name: "Instellingen" }).tap();
  await expect(shell.heading()).toHaveText("Instellingen");
  const dutch = page.getByRole("group", { name: "Taal" });
  await expect(dutch.getByRole("radio", { name: "Nederlands" })).toBeChecked();
  await expect(dutch.getByRole("radio", { name: "Zoals de telefoon (Engels)" })).not.toBeChecked();
});

test("with ?lang=nl, Settings shows Dutch as chosen, and 'Same as phone' leaves it without a bare '?'", async ({ page }) => {
  const shell = new Shell(page);
  await shell.open("settings/?lang=nl");
  const dutch = page.getByRole("group", { name: "Taal" });
  await expect(dutch.getByRole("radio", { name: "Nederlands" })).toBeChecked();
  await shell.reopenBy(dutch.getByRole("radio", { name: "Zoals de telefoon (Engels)" }));
  await expect(shell.heading()).toHaveText("Settings");
  expect(new URL(page.url()).pathname.endsWith("/settings/")).toBe(true);
  expect(page.url().endsWith("?")).toBe(false);
  await expect(page.getByRole("radio", { name: "Same as phone (English)" })).toBeChecked();
});
