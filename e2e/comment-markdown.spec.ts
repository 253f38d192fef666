import { expect, test } from "@playwright/test";
import { comment, openThread } from "./helpers";

const MARKDOWN = "/a/zz_markdown";
const REL = "nofollow ugc noopener";

test("Markdown in a comment shows as emphasis, links, quotes, lists and code, and its links can be followed", async ({ page }) => {
  await openThread(page, MARKDOWN);
  const marlin = comment(page, "marlin", "The timetable is");
  await expect(marlin.locator("strong")).toHaveText("finally");
  await expect(marlin.locator("em")).toHaveText("mostly");
  await expect(marlin).not.toContainText("**");
  await expect(marlin.locator("blockquote")).toHaveText("Ferries will run every twenty minutes");
  await expect(marlin.locator("code")).toHaveText("19:00");
  const timetable = marlin.getByRole("link", { name: "the new timetable" });
  await expect(timetable).toHaveAttribute("href", "https://example.org/ferries/timetable");
  await expect(timetable).toHaveAttribute("rel", REL);
  // A bare address is a link too.
  await expect(marlin.getByRole("link", { name: "https://example.org/ferries", exact: true })).toHaveAttribute("rel", REL);

  const gannet = comment(page, "gannet", "Three things to check");
  await expect(gannet.locator("ol > li")).toHaveText(["the Sunday boats", "the night fare", "the bike racks"]);
  await expect(gannet.locator("pre")).toContainText("adult");

  // Followed for real: the click leaves for the address the commenter wrote.
  await page.route("https://example.org/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Timetable</title>elsewhere" }));
  await timetable.click();
  await expect(page).toHaveURL("https://example.org/ferries/timetable");
});

test("the commenter's page shows their Markdown the same way", async ({ page }) => {
  await page.goto("/u/marlin");
  const text = page.locator("main article").filter({ hasText: "The timetable is" });
  await expect(text.locator("strong")).toHaveText("finally");
  await expect(text.getByRole("link", { name: "the new timetable" })).toHaveAttribute("rel", REL);
});

test("a quote of a comment up the thread links to that comment; words nobody here wrote link nowhere", async ({ page }) => {
  await openThread(page, MARKDOWN);
  const tern = comment(page, "tern", "Only two of them matter");
  const source = tern.locator("blockquote").getByRole("link", { name: "quoting gannet" });
  await source.click();
  await expect(comment(page, "gannet", "Three things to check")).toBeFocused();
  await expect(comment(page, "petrel", "Nobody wrote that here").locator("blockquote a")).toHaveCount(0);
});
