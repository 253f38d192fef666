import { SELECT } from "../app/_components/comment-markup";
import { expect, test, type Page } from "@playwright/test";
import { comment } from "./helpers";

// e2e/formats holds a saved page and exports of WordPress, Disqus, Reddit and ConvoKit, ingested
// beside the text dumps (playwright.config.ts): each reads as a thread like any other.

async function open(page: Page, title: string) {
  await page.goto("/");
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

/** `reply` sits in the list item of `parent`: nested in the page as in the source. */
async function expectNested(page: Page, parent: ReturnType<typeof comment>, reply: ReturnType<typeof comment>) {
  await expect(reply).toBeVisible();
  await expect(page.locator("li").filter({ has: parent }).last().locator("li").filter({ has: reply })).toHaveCount(1);
}

test("a saved HTML page reads as its article beside its nested comments", async ({ page }) => {
  await open(page, "Why the night ferry is coming back");
  await expect(page.locator("article[aria-labelledby='article-title']")).toContainText("After eleven years without a night crossing");
  await expect(page.locator("#discussion")).not.toContainText("Join the discussion");
  await expectNested(page, comment(page, "Old Salt", "About time."), comment(page, "ferrywatcher", "The bar is in the plan"));
});

test("a WordPress export reads as its post, with a trashed comment kept as a placeholder for its reply", async ({ page }) => {
  await open(page, "Leeks in July");
  await expect(page.locator("article[aria-labelledby='article-title']")).toContainText("The leeks went in late this year");
  const marge = comment(page, "Marge", "Mine bolted. Any tips?");
  await expect(marge).toBeVisible();
  await expect(page.locator("#discussion")).not.toContainText("cheap watches");
  await expect(page.locator("#discussion")).not.toContainText("alert(1)");
  const placeholder = page.locator("li").filter({ has: marge }).last().locator(SELECT.comment).filter({ hasText: "[deleted]" });
  await expect(placeholder).toHaveCount(1);
  await expectNested(page, comment(page, "unknown", "[deleted]"), comment(page, "Tom", "Sow them after the longest day."));
});

test("a Disqus export gives one article per thread", async ({ page }) => {
  await open(page, "Night ferry returns");
  await expectNested(page, comment(page, "Old Salt", "Bring back the bar."), comment(page, "ferrywatcher", "The bar is in the plan."));
  await open(page, "Ramp repairs");
  await expect(comment(page, "Guest", "Who pays?")).toBeVisible();
});

test("a Reddit thread's JSON keeps Reddit's comment ids as permalinks", async ({ page }) => {
  await open(page, "My grandmother's rye starter is 60 years old");
  await expect(page.locator("article[aria-labelledby='article-title']")).toContainText("She fed it every Sunday since 1959.");
  await expect(page.locator("article#c-t1_ab1")).toContainText("Sixty years of Sundays.");
  await page.goto("/c/t1_ab4");
  await expect(page.getByText("It was about the crumb.")).toBeVisible();
});

test("a ConvoKit corpus reads as its root post and the replies under it", async ({ page }) => {
  await open(page, "Two tides a day");
  await expect(page.locator("article[aria-labelledby='article-title']")).toContainText("Why do tides come twice a day?");
  await expectNested(page, comment(page, "kelp", "The moon pulls the far side too."), comment(page, "marlin", "So there are two bulges."));
});

test("an article downloads as JSON, CSV and a ConvoKit corpus", async ({ page, request }) => {
  await open(page, "Two tides a day");
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "JSON", exact: true }).click()]);
  const doc = JSON.parse(await (await json.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
  expect(doc.title).toBe("Two tides a day");
  expect(doc.comments.map((c: { id: string; parentId: string | null }) => [c.id, c.parentId])).toEqual([["u2", null], ["u3", "u2"]]);

  const url = new URL(page.url());
  const csv = await request.get(`${url.pathname}/export?format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("u3,u2,1,marlin");
  const zip = await request.get(`${url.pathname}/export?format=convokit`);
  expect(zip.headers()["content-disposition"]).toContain("convokit.zip");
  expect((await zip.body()).subarray(0, 2).toString("latin1")).toBe("PK");
  const bad = await request.get(`${url.pathname}/export?format=xlsx`);
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("expected json, csv or convokit");
  expect((await request.get("/a/no-such-article/export?format=json")).status()).toBe(404);
});
