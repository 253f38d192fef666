// The conversation tools of issue 15: hide a commenter, comments new since the last visit, and
// where the reader is in the thread (position and map).
import { expect, test, type Page } from "@playwright/test";
import { DATA, SELECT } from "../app/_components/comment-markup";
import { ARTICLE, comment, expectOnScreen, openThread } from "./helpers";

const LONG = "/a/zz_long_thread";

/** Granny's comment and Henry Hawkins's reply to it, in the sample thread. */
const granny = (page: Page) => page.locator(SELECT.comment).filter({ has: page.locator("h3", { hasText: "Granny" }) }).first();
/** Granny's words in her comment (the bar of where the reader is may quote them too, for a reply to her). */
const grannysWords = (page: Page) => page.locator(SELECT.comment).getByText("Phishers are not hackers.");

test("hiding a commenter keeps the thread's shape: their comments become a line, the replies to them stay, and it is remembered", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  await expect(grannysWords(page)).toBeVisible();
  await page.getByLabel("Hide the comments of").selectOption("Granny");
  await expect(grannysWords(page)).toBeHidden();
  await expect(granny(page).getByText("You hid Granny.")).toBeVisible();
  // Their place stays, under its parent, with its replies visible.
  await expect(comment(page, "Henry Hawkins", "Another way to differentiate")).toBeVisible();
  await expect(page.locator("li").filter({ has: granny(page) }).last().locator("li").filter({ has: comment(page, "Henry Hawkins", "Another way") })).toHaveCount(1);

  // Remembered: the next visit, and another thread, hide them too.
  await page.reload();
  await expect(page.locator(SELECT.ready)).toBeAttached();
  await expect(grannysWords(page)).toBeHidden();
  await expect(page.locator("[data-hidden-commenters]")).toContainText("Granny");

  await granny(page).getByRole("button", { name: "Show Granny" }).click();
  await expect(grannysWords(page)).toBeVisible();
  await expect(page.locator("[data-hidden-commenters]")).toHaveCount(0);
});

test("the key x hides the focused comment's commenter and shows them again", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  await granny(page).focus();
  await page.keyboard.press("x");
  await expect(page.getByText("Phishers are not hackers.")).toBeHidden();
  await expect(granny(page)).toBeFocused();
  await page.keyboard.press("x");
  await expect(page.getByText("Phishers are not hackers.")).toBeVisible();
});

test("comments this browser has not shown before are marked new, counted, and reached with u; seen, they are new no more", async ({ page }) => {
  // The last visit showed only Granny's comments and what they answer.
  await openThread(page, `/a/${ARTICLE}?author=Granny`);
  await expect(page.locator(SELECT.complete)).toBeAttached();
  const shown = await page.locator(SELECT.comment).count();
  await expect(page.getByRole("status").filter({ hasText: "new since your last visit" })).toHaveCount(0);

  await openThread(page, `/a/${ARTICLE}`);
  const all = await page.locator(SELECT.comment).count();
  const news = page.locator(`${SELECT.comment}[${DATA.fresh}]`);
  await expect(news).toHaveCount(all - shown);
  await expect(page.getByRole("status")).toContainText(`${all - shown} comments new since your last visit`);
  await expect(granny(page)).not.toHaveAttribute(DATA.fresh);
  await page.keyboard.press("u");
  await expect(page.locator(`${SELECT.comment}[${DATA.fresh}]:focus`)).toHaveCount(1);
  await page.getByRole("button", { name: "Next new comment (u)" }).click();
  await expect(page.locator(`${SELECT.comment}[${DATA.fresh}]:focus`)).toHaveCount(1);

  await page.reload();
  await expect(page.locator(SELECT.complete)).toBeAttached();
  await expect(news).toHaveCount(0);
});

test("the reader sees which comment of how many they are at, and it follows them", async ({ page }) => {
  await openThread(page, LONG);
  await expect(page.locator(SELECT.complete)).toBeAttached();
  const position = page.locator("[data-position]");
  await page.locator(SELECT.comment).first().focus();
  await page.keyboard.press("j");
  await expect(position).toHaveText("Comment 2 of 480");
  await page.keyboard.press("n");
  const before = Number((await position.textContent())!.match(/Comment (\d+)/)![1]);
  expect(before).toBeGreaterThan(2);
  await page.keyboard.press("n");
  await expect(position).not.toHaveText(`Comment ${before} of 480`);
});

test("the thread map shows the big sub-threads, and a click on one goes there", async ({ page, isMobile }) => {
  test.skip(isMobile, "the map is for wider screens; a phone has the position and the n and p buttons");
  await openThread(page, LONG);
  await expect(page.locator(SELECT.complete)).toBeAttached();
  const map = page.getByRole("navigation", { name: "Thread map" });
  const segments = map.getByRole("link");
  expect(await segments.count()).toBeGreaterThan(1);
  expect(await segments.count()).toBeLessThanOrEqual(80);
  const last = segments.last();
  const label = (await last.getAttribute("aria-label"))!;
  const start = Number(label.match(/([\d,]+) to/)![1]!.replace(/,/g, ""));
  await last.click();
  const target = (await last.getAttribute("href"))!;
  await expect(page.locator(target)).toBeFocused();
  await expectOnScreen(page, page.locator(target));
  await expect(page.locator("[data-position]")).toContainText(`of 480`);
  const at = Number((await page.locator("[data-position]").textContent())!.match(/Comment (\d+)/)![1]);
  expect(at).toBeGreaterThanOrEqual(start - 5);
});

test("the article's author, named by its byline, is marked where they comment", async ({ page }) => {
  await openThread(page, "/a/zz_markdown");
  const ruth = comment(page, "Ruth Kemp", "I wrote the article");
  await expect(ruth.locator(`[${DATA.articleAuthor}]`)).toHaveText("article’s author");
  await expect(page.locator(`[${DATA.articleAuthor}]`)).toHaveCount(1);
});
