// A long thread reaches the browser in parts (app/_components/thread-parts.ts): the page holds
// the first, the island fetches the others once each and puts them where they belong. Also the
// head's part in the first paint (decision records 012 and 013): the link that holds a wide
// screen's first frame for the first comment, and a stylesheet sent once.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DATA, SELECT, commentElementId } from "../app/_components/comment-markup";
import { FIRST_PART_COMMENTS } from "../app/_components/thread-parts";
import { ARTICLE, commentId, expectOnScreen, openThread, order } from "./helpers";

const LONG = "zz_long_thread";

/** The thread in display order, as the API gives it. */
async function thread(request: APIRequestContext): Promise<{ id: string; parentId: string | null }[]> {
  const response = await request.get(`/api/trpc/article.get?input=${encodeURIComponent(JSON.stringify({ id: LONG }))}`);
  expect(response.ok()).toBeTruthy();
  return (await response.json()).result.data.comments;
}

test("a long thread's page holds its first part; the rest comes once each and reads as one thread, every reply under its parent", async ({ page, request }) => {
  const comments = await thread(request);
  expect(comments.length).toBe(480);
  const html = await (await request.get(`/a/${LONG}`, { headers: { accept: "text/html" } })).text();
  const inPage = comments.filter((c) => html.includes(`id='${commentElementId(c.id)}'`));
  expect(inPage.length).toBeGreaterThan(0);
  expect(inPage.length).toBeLessThanOrEqual(FIRST_PART_COMMENTS);

  const parts: string[] = [];
  page.on("response", (r) => void (new URL(r.url()).pathname.endsWith("/part") && parts.push(new URL(r.url()).searchParams.get("part")!)));
  await openThread(page, `/a/${LONG}`);
  await expect(page.locator(SELECT.complete)).toBeAttached();
  expect(await order(page.locator(SELECT.root))).toEqual(comments.map((c) => commentElementId(c.id)));
  expect(new Set(parts).size).toBe(parts.length); // each part fetched once
  const parents = await page.locator(SELECT.comment).evaluateAll((articles) =>
    articles.map((a) => a.parentElement!.parentElement!.closest("li")?.querySelector(":scope > article")?.id ?? null),
  );
  expect(parents).toEqual(comments.map((c) => (c.parentId ? commentElementId(c.parentId) : null)));
  // The keys reach the last comment.
  await page.locator(SELECT.comment).last().focus();
  await expect(page.locator(SELECT.comment).last()).toBeFocused();
});

test("a permalink to a comment of a later part opens at that comment once its part is in", async ({ page, request }) => {
  const last = (await thread(request)).at(-1)!;
  await openThread(page, `/a/${LONG}#${commentElementId(last.id)}`);
  await expect(page.locator(`#${commentElementId(last.id)}`)).toBeFocused();
  await expectOnScreen(page, page.locator(`#${commentElementId(last.id)}`));
});

test("a part that cannot come says why and offers to try again, which then brings it", async ({ page }) => {
  let refuse = true;
  await page.route("**/part?**", (route) =>
    refuse ? route.fulfill({ status: 503, contentType: "text/plain", body: "The server is busy.\n" }) : route.continue(),
  );
  await openThread(page, `/a/${LONG}`);
  await expect(page.getByText("The server is busy.")).toBeVisible();
  refuse = false;
  await page.getByRole("button", { name: "Try again" }).click();
  // Every later part again, each through the test's route: on a loaded machine, more than 5 s.
  await expect(page.locator(SELECT.complete)).toBeAttached({ timeout: 20_000 });
  await expect(page.locator(SELECT.comment)).toHaveCount(480);
});

