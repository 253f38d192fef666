import { expect, test } from "@playwright/test";
import { SELECT } from "../app/_components/comment-markup";

test("a commenter's page lists their comments with counts and who they talk to", async ({ page }) => {
  await page.goto("/a/000_27b7f12d24ef8725");
  await page.getByRole("link", { name: "Granny", exact: true }).first().click();
  await expect(page).toHaveURL(/\/u\/Granny$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Granny");
  await expect(page.locator("[data-author-stats]")).toHaveText("1 comment on 1 article · first seen Dec 30, 2016, 8:59 PM · last seen Dec 30, 2016, 8:59 PM");
  await expect(page.getByRole("heading", { name: "Replies most to" }).locator("..")).toContainText("tyates (1 ↔)");
  await expect(page.getByRole("heading", { name: "Replied to most by" }).locator("..")).toContainText("Henry Hawkins (1 ↔)");
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

test("\"replies most to\" leads to the two's exchange, and from there to the two-person view of the thread", async ({ page }) => {
  await page.goto("/u/Granny");
  await page.getByRole("heading", { name: "Replies most to" }).locator("..").getByRole("link", { name: "1 reply: the exchange between Granny and tyates" }).click();
  await expect(page).toHaveURL(/\/u\/Granny\?with=tyates$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Granny ↔ tyates");
  // Both ways: Granny's reply to tyates, and tyates's to Granny.
  const replies = page.locator("main ol > li");
  const count = await replies.count();
  expect(count).toBeGreaterThanOrEqual(1);
  await expect(page.locator("[data-exchange-stats]")).toContainText(`${count} ${count === 1 ? "reply" : "replies"} between them, on 1 article`);
  const reply = replies.filter({ has: page.locator(".c-text", { hasText: "Phishers are not hackers." }) });
  await expect(reply).toHaveCount(1);
  await reply.getByRole("link", { name: "Putin Pushes His Own Reset Button On American Relations" }).click();
  await expect(page).toHaveURL(/\/a\/000_27b7f12d24ef8725\?between=Granny%2Ctyates#c-/);
  await expect(page.locator("[data-filter-status]")).toContainText("between Granny and tyates");
  await expect(page.locator(SELECT.comment).filter({ hasText: "Phishers are not hackers." })).toBeVisible();
});

test("the exchange parameter given twice is refused in words", async ({ request }) => {
  const response = await request.get("/u/Granny?with=tyates&with=Henry");
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("given 2 times");
});
