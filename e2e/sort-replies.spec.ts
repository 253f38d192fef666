import { SELECT } from "../app/_components/comment-markup";
import { expect, test } from "@playwright/test";
import { ARTICLE, comment, order, openThread } from "./helpers";

test("sort=newest puts tyates's 8:40 am reply before Henry Hawkins's 8:22 am one under Granny", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}?sort=newest`);
  const granny = page.locator("li").filter({ has: comment(page, "Granny", "Phishers are not hackers.") }).last();
  const ids = await order(granny.locator(SELECT.replies));
  const tyates = await comment(page, "tyates", "I think its a combination").getAttribute("id");
  const henry = await comment(page, "Henry Hawkins", "Another way").getAttribute("id");
  expect(ids.indexOf(tyates!)).toBeLessThan(ids.indexOf(henry!));
  await expect(page.getByLabel("Sort")).toHaveValue("newest");
});

test("thread order keeps the dump's order: Henry Hawkins before tyates", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  const ids = await order(page.locator(SELECT.root));
  const tyates = await comment(page, "tyates", "I think its a combination").getAttribute("id");
  const henry = await comment(page, "Henry Hawkins", "Another way").getAttribute("id");
  expect(ids.indexOf(henry!)).toBeLessThan(ids.indexOf(tyates!));
});

test("choosing a sort in the menu updates the URL and the thread without a full reload", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByLabel("Sort").selectOption("replies");
  await expect(page).toHaveURL(/sort=replies/);
  // The comment with the largest subtree (tyates's, 3 replies) now leads the thread.
  await expect(page.locator(`${SELECT.root} > li`).first().locator("article").first()).toContainText("Who cares now.");
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
});

test("with JavaScript off, the sort control still works as a plain form", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/a/${ARTICLE}`);
  await page.getByLabel("Sort").selectOption("newest");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sort=newest/);
  await expect(page.getByLabel("Sort")).toHaveValue("newest");
  await context.close();
});

test("going back after a sort change shows the thread as it was", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  const before = await order(page.locator(SELECT.root));
  await page.getByLabel("Sort").selectOption("replies");
  await expect(page.locator(`${SELECT.root} > li`).first().locator("article").first()).toContainText("Who cares now.");
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=/);
  await expect.poll(() => order(page.locator(SELECT.root))).toEqual(before);
  await page.goForward();
  await expect(page.locator(`${SELECT.root} > li`).first().locator("article").first()).toContainText("Who cares now.");
});

test("a thread without dates offers no sort by time; a dated one does", async ({ page, request }) => {
  const list = (await (await request.get("/api/trpc/article.list")).json()).result.data as { id: string; firstCommentAt: string | null; commentCount: number }[];
  const undated = list.find((a) => a.firstCommentAt === null && a.commentCount > 1);
  expect(undated, "the e2e corpus holds an undated thread").toBeTruthy();
  await page.goto(`/a/${undated!.id}`);
  const sort = page.getByLabel("Sort");
  await expect(sort.locator("option")).toHaveText(["Thread order", "Most replies", "Longest first"]);
  await page.goto(`/a/${ARTICLE}`);
  await expect(sort.locator("option")).toHaveText(["Thread order", "Oldest first", "Newest first", "Most replies", "Longest first"]);
});
