import { renderCommentTree, type ThreadNode, type TreeOptions } from "./comment-tree-html";


/** The server-built thread markup (see comment-tree-html.ts), escaped there value by value. */
export function CommentTree({ roots, options }: { roots: ThreadNode[]; options: TreeOptions }) {
  return <div data-thread dangerouslySetInnerHTML={{ __html: renderCommentTree(roots, options) }} />;
}
