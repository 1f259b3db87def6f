import { defineConfig } from "@playwright/test";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/** Debian's Chromium (npx playwright install cannot work here); --no-sandbox for root. */
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

// E2E_PORT: where the release build is served (the sub-path build on the next port), so that
// two checkouts can run their tests side by side.
const port = Number(process.env.E2E_PORT || 4173);

const serve = (port: number, dir: string) => ({
  command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory ${dir}`,
  cwd: root,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: false,
  stdout: "ignore" as const,
  stderr: "ignore" as const,
});

export default defineConfig({
  testDir: ".",
  outputDir: path.join(root, "test-results"),
  timeout: 45_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions,
    serviceWorkers: "allow",
    // The app follows navigator.languages (issue 23): English unless a test asks for another.
    locale: "en-US",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "phone-390",
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    },
    {
      name: "phone-360",
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    },
  ],
  // E2E_DIST: test another release build than dist/ (e.g. E2E_DIST=target/sw-dist).
  webServer: [serve(port, process.env.E2E_DIST || "dist"), serve(port + 1, "target/e2e-sub")],
});
