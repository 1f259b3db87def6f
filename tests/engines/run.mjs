#!/usr/bin/env node
// Runs every journey (journeys.mjs) on each engine (engines.mjs), one browser at a time,
// against the release build in dist/. Exits non-zero on any failure.
//
//   node tests/engines/run.mjs [--engine webkit,firefox] [--journey TEXT] [--strict] [--list]
//
// WebKit needs an X display: scripts/test-engines starts Xvfb and runs this. Writes the
// screenshots to test-results/engines/<engine>/ and the measured capabilities to
// test-results/engines/capabilities.json.

// Selenium Manager must never run (it would try to download drivers): every driver and
// browser is given by path, and this points Selenium at a manager that does not exist, so a
// code path that wanted it would fail loudly instead of reaching the network.
process.env.SE_MANAGER_PATH = "/nonexistent/selenium-manager-is-disabled";
process.env.SE_OFFLINE = "true";

import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Page } from "./driver.mjs";
import { ENGINES } from "./engines.mjs";
import { JOURNEYS, emptyCapabilities } from "./journeys.mjs";
import { KNOWN, knownIssue } from "./known-issues.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "dist");
const results = path.join(root, "test-results", "engines");
const MAIN_PORT = 4180;
const JOURNEY_TIMEOUT = 120_000;
const SESSION_TIMEOUT = 45_000;

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const engineNames = (opt("--engine") || Object.keys(ENGINES).join(",")).split(",").filter(Boolean);
const journeyFilter = opt("--journey");
const strict = args.includes("--strict");
const journeys = JOURNEYS.filter((j) => !journeyFilter || j.name.includes(journeyFilter));

if (args.includes("--list")) {
  for (const j of JOURNEYS) console.log(j.name);
  process.exit(0);
}
for (const name of engineNames) {
  if (!ENGINES[name]) {
    console.error(`unknown engine ${name} (known: ${Object.keys(ENGINES).join(", ")})`);
    process.exit(2);
  }
}

