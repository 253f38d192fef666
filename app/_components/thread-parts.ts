// A thread reaches the browser in parts (decision record 008): the page holds the first, and
// the thread's island fetches the others from the part route (app/a/[articleId]/part), each
// once, and puts them in place. A part is a slice of the view's comments in display order.
import { searchWords, type ThreadView } from "@/server/trpc/schemas";
import type { Part, TreeOptions } from "./comment-tree-html";
import { viewQuery } from "./view-url";

/**
 * Comments in the page's own part: more than a screen holds, and few, since the page carries
 * them twice (in the HTML and in the RSC payload React builds the page from) and, on a wide screen,
 * its first frame lays out all of them that are parsed by then (decision record 012).
 */
export const FIRST_PART_COMMENTS = 20;
/** Comments in each later part: few enough that a phone puts one in place in well under 200 ms. */
export const PART_COMMENTS = 200;

/**
 * The parts of a list of comments in display order: the first at most `first` long, the others
 * `size`. A part ends before a comment that starts a sub-thread of its own where one is in its
 * second half, so most parts hold whole conversations; a longer one is cut where the size says.
 */
export function threadParts(flat: readonly { id: string; parentId: string | null }[], first = FIRST_PART_COMMENTS, later = PART_COMMENTS): Part[] {
  const seen = new Set<string>();
  const startsOwn = flat.map((c) => {
    const own = c.parentId === null || !seen.has(c.parentId);
    seen.add(c.id);
    return own;
  });
  const parts: Part[] = [];
  for (let start = 0; start < flat.length; ) {
    const size = start === 0 ? first : later;
    let end = Math.min(start + size, flat.length);
    if (end < flat.length) {
      let cut = end;
      while (cut > start + size / 2 && !startsOwn[cut]) cut--;
      if (startsOwn[cut] && cut > start) end = cut;
    }
    parts.push({ start, end });
    start = end;
  }
  return parts;
}

/** How the page and the part route render a view's comments: the same for every part. */
export const partOptions = (view: Pick<ThreadView, "q" | "depth" | "sort">, articleAuthor: string | null): TreeOptions => ({
  words: searchWords(view.q),
  depth: view.depth,
  carry: viewQuery({ sort: view.sort }),
  articleAuthor,
});
