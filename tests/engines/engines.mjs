// How each engine is started: its WebDriver server (started here, by path, with its output
// captured), the browser it drives, a phone-sized viewport, and how the error probe gets into
// the page. Nothing here downloads anything: drivers and browsers are given by path, and
// Selenium Manager is pointed at a file that does not exist (see run.mjs), so it cannot run.

import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, homedir } from "node:os";
import path from "node:path";
import { Builder, Capabilities } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import portprober from "selenium-webdriver/net/portprober.js";
import scriptManager from "selenium-webdriver/bidi/scriptManager.js";
import logInspector from "selenium-webdriver/bidi/logInspector.js";
import { PROBE } from "./driver.mjs";

export const VIEWPORT = { width: 390, height: 844 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function which(name, ...fallbacks) {
  for (const dir of (process.env.PATH || "").split(":").concat(path.join(homedir(), ".cargo/bin"))) {
    const p = path.join(dir, name);
    if (existsSync(p)) return p;
  }
  return fallbacks.find((p) => existsSync(p));
}

function multiarch() {
  try {
    return execFileSync("gcc", ["-print-multiarch"], { encoding: "utf8" }).trim();
  } catch {
    return `${process.arch === "arm64" ? "aarch64" : "x86_64"}-linux-gnu`;
  }
}

/** A WebDriver server process, with the last lines of its output (and its browser's) kept. */
class DriverProcess {
  constructor(exe, args, env) {
    this.exe = exe;
    this.args = args;
    this.env = env;
    this.lines = [];
  }

  async start() {
    this.port = await portprober.findFreePort("127.0.0.1");
    // Its own process group, so that stop() ends the driver and the browsers it started.
    this.proc = spawn(this.exe, [...this.args, `--port=${this.port}`], {
      env: this.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    for (const stream of [this.proc.stdout, this.proc.stderr]) {
      let rest = "";
      stream.on("data", (chunk) => {
        const parts = (rest + chunk.toString()).split("\n");
        rest = parts.pop();
        this.lines.push(...parts);
        if (this.lines.length > 5000) this.lines.splice(0, this.lines.length - 5000);
      });
    }
    this.url = `http://127.0.0.1:${this.port}`;
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (this.proc.exitCode !== null) throw new Error(`${this.exe} exited: ${this.lines.join("\n")}`);
      try {
        const res = await fetch(`${this.url}/status`);
        if (res.ok) return this;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) throw new Error(`${this.exe} did not start: ${this.lines.join("\n")}`);
      await sleep(50);
    }
  }

  /** A mark to read the output from. */
  mark() {
    return this.lines.length;
  }

  since(mark) {
    return this.lines.slice(mark);
  }

  /** Ends the driver and whatever is left of its browsers (its process group). */
  async stop() {
    if (!this.proc) return;
    const group = -this.proc.pid;
    const kill = (signal) => {
      try {
        process.kill(group, signal);
      } catch {
        /* already gone */
      }
    };
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      const exited = new Promise((r) => this.proc.once("exit", r));
      kill("SIGTERM");
      await Promise.race([exited, sleep(3000)]);
    }
    kill("SIGKILL");
    this.proc = null;
  }
}

/**
 * One browser session (a fresh profile), as the journeys see it:
 * `wd` (the selenium WebDriver), `installProbe(page)`, `consoleErrors()`, `quit()`.
 */
class Session {
  constructor(engine, wd, mark) {
    this.engine = engine;
    this.name = engine.name;
    this.wd = wd;
    this.mark = mark;
    /** Errors and console errors the engine itself reported (not through the page probe). */
    this.reported = [];
  }

  /** Puts the probe into the current page (a no-op where a preload script already did). */
  async installProbe() {
    await this.wd.executeScript(PROBE);
  }

  /** Console errors and uncaught errors the engine reported outside the page probe. */
  consoleErrors() {
    return this.reported.concat(this.engine.consoleErrorsSince(this.mark));
  }

  async quit() {
    try {
      await this.wd.quit();
    } catch {
      /* already gone */
    }
  }
}

/** WebKitGTK: WebKitWebDriver driving MiniBrowser, full-screen on a phone-sized X screen. */
class WebKit {
  name = "webkit";

  static available() {
    const lib = `/usr/lib/${multiarch()}/webkit2gtk-4.1/MiniBrowser`;
    return which("WebKitWebDriver") && existsSync(lib) ? null : "WebKitWebDriver or MiniBrowser missing (run scripts/setup-engines)";
  }

  async start() {
    if (!process.env.DISPLAY) throw new Error("WebKit needs an X display: run it through scripts/test-engines (which starts Xvfb), or set DISPLAY");
    this.minibrowser = `/usr/lib/${multiarch()}/webkit2gtk-4.1/MiniBrowser`;
    // MiniBrowser saves downloads in the XDG download folder (the home folder when there is
    // none): point it at our own folder.
    this.config = mkdtempSync(path.join(tmpdir(), "uncramp-wk-config-"));
    this.downloadDir = path.join(this.config, "downloads");
    mkdirSync(this.downloadDir);
    writeFileSync(path.join(this.config, "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${this.downloadDir}"\n`);
    this.driver = await new DriverProcess(which("WebKitWebDriver"), [], { ...process.env, XDG_CONFIG_HOME: this.config }).start();
    return this;
  }

  /** `withoutCueApis`: the engine with its screen wake lock, speech and Web Audio turned off. */
  async session({ withoutCueApis = false } = {}) {
    const caps = new Capabilities();
    caps.set("browserName", "MiniBrowser");
    const args = ["--automation", "--full-screen"];
    if (withoutCueApis) args.push("--features=-ScreenWakeLockAPI,-SpeechSynthesisAPI,-WebAudio");
    caps.set("webkitgtk:browserOptions", {
      binary: this.minibrowser,
      // Full screen on the phone-sized Xvfb screen gives a 390x844 viewport (a plain window
      // cannot be narrower than MiniBrowser's toolbar). (--enable-write-console-messages-to-
      // stdout is not applied to automation views, so the engine's console cannot be read.)
      args,
    });
    const mark = this.driver.mark();
    const wd = await new Builder().usingServer(this.driver.url).withCapabilities(caps).disableEnvironmentOverrides().build();
    await wd.manage().window().setRect({ x: 0, y: 0, ...VIEWPORT });
    const session = new Session(this, wd, mark);
    session.downloadDir = this.downloadDir;
    return session;
  }

  consoleErrorsSince() {
    return [];
  }

  /** A new driver process (after a browser that would not start or quit). */
  async restart() {
    await this.driver.stop();
    await this.driver.start();
  }

  async stop() {
    await this.driver?.stop();
    if (this.config) rmSync(this.config, { recursive: true, force: true });
  }

  async version() {
    return execFileSync(this.minibrowser, ["--version"], { encoding: "utf8" }).trim();
  }
}

/** Firefox ESR, headless, in kiosk mode on a phone-sized headless screen. */
class Firefox {
  name = "firefox";

  static available() {
    return which("geckodriver") && which("firefox-esr", "/usr/bin/firefox") ? null : "geckodriver or firefox-esr missing (run scripts/setup-engines)";
  }

  async start() {
    this.binary = which("firefox-esr", "/usr/bin/firefox");
    // Firefox's own stylesheet keeps a window at least 500 px wide; the profile's userChrome
    // lifts that, so the content area can be a phone's 390 px.
    this.profile = mkdtempSync(path.join(tmpdir(), "uncramp-ff-profile-"));
    this.downloadDir = mkdtempSync(path.join(tmpdir(), "uncramp-ff-downloads-"));
    // Firefox speaks through speech-dispatcher, which it starts itself. With no sound device
    // the default set-up hangs (and Firefox's shutdown waits on it): this one plays into ALSA's
    // null device and quits 3 s after its last client.
    this.config = mkdtempSync(path.join(tmpdir(), "uncramp-ff-config-"));
    mkdirSync(path.join(this.config, "speech-dispatcher"));
    writeFileSync(
      path.join(this.config, "speech-dispatcher", "speechd.conf"),
      'AudioOutputMethod "alsa"\nAudioALSADevice "null"\nTimeout 3\n'
    );
    mkdirSync(path.join(this.profile, "chrome"));
    writeFileSync(
      path.join(this.profile, "chrome", "userChrome.css"),
      ":root { --window-min-width: 0px !important; min-width: 0 !important; }\n"
    );
    this.driver = await this.geckodriver();
    return this;
  }

  /** A geckodriver; each has its own BiDi port (Firefox's default, 9222, can serve only one). */
  async geckodriver() {
    const bidiPort = await portprober.findFreePort("127.0.0.1");
    return new DriverProcess(which("geckodriver"), ["--host=127.0.0.1", "--log=warn", `--websocket-port=${bidiPort}`], {
      ...process.env,
      XDG_CONFIG_HOME: this.config,
      MOZ_REMOTE_SETTINGS_DEVTOOLS: "1",
      MOZ_HEADLESS_WIDTH: String(VIEWPORT.width),
      MOZ_HEADLESS_HEIGHT: String(VIEWPORT.height),
    }).start();
  }

  /**
   * A browser as fresh as a new profile: a new tab in a user context of its own (a container:
   * its own storage, caches and service workers) of one shared Firefox, which saves starting
   * Firefox for every journey (3 s each). `withoutCueApis` (the screen wake lock, speech and
   * Web Audio turned off) needs other preferences, so it gets a Firefox of its own.
   */
  async session(options = {}) {
    if (options.withoutCueApis) {
      // geckodriver drives one browser at a time: this one gets a geckodriver of its own.
      const driver = await this.geckodriver();
      try {
        const session = await this.browser(options, driver);
        const quit = session.quit.bind(session);
        session.quit = async () => {
          await quit().catch(() => {});
          await driver.stop();
        };
        return session;
      } catch (e) {
        await driver.stop();
        throw e;
      }
    }
    if (!this.shared) this.shared = await this.browser({});
    const shared = this.shared;
    const bidi = await shared.wd.getBidi();
    const { result: made } = await bidi.send({ method: "browser.createUserContext", params: {} });
    const userContext = made.userContext;
    const { result: tab } = await bidi.send({ method: "browsingContext.create", params: { type: "tab", userContext } });
    await shared.wd.switchTo().window(tab.context);
    const session = new Session(this, shared.wd, 0);
    session.downloadDir = this.downloadDir;
    shared.current = session;
    session.quit = async () => {
      shared.current = null;
      await bidi.send({ method: "browser.removeUserContext", params: { userContext } });
      await shared.wd.switchTo().window(shared.baseHandle);
    };
    return session;
  }

  /** A new Firefox with a new profile, driven by `driver`. */
  async browser({ withoutCueApis = false } = {}, driver = this.driver) {
    const downloadDir = this.downloadDir;
    const prefs = {
      "toolkit.legacyUserProfileCustomizations.stylesheets": true,
      // Phones have overlay scrollbars: the page keeps its full 390 px.
      "widget.gtk.overlay-scrollbars.enabled": true,
      "ui.useOverlayScrollbars": 1,
      // Downloads land in downloadDir without a dialog.
      "browser.download.folderList": 2,
      "browser.download.dir": downloadDir,
      "browser.download.useDownloadDir": true,
      "browser.download.always_ask_before_handling_new_types": false,
      "browser.download.manager.showWhenStarting": false,
      "browser.download.alwaysOpenPanel": false,
      "browser.helperApps.neverAsk.saveToDisk": "application/json,text/csv,text/plain",
      // No traffic to the outside: no captive-portal or connectivity checks, no remote
      // settings, no safe-browsing lists (geckodriver turns most other background traffic off).
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "browser.safebrowsing.update.enabled": false,
      "browser.safebrowsing.downloads.remote.enabled": false,
      // (Release builds take this only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1, set below.)
      "services.settings.server": "data:,#remote-settings-dummy/v1",
      "network.dns.disablePrefetch": true,
      "network.prefetch-next": false,
      "media.gmp-manager.url": "http://127.0.0.1:9/",
      "browser.region.network.url": "",
      "dom.push.connection.enabled": false,
      "dom.push.serverURL": "",
    };
    const options = new firefox.Options().setBinary(this.binary).addArguments("-headless", "--kiosk").setProfile(this.profile).enableBidi();
    if (withoutCueApis) {
      Object.assign(prefs, { "dom.screenwakelock.enabled": false, "media.webspeech.synth.enabled": false, "media.webaudio.enabled": false });
    }
    for (const [k, v] of Object.entries(prefs)) options.setPreference(k, v);
    const mark = driver.mark();
    const wd = await new Builder()
      .forBrowser("firefox")
      .setFirefoxOptions(options)
      .usingServer(driver.url)
      .disableEnvironmentOverrides()
      .build();
    await wd.manage().window().setRect({ x: 0, y: 0, ...VIEWPORT });
    const session = new Session(this, wd, mark);
    session.downloadDir = downloadDir;
    // The probe runs in every document before the page's own scripts (a BiDi preload script),
    // and the engine's log (uncaught errors, console.error) is collected too.
    const scripts = await scriptManager([], wd);
    await scripts.addPreloadScript(`() => { ${PROBE} }`);
    const logs = await logInspector(wd);
    await logs.onLog((entry) => {
      if (entry.level === "error") {
        // To the tab of the journey running now (see session()), or to this browser's own.
        (session.current || session).reported.push({ type: entry.type === "javascript" ? "error" : "console", message: entry.text });
      }
    });
    session.baseHandle = await wd.getWindowHandle();
    session.closeBidi = async () => {
      for (const c of [scripts, logs]) await c.close().catch(() => {});
    };
    const quit = session.quit.bind(session);
    session.quit = async () => {
      await session.closeBidi();
      await quit();
    };
    return session;
  }

  consoleErrorsSince() {
    return [];
  }

  /** A new driver process (after a browser that would not start or quit). */
  async restart() {
    this.shared = null;
    await this.driver.stop();
    await this.driver.start();
  }

  async stop() {
    if (this.shared) await Promise.race([this.shared.quit(), sleep(10_000)]).catch(() => {});
    this.shared = null;
    await this.driver?.stop();
    for (const dir of [this.profile, this.downloadDir, this.config]) if (dir) rmSync(dir, { recursive: true, force: true });
  }

  async version() {
    return execFileSync(this.binary, ["--version"], { encoding: "utf8" }).trim();
  }
}

export const ENGINES = { webkit: WebKit, firefox: Firefox };
