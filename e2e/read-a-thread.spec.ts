import { expect, test, type Locator, type Page } from "@playwright/test";
import { SELECT } from "../app/_components/comment-markup";
import { ARTICLE, comment, expectOnScreen, openThread } from "./helpers";

test("a reader opens an article from the list and sees its replies nested under what they answer", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  // The five sample dumps, the hostile fixture, the long thread, two dumps of one title, one in Markdown, one with a footer, and the six articles of e2e/formats (a saved page, four exports).
  await expect(page.locator("[data-article-list] > li")).toHaveCount(17);
  await page.getByRole("link", { name: "Putin Pushes His Own Reset Button On American Relations" }).click();
  await expect(page).toHaveURL(/\/a\/000_27b7f12d24ef8725$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Putin Pushes His Own Reset Button On American Relations");
  await expect(page.locator("[data-thread-stats]")).toHaveText("Dec 30, 2016, 1:21 PM – Dec 31, 2016, 8:40 AM · 12 comments · 6 commenters");

  const tyates = comment(page, "tyates", "Anyway, never thought");
  const granny = comment(page, "Granny", "Phishers are not hackers.");
  const henry = comment(page, "Henry Hawkins", "Another way to differentiate");
  await expect(granny).toBeVisible();

  // Nested in the markup: Granny's reply lives in the list item of the comment it answers.
  const tyatesItem = page.locator("li").filter({ has: tyates }).last();
  await expect(tyatesItem.locator("li").filter({ has: granny })).toHaveCount(1);
  const grannyItem = page.locator("li").filter({ has: granny }).last();
  await expect(grannyItem.locator("li").filter({ has: henry })).toHaveCount(1);

  // And visibly indented, each reply further right than its parent.
  const x = async (l: Locator) => (await l.boundingBox())!.x;
  expect(await x(granny)).toBeGreaterThan(await x(tyates));
  expect(await x(henry)).toBeGreaterThan(await x(granny));
  await expect(granny.locator("time")).toHaveAttribute("datetime", "2016-12-30T20:59");
  await expect(granny.locator("time")).toHaveText("Dec 30, 2016, 8:59 PM");
  await expect(tyates.getByText("(name inferred)")).toBeVisible();
  await expect(granny.getByRole("button", { name: "Collapse 2 replies" })).toBeVisible();
});

test("an article's comments without a name say unknown", async ({ page }) => {
  await page.goto("/a/000_27b7f12d24ef8725");
  await expect(comment(page, "unknown", "I’m not taken by the supposed")).toBeVisible();
});

test("the corpus list sorts and searches", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("[data-article-list] > li").first()).toContainText("Zoning board, a long thread");
  await expect(page.locator("[data-article-list] > li").nth(1)).toContainText("Putin Pushes His Own Reset Button");
  await page.getByRole("link", { name: "Title", exact: true }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(page.locator("[data-article-list] > li").first()).toContainText("Leeks in July");
  await page.getByRole("searchbox", { name: "Search" }).fill("Biden");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator("[data-article-list] > li")).toHaveCount(1);
  await expect(page.locator("[data-article-list]")).toContainText("Russia Recalled Ambassador After Biden Calls Putin");
});

