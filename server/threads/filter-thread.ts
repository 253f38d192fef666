// Narrows a thread to the comments a reader asked for, keeping each one's ancestors as context.
import { forEachNode } from "./build-tree";

export type Role = "match" | "context";

interface Filterable {
  id: string;
  parentId: string | null;
  children: Filterable[];
}

export interface FilterResult<N> {
  roots: N[];
  /** Role of every comment left in view; absent ids are hidden. */
  roles: Map<string, Role>;
  matchCount: number;
  hiddenCount: number;
}

/**
 * Keeps the matching comments and the chain of ancestors above each, pruning the rest
 * (in place). A matching comment's own replies are hidden unless they match too.
 */
export function filterThread<N extends Filterable>(roots: N[], matches: ReadonlySet<string>): FilterResult<N> {
  const byId = new Map<string, Filterable>();
  forEachNode<Filterable>(roots, (node) => void byId.set(node.id, node));
  const parentOf = (node: Filterable) => (node.parentId === null ? undefined : byId.get(node.parentId));
  const roles = new Map<string, Role>();
  let matchCount = 0;
  for (const id of matches) {
    const node = byId.get(id);
    if (!node) continue;
    if (roles.get(id) !== "match") matchCount++;
    roles.set(id, "match");
    for (let p = parentOf(node); p && !roles.has(p.id); p = parentOf(p)) roles.set(p.id, "context");
  }
  // Pruned in place: the tree is the caller's, built for this one view.
  const kept = roots.filter((n) => roles.has(n.id));
  forEachNode<Filterable>(kept, (n) => {
    n.children = n.children.filter((c) => roles.has(c.id));
  });
  return { roots: kept, roles, matchCount, hiddenCount: byId.size - roles.size };
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
