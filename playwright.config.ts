import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Playwright cannot download its own browsers here: use the system Chromium.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    { name: "phone", use: { ...devices["Pixel 7"] } },
  ],
  webServer: {
    // A database of its own, rebuilt from the sample corpus and the e2e fixtures (a hostile dump), served by the production build.
    command: `rm -rf data/e2e && npm run build && npm run ingest -- corpus && npm run ingest -- e2e/fixtures && npm run ingest -- e2e/formats && exec node .next/rethread/main.mjs -p ${PORT}`,
    env: { DATABASE_URL: "file:data/e2e/rethread.db", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    url: `${baseURL}/`,
    timeout: 240_000,
    // E2E_REUSE_SERVER=1 with E2E_PORT tests a server already running (its output stays visible).
    reuseExistingServer: Boolean(process.env.E2E_REUSE_SERVER),
    stdout: "ignore",
  },
});
