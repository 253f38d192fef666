import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { SELECT } from "../app/_components/comment-markup";

export const ARTICLE = "000_27b7f12d24ef8725";

/** The comment whose header names `author` and whose text contains `words`. Unscoped, so it also works inside `has:`. */
export function comment(page: Page, author: string, words: string): Locator {
  return page.locator(SELECT.comment).filter({ has: page.locator("h3", { hasText: author }) }).filter({ hasText: words });
}

interface ApiComment {
  id: string;
  author: string | null;
  text: string;
}

/** Looks a comment's id up through the public tRPC API, as a script sharing links would. */
export async function commentId(request: APIRequestContext, author: string, words: string, article = ARTICLE): Promise<string> {
  const response = await request.get(`/api/trpc/article.get?input=${encodeURIComponent(JSON.stringify({ id: article }))}`);
  expect(response.ok()).toBeTruthy();
  const comments: ApiComment[] = (await response.json()).result.data.comments;
  const found = comments.find((c) => c.author === author && c.text.includes(words));
  if (found) return found.id;
  throw new Error(`no comment by ${author} containing "${words}"`);
}

/** Ids of the comment articles inside `scope`, in page order. */
export async function order(scope: Locator): Promise<string[]> {
  return scope.locator(SELECT.comment).evaluateAll((els) => els.map((e) => e.id));
}

/** Opens a page with a thread and waits until its client island is hydrated, so keys and toggles work. */
export async function openThread(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator(SELECT.ready)).toBeAttached();
}

/**
 * Waits until `locator` lies within the viewport, by its box. (toBeInViewport asks an
 * IntersectionObserver, which reports nothing for a comment whose top-level item the browser has
 * not yet drawn since it came into view: content-visibility, see globals.css.)
 */
export async function expectOnScreen(page: Page, locator: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      const height = page.viewportSize()!.height;
      return box !== null && box.y + box.height > 0 && box.y < height;
    })
    .toBe(true);
}
