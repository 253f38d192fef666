// Threads leave the procedures flat: JSON of a nested tree is written by recursion, which a
// reply chain a few thousand deep overflows (every API call on such a thread answered 500).
// A flat list in display order, each comment with its parentId, is also what a script reading
// the API nests most easily; the pages render it as it comes (app/_components/comment-tree-html.ts).
import type { CommentRow } from "../../db/store";
import { forEachNode, type TreeNode } from "./build-tree";

export type ThreadNode = TreeNode<CommentRow>;
/** A comment of a tree without its replies: a parent always comes before them. */
export type FlatComment = Omit<ThreadNode, "children">;

/** The tree in display order (depth first, each comment before its replies), as new objects without `children`. */
export function flattenThread(roots: readonly ThreadNode[]): FlatComment[] {
  const flat: FlatComment[] = [];
  forEachNode(roots, (n) => {
    // Written out rather than spread: object rest copies field by field into an object that grows.
    const comment: FlatComment = {
      id: n.id, documentId: n.documentId, position: n.position, parentId: n.parentId, depth: n.depth, author: n.author,
      authorSource: n.authorSource, parentSource: n.parentSource, parentAuthor: n.parentAuthor, replyTo: n.replyTo,
      postedAt: n.postedAt, postedAtText: n.postedAtText, text: n.text,
      descendantCount: n.descendantCount, people: n.people, longestChain: n.longestChain, role: n.role,
    };
    flat.push(comment);
  });
  return flat;
}