test("the part route refuses what is not a part of this version of the thread, in plain words", async ({ page, request }) => {
  await page.goto(`/a/${LONG}`);
  const url = new URL((await page.locator(SELECT.thread).getAttribute(DATA.partUrl))!, "http://x");
  const get = (params: Record<string, string>) => {
    const u = new URL(url);
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    return request.get(`${u.pathname}${u.search}`);
  };
  expect((await get({ part: "1" })).status()).toBe(200);
  const stale = await get({ part: "1", v: "an-older-version" });
  expect(stale.status()).toBe(409);
  expect(await stale.text()).toContain("ingested again");
  expect((await get({ part: "0" })).status()).toBe(400);
  expect((await get({ part: "x" })).status()).toBe(400);
  expect((await get({ part: "99" })).status()).toBe(404);
  expect((await get({ part: "1", sort: "sideways" })).status()).toBe(400);
  expect((await request.get(`/a/no-such-article/part?part=1`)).status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the first part shows with a link to the whole thread on one page", async ({ page }) => {
    await page.goto(`/a/${LONG}`);
    const shown = await page.locator(SELECT.comment).count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(FIRST_PART_COMMENTS);
    // Followed from the keyboard: a click's point, taken before the comments around it are drawn,
    // can land beside the link once they are (content-visibility), as it once did on a loaded machine.
    await page.getByRole("link", { name: "Show all of them on one page" }).press("Enter");
    await expect(page.locator(SELECT.comment)).toHaveCount(480);
  });
});

test.describe("without JavaScript, controls that need it", () => {
  test.use({ javaScriptEnabled: false });
  test("are not offered: no collapse buttons, no collapse all, no copy link", async ({ page, request }) => {
    await page.goto(`/a/${ARTICLE}`);
    await expect(page.locator(SELECT.comment).first()).toBeVisible();
    await expect(page.locator(SELECT.collapse).first()).toBeHidden();
    await expect(page.getByRole("button", { name: "Collapse all replies" })).toHaveCount(0);
    await page.goto(`/c/${await commentId(request, "Granny", "Phishers")}`);
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
  });
});

test("on a wide screen the first paint waits for the tree's first comment and no longer: the page's render-blocking link names that comment, in the head", async ({ page, request }) => {
  const comments = await thread(request);
  for (const url of [`/a/${LONG}`, `/a/${LONG}?sort=newest`, `/c/${comments[5]!.id}`]) {
    await page.goto(url);
    const first = await page.locator(SELECT.root).locator(SELECT.comment).first().getAttribute("id"); // a comment page's context comes before its tree
    const expectLink = page.locator('head > link[rel="expect"][blocking="render"]');
    await expect(expectLink).toHaveAttribute("href", `#${first}`);
    // Only where the discussion stands beside the article is the comment on the first screen.
    expect(await expectLink.evaluate((l: HTMLLinkElement) => matchMedia(l.media).matches)).toBe(test.info().project.name === "desktop");
    // In the HTML's head, where the parser holds the first frame back; a link in the body would block nothing.
    const html = await (await request.get(url, { headers: { accept: "text/html" } })).text();
    const link = html.indexOf(`<link rel="expect" href="#${first}"`);
    expect(link).toBeGreaterThan(0);
    expect(link).toBeLessThan(html.indexOf("<body"));
  }
  // A view without comments holds nothing back.
  expect((await page.goto(`/a/${LONG}?q=${encodeURIComponent("nowordlikethisone")}`))!.status()).toBe(200);
  await expect(page.locator(SELECT.comment)).toHaveCount(0);
  await expect(page.locator('link[rel="expect"]')).toHaveCount(0);
});

test("a page sends its stylesheet once, as a file the browser keeps, and is styled by it", async ({ page, request }) => {
  const sheets: { url: string; cacheControl: string }[] = [];
  page.on("response", (r) => void (r.request().resourceType() === "stylesheet" && sheets.push({ url: r.url(), cacheControl: r.headers()["cache-control"] ?? "" })));
  await page.goto(`/a/${LONG}`);
  expect(sheets).toHaveLength(1);
  // Kept for a year and never asked again: the next page's styles cost nothing.
  expect(sheets[0]!.cacheControl).toMatch(/immutable/);
  expect(Number(/max-age=(\d+)/.exec(sheets[0]!.cacheControl)?.[1])).toBeGreaterThanOrEqual(365 * 24 * 3600);
  // Not written into the page as well (in its head or its RSC payload): the page's HTML holds no part of it.
  const css = await (await request.get(sheets[0]!.url)).text();
  const html = await (await request.get(`/a/${LONG}`, { headers: { accept: "text/html" } })).text();
  for (const at of [0, Math.floor(css.length / 2)]) expect(html).not.toContain(css.slice(at, at + 80));
  // The policy lets it apply: a comment is drawn as a card.
  const card = page.locator(SELECT.comment).first();
  expect(await card.evaluate((e) => getComputedStyle(e).borderTopLeftRadius)).not.toBe("0px");
});
