// Reorders siblings at every level; the tree itself never changes.
import { forEachNode } from "./build-tree";

export const THREAD_SORTS = ["thread", "oldest", "newest", "replies", "longest"] as const;
export type ThreadSort = (typeof THREAD_SORTS)[number];

interface Sortable {
  position: number;
  postedAt: string | null;
  descendantCount: number;
  text: string;
  children: Sortable[];
}

type Compare = (a: Sortable, b: Sortable) => number;

const byPosition: Compare = (a, b) => a.position - b.position;

/**
 * Comments without a time cannot be placed in time: they go after the timed ones and keep
 * their document order among themselves. ISO local times compare correctly as strings.
 */
const byTime = (direction: 1 | -1): Compare => (a, b) => {
  if (a.postedAt === null || b.postedAt === null) {
    if (a.postedAt !== b.postedAt) return a.postedAt === null ? 1 : -1;
    return byPosition(a, b);
  }
  if (a.postedAt !== b.postedAt) return a.postedAt < b.postedAt ? -direction : direction;
  return byPosition(a, b);
};

const COMPARE: Record<ThreadSort, Compare> = {
  thread: byPosition,
  oldest: byTime(1),
  newest: byTime(-1),
  replies: (a, b) => b.descendantCount - a.descendantCount || byPosition(a, b),
  longest: (a, b) => b.text.length - a.text.length || byPosition(a, b),
};

/** Sorts in place and returns the roots, for chaining. */
export function sortThread<N extends Sortable>(roots: N[], sort: ThreadSort): N[] {
  if (sort === "thread") return roots; // trees are built in document order already
  const compare = COMPARE[sort];
  roots.sort(compare);
  forEachNode<Sortable>(roots, (node) => node.children.sort(compare));
  return roots;
}
