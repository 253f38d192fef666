import { headers } from "next/headers";
import { renderCommentTree, type ThreadNode, type TreeOptions } from "./comment-tree-html";
import { handOff } from "./html-handoff";
import { PAGE_LOAD_HEADER } from "./page-query";
import { ServerMarkup } from "./server-markup";

/**
 * The server-built thread markup (see comment-tree-html.ts), escaped there value by value.
 * A browser's page load (`npm start` says which, server/http/request-guard.ts) gets it in the
 * HTML only; anything else also gets it in the RSC
 * payload, which is always correct. A request asking for both would leave markup no SSR render
 * collects.
 */
export async function CommentTree({ roots, options }: { roots: ThreadNode[]; options: TreeOptions }) {
  const html = renderCommentTree(roots, options);
  const pageLoad = (await headers()).get(PAGE_LOAD_HEADER) === "1";
  return pageLoad ? <ServerMarkup ticket={handOff(html)} /> : <ServerMarkup html={html} />;
}
