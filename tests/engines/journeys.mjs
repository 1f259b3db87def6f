// The app's key journeys, written once over the driver interface (driver.mjs) and run by
// run.mjs on every engine. Each journey gets a fresh browser (empty storage, no service
// worker) as `page`, and `ctx`: { engine, outDir, baseURL, serve(dir), dist, tmp, caps }.
// Everything waits for a condition; the only fixed waits check that something does NOT move.

import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { css, role, within, Failure } from "./driver.mjs";
import { VIEWPORT } from "./engines.mjs";

export const VIEWS = [
  { name: "Stretch", path: "", heading: /^(Leg cramp\?|Cramp now|Stretch)$/, shot: "stretch" },
  { name: "Checklist", path: "checklist/", heading: "Prevention checklist", shot: "checklist" },
  { name: "Magnesium", path: "magnesium/", heading: "Magnesium from food", shot: "magnesium" },
  { name: "Diary", path: "diary/", heading: "Cramp diary", shot: "diary" },
  { name: "Learn", path: "learn/", heading: "Learn & safety", shot: "learn" },
  { name: "Settings", path: "settings/", heading: "Settings", shot: "settings" },
];

// ---- the shell and the guide, as page-object helpers ----------------------------------

const main = role("main");
const heading = within(main, role("heading", undefined, { level: 1 }));
const tabs = role("navigation", "Main");
const banner = role("banner");
const dialog = role("dialog");
const guideCounter = within(dialog, css(".guide__counter"));
const guideTimer = within(dialog, role("timer"));
const guideStep = within(dialog, role("heading", undefined, { level: 2 }));
const guideButton = (name) => within(dialog, role("button", name));
const screenStaysOn = within(dialog, css(".awake"));
const UPDATE_TEXT = "A new version of Uncramp is ready.";

function tabLink(name) {
  return name === "Settings" ? within(banner, role("link", "Settings")) : within(tabs, role("link", name));
}

async function tapView(page, name) {
  await page.tap(tabLink(name));
}

/** Seconds left on the guide's ring, from its label ("25 seconds left"). */
async function secondsLeft(page) {
  const label = await page.attr(guideTimer, "aria-label");
  const m = /^(\d+) seconds? left$/.exec(label || "");
  if (!m) throw new Failure(`the guide's timer says ${JSON.stringify(label)}`);
  return Number(m[1]);
}

function check(condition, message) {
  if (!condition) throw new Failure(message);
}

