// Reading on a small phone (issue 15, item 7): targets a thumb can hit, deep replies still wide
// enough to read, and a breadcrumb that keeps the nearest parents in view.
import { expect, test } from "@playwright/test";
import { DATA, SELECT } from "../app/_components/comment-markup";
import { ARTICLE, openThread } from "./helpers";

test.use({ viewport: { width: 320, height: 640 } });

test("a comment's links and its collapse button are at least 24 px tall", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  const reply = page.locator(`li:has(> article ${SELECT.up}):has(> ${SELECT.replies}) > article`).first();
  for (const target of [reply.locator(SELECT.permalink), reply.locator(SELECT.up), reply.locator(SELECT.collapse)]) {
    expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(24);
  }
});

test("the deepest reply of a long thread is still wide enough for a line of words, with nothing wider than the screen", async ({ page }) => {
  await openThread(page, "/a/zz_long_thread");
  await expect(page.locator(SELECT.complete)).toBeAttached();
  const depths = await page.locator(`li[${DATA.depth}]`).evaluateAll((items) => items.map((li) => Number(li.getAttribute("data-depth"))));
  const deepest = Math.max(...depths);
  expect(deepest).toBeGreaterThanOrEqual(7);
  const card = page.locator(`li[${DATA.depth}='${deepest}'] > article`).first();
  await card.scrollIntoViewIfNeeded();
  expect((await card.boundingBox())!.width).toBeGreaterThanOrEqual(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test("the breadcrumb of a deep reply shows its nearest parent whole", async ({ page }) => {
  await openThread(page, "/a/zz_long_thread");
  await expect(page.locator(SELECT.complete)).toBeAttached();
  const depths = await page.locator(`li[${DATA.depth}]`).evaluateAll((items) => items.map((li) => Number(li.getAttribute("data-depth"))));
  const deep = page.locator(`li[${DATA.depth}='${Math.max(...depths)}']`).first();
  // Top-level comments off screen have estimated heights until drawn: scroll until the reply stays put.
  await deep.locator("> article").evaluate(async (a) => {
    for (let i = 0; i < 6; i++) {
      window.scrollTo(0, a.getBoundingClientRect().top + window.scrollY - 20);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  const crumbs = page.getByRole("navigation", { name: "Where you are in the thread" });
  await expect(crumbs).toBeVisible();
  // The last links (the comment read and the one it answers) are whole inside the bar.
  const bar = (await crumbs.boundingBox())!;
  const links = crumbs.getByRole("link");
  expect(await links.count()).toBeGreaterThanOrEqual(2);
  for (const link of [links.last(), links.nth((await links.count()) - 2)]) {
    const box = (await link.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(bar.x + bar.width);
  }
});
