// Narrows a thread to the comments a reader asked for, keeping each one's ancestors as context.
import { forEachNode, type Role } from "./build-tree";

interface Filterable {
  id: string;
  children: Filterable[];
  role?: Role;
}

export interface FilterResult<N> {
  roots: N[];
  matchCount: number;
  hiddenCount: number;
}

/**
 * Keeps the matching comments and the chain of ancestors above each, pruning the rest
 * (in place) and marking each comment left in view with its `role`. A matching comment's own
 * replies are hidden unless they match too. One sweep from the last comment up decides every
 * comment after its replies, with no index of the tree: on a 10,000-comment thread that index
 * cost more than the search.
 */
export function filterThread<N extends Filterable>(roots: N[], matches: ReadonlySet<string>): FilterResult<N> {
  const order: Filterable[] = [];
  forEachNode<Filterable>(roots, (node) => void order.push(node));
  let matchCount = 0;
  let kept = 0;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const keptChildren = node.children.filter((c) => c.role !== undefined);
    if (matches.has(node.id)) {
      node.role = "match";
      matchCount++;
    } else if (keptChildren.length > 0) node.role = "context";
    else continue;
    node.children = keptChildren;
    kept++;
  }
  return { roots: roots.filter((n) => n.role !== undefined), matchCount, hiddenCount: order.length - kept };
}

/** Comments by `a` that answer `b` or by `b` that answer `a`, and the comments they answer. */
interface Authored {
  id: string;
  parentId: string | null;
  author: string | null;
  children: Authored[];
}

export function exchangeBetween(roots: Authored[], a: string, b: string): Set<string> {
  const authorOf = new Map<string, string | null>();
  forEachNode(roots, (n) => authorOf.set(n.id, n.author));
  const pair = new Set([a.toLowerCase(), b.toLowerCase()]);
  const matches = new Set<string>();
  forEachNode(roots, (n) => {
    if (n.parentId === null || n.author === null) return;
    const parentAuthor = authorOf.get(n.parentId);
    if (!parentAuthor) return;
    const x = n.author.toLowerCase();
    const y = parentAuthor.toLowerCase();
    if (x !== y && pair.has(x) && pair.has(y)) matches.add(n.id).add(n.parentId);
  });
  return matches;
}
