import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ARTICLE, commentId } from "./helpers";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("axe finds no violations on the list, article, search, permalink and commenter pages", async ({ page, request }) => {
      test.setTimeout(120_000); // axe on ten pages, one of them a 480-comment thread
      const id = await commentId(request, "Granny", "Phishers");
      // The searches show matches marked, in the thread and across the corpus.
      for (const path of ["/", `/a/${ARTICLE}`, `/a/${ARTICLE}?author=Granny`, `/a/${ARTICLE}?q=phishing`, "/?q=phishing", `/c/${id}`, "/u/Granny", "/u/Granny?with=tyates", "/a/zz_markdown", "/a/zz_long_thread"]) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
      }
    });
  });
}

test("each comment is an article with a heading that says who answers whom", async ({ page }) => {
  await page.goto(`/a/${ARTICLE}`);
  await expect(page.getByRole("article", { name: "Reply from Henry Hawkins to Granny, level 3" }).getByRole("heading", { name: /^Henry Hawkins/ })).toBeVisible();
  await expect(page.locator("ol ol").first()).toBeAttached();
});
