import { DATA, SELECT } from "../app/_components/comment-markup";
import { expect, test } from "@playwright/test";
import { ARTICLE, comment, openThread } from "./helpers";

test("author=Granny shows Granny's comment with its parent as context and hides the unrelated ones", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}?author=Granny`);
  const granny = comment(page, "Granny", "Phishers are not hackers.");
  await expect(granny).toBeVisible();
  await expect(page.locator("li[data-role='match']")).toHaveCount(1);
  const parent = page.locator("li[data-role='context']");
  await expect(parent).toHaveCount(1);
  await expect(parent.locator("article").first()).toContainText("Who cares now.");
  await expect(page.getByText("So, no one really believes")).toHaveCount(0);
  // Every comment of the thread is counted once: shown, shown as context, or hidden.
  await expect(page.locator("[data-filter-status]")).toContainText("Showing 1 comment by Granny, and 1 comment they answer, marked context · 10 other comments hidden");
  await expect(parent.locator("> article")).toContainText("context");
  // Its button folds what is shown, not the thread's 3 replies; the timeline counts Granny's one comment.
  await expect(parent.locator("> article").getByRole("button", { name: "Collapse 1 shown reply" })).toBeVisible();
  await expect(page.getByRole("group", { name: /^Comments per (?!depth).*: 1 dated comment,/ })).toBeVisible();
  await expect(page.getByLabel("Commenter")).toHaveValue("Granny");
});

test("the commenter picker lists commenters with their counts and filters the thread", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  const picker = page.getByLabel("Commenter");
  await expect(picker.locator("option", { hasText: "tyates (2)" })).toHaveCount(1);
  await picker.selectOption("Henry Hawkins");
  await expect(page).toHaveURL(/author=Henry\+Hawkins/);
  await expect(page.locator("li[data-role='match']")).toHaveCount(1);
  await page.getByRole("link", { name: "show all" }).click();
  await expect(page.locator(SELECT.comment)).toHaveCount(12);
});

test("opening the commenter picker asks the server afresh: a commenter ingested since the page came is listed", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  const picker = page.getByLabel("Commenter");
  await expect(picker.locator("option", { hasText: "tyates (2)" })).toHaveCount(1);
  await expect(picker.locator("option", { hasText: "Newcomer" })).toHaveCount(0);
  // The server's own answer, with the commenter an ingest would have added meanwhile.
  await page.route("**/api/trpc/thread.authors**", async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    (Array.isArray(body) ? body[0] : body).result.data.push({ name: "Newcomer", count: 1 });
    await route.fulfill({ response, json: body });
  });
  await picker.focus();
  await expect(picker.locator("option", { hasText: "Newcomer (1)" })).toHaveCount(1);
  await expect(picker.locator("option", { hasText: "tyates (2)" })).toHaveCount(1);
  await picker.selectOption("Newcomer");
  await expect(page).toHaveURL(/author=Newcomer/);
});

test("between=Granny,tyates pulls out just their exchange", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}?between=Granny,tyates`);
  await expect(page.locator("li[data-role='match']")).toHaveCount(3);
  await expect(comment(page, "Henry Hawkins", "Another way")).toHaveCount(0);
  await expect(page.locator("[data-filter-status]")).toContainText("between Granny and tyates");
});

test("depth=1 shows only top-level comments, deeper ones behind continue this thread", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}?depth=1`);
  await expect(comment(page, "Granny", "Phishers")).toHaveCount(0);
  await page.locator("li", { hasText: "Who cares now." }).getByRole("link", { name: "continue this thread (3 replies)" }).click();
  await expect(page).toHaveURL(/\/c\//);
  await expect(comment(page, "Granny", "Phishers")).toBeVisible();
});

test("a folded exchange of two people leads to the view of just their exchange", async ({ page }) => {
  await openThread(page, "/a/zz_same_title_b");
  const exchange = page.locator(`button[${DATA.between}='wyvern,kestrel']`);
  await exchange.click();
  await page.getByRole("link", { name: "wyvern ↔ kestrel (5)" }).click();
  await expect(page).toHaveURL(/between=wyvern%2Ckestrel/);
  await expect(page.locator("[data-filter-status]")).toContainText("between wyvern and kestrel");
});
