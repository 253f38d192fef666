import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// The PostgreSQL pass (scripts/with-postgres.mjs sets TEST_DATABASE_URL) serves a database of
// its own on that server; otherwise a SQLite file.
const postgres = process.env.TEST_DATABASE_URL;
const databaseUrl = postgres ? Object.assign(new URL(postgres), { pathname: "/rethread_e2e" }).toString() : "file:data/e2e/rethread.db";
const resetDatabase = postgres ? `node --import tsx scripts/reset-database.ts ${databaseUrl}` : "rm -rf data/e2e";

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
    command: `${resetDatabase} && npm run build && npm run ingest -- corpus && npm run ingest -- e2e/fixtures && npm run ingest -- e2e/formats && exec node .next/rethread/main.mjs -p ${PORT}`,
    env: { DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    url: `${baseURL}/`,
    timeout: 240_000,
    // E2E_REUSE_SERVER=1 with E2E_PORT tests a server already running (its output stays visible).
    reuseExistingServer: Boolean(process.env.E2E_REUSE_SERVER),
    stdout: "ignore",
  },
});