/** Waits for the service worker: active, and controlling the page after one more load. */
async function controlledAfterFirstVisit(page) {
  await page.waitFor(
    () => page.evalAsync(() => navigator.serviceWorker.ready.then((r) => !!r.active)),
    { timeout: 20_000, message: "the service worker to be ready" }
  );
  if (!(await page.eval(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitFor(() => page.eval(() => navigator.serviceWorker.controller !== null), {
    timeout: 10_000,
    message: "navigator.serviceWorker.controller after the first visit",
  });
}

/** Waits for a finished download in `dir` whose name matches `re`, and returns its path. */
async function downloaded(page, dir, re, after) {
  return page.waitFor(
    () => {
      const done = readdirSync(dir)
        .filter((f) => re.test(f) && !f.endsWith(".part"))
        .map((f) => path.join(dir, f))
        .filter((f) => statSync(f).mtimeMs >= after - 1000 && statSync(f).size > 0);
      for (const f of done) {
        try {
          JSON.parse(readFileSync(f, "utf8"));
          return f;
        } catch {
          /* still being written */
        }
      }
      return null;
    },
    { timeout: 15_000, message: `a download matching ${re} in ${dir}` }
  );
}

// ---- the journeys ---------------------------------------------------------------------

export const JOURNEYS = [
  {
    name: "every view opens by deep link (screenshot of each)",
    async run(page, ctx) {
      for (const view of VIEWS) {
        await page.open(view.path);
        if (view.path === "") {
          const size = await page.eval(() => [innerWidth, innerHeight]);
          check(size[0] === VIEWPORT.width && size[1] === VIEWPORT.height, `the viewport is ${size.join("x")}, not ${VIEWPORT.width}x${VIEWPORT.height}`);
        }
        await page.expectText(heading, view.heading);
        check(/Uncramp/.test(await page.eval(() => document.title)), `${view.name}: the title does not name Uncramp`);
        const overflow = await page.eval(() => document.documentElement.scrollWidth - innerWidth);
        check(overflow <= 0, `${view.name} scrolls sideways by ${overflow} px`);
        await page.screenshot(view.shot);
      }
    },
  },

  {
    name: "every view opens by tapping the tab bar and the Settings gear",
    async run(page) {
      await page.open("");
      for (const view of [...VIEWS.slice(1), VIEWS[0]]) {
        await tapView(page, view.name);
        await page.expectText(heading, view.heading);
        await page.waitFor(async () => new URL(await page.url()).pathname === `/${view.path}`, { message: `the URL to be /${view.path}` });
        await page.expectAttr(tabLink(view.name), "aria-current", "page");
      }
    },
  },

  {
    name: "Cramp now counts down with the real clock and survives a reload",
    async run(page, ctx) {
      await page.open("");
      // Watch what the guide says (calling through to the engine's speech, not replacing it).
      await page.eval(() => {
        const seen = (window.__uncrampSpeech = { said: [], ended: 0, errors: [] });
        const synth = window.speechSynthesis;
        if (!synth) return;
        const speak = synth.speak.bind(synth);
        synth.speak = (u) => {
          if (u.text) {
            seen.said.push(u.text);
            u.addEventListener("end", () => seen.ended++);
            u.addEventListener("error", (e) => seen.errors.push(e.error));
          }
          return speak(u);
        };
      });
      const tapped = Date.now();
      await page.tap(role("button", /^Cramp now/));
      await page.expectVisible(dialog);
      await page.expectText(guideCounter, "Step 1 of 4");
      await page.expectText(guideStep, "Pull your toes up");
      const first = await secondsLeft(page);
      check(first >= 28 && first <= 30, `the first step starts at ${first} s, not 30 s`);
      // It moves with the clock: at least 3 seconds, and by as much as the clock moved.
      await page.waitFor(async () => (await secondsLeft(page)) <= first - 3, { message: "the countdown to move 3 s" });
      const moved = await secondsLeft(page);
      const expected = 30 - (Date.now() - tapped) / 1000;
      check(Math.abs(moved - expected) <= 2, `after ${((Date.now() - tapped) / 1000).toFixed(1)} s the guide shows ${moved} s left, expected about ${expected.toFixed(1)}`);
      ctx.caps.wakeLock.appShowsScreenStaysOn = (await page.count(screenStaysOn)) > 0;
      await page.screenshot("guide-running");
      // Did the engine speak the step? (An utterance ends, or fails, within a few seconds.)
      const speech = await page
        .waitFor(() => page.eval(() => { const s = window.__uncrampSpeech; return s && s.ended + s.errors.length > 0 ? s : null; }), { timeout: 8000, message: "the first spoken instruction to end" })
        .catch(() => page.eval(() => window.__uncrampSpeech));
      ctx.caps.speechSynthesis.guideSpoke = { utterances: speech.said.length, ended: speech.ended, errors: speech.errors };

      await page.reload();
      await page.expectVisible(dialog);
      await page.expectText(guideCounter, "Step 1 of 4");
      const after = await secondsLeft(page);
      const expectedAfter = 30 - (Date.now() - tapped) / 1000;
      check(after < moved + 1 && Math.abs(after - expectedAfter) <= 2, `after the reload the guide shows ${after} s left, expected about ${expectedAfter.toFixed(1)} (kept time)`);
      // Stopped: the guide's end screen (its heading depends on how the stretch ended).
      await page.tap(guideButton("Stop the stretch"));
      await page.expectVisible(within(dialog, role("button", "Log this cramp")));
      await page.tap(within(dialog, role("button", "Close")));
      await page.expectHidden(dialog);
    },
  },

  {
    name: "the bedtime routine can be paused and resumed",
    async run(page, ctx) {
      await page.open("");
      // Below Cramp now: a card that comes in by the hour (the morning question) can move it.
      await page.settled(role("button", "Start the bedtime stretch"));
      await page.tap(role("button", "Start the bedtime stretch"));
      await page.expectText(guideCounter, "Step 1 of 23");
      await page.expectText(guideStep, "Calf stretch, left leg (1 of 3)");
      const start = await secondsLeft(page);
      await page.waitFor(async () => (await secondsLeft(page)) < start, { message: "the countdown to move" });
      await page.tap(guideButton("Pause"));
      await page.expectVisible(within(dialog, css(".ring__paused", { hasText: "Paused" })));
      await page.expectVisible(guideButton("Resume"));
      await page.expectHidden(screenStaysOn);
      const held = await secondsLeft(page);
      // Checking that nothing moves needs a wait: 1.5 s is more than a tick of the guide.
      await new Promise((r) => setTimeout(r, 1500));
      check((await secondsLeft(page)) === held, `the paused guide moved from ${held} s`);
      await page.expectText(guideCounter, "Step 1 of 23");
      await page.screenshot("guide-paused");
      await page.tap(guideButton("Resume"));
      await page.expectVisible(guideButton("Pause"));
      await page.waitFor(async () => (await secondsLeft(page)) !== held, { timeout: 4000, message: "the countdown to move again after Resume" });
      if (ctx.caps.wakeLock.appShowsScreenStaysOn) await page.expectVisible(screenStaysOn);
    },
  },

  {
    name: "the guide works where the wake lock, speech and Web Audio are missing",
    session: { withoutCueApis: true },
    async run(page, ctx) {
      await page.open("");
      const missing = () => page.eval(() => ({ wakeLock: !("wakeLock" in navigator), speech: !("speechSynthesis" in window), audio: !("AudioContext" in window) }));
      let gone = await missing();
      ctx.caps.withoutCueApis = { turnedOffByEngine: gone };
      if (!gone.wakeLock || !gone.speech || !gone.audio) {
        // The engine kept some of them: take them away in the page (the app looks them up
        // when the guide starts, so this is in time).
        await page.eval(() => {
          for (const [o, k] of [[Navigator.prototype, "wakeLock"], [navigator, "wakeLock"], [Window.prototype, "speechSynthesis"], [window, "speechSynthesis"], [window, "AudioContext"], [window, "webkitAudioContext"]]) {
            try {
              delete o[k];
            } catch (e) {
              /* not configurable */
            }
          }
        });
        gone = await missing();
        check(gone.wakeLock && gone.speech && gone.audio, `could not take the cue APIs away: ${JSON.stringify(gone)}`);
        ctx.caps.withoutCueApis.removedInPage = true;
      }
      await page.tap(role("button", /^Cramp now/));
      await page.expectText(guideCounter, "Step 1 of 4");
      const first = await secondsLeft(page);
      await page.waitFor(async () => (await secondsLeft(page)) < first, { message: "the countdown to move" });
      await page.expectHidden(screenStaysOn);
      await page.screenshot("guide-without-cue-apis");
      await page.tap(guideButton("Pause"));
      await page.tap(guideButton("Resume"));
      await page.tap(guideButton("It has eased"));
      await page.expectText(guideCounter, "Step 2 of 4");
      await page.tap(guideButton("Stop the stretch"));
      await page.tap(within(dialog, role("button", "Log this cramp")));
      await page.expectText(within(dialog, role("status")), "Saved in your cramp diary.");
      ctx.caps.withoutCueApis.guideWorks = true;
    },
  },

  {
    name: "a checklist tick, a logged food and a diary entry survive a reload",
    async run(page, ctx) {
      const habit = role("checkbox", "Drink enough through the day");
      await page.open("checklist/");
      await page.tap(habit);
      await page.expectChecked(habit);

      await tapView(page, "Magnesium");
      await page.expectText(heading, "Magnesium from food");
      await page.type(role("searchbox", "Search foods"), "almonds");
      // Three letters with few curated matches fetch the full USDA table, and the results are
      // drawn again when it arrives: wait for that before tapping one.
      await page.expectVisible(css(".result__main", { hasText: /USDA/ }));
      await page.tap(css(".result__main", { hasText: /Almonds, dry roasted/ }));
      await page.tap(within(css(".portion__chips"), role("button", "1")));
      const total = css(".mg-total__mg");
      await page.expectText(total, /^[1-9]\d* mg$/);
      const mg = await page.text(total);

      await tapView(page, "Diary");
      await page.tap(role("button", "Log a cramp"));
      const note = `engine check on ${ctx.engine}`;
      await page.type(role("textbox", "Note (optional)"), note);
      await page.tap(role("button", "Save"));
      await page.expectVisible(role("heading", "All cramps (1)"));

      await page.reload();
      await page.expectVisible(css(".entry", { hasText: note }));
      await tapView(page, "Checklist");
      await page.expectChecked(habit);
      await tapView(page, "Magnesium");
      await page.expectText(total, mg);
    },
  },

  {
    name: "an exported backup is accepted by import",
    async run(page, ctx) {
      const theme = (label) => role("radio", label);
      // Some data of each kind a backup holds beyond the settings: a diary entry.
      await page.open("diary/");
      await page.tap(role("button", "Log a cramp"));
      await page.tap(role("button", "Save"));
      await page.expectVisible(role("heading", "All cramps (1)"));
      // Straight to Settings and Export, as someone saving their data would.
      await tapView(page, "Settings");
      const started = Date.now();
      await page.tap(role("button", "Export a backup"));
      // The line under the buttons (the page has other status lines, such as the hidden
      // reminder note, before it).
      await page.expectVisible(css('[role="status"]', { hasText: /^Your backup file is downloading\. Keep a copy/ }));
      const file = await downloaded(page, ctx.downloadDir, /^uncramp-backup-.*\.json$/, started);
      const backup = JSON.parse(readFileSync(file, "utf8"));
      check(backup.app === "uncramp", `the exported file is not an Uncramp backup: ${JSON.stringify(backup).slice(0, 200)}`);
      check(backup.data?.["uncramp.settings"]?.data?.theme === "system", "the exported file does not hold the settings");
      check(backup.data?.["uncramp.diary"]?.data?.entries?.length === 1, "the exported file does not hold the diary entry");

      // Change something, then import the file: the preview shows it, and it comes back.
      await page.tap(theme("Night (dim red)"));
      await page.expectChecked(theme("Night (dim red)"));
      await page.setFile(css('input[name="import-file"]'), file);
      const question = "Replace your data with this backup?";
      await page.expectVisible(role("heading", question));
      await page.expectText(role("group", question), /settings: theme: Same as phone/);
      await page.expectChecked(theme("Night (dim red)"));
      await page.scrollTo(role("group", question));
      await page.screenshot("import-preview");
      await page.tap(role("button", "Replace my data"));
      await page.expectText(role("status"), /^Imported/);
      await page.expectChecked(theme("Same as phone"));
      await page.reload();
      await page.expectChecked(theme("Same as phone"));
      rmSync(file, { force: true });
    },
  },

  {
    name: "the service worker controls the page, and the app starts with the server stopped",
    async run(page, ctx) {
      const caps = ctx.caps.serviceWorker;
      const server = await ctx.serve(ctx.dist, 4181);
      try {
        await page.open(server.url);
        caps.exists = await page.eval(() => "serviceWorker" in navigator);
        await controlledAfterFirstVisit(page);
        caps.controlsAfterFirstVisit = true;
        await server.stop();
        await page.reload();
        await tapView(page, "Checklist");
        await page.expectText(heading, "Prevention checklist");
        // A deep link never visited before opens from the cached shell.
        await page.open(server.url + "diary/");
        await page.expectText(heading, "Cramp diary");
        await page.screenshot("offline-diary");
        caps.offlineStart = true;
      } finally {
        await server.stop();
      }
    },
  },

  {
    // Since issue 21 (field case 10 b): pages come from the network first, so the reload after a
    // deploy is the new build's page; its own worker, waiting, takes over without a banner. (The
    // banner for an old page kept open while a host does not answer is tested in Chromium,
    // pwa.spec.ts, where the host can be made to hang.)
    name: "a new deploy: the next visit runs the new build, and its worker takes over without a banner",
    async run(page, ctx) {
      const site = mkdtempSync(path.join(ctx.tmp, "site-"));
      cpSync(ctx.dist, site, { recursive: true });
      const server = await ctx.serve(site, 4182);
      try {
        await page.open(server.url);
        await controlledAfterFirstVisit(page);
        const oldBuild = await page.attr(css('meta[name="uncramp-build"]', { hidden: true }), "content");
        await page.expectHidden(role("status", undefined, { hasText: UPDATE_TEXT }));

        // Deploy a new build: another build id wherever the old one is written, and a
        // service worker that differs by at least a byte.
        const newBuild = `eng${Date.now().toString(16)}`;
        const swBefore = readFileSync(path.join(site, "sw.js"), "utf8");
        for (const file of textFiles(site)) {
          const text = readFileSync(file, "utf8");
          if (text.includes(oldBuild)) writeFileSync(file, text.replaceAll(oldBuild, newBuild));
        }
        if (readFileSync(path.join(site, "sw.js"), "utf8") === swBefore) {
          writeFileSync(path.join(site, "sw.js"), `${swBefore}\n// redeployed ${newBuild}\n`);
        }
        // A real deploy lands later than the last visit; make the files say so, so no
        // revalidation by a whole-second Last-Modified can call the new files unchanged.
        const later = new Date(Date.now() + 5_000);
        for (const file of textFiles(site)) utimesSync(file, later, later);

        await page.reload();
        await page.waitFor(async () => (await page.attr(css('meta[name="uncramp-build"]', { hidden: true }), "content")) === newBuild, {
          timeout: 15_000,
          message: "the reloaded page to be the new build",
        });
        await page.waitFor(
          () => page.evalAsync(() => navigator.serviceWorker.getRegistration().then((r) => !!(r && r.active && !r.waiting && !r.installing))),
          { timeout: 20_000, message: "the new worker to take over (none left waiting)" }
        );
        check(await page.eval(() => navigator.serviceWorker.controller !== null), "no service worker controls the page after the update");
        await page.expectHidden(css('[role="status"]', { hasText: UPDATE_TEXT }));
        await page.screenshot("after-deploy");
      } finally {
        await server.stop();
        rmSync(site, { recursive: true, force: true });
      }
    },
  },

  {
    name: "capabilities the app depends on (measured)",
    async run(page, ctx) {
      const caps = ctx.caps;
      await page.open("");
      // A tap first, as a user would give: some APIs want a user activation.
      await page.tap(role("radio", "Foot or toes"));
      const m = await page.evalAsync(async () => {
        const out = { wakeLock: {}, vibrate: {}, speech: {}, install: {}, audio: {} };
        out.userAgent = navigator.userAgent;
        out.wakeLock.exists = "wakeLock" in navigator;
        if (out.wakeLock.exists) {
          try {
            const lock = await navigator.wakeLock.request("screen");
            out.wakeLock.request = lock.released === false ? "ok" : "released at once";
            await lock.release();
          } catch (e) {
            out.wakeLock.request = `${e.name}: ${e.message}`;
          }
        }
        out.vibrate.exists = "vibrate" in navigator;
        if (out.vibrate.exists) {
          try {
            out.vibrate.returned = navigator.vibrate([10]);
          } catch (e) {
            out.vibrate.returned = `${e.name}: ${e.message}`;
          }
        }
        out.speech.exists = "speechSynthesis" in window;
        if (out.speech.exists) {
          let voices = speechSynthesis.getVoices();
          if (!voices.length) {
            // Voices may load late: wait for voiceschanged, at most 3 s.
            await new Promise((resolve) => {
              const t = setTimeout(resolve, 3000);
              speechSynthesis.addEventListener("voiceschanged", () => {
                clearTimeout(t);
                resolve();
              }, { once: true });
            });
            voices = speechSynthesis.getVoices();
          }
          out.speech.voices = voices.length;
          const english = voices.filter((v) => /^en\b/i.test(v.lang));
          out.speech.englishVoices = english.length;
          out.speech.sample = english.slice(0, 3).map((v) => `${v.name} (${v.lang})`);
          out.speech.default = (voices.find((v) => v.default) || {}).name || null;
        }
        out.install.beforeinstallprompt = "onbeforeinstallprompt" in window;
        out.install.standalone = matchMedia("(display-mode: standalone)").matches;
        out.audio.exists = "AudioContext" in window || "webkitAudioContext" in window;
        out.audio.standard = "AudioContext" in window;
        return out;
      });
      caps.userAgent = m.userAgent;
      Object.assign(caps.wakeLock, m.wakeLock);
      Object.assign(caps.vibrate, m.vibrate);
      Object.assign(caps.speechSynthesis, m.speech);
      Object.assign(caps.beforeinstallprompt, { supported: m.install.beforeinstallprompt });
      Object.assign(caps.audioContext, m.audio);
      // What the app says about installing, where the browser has no install prompt.
      await page.open("settings/");
      caps.beforeinstallprompt.appShowsInstallHint = (await page.count(role("heading", "Put Uncramp on your home screen"))) > 0;
    },
  },
];

function textFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...textFiles(p));
    else if (/\.(html|js|mjs|json|webmanifest)$/.test(entry.name)) out.push(p);
  }
  return out;
}

export function emptyCapabilities() {
  return {
    userAgent: null,
    wakeLock: { exists: null, request: null, appShowsScreenStaysOn: null },
    vibrate: { exists: null },
    speechSynthesis: { exists: null, voices: null },
    beforeinstallprompt: { supported: null, appShowsInstallHint: null },
    serviceWorker: { exists: null, controlsAfterFirstVisit: null, offlineStart: null },
    audioContext: { exists: null },
  };
}

