// Pure tree logic over comment rows, which arrive in document order.

export interface TreeInput {
  id: string;
  parentId: string | null;
}

export type TreeNode<T extends TreeInput> = T & {
  children: TreeNode<T>[];
  /** All comments beneath this one, at any depth. */
  descendantCount: number;
};

/**
 * Nests rows in O(n). Rows come in document order, where a parent always precedes its
 * replies; a row whose parent is missing (a damaged store) is shown at the top level
 * rather than dropped.
 */
export function buildThreadTree<T extends TreeInput>(rows: readonly T[]): TreeNode<T>[] {
  const byId = new Map<string, TreeNode<T>>();
  const roots: TreeNode<T>[] = [];
  const order: TreeNode<T>[] = [];
  for (const row of rows) {
    const node: TreeNode<T> = { ...row, children: [], descendantCount: 0 };
    byId.set(row.id, node);
    order.push(node);
    const parent = row.parentId === null ? undefined : byId.get(row.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  // Children follow their parents, so a reverse sweep sums subtrees without recursion.
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    for (const child of node.children) node.descendantCount += child.descendantCount + 1;
  }
  return roots;
}
