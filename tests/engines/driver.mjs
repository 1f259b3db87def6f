// A small driver interface over selenium-webdriver, so that the journeys are written once and
// run on every engine (WebKitGTK and Firefox today). The journeys only use `Page` and the
// locators below; what differs between engines lives in engines.mjs.
//
// Locators mirror the Playwright suite's (tests/e2e/): by role and accessible name first, by
// CSS only when no role fits. They are resolved inside the page by `FIND` (a simplified
// accessible-name computation), and only visible elements match unless `hidden: true`.

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A locator by ARIA role (implicit or explicit) and accessible name (string: exact; RegExp). */
export function role(r, name, opts = {}) {
  return { role: r, name: pattern(name), ...opts, within: opts.within, label: `${r}${name ? ` "${name}"` : ""}` };
}

/** A locator by CSS selector, optionally with text it contains (string or RegExp). */
export function css(selector, opts = {}) {
  return { css: selector, ...opts, hasText: pattern(opts.hasText), label: `css ${selector}${opts.hasText ? ` with "${opts.hasText}"` : ""}` };
}

/** The same locator, inside `outer`. */
export function within(outer, inner) {
  return { ...inner, within: outer, label: `${outer.label} >> ${inner.label}` };
}

function pattern(p) {
  if (p === undefined || p === null) return undefined;
  if (p instanceof RegExp) return { re: p.source, flags: p.flags };
  return { exact: String(p) };
}

/** Runs in the page: finds the elements a locator describes. */
const FIND = `
const norm = (s) => (s || "").replace(/\\s+/g, " ").trim();
const isHidden = (el) => {
  if (!el.isConnected) return true;
  if (el.closest("[aria-hidden=true]")) return true;
  if (el.checkVisibility) {
    if (!el.checkVisibility({ visibilityProperty: true })) return true;
  } else {
    const s = getComputedStyle(el);
    if (s.visibility === "hidden" || s.display === "none") return true;
  }
  return el.getClientRects().length === 0;
};
const textOf = (el) => {
  if (!el) return "";
  let out = "";
  for (const n of el.childNodes) {
    if (n.nodeType === 3) out += n.data;
    else if (n.nodeType === 1) {
      if (n.hidden || n.getAttribute("aria-hidden") === "true") continue;
      if (n.tagName === "STYLE" || n.tagName === "SCRIPT") continue;
      if (n.tagName === "INPUT" || n.tagName === "SELECT" || n.tagName === "TEXTAREA") continue;
      const inner = n.hasAttribute("aria-label") ? n.getAttribute("aria-label") : textOf(n);
      // Block-level children are separated by a space, inline ones run on (as rendered).
      out += getComputedStyle(n).display.startsWith("inline") ? inner : " " + inner + " ";
    }
  }
  return out;
};
const FROM_CONTENT = new Set(["button", "link", "heading", "checkbox", "radio", "tab", "option", "cell", "row", "status", "alert", "timer", "note"]);
const ROLES = {
  button: "button, [role=button], input[type=button], input[type=submit], input[type=reset], summary",
  link: "a[href], [role=link]",
  heading: "h1, h2, h3, h4, h5, h6, [role=heading]",
  checkbox: "input[type=checkbox], [role=checkbox]",
  radio: "input[type=radio], [role=radio]",
  dialog: "dialog, [role=dialog], [role=alertdialog]",
  status: "[role=status], output",
  alert: "[role=alert]",
  timer: "[role=timer]",
  navigation: "nav, [role=navigation]",
  banner: "body > header, [role=banner]",
  main: "main, [role=main]",
  group: "fieldset, [role=group]",
  searchbox: "input[type=search], [role=searchbox]",
  textbox: "input:not([type]), input[type=text], input[type=email], input[type=number], input[type=tel], textarea, [role=textbox]",
  combobox: "select, [role=combobox]",
  note: "[role=note]",
  row: "tr, [role=row]",
};
const nameOf = (el, r) => {
  if (el.hasAttribute("aria-labelledby")) {
    return norm(el.getAttribute("aria-labelledby").split(/\\s+/).map((id) => textOf(document.getElementById(id))).join(" "));
  }
  if (el.hasAttribute("aria-label")) return norm(el.getAttribute("aria-label"));
  if (el.labels && el.labels.length) return norm([...el.labels].map(textOf).join(" "));
  if (el.tagName === "FIELDSET") {
    const legend = el.querySelector(":scope > legend");
    if (legend) return norm(textOf(legend));
  }
  if (FROM_CONTENT.has(r)) return norm(textOf(el));
  return norm(el.getAttribute("title") || el.getAttribute("placeholder") || "");
};
const matches = (p, s) => !p || (p.exact !== undefined ? s === p.exact : new RegExp(p.re, p.flags).test(s));
const find = (spec) => {
  const roots = spec.within ? find(spec.within) : [document];
  const out = [];
  for (const root of roots) {
    const sel = spec.css || ROLES[spec.role];
    if (!sel) throw new Error("unknown role " + spec.role);
    for (const el of root.querySelectorAll(sel)) {
      if (!spec.hidden && isHidden(el)) continue;
      if (spec.level && !(el.tagName === "H" + spec.level || el.getAttribute("aria-level") === String(spec.level))) continue;
      if (spec.role && !matches(spec.name, nameOf(el, spec.role))) continue;
      if (spec.hasText && !(spec.hasText.exact !== undefined ? norm(textOf(el)).includes(spec.hasText.exact) : matches(spec.hasText, norm(textOf(el))))) continue;
      if (!out.includes(el)) out.push(el);
    }
  }
  return spec.nth === undefined ? out : out.slice(spec.nth, spec.nth + 1);
};
`;

