// Pure tree logic over comment rows, which arrive in document order.
import { person } from "../../contract/placeholder-authors";

export interface TreeInput {
  id: string;
  parentId: string | null;
  author: string | null;
}

/** Why a comment is in a filtered view: it matches, or it leads to one that does. */
export type Role = "match" | "context";

export type TreeNode<T extends TreeInput> = T & {
  children: TreeNode<T>[];
  /** All comments beneath this one, at any depth. */
  descendantCount: number;
  /** Distinct named commenters beneath this one. */
  people: number;
  /** Replies in the longest chain beneath this one (0 for a leaf). */
  longestChain: number;
  /** Set by filterThread on the comments a filtered view keeps. */
  role?: Role;
};

/**
 * Nests rows in O(n log n) without recursion, so a 5,000-deep chain is as safe as a flat
 * thread. Rows come in document order, where a parent always precedes its replies; a row
 * whose parent is missing (a damaged store) is shown at the top level rather than dropped.
 * The rows become the nodes (fields are added to them, not copied: object spread made
 * this ten times slower on big threads), so pass rows nothing else holds.
 */
export function buildThreadTree<T extends TreeInput>(rows: T[]): TreeNode<T>[] {
  const byId = new Map<string, TreeNode<T>>();
  const roots: TreeNode<T>[] = [];
  const order: TreeNode<T>[] = [];
  for (const row of rows) {
    const node = row as TreeNode<T>;
    node.children = [];
    node.descendantCount = 0;
    node.people = 0;
    node.longestChain = 0;
    byId.set(row.id, node);
    order.push(node);
    const parent = row.parentId === null ? undefined : byId.get(row.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  // Children follow their parents, so one reverse sweep sums every subtree. Sets of names
  // exist only for comments with replies and merge small-into-large, which keeps counting
  // distinct people O(n log n) with little garbage.
  const names = new Map<TreeNode<T>, Set<string>>();
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    if (node.children.length === 0) continue;
    let set: Set<string> | undefined;
    for (const child of node.children) {
      node.descendantCount += child.descendantCount + 1;
      if (child.longestChain + 1 > node.longestChain) node.longestChain = child.longestChain + 1;
      const childSet = names.get(child);
      if (childSet && (!set || childSet.size > set.size)) set = childSet;
    }
    set ??= new Set();
    for (const child of node.children) {
      const childSet = names.get(child);
      if (childSet) {
        names.delete(child);
        if (childSet !== set) for (const name of childSet) set.add(name);
      }
      const name = person(child.author);
      if (name !== null) set.add(name);
    }
    node.people = set.size;
    names.set(node, set);
  }
  return roots;
}

/** Visits every node, parents before children, without recursion. */
export function forEachNode<N extends { children: N[] }>(roots: readonly N[], visit: (node: N) => void): void {
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}
