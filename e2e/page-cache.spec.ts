import { SELECT } from "../app/_components/comment-markup";
import { expect, test } from "@playwright/test";
import { ARTICLE, comment } from "./helpers";

test("a page load answered from the page cache is the same working page: scripts run, no policy violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const url = `/a/${ARTICLE}?sort=replies`;
  await page.goto(url);
  const again = await page.goto(url);
  expect(again!.headers()["x-page-cache"]).toBe("hit");
  await expect(page.locator(SELECT.ready)).toBeAttached();
  // The island works: collapsing hides the replies, and a sort change navigates in place.
  const tyates = page.locator("li").filter({ has: comment(page, "tyates", "Who cares now") }).last();
  await tyates.locator("> article").getByRole("button", { name: "collapse" }).click();
  await expect(comment(page, "Granny", "Phishers are not hackers.")).toBeHidden();
  await page.getByLabel("Sort").selectOption("newest");
  await expect(page).toHaveURL(/sort=newest/);
  await expect(page.getByLabel("Sort")).toHaveValue("newest");
  expect(violations).toEqual([]);
});

test("a hard reload (Cache-Control: no-cache) renders the page afresh", async ({ request }) => {
  const load = (headers: Record<string, string> = {}) => request.get(`/a/${ARTICLE}?sort=newest`, { headers: { accept: "text/html", ...headers } });
  await load();
  expect((await load()).headers()["x-page-cache"]).toBe("hit");
  const fresh = await load({ "cache-control": "no-cache" });
  expect(fresh.headers()["x-page-cache"]).toBe("miss");
  expect(await fresh.text()).toContain("Phishers are not hackers.");
});