/** Runs in the page: where to tap an element (its centre, or its label's for a hidden input). */
const TAP_POINT = `
const el = arguments[0];
if (el.disabled || el.getAttribute("aria-disabled") === "true") return { error: "disabled" };
let target = el;
const small = (e) => { const r = e.getBoundingClientRect(); return r.width < 4 || r.height < 4; };
if (el.labels && el.labels.length && small(el)) target = el.labels[0];
target.scrollIntoView({ block: "center", inline: "center", behavior: "instant" });
const r = target.getBoundingClientRect();
const x = Math.round(r.left + r.width / 2), y = Math.round(r.top + r.height / 2);
if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return { error: "off screen at " + x + "," + y };
const hit = document.elementFromPoint(x, y);
const mine = (h) => h && (h === el || el.contains(h) || target.contains(h) || [...(el.labels || [])].some((l) => l.contains(h)));
if (!mine(hit)) return { error: "covered at " + x + "," + y + " by " + (hit ? hit.tagName + "." + hit.className : "nothing") };
// Watch where the click goes (TAP_RESULT reads it).
if (window.__uncrampTapOff) window.__uncrampTapOff();
const seen = { hit: false, other: null };
const onClick = (e) => {
  const t = e.target;
  if (t && t.nodeType === 1 && mine(t)) seen.hit = true;
  else if (!seen.other && t && t.nodeType === 1) seen.other = t.tagName.toLowerCase() + (t.className ? "." + String(t.className).split(" ").join(".") : "");
};
document.addEventListener("click", onClick, true);
window.__uncrampTapOff = () => {
  document.removeEventListener("click", onClick, true);
  delete window.__uncrampTapOff;
  return seen;
};
return { x, y };
`;

/** Runs in the page: whether the click of the last tap reached its element. */
const TAP_RESULT = `
const off = window.__uncrampTapOff;
return off ? off() : null;
`;

/** A test failure with a clear message. */
export class Failure extends Error {}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * One browser tab under test. `engine` is the session wrapper from engines.mjs; `baseURL`
 * ends with a slash; screenshots go to `outDir`.
 */
export class Page {
  constructor(engine, { baseURL, outDir, timeout = 10_000 }) {
    this.engine = engine;
    this.wd = engine.wd;
    this.baseURL = baseURL;
    this.outDir = outDir;
    this.timeout = timeout;
    /** Uncaught errors collected from the pages this tab has shown. */
    this.errors = [];
    /** Problems seen on the way that did not stop the journey (layout shifts during a tap). */
    this.findings = [];
  }

  // ---- navigation -------------------------------------------------------------------

  /** Opens `target` (a path relative to the base URL, or a full URL) and waits until ready. */
  async open(target = "") {
    await this.harvest();
    const url = /^https?:/.test(target) ? target : this.baseURL + target;
    await this.wd.get(url);
    await this.afterLoad();
  }

