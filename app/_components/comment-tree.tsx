import { headers } from "next/headers";
import { renderCommentTree, type ThreadNode, type TreeOptions } from "./comment-tree-html";
import { handOff } from "./html-handoff";
import { ServerMarkup } from "./server-markup";

/**
 * The server-built thread markup (see comment-tree-html.ts), escaped there value by value.
 * A browser's page load (it asks for text/html, and not for the RSC payload alone, as Next.js's
 * client navigations do with `RSC: 1`) gets it in the HTML only; anything else also gets it in
 * the RSC payload, which is always correct. A request asking for both would leave markup no
 * SSR render collects.
 */
export async function CommentTree({ roots, options }: { roots: ThreadNode[]; options: TreeOptions }) {
  const html = renderCommentTree(roots, options);
  const request = await headers();
  const pageLoad = (request.get("accept")?.includes("text/html") ?? false) && !request.has("rsc");
  return pageLoad ? <ServerMarkup ticket={handOff(html)} /> : <ServerMarkup html={html} />;
}
