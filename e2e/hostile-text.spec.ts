import { SELECT } from "../app/_components/comment-markup";
import { expect, test, type Page } from "@playwright/test";

const HOSTILE = "/a/zz_hostile";

/** Fails the test if any payload ran: a dialog, or the marker the payloads set. */
async function assertNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  // No element or attribute from the dump made it into the DOM.
  expect(await page.locator("main script, main iframe, main svg[onload], main img[src='x'], main [onerror], main [onload], main [onmouseover], main a[href^='javascript:']").count()).toBe(0);
}

test("a dump full of XSS payloads shows every one as text and runs none", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(HOSTILE);
  await expect(page.getByRole("heading", { level: 1 })).toContainText('Zebra crossing <script>window.__xss = "title"</script> safety');
  await expect(page.locator("main")).toContainText("<IMG SRC=\"javascript:window.__xss='body'\">");
  await expect(page.getByRole("heading", { name: /^<img src=x onerror=window.__xss='author'>/ })).toBeVisible();
  await expect(page.locator("main")).toContainText("<script>window.__xss='comment'</script> First comment with a script tag.");
  await expect(page.locator("main")).toContainText("&lt;script&gt;entities stay entities&lt;/script&gt;");
  await assertNothingRan(page);

  // The same text on the commenter, permalink and search pages.
  await page.getByRole("link", { name: "<img src=x onerror=window.__xss='author'>", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("<img src=x onerror=window.__xss='author'>");
  await assertNothingRan(page);
  await page.getByRole("link", { name: "permalink" }).first().click();
  await expect(page).toHaveURL(/\/c\//);
  await assertNothingRan(page);
  await page.goto(`/?q=${encodeURIComponent("script window")}`);
  await expect(page.getByRole("heading", { name: /Comments matching/ })).toBeVisible();
  await assertNothingRan(page);
  await page.goto(`${HOSTILE}?q=${encodeURIComponent("<script>alert(1)</script>")}&author=${encodeURIComponent("<img src=x onerror=window.__xss=1>")}`);
  await assertNothingRan(page);
  expect(dialogs).toEqual([]);
});

test("Markdown cannot carry a payload: javascript: and data: links, images, autolinks, nested brackets and tags stay text", async ({ page }) => {
  await page.goto("/a/zz_markdown");
  const skua = page.locator(SELECT.comment).filter({ hasText: "a link that runs code" });
  await expect(skua).toContainText("[a link that runs code](javascript:window.__xss='md-link')");
  await expect(skua).toContainText("<javascript:window.__xss='md-autolink'>");
  await expect(skua).toContainText(`<b onmouseover="window.__xss='md-html'">bold tag</b>`);
  await expect(skua).toContainText("[data](data:text/html,<script>window.__xss='md-data'</script>)");
  // A picture becomes a link to it: no browser fetches a stranger's tracker; a picture of a script is words.
  await expect(skua.locator("img")).toHaveCount(0);
  await expect(skua.getByRole("link", { name: "a picture" })).toHaveAttribute("href", "https://example.org/tracker.png");
  await expect(skua).toContainText("a script picture");
  // A link inside a link's text: the inner one, as CommonMark says, and the outer brackets as text.
  await expect(skua.getByRole("link", { name: "nested" })).toHaveAttribute("href", "https://example.org/inner");
  // Every link is to the web or mail, and none vouches for where it goes.
  for (const link of await skua.locator("a:not(h3 a)").all()) {
    await expect(link).toHaveAttribute("href", /^https:\/\/example\.org\//);
    await expect(link).toHaveAttribute("rel", "nofollow ugc noopener");
  }
  await skua.getByText("a link that runs code").click();
  await assertNothingRan(page);
});

test("every response carries the security headers, with a nonce-based script policy", async ({ request }) => {
  for (const path of ["/", HOSTILE, "/api/trpc/article.list", "/c/nope"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp.split(";").find((d) => d.trim().startsWith("script-src")), path).not.toContain("unsafe-inline");
  }
});

test("pages work under the policy: the client island hydrates with its nonce", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/a/000_27b7f12d24ef8725");
  await expect(page.locator(SELECT.ready)).toBeAttached();
  expect(violations).toEqual([]);
});