  /**
   * Reloads the page as a user's reload does (location.reload(), through the service worker),
   * and waits until the app is ready again. Not WebDriver's refresh: geckodriver's bypasses
   * the service worker, like a shift-reload.
   */
  async reload() {
    await this.harvest();
    await this.eval(() => {
      window.__uncrampOldPage = true;
      setTimeout(() => location.reload(), 0);
    });
    await this.waitFor(() => this.eval(() => !window.__uncrampOldPage && document.readyState !== "loading").catch(() => false), {
      timeout: 20_000,
      message: "the page to reload",
    });
    await this.afterLoad();
  }

  /** After a page load the tab itself started (an app reload): re-arms the probe, waits. */
  async afterLoad() {
    await this.engine.installProbe(this);
    await this.ready();
  }

  /**
   * THE readiness wait (as tests/e2e/fixtures.ts Shell.ready()): the app's ready signal
   * (`<html data-ready>`) is set and the view's h1 is visible. Fails at once on the boot
   * failure message or the crash page.
   */
  async ready(timeout = 20_000) {
    let failedShown = false;
    const state = await this.waitFor(
      async () => {
        const s = await this.eval(() => {
          if (document.getElementById("crash")) return "crashed";
          const boot = document.getElementById("boot");
          if (boot && boot.getAttribute("data-state") === "failed") return "boot-failed";
          if (!document.documentElement.hasAttribute("data-ready")) return null;
          const h1 = document.querySelector("main h1");
          return h1 && h1.getClientRects().length > 0 ? "ready" : null;
        });
        // The boot failure message may be shown and then replaced by the app: a finding.
        if (s === "boot-failed") {
          failedShown = true;
          return null;
        }
        return s;
      },
      { timeout, message: `the app to be ready (<html data-ready> and an h1 in main)${failedShown ? "; it shows its boot failure message" : ""}` }
    );
    if (failedShown) {
      this.findings.push({ type: "boot-failed-shown", message: "the page showed \"Uncramp could not start in this browser\" before the app started", url: await this.url() });
    }
    if (state !== "ready") {
      const text = await this.eval(() => document.body.innerText.slice(0, 400));
      throw new Failure(`the app did not start (${state}): ${text}`);
    }
  }

  async url() {
    return this.wd.getCurrentUrl();
  }

  // ---- finding and acting -----------------------------------------------------------

  /** The elements `loc` matches now (visible ones unless `loc.hidden`). */
  async find(loc) {
    return this.wd.executeScript(`${FIND}; return find(arguments[0]);`, strip(loc));
  }

  async count(loc) {
    return this.wd.executeScript(`${FIND}; return find(arguments[0]).length;`, strip(loc));
  }

  /** The first element `loc` matches, waiting for one to appear. */
  async one(loc, timeout = this.timeout) {
    const found = await this.waitFor(async () => (await this.find(loc))[0], { timeout, message: `no ${loc.label}` });
    return found;
  }

  /**
   * Taps the element as a user would: scrolls it to the middle of the screen, checks that it
   * is enabled and that nothing covers its centre, then presses and releases a pointer there
   * (WebDriver pointer actions: trusted events with user activation, which the wake lock,
   * speech and vibration need; not WebDriver's element click, which in full-screen
   * MiniBrowser lands 37 px too low).
   *
   * If the click does not reach the element (the page moved or replaced it between press and
   * release, so the tap is lost, as it would be for a user), that is recorded in `findings`
   * and the tap is tried again.
   */
  async tap(loc, timeout = this.timeout) {
    const deadline = Date.now() + timeout;
    let why = "";
    for (;;) {
      const el = await this.one(loc, Math.max(1, deadline - Date.now()));
      const at = await this.wd.executeScript(TAP_POINT, el).catch((e) => ({ error: e.message }));
      if (at && !at.error) {
        const actions = () => this.wd.actions({ async: true });
        await actions().move({ x: at.x, y: at.y, origin: "viewport" }).press().perform();
        await actions().release().perform();
        // null: the page went away (the tap navigated or reloaded it), which is fine.
        const got = await this.wd.executeScript(TAP_RESULT).catch(() => null);
        if (!got || got.hit) return;
        this.findings.push({
          type: "tap-lost",
          message: `the tap on ${loc.label} at ${at.x},${at.y} was lost: the click went to ${got.other || "nothing"} (the page changed between press and release)`,
          url: await this.url(),
        });
        why = "the tap was lost";
      } else {
        why = at ? at.error : "no point";
      }
      if (Date.now() > deadline) throw new Failure(`could not tap ${loc.label}: ${why}`);
      await sleep(100);
    }
  }

