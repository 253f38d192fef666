import { expect, test } from "@playwright/test";
import { ARTICLE, comment, openThread } from "./helpers";

test("q=phishing finds Granny's and Henry Hawkins's comments and marks the word", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}?q=phishing`);
  const matches = page.locator("li[data-role='match'] > article");
  await expect(matches.filter({ hasText: "Phishers are not hackers." })).toHaveCount(1);
  await expect(matches.filter({ hasText: "Another way to differentiate" })).toHaveCount(1);
  await expect(comment(page, "Henry Hawkins", "Another way").locator("mark").first()).toHaveText(/phishing/i);
  await expect(page.getByText("So, no one really believes")).toHaveCount(0);
});

test("typing in the search box and pressing Enter filters the thread", async ({ page }) => {
  await openThread(page, `/a/${ARTICLE}`);
  await page.getByLabel("Search this thread").fill("Podesta");
  await page.getByLabel("Search this thread").press("Enter");
  await expect(page).toHaveURL(/q=Podesta/);
  await expect(page.locator("li[data-role='match']").first()).toBeVisible();
  await expect(page.locator("mark", { hasText: "Podesta" }).first()).toBeVisible();
});

test("searching the corpus lists matching comments with links to them", async ({ page }) => {
  await page.goto("/?q=phishing");
  await expect(page.getByRole("heading", { name: "Comments matching “phishing”" })).toBeVisible();
  await page.getByRole("link", { name: "Henry Hawkins on Putin Pushes His Own Reset Button On American Relations" }).click();
  await expect(page).toHaveURL(/\/c\//);
});
