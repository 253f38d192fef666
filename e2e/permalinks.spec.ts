import { expect, test } from "@playwright/test";
import { ARTICLE, comment, commentId, openThread } from "./helpers";

test("the permalink of dunce1239's reply shows redc1c4's comment above it", async ({ page, request }) => {
  const id = await commentId(request, "dunce1239", "The down arrow");
  await openThread(page, `/c/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("dunce1239");
  const context = page.locator("[data-context]");
  await expect(context).toContainText("redc1c4");
  await expect(context).toContainText("there’s no way the FSB");
  await expect(page.locator(`#c-${id}`)).toContainText("The down arrow is too close to the reply sign.");
  await expect(page.getByRole("link", { name: "Putin Pushes His Own Reset Button On American Relations" })).toHaveAttribute("href", `/a/${ARTICLE}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "dunce1239 on Putin Pushes His Own Reset Button On American Relations");
  await expect(page.locator('meta[name="twitter:description"]')).toHaveAttribute("content", /^The down arrow is too close/);
});

test("a permalink shows the reply's whole subtree and context=1 just its parent", async ({ page, request }) => {
  const id = await commentId(request, "Granny", "Phishers");
  await openThread(page, `/c/${id}?context=1`);
  await expect(comment(page, "Henry Hawkins", "Another way")).toBeVisible();
  await expect(comment(page, "tyates", "I think its a combination")).toBeVisible();
  await expect(page.locator("[data-context] > li")).toHaveCount(1);
});

test("a shared permalink carries the view: sort=newest orders the subtree as the sharer saw it", async ({ page, request }) => {
  const id = await commentId(request, "Granny", "Phishers");
  await openThread(page, `/c/${id}?context=2&sort=newest`);
  const ids = await page.locator(`li:has(> #c-${id}) [data-replies] article`).evaluateAll((els) => els.map((e) => e.textContent ?? ""));
  expect(ids[0]).toContain("I think its a combination");
  await page.getByRole("link", { name: "View in the whole thread" }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${ARTICLE}\\?sort=newest#c-${id}$`));
  await expect(page.locator(`#c-${id}`)).toBeInViewport();
});

test("the copy-link button copies the absolute URL", async ({ page, request, context, browserName }) => {
  test.skip(browserName !== "chromium");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const id = await commentId(request, "Granny", "Phishers");
  await openThread(page, `/c/${id}?context=2`);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test("a permalink into a collapsed part of the thread opens it and scrolls to the reply", async ({ page, request }) => {
  const henry = await commentId(request, "Henry Hawkins", "Another way");
  const tyates = await commentId(request, "tyates", "Who cares now");
  await openThread(page, `/a/${ARTICLE}`);
  await page.locator(`li:has(> #c-${tyates}) > article`).getByRole("button", { name: "collapse" }).click();
  await expect(page.locator(`#c-${henry}`)).toBeHidden();
  await openThread(page, `/a/${ARTICLE}#c-${henry}`);
  await page.reload();
  await expect(page.locator(`#c-${henry}`)).toBeVisible();
  await expect(page.locator(`#c-${henry}`)).toBeInViewport();
  await expect(page.locator(`#c-${henry}`)).toBeFocused();
});

test("unknown comments and commenters are real 404 pages", async ({ page }) => {
  expect((await page.goto("/c/nope"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  expect((await page.goto("/u/nobody-at-all"))?.status()).toBe(404);
});

test("a permalink into a filtered-away part of the thread offers the way to it", async ({ page, request }) => {
  const henry = await commentId(request, "Henry Hawkins", "Another way");
  await openThread(page, `/a/${ARTICLE}?author=redc1c4#c-${henry}`);
  await page.getByRole("link", { name: "Show it in the whole thread" }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${ARTICLE}#c-${henry}$`));
  await expect(page.locator(`#c-${henry}`)).toBeInViewport();
});