  /** Scrolls the element to the middle of the screen (before a screenshot). */
  async scrollTo(loc) {
    const el = await this.one(loc);
    await this.wd.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", el);
  }

  /** Types `text` into a field (after clearing it). */
  async type(loc, text, { clear = true } = {}) {
    const el = await this.one(loc);
    if (clear) await el.clear();
    await el.sendKeys(text);
  }

  /** Gives a file input a file from disk (the input may be visually hidden). */
  async setFile(loc, file) {
    const el = await this.one({ ...loc, hidden: true });
    await el.sendKeys(path.resolve(file));
  }

  /** The visible text of the first match (whitespace collapsed). */
  async text(loc) {
    const el = await this.one(loc);
    return this.wd.executeScript(`${FIND}; return norm(textOf(arguments[0]));`, el);
  }

  async attr(loc, name) {
    const el = await this.one(loc);
    return el.getAttribute(name);
  }

  async checked(loc) {
    const el = await this.one(loc);
    return this.wd.executeScript("return arguments[0].checked", el);
  }

  // ---- waiting ----------------------------------------------------------------------

  /**
   * Waits until the first match stays where it is (its box unchanged over three samples, 150 ms
   * apart): cards that come in after start-up (the morning question, from its own module, by
   * the hour of the day) can move what is below them, and a tap during the move is lost.
   */
  async settled(loc, timeout = this.timeout) {
    const el = await this.one(loc, timeout);
    const box = () => this.wd.executeScript("const r = arguments[0].getBoundingClientRect(); return [r.x, r.y + scrollY, r.width, r.height].join();", el);
    let last = await box();
    let same = 0;
    await this.waitFor(
      async () => {
        const now = await box();
        same = now === last ? same + 1 : 0;
        last = now;
        return same >= 2;
      },
      { timeout, interval: 150, message: `${loc.label} to stay where it is` }
    );
  }

  /**
   * Polls `condition` (an async function) until it returns a truthy value, and returns that
   * value; fails with `message` (and the last value seen) after `timeout` ms.
   */
  async waitFor(condition, { timeout = this.timeout, interval = 100, message = "condition" } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    let lastError;
    for (;;) {
      try {
        last = await condition();
        lastError = undefined;
        if (last) return last;
      } catch (e) {
        if (e instanceof Failure) throw e;
        lastError = e;
      }
      if (Date.now() > deadline) {
        const seen = lastError ? `error: ${lastError.message}` : `last value: ${JSON.stringify(last)}`;
        throw new Failure(`timed out after ${timeout} ms waiting for ${message} (${seen})`);
      }
      await sleep(interval);
    }
  }

  /** Waits until the text of `loc` equals `expected` (string) or matches it (RegExp). */
  async expectText(loc, expected, timeout) {
    let seen;
    await this.waitFor(
      async () => {
        const [el] = await this.find(loc);
        if (!el) return false;
        seen = await this.wd.executeScript(`${FIND}; return norm(textOf(arguments[0]));`, el);
        return expected instanceof RegExp ? expected.test(seen) : seen === expected;
      },
      { timeout, message: `${loc.label} to have text ${expected} (saw ${JSON.stringify(seen)})` }
    );
  }

  /** Waits until attribute `name` of `loc` is `expected`. */
  async expectAttr(loc, name, expected, timeout) {
    let seen;
    await this.waitFor(
      async () => {
        const [el] = await this.find(loc);
        if (!el) return false;
        seen = await el.getAttribute(name);
        return expected instanceof RegExp ? expected.test(seen) : seen === expected;
      },
      { timeout, message: `${loc.label} to have ${name}=${expected} (saw ${JSON.stringify(seen)})` }
    );
  }

  /** Waits until `loc` matches exactly `n` visible elements. */
  async expectCount(loc, n, timeout) {
    let seen;
    await this.waitFor(async () => (seen = await this.count(loc)) === n, {
      timeout,
      message: `${n} of ${loc.label} (saw ${seen})`,
    });
  }

  expectVisible(loc, timeout) {
    return this.one(loc, timeout);
  }

