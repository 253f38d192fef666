import { renderCommentTree, type ThreadNode, type TreeOptions } from "./comment-tree-html";

export type { ThreadNode, TreeOptions };

/** The server-built thread markup (see comment-tree-html.ts), escaped there value by value. */
export function CommentTree({ roots, options, authorOf }: { roots: ThreadNode[]; options: TreeOptions; authorOf: Map<string, string | null> }) {
  return <div data-thread dangerouslySetInnerHTML={{ __html: renderCommentTree(roots, authorOf, options) }} />;
}
