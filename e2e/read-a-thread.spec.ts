import { expect, test, type Locator, type Page } from "@playwright/test";

/** The comment whose header names `author` and whose text contains `words`. Unscoped, so it also works inside `has:`. */
function comment(page: Page, author: string, words: string): Locator {
  return page.locator("article[id^='c-']").filter({ has: page.locator("header", { hasText: author }) }).filter({ hasText: words });
}

test("a reader opens an article from the list and sees its replies nested under what they answer", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expect(page.locator("main li")).toHaveCount(5);
  await page.getByRole("link", { name: "Putin Pushes His Own Reset Button On American Relations" }).click();
  await expect(page).toHaveURL(/\/a\/000_27b7f12d24ef8725$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Putin Pushes His Own Reset Button On American Relations");

  const thread = page.locator("section[aria-labelledby='discussion']");
  const tyates = comment(page, "tyates", "Anyway, never thought");
  const granny = comment(page, "Granny", "Phishers are not hackers.");
  const henry = comment(page, "Henry Hawkins", "Another way to differentiate");
  await expect(granny).toBeVisible();

  // Nested in the markup: Granny's reply lives in the list item of the comment it answers.
  const tyatesItem = thread.locator("li").filter({ has: tyates }).last();
  await expect(tyatesItem.locator("li").filter({ has: granny })).toHaveCount(1);
  const grannyItem = thread.locator("li").filter({ has: granny }).last();
  await expect(grannyItem.locator("li").filter({ has: henry })).toHaveCount(1);

  // And visibly indented, each reply further right than its parent.
  const x = async (l: Locator) => (await l.boundingBox())!.x;
  expect(await x(granny)).toBeGreaterThan(await x(tyates));
  expect(await x(henry)).toBeGreaterThan(await x(granny));
  await expect(granny.locator("time")).toHaveAttribute("datetime", "2016-12-30T20:59");
});

test("an unknown article is a 404 page, not an error", async ({ page }) => {
  const response = await page.goto("/a/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