  expectHidden(loc, timeout) {
    return this.expectCount(loc, 0, timeout);
  }

  async expectChecked(loc, want = true, timeout) {
    await this.waitFor(async () => (await this.checked(loc)) === want, {
      timeout,
      message: `${loc.label} to be ${want ? "checked" : "unchecked"}`,
    });
  }

  // ---- scripts, screenshots, errors -------------------------------------------------

  /** Runs `fn` in the page with JSON-able `args` and returns its (JSON-able) result. */
  eval(fn, ...args) {
    return this.wd.executeScript(`return (${fn}).apply(null, arguments);`, ...args);
  }

  /** Runs an async `fn` in the page and returns what its promise resolves to. */
  async evalAsync(fn, ...args) {
    const result = await this.wd.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
         .then((value) => done({ value }), (e) => done({ error: String(e && e.name ? e.name + ": " + e.message : e) }));`,
      ...args
    );
    if (result && "error" in result) throw new Error(result.error);
    return result?.value;
  }

  /** Saves a PNG of the viewport as `<outDir>/<name>.png` and returns its path. */
  async screenshot(name) {
    mkdirSync(this.outDir, { recursive: true });
    // WebKit captures the last painted frame: let a scroll or change just made be painted.
    await this.evalAsync(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))).catch(() => {});
    const file = path.join(this.outDir, `${name}.png`);
    writeFileSync(file, Buffer.from(await this.wd.takeScreenshot(), "base64"));
    return file;
  }

  /** Moves what the page's probe collected into `this.errors` (before the page goes away). */
  async harvest() {
    let found = [];
    try {
      found = await this.eval(() => {
        const key = "__uncramp_engine_errors";
        let list = [];
        try {
          list = JSON.parse(sessionStorage.getItem(key) || "[]");
          sessionStorage.removeItem(key);
        } catch (e) {
          list = [];
        }
        const origin = location.origin;
        const foreign = performance
          .getEntriesByType("resource")
          .map((r) => r.name)
          .filter((n) => /^(https?|wss?):/.test(n) && new URL(n).origin !== origin);
        for (const url of foreign) list.push({ type: "foreign-request", message: url, url: location.href });
        return list.concat(window.__uncrampEngineErrors || []);
      });
    } catch {
      // No page yet (about:blank before the first open), or a page of another origin.
    }
    for (const e of found || []) {
      // A failed load of a stylesheet, script or preload is not an uncaught error: it is a
      // finding (it fails the journey unless it is a known issue).
      const list = e.type === "load-error" ? this.findings : this.errors;
      const key = JSON.stringify(e);
      if (!list.some((x) => JSON.stringify(x) === key)) list.push(e);
    }
    return this.errors;
  }
}

/** The locator without its label (what the page-side `find` needs). */
function strip(loc) {
  const { label, ...rest } = loc;
  if (rest.within) rest.within = strip(rest.within);
  return rest;
}

/**
 * The probe the brief asks for: collects `error` (uncaught exceptions and failed loads of the
 * page's own scripts and styles) and `unhandledrejection` events into sessionStorage, so they
 * survive the reloads a journey makes. Idempotent.
 */
export const PROBE = `(() => {
  if (window.__uncrampProbe) return;
  window.__uncrampProbe = true;
  const key = "__uncramp_engine_errors";
  const push = (e) => {
    e.url = location.href;
    try {
      const list = JSON.parse(sessionStorage.getItem(key) || "[]");
      list.push(e);
      sessionStorage.setItem(key, JSON.stringify(list));
    } catch (_) {
      (window.__uncrampEngineErrors = window.__uncrampEngineErrors || []).push(e);
    }
  };
  addEventListener("error", (ev) => {
    const t = ev.target;
    if (t && t !== window && t.tagName) {
      push({ type: "load-error", message: t.tagName + " " + (t.src || t.href || "") });
      return;
    }
    const err = ev.error;
    push({ type: "error", message: String(ev.message), stack: String((err && err.stack) || ""), source: ev.filename + ":" + ev.lineno });
  }, true);
  addEventListener("unhandledrejection", (ev) => {
    const r = ev.reason;
    push({ type: "unhandledrejection", message: String(r && r.message !== undefined ? r.name + ": " + r.message : r), stack: String((r && r.stack) || "") });
  });
})();`;
