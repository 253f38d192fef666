import { expect, test } from "@playwright/test";
import { DATA, SELECT } from "../app/_components/comment-markup";
import { ARTICLE, comment, commentId, openThread } from "./helpers";

test("collapsing a comment hides its replies and says what it hides; expanding brings them back", async ({ page, request }) => {
  const tyates = await commentId(request, "tyates", "Who cares now");
  await openThread(page, `/a/${ARTICLE}`);
  const item = page.locator(`li:has(> #c-${tyates})`);
  const toggle = item.locator("> article").getByRole("button", { name: "Collapse 3 replies" });
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await toggle.click();
  await expect(item.locator(`> article > ${SELECT.collapse}`)).toHaveAttribute("aria-expanded", "false");
  await expect(comment(page, "Granny", "Phishers")).toBeHidden();
  await expect(item.locator(`> article > ${SELECT.summary}`)).toHaveText("3 replies · 3 people · longest chain 2");
  await item.locator("> article").getByRole("button", { name: "Expand 3 replies" }).click();
  await expect(comment(page, "Granny", "Phishers")).toBeVisible();
});

test("clicking the thread line collapses, and the state survives a change of sort", async ({ page, request }) => {
  const granny = await commentId(request, "Granny", "Phishers");
  await openThread(page, `/a/${ARTICLE}`);
  // The line is the replies list's left edge, beside the replies themselves.
  await page.locator(`li:has(> #c-${granny}) > ${SELECT.replies}`).click({ position: { x: 1, y: 8 } });
  await expect(comment(page, "Henry Hawkins", "Another way")).toBeHidden();
  await page.getByLabel("Sort").selectOption("newest");
  await expect(page).toHaveURL(/sort=newest/);
  await expect(comment(page, "Henry Hawkins", "Another way")).toBeHidden();
});

test("collapse all replies hides every reply at once", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  await page.getByRole("button", { name: "Collapse all replies" }).click();
  await expect(comment(page, "Granny", "Phishers")).toBeHidden();
  await expect(comment(page, "unknown", "I’m not taken by")).toBeVisible();
  await page.getByRole("button", { name: "Expand all replies" }).click();
  await expect(comment(page, "Granny", "Phishers")).toBeVisible();
});

test("after a reload, collapse all is still in force and its button offers to expand, which works at the first click", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  await page.getByRole("button", { name: "Collapse all replies" }).click();
  await page.reload();
  await expect(page.locator(SELECT.ready)).toBeAttached();
  await expect(comment(page, "Granny", "Phishers")).toBeHidden();
  await page.getByRole("button", { name: "Expand all replies" }).click();
  await expect(comment(page, "Granny", "Phishers")).toBeVisible();
  await expect(page.getByRole("button", { name: "Collapse all replies" })).toBeVisible();
});

test("in a long thread, collapse all also folds the parts that arrive later", async ({ page }) => {
  await openThread(page, "/a/zz_long_thread");
  await page.getByRole("button", { name: "Collapse all replies" }).click();
  await expect(page.locator(SELECT.complete)).toBeAttached();
  const open = page.locator(`li:has(> ${SELECT.replies}):not([${DATA.collapsed}])`);
  await expect(open).toHaveCount(0);
});

test("keyboard: j and k move between comments, h goes to the parent, Enter collapses, / searches, ? shows the keys", async ({ page, request }) => {
  const granny = await commentId(request, "Granny", "Phishers");
  const henry = await commentId(request, "Henry Hawkins", "Another way");
  await openThread(page, `/a/${ARTICLE}`);
  await page.locator("body").press("j");
  const first = page.locator(SELECT.comment).first();
  await expect(first).toBeFocused();
  await page.keyboard.press("j");
  await expect(page.locator(SELECT.comment).nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(first).toBeFocused();

  await page.locator(`#c-${henry}`).focus();
  await page.keyboard.press("h");
  await expect(page.locator(`#c-${granny}`)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(`#c-${henry}`)).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(page.locator(`#c-${henry}`)).toBeVisible();

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("/");
  await expect(page.getByLabel("Search this thread")).toBeFocused();
});

test("the breadcrumb names the ancestors of the reply being read, and each name jumps there", async ({ page, request }) => {
  const henry = await commentId(request, "Henry Hawkins", "Another way");
  const tyates = await commentId(request, "tyates", "Who cares now");
  await page.setViewportSize({ width: 1280, height: 500 });
  await openThread(page, `/a/${ARTICLE}`);
  await page.locator(`#c-${henry}`).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 40));
  const crumb = page.getByRole("navigation", { name: "Where you are in the thread" });
  await expect(crumb).toContainText("tyates › Granny › Henry Hawkins: Another way to differentiate");
  await crumb.getByRole("link", { name: "tyates" }).click();
  await expect(page.locator(`#c-${tyates}`)).toBeFocused();
});

test("the article page draws the discussion over time and by depth", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  const time = page.getByRole("group", { name: /^Comments per hour, Dec 30, 2016, 1:00 PM to Dec 31, 2016, 8:00 AM: 5 dated comments/ });
  await expect(time).toBeVisible();
  await expect(page.locator("figcaption").first()).toContainText("Dec 30, 2016, 1:00 PM");
  await expect(page.getByRole("img", { name: "Comments per depth (1 to 3)" }).locator("rect")).toHaveCount(3);
  // A bar leads to the first comment of its hour, oldest first.
  await time.getByRole("link").first().click();
  await expect(page).toHaveURL(/sort=oldest#c-/);
  await expect(page.locator(`#${new URL(page.url()).hash.slice(1)}`)).toBeFocused();
});

test("a thread whose last comments trickle in long after keeps its bars for the discussion, and counts the rest apart", async ({ page }) => {
  await openThread(page, "/a/zz_long_thread");
  const bars = page.getByRole("group", { name: /^Comments per / }).getByRole("link");
  expect(await bars.count()).toBeLessThanOrEqual(48);
  const counts = (await bars.evaluateAll((links) => links.map((a) => a.getAttribute("aria-label")!))).map((label) => Number(label.split(": ").at(-1)!.split(" ")[0]));
  expect(Math.max(...counts)).toBeLessThan(480 / 2);
});

test("n and p, or the two round buttons, move between top-level comments", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  const tops = page.locator(`${SELECT.root} > li > article`);
  expect(await tops.count()).toBeGreaterThanOrEqual(3);
  await tops.nth(0).focus();
  await page.keyboard.press("n");
  await expect(tops.nth(1)).toBeFocused();
  await page.keyboard.press("n");
  await expect(tops.nth(2)).toBeFocused();
  await page.keyboard.press("p");
  await expect(tops.nth(1)).toBeFocused();
  await page.getByRole("button", { name: "Next top-level comment" }).click();
  await expect(tops.nth(2)).toBeFocused();
  await expect(tops.nth(2)).toBeInViewport();
  await page.getByRole("button", { name: "Previous top-level comment" }).click();
  await expect(tops.nth(1)).toBeFocused();
});