const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const red = (s) => (process.stdout.isTTY ? `\x1b[31m${s}\x1b[0m` : s);
const green = (s) => (process.stdout.isTTY ? `\x1b[32m${s}\x1b[0m` : s);
const yellow = (s) => (process.stdout.isTTY ? `\x1b[33m${s}\x1b[0m` : s);
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Serves `dir` on `port` with scripts/static_server.py (gzip, no rewrites, like a plain host). */
async function serve(dir, port) {
  const url = `http://127.0.0.1:${port}/`;
  if (await fetch(url).then(() => true, () => false)) throw new Error(`port ${port} is already in use`);
  let stderr = "";
  const proc = spawn("python3", [path.join(root, "scripts", "static_server.py"), String(port), dir], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  proc.stderr.on("data", (d) => (stderr += d));
  const deadline = Date.now() + 10_000;
  while (!(await fetch(url).then((r) => r.ok, () => false))) {
    if (proc.exitCode !== null) throw new Error(`the static server on port ${port} exited: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`the static server on port ${port} did not answer`);
    await sleep(50);
  }
  return {
    url,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((r) => proc.once("exit", r));
      proc.kill("SIGTERM");
      await Promise.race([exited, sleep(3000)]);
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
    },
  };
}

/** A fresh browser; if it will not start, the driver is started again and it is tried once more. */
async function openSession(engine, options = {}) {
  try {
    return await withTimeout(engine.session(options), SESSION_TIMEOUT, "starting the browser");
  } catch (e) {
    console.log(yellow(`        (the browser did not start: ${e.message}; starting ${engine.name}'s driver again)`));
    await engine.restart();
    return withTimeout(engine.session(options), SESSION_TIMEOUT, "starting the browser");
  }
}

/** Process ids of the speech-dispatcher daemons now (Firefox starts one to list its voices). */
function speechDaemons() {
  try {
    return execFileSync("pgrep", ["-x", "speech-dispatch"], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took longer than ${secs(ms)}`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);

/** What automation cannot check, per engine, for capabilities.json. */
function notes(engine, caps) {
  const n = [];
  if (caps.vibrate.exists) n.push("vibrate: the call is made, but whether anything vibrates cannot be observed (no vibration hardware here).");
  else n.push("vibrate: navigator.vibrate is missing; the app feature-detects it and skips vibration silently.");
  if (caps.speechSynthesis.exists && !caps.speechSynthesis.voices)
    n.push("speechSynthesis: the API exists but this machine has no voices for this engine (no speech back end installed), so nothing can be spoken or heard; a phone has voices.");
  if (caps.speechSynthesis.voices) n.push("speechSynthesis: voices are listed, but whether speech is heard cannot be checked here (no audio output).");
  n.push("beforeinstallprompt: only Chromium-based browsers fire it; installing (Add to Home Screen / Dock) cannot be automated and was not tried.");
  if (caps.wakeLock.request === "ok") n.push("wakeLock: a request succeeds; whether the screen would stay on cannot be observed on a virtual display.");
  if (engine === "webkit") {
    n.push(
      "errors: WebKitWebDriver 2.50 has no WebDriver BiDi and MiniBrowser does not write console messages of automation views to stdout, so the error probe is armed right after each page load: an uncaught error thrown before the load event (and console.error) is not seen on WebKit. A boot failure or panic is still caught (the readiness check fails on the boot failure message and the crash page)."
    );
    n.push("viewport: MiniBrowser runs full screen on a 390x844 Xvfb screen (its toolbar makes a window at least 447 px wide). After a download MiniBrowser shows its own download bar, so the rest of the export journey runs at 390x725.");
    n.push("taps: WebDriver pointer actions at the element's centre; WebDriver's element click lands 37 px too low in full-screen MiniBrowser.");
  }
  if (engine === "firefox") {
    n.push("errors: the probe runs before the page's scripts (a BiDi preload script) and Firefox's own log (uncaught errors, console.error) is read over BiDi.");
    n.push("viewport: headless Firefox in kiosk mode on a 390x844 headless screen; the profile lifts Firefox's 500 px minimum window width (userChrome.css) and uses overlay scrollbars like a phone.");
    n.push("isolation: each journey runs in a new tab in a user context (container) of its own: separate storage, caches and service workers; the journey without cue APIs gets a Firefox of its own.");
    n.push("reloads: location.reload(), as a user's reload; geckodriver's WebDriver refresh bypasses the service worker (like shift-reload) and shows Firefox's offline error page.");
    n.push("speech: Firefox needs speech-dispatcher (scripts/setup-engines installs it with espeak-ng, playing into ALSA's null device); without it Firefox shows a bar 'You can't use speech synthesis because the Speech Dispatcher library is missing.' that takes 110 px of the page.");
  }
  return n;
}

async function main() {
  mkdirSync(results, { recursive: true });
  const tmp = mkdtempSync(path.join(tmpdir(), "uncramp-engines-"));
  const capabilities = { measured: new Date().toISOString(), viewport: "390x844", engines: {} };
  const outcomes = [];
  const seenKnown = new Set();
  const started = Date.now();
  const speechBefore = new Set(speechDaemons());
  let server;
  try {
    server = await serve(dist, MAIN_PORT);
    for (const name of engineNames) {
      const outDir = path.join(results, name);
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(outDir, { recursive: true });
      const Engine = ENGINES[name];
      const missing = Engine.available();
      console.log(`\n${bold(`== ${name}`)}`);
      if (missing) {
        console.log(red(`  FAIL  ${missing}`));
        outcomes.push({ engine: name, journey: "(engine)", ok: false, ms: 0 });
        continue;
      }
      const engineStarted = Date.now();
      const engine = new Engine();
      const caps = emptyCapabilities();
      capabilities.engines[name] = caps;
      try {
        await engine.start();
        caps.version = await engine.version();
        console.log(`   ${caps.version}`);
        for (const journey of journeys) {
          const t0 = Date.now();
          let session;
          let page;
          let error;
          try {
            session = await openSession(engine, journey.session);
            page = new Page(session, { baseURL: server.url, outDir });
            const ctx = { engine: name, outDir, dist, tmp, caps, serve, downloadDir: session.downloadDir };
            await withTimeout(journey.run(page, ctx), JOURNEY_TIMEOUT, "the journey");
          } catch (e) {
            error = e;
            if (page) await withTimeout(page.screenshot(`FAIL-${slug(journey.name)}`), 10_000, "a screenshot").catch(() => {});
          }
          if (page) await withTimeout(page.harvest(), 10_000, "reading the error probe").catch(() => {});
          const uncaught = [...(page?.errors || []), ...(session?.consoleErrors() || [])];
          const findings = (page?.findings || []).map((f) => ({ ...f, known: strict ? undefined : knownIssue(name, journey.name, f) }));
          if (session) {
            await withTimeout(session.quit(), 15_000, "closing the browser").catch(async (e) => {
              console.log(yellow(`        (${e.message}; starting ${name}'s driver again)`));
              await engine.restart();
            });
          }
          const unknown = findings.filter((f) => !f.known);
          const ok = !error && uncaught.length === 0 && unknown.length === 0;
          const ms = Date.now() - t0;
          outcomes.push({ engine: name, journey: journey.name, ok, ms });
          console.log(`  ${ok ? green("ok  ") : red("FAIL")}  ${journey.name} (${secs(ms)})`);
          if (error) console.log(red(`        ${String(error.message || error).split("\n").join("\n        ")}`));
          for (const u of uncaught) console.log(red(`        uncaught ${u.type}: ${u.message}${u.url ? ` (${u.url})` : ""}${u.stack ? `\n          ${u.stack.split("\n").slice(0, 4).join("\n          ")}` : ""}`));
          for (const f of unknown) console.log(red(`        ${f.type}: ${f.message}`));
          for (const f of findings.filter((f) => f.known)) {
            seenKnown.add(f.known);
            console.log(yellow(`        known issue ${KNOWN.indexOf(f.known) + 1}: ${f.type}: ${f.message}`));
          }
        }
      } catch (e) {
        console.log(red(`  FAIL  ${name} could not run: ${e.message}`));
        outcomes.push({ engine: name, journey: "(engine)", ok: false, ms: 0 });
      } finally {
        await engine.stop().catch(() => {});
      }
      caps.notes = notes(name, caps);
      const mine = outcomes.filter((o) => o.engine === name);
      console.log(`   ${name}: ${mine.filter((o) => o.ok).length} passed, ${mine.filter((o) => !o.ok).length} failed in ${secs(Date.now() - engineStarted)}`);
      mkdirSync(results, { recursive: true });
      writeFileSync(path.join(results, "capabilities.json"), JSON.stringify(capabilities, null, 2) + "\n");
    }
  } finally {
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
    // The speech daemon Firefox started during this run outlives it (and, with no sound
    // device, ignores SIGTERM): end that one, by id.
    const mine = speechDaemons().filter((p) => !speechBefore.has(p));
    const signal = (sig) => mine.forEach((pid) => {
      try {
        process.kill(pid, sig);
      } catch {
        /* gone */
      }
    });
    if (mine.length) {
      signal("SIGTERM");
      await sleep(500);
      signal("SIGKILL");
    }
  }

  if (seenKnown.size) {
    console.log(yellow("\nknown issues seen (tests/engines/known-issues.mjs; they do not fail the run):"));
    for (const k of KNOWN.filter((k) => seenKnown.has(k))) console.log(yellow(`  ${KNOWN.indexOf(k) + 1}. ${k.engine}: ${k.why}`));
  }
  const full = !journeyFilter;
  for (const k of KNOWN) {
    if (full && !strict && !k.intermittent && engineNames.includes(k.engine) && !seenKnown.has(k)) {
      console.log(yellow(`\nknown issue no longer seen on ${k.engine}: ${k.why}\n  (remove it from tests/engines/known-issues.mjs)`));
    }
  }
  const passed = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.length - passed;
  console.log(`\nscreenshots: ${path.relative(root, results)}/<engine>/, capabilities: ${path.relative(root, path.join(results, "capabilities.json"))}`);
  console.log(`took ${secs(Date.now() - started)}`);
  console.log(`engines: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(red(`engine tests could not run: ${e.stack || e}`));
    process.exit(1);
  }
);
