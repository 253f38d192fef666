// Error pages are pages: the site header, a title, the language, the way home, what was wrong,
// no script the Content Security Policy blocks, and nothing axe objects to.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { ARTICLE } from "./helpers";

function watchPolicy(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function expectErrorPage(page: Page, title: RegExp, says: RegExp | string) {
  await expect(page).toHaveTitle(title);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("banner").getByRole("link", { name: "Rethread" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(says);
  await expect(page.getByRole("link", { name: "All articles" })).toHaveAttribute("href", "/");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const CASES: [string, string, number, RegExp, RegExp | string][] = [
  ["an unknown address", "/nope", 404, /^Not found · Rethread$/, "no such article"],
  ["an unknown article", "/a/nope", 404, /^Not found · Rethread$/, "no such article"],
  ["an unknown sort", `/a/${ARTICLE}?sort=bogus`, 400, /^Bad request · Rethread$/, "“sort” parameter is not valid: expected one of thread, oldest, newest, replies, longest"],
  ["a depth out of range", `/a/${ARTICLE}?depth=0`, 400, /^Bad request · Rethread$/, "“depth” parameter is not valid: expected a whole number from 1 to 200"],
  ["a broken percent-encoding", "/u/%ff%fe", 400, /^Bad request · Rethread$/, "broken percent-encoding"],
];

for (const [what, path, status, title, says] of CASES) {
  test(`${what} answers ${status} with a whole error page`, async ({ page }) => {
    const violations = watchPolicy(page);
    const response = await page.goto(path);
    expect(response!.status()).toBe(status);
    await expectErrorPage(page, title, says);
    expect(violations).toEqual([]);
  });
}

test("a page asked for by the address of the bad-request page itself is not found", async ({ page }) => {
  expect((await page.goto("/bad-request"))!.status()).toBe(404);
});

test("a forged problem header never reaches the page", async ({ request }) => {
  const response = await request.get("/bad-request", { headers: { "x-rethread-bad-request": "Call%20this%20number" } });
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain("Call this number");
});

test.describe("when the server fails", () => {
  let server: ChildProcess;
  let dir: string;
  let base: string;

  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one broken server is enough");
    test.skip(Boolean(process.env.TEST_DATABASE_URL), "the broken database is a SQLite file; the SQLite pass serves it");
    // A copy of the test database that lost a table: reading an article fails inside the server.
    dir = mkdtempSync(join(tmpdir(), "rethread-broken-"));
    const source = new Database("data/e2e/rethread.db", { readonly: true });
    await source.backup(join(dir, "broken.db"));
    source.close();
    const broken = new Database(join(dir, "broken.db"));
    broken.exec("PRAGMA foreign_keys = OFF; DROP TABLE blocks;");
    broken.close();
    const port = Number(process.env.E2E_PORT ?? 3100) + 50;
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [".next/rethread/main.mjs", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, DATABASE_URL: `file:${join(dir, "broken.db")}`, PAGE_CACHE_MB: "0", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "ignore"],
    });
    const started = (async () => {
      for await (const chunk of server.stdout!) if (String(chunk).includes("Rethread on")) return;
    })();
    await Promise.race([started, once(server, "exit").then(() => Promise.reject(new Error("the server exited")))]);
  });

  test.afterAll(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("a failure inside the server is a 500 page with the header, a title and the way home", async ({ page }) => {
    const violations = watchPolicy(page);
    const response = await page.goto(`${base}/a/${ARTICLE}`);
    expect(response!.status()).toBe(500);
    await expectErrorPage(page, /^Something went wrong · Rethread$/, "could not be shown");
    expect(violations).toEqual([]);
  });
});
