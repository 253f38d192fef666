// Pure tree logic over comment rows, which arrive in document order.

export interface TreeInput {
  id: string;
  parentId: string | null;
  author: string | null;
}

export type TreeNode<T extends TreeInput> = T & {
  children: TreeNode<T>[];
  /** All comments beneath this one, at any depth. */
  descendantCount: number;
  /** Distinct named commenters beneath this one. */
  people: number;
  /** Replies in the longest chain beneath this one (0 for a leaf). */
  longestChain: number;
};

/**
 * Nests rows in O(n log n) without recursion, so a 5,000-deep chain is as safe as a flat
 * thread. Rows come in document order, where a parent always precedes its replies; a row
 * whose parent is missing (a damaged store) is shown at the top level rather than dropped.
 */
export function buildThreadTree<T extends TreeInput>(rows: readonly T[]): TreeNode<T>[] {
  const byId = new Map<string, TreeNode<T>>();
  const roots: TreeNode<T>[] = [];
  const order: TreeNode<T>[] = [];
  for (const row of rows) {
    const node: TreeNode<T> = { ...row, children: [], descendantCount: 0, people: 0, longestChain: 0 };
    byId.set(row.id, node);
    order.push(node);
    const parent = row.parentId === null ? undefined : byId.get(row.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  // Children follow their parents, so one reverse sweep sums every subtree. The sets of
  // names merge small-into-large, which keeps counting distinct people O(n log n).
  const names = new Map<TreeNode<T>, Set<string>>();
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    let set: Set<string> | undefined;
    for (const child of node.children) {
      node.descendantCount += child.descendantCount + 1;
      node.longestChain = Math.max(node.longestChain, child.longestChain + 1);
      let childSet = names.get(child)!;
      names.delete(child);
      if (child.author !== null) childSet.add(child.author);
      if (!set) set = childSet;
      else {
        if (childSet.size > set.size) [set, childSet] = [childSet, set];
        for (const name of childSet) set.add(name);
      }
    }
    set ??= new Set();
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
