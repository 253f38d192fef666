import { expect, test } from "@playwright/test";

test("a commenter's page lists their comments with counts and who they talk to", async ({ page }) => {
  await page.goto("/a/000_27b7f12d24ef8725");
  await page.getByRole("link", { name: "Granny", exact: true }).first().click();
  await expect(page).toHaveURL(/\/u\/Granny$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Granny");
  await expect(page.locator("[data-author-stats]")).toHaveText("1 comment on 1 article · first seen Dec 30, 2016, 8:59 PM · last seen Dec 30, 2016, 8:59 PM");
  await expect(page.getByRole("heading", { name: "Replies most to" }).locator("..")).toContainText("tyates (1)");
  await expect(page.getByRole("heading", { name: "Replied to most by" }).locator("..")).toContainText("Henry Hawkins (1)");
  await expect(page.getByText("in reply to tyates: Who cares now.")).toBeVisible();
});

test("a commenter with two comments lists the newest first", async ({ page }) => {
  await page.goto("/u/tyates");
  const items = page.locator("main ol > li");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("I think its a combination");
});

test("\"[deleted]\" is nobody: not among whom a commenter replies to or is replied to by", async ({ page }) => {
  await page.goto("/u/crustacean");
  await expect(page.getByRole("heading", { name: "Replies most to" }).locator("..")).not.toContainText("[deleted]");
  await page.goto("/u/proofer");
  await expect(page.getByRole("heading", { name: "Replied to most by" }).locator("..")).not.toContainText("[deleted]");
});