test("an unknown article is a 404 page, not an error", async ({ page }) => {
  const response = await page.goto("/a/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("on a phone the article comes first with a link that jumps to the discussion", async ({ page, isMobile }) => {
  test.skip(!isMobile, "phones only");
  await page.goto("/a/000_27b7f12d24ef8725");
  await page.getByRole("link", { name: "Jump to the discussion (12 comments)" }).click();
  await expect(page).toHaveURL(/#discussion$/);
  await expect(page.getByRole("heading", { name: "Discussion (12 comments)" })).toBeInViewport();
});

test("a reply's parent link says what placed it there", async ({ page }) => {
  await page.goto(`/a/${ARTICLE}`);
  const parentLinks = page.locator("a[data-up]");
  await expect(parentLinks.first()).toHaveAttribute("title", /^Placed under its parent by (?:the dump's indentation|its "in reply to" line)$/);
});

test("every page names an icon the server serves", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator("link[rel='icon']").first().getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("articles of the same title say which file each is, on the list, in search hits and on a commenter's page", async ({ page }) => {
  await page.goto("/");
  const same = page.locator("[data-article-list] > li").filter({ hasText: "We're back" });
  await expect(same).toHaveCount(2);
  await expect(same.filter({ hasText: "zz_same_title_a.txt" })).toHaveCount(1);
  await expect(same.filter({ hasText: "zz_same_title_b.txt" })).toHaveCount(1);
  await expect(page.locator("[data-article-list] > li").filter({ hasText: "Putin Pushes" })).not.toContainText(".txt");
  await page.goto("/?q=copy");
  await expect(page.getByRole("link", { name: "wyvern on We're back" })).toHaveCount(2);
  await expect(page.locator("#comment-hits + ul")).toContainText("zz_same_title_a");
  await expect(page.locator("#comment-hits + ul")).toContainText("zz_same_title_b");
  // wyvern wrote once in the first, three times in the second.
  await page.goto("/u/wyvern");
  await expect(page.locator("main ol > li").filter({ hasText: "zz_same_title_a" })).toHaveCount(1);
  await expect(page.locator("main ol > li").filter({ hasText: "zz_same_title_b" })).toHaveCount(3);
});

test("back from a commenter's page returns to the place in the thread, not its top", async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 600 });
  await openThread(page, `/a/${ARTICLE}`);
  const last = page.locator(`${SELECT.comment}:has(h3 a[href^='/u/'])`).last();
  await last.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(600);
  await last.locator("h3 a[href^='/u/']").click();
  await expect(page).toHaveURL(/\/u\//);
  await page.goBack();
  await expect(page.locator(SELECT.ready)).toBeAttached();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 100);
});

/**
 * Reads a long thread far down, in a part that loads after the page, follows a commenter's link
 * and comes Back: the comment the reader was reading, which Back must bring back into view.
 */
async function leaveFarDownAndComeBack(page: Page): Promise<Locator> {
  await page.setViewportSize({ width: 400, height: 600 });
  await openThread(page, "/a/zz_long_thread");
  await expect(page.locator(SELECT.complete)).toBeAttached();
  const far = page.locator(SELECT.comment).nth(300);
  await far.evaluate((e) => e.scrollIntoView({ block: "center" }));
  // The comment the reader sees below the sticky bar.
  const reading = await page.evaluate(() => document.elementFromPoint(200, 150)?.closest("article[id^='c-']")?.id);
  expect(reading).toBeTruthy();
  await far.locator("h3 a[href^='/u/']").click();
  await expect(page).toHaveURL(/\/u\//);
  await page.goBack();
  return page.locator(`#${reading}`);
}

test("back to a long thread returns to a comment far down, in a part that loads after the page", async ({ page }) => {
  const place = await leaveFarDownAndComeBack(page);
  await expect(page.locator(SELECT.complete)).toBeAttached();
  await expectOnScreen(page, place);
});

test("after Back has brought a far place back, the reader's own scrolling is not pulled back to it", async ({ page }) => {
  test.skip(test.info().project.name === "phone", "a key moves the reader here; a phone has no Home key (a touch lets the place go the same way)");
  const place = await leaveFarDownAndComeBack(page);
  await expectOnScreen(page, place);
  // Home takes the reader to the top of the page (within a screen of it), and the place stays where it is, far below.
  const atTop = () => page.evaluate(() => window.scrollY < window.innerHeight);
  await page.keyboard.press("Home");
  await expect.poll(atTop).toBe(true);
  // The place is held frame by frame while the page settles: a few frames later the reader is still at the top.
  await page.waitForTimeout(500);
  expect(await atTop()).toBe(true);
  expect((await place.boundingBox())!.y).toBeGreaterThan(page.viewportSize()!.height);
});

test("back to the list after a search returns to the place in the results, not their top", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 500 });
  await page.goto(`/?q=${encodeURIComponent("the")}`);
  const hits = page.locator("main a[href^='/a/'], main a[href^='/c/']");
  expect(await hits.count()).toBeGreaterThan(5);
  const last = hits.last();
  await last.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(300);
  await last.click();
  await expect(page).not.toHaveURL(/\?q=/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=the/);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 150);
});
