// The thread's minimap: the view's comments in display order as at most MAX_SEGMENTS stretches,
// each a top-level comment's whole sub-thread or a run of small ones, so the big sub-threads stand
// out and the map stays a few dozen nodes whatever the thread's size (issue 14).

export interface MapSegment {
  /** The id of the segment's first comment: where a click on it leads. */
  first: string;
  /** Its first comment's place in the view (0-based) and how many comments it holds. */
  start: number;
  count: number;
  /** One top-level comment's sub-thread, big enough to stand alone: who started it. */
  starter?: string;
}

export const MAX_SEGMENTS = 40;

/**
 * Segments of `flat` (the view's list, each parent before its replies). A sub-thread of at least
 * 1/MAX_SEGMENTS of the view is a segment of its own; smaller ones join their neighbours until
 * the run reaches that size.
 */
export function threadMap(flat: readonly { id: string; parentId: string | null; author: string | null }[]): MapSegment[] {
  const inView = new Set(flat.map((c) => c.id));
  // The top of each sub-thread: a comment whose parent the view does not show.
  const tops: number[] = [];
  flat.forEach((c, i) => {
    if (c.parentId === null || !inView.has(c.parentId)) tops.push(i);
  });
  const big = Math.max(1, Math.ceil(flat.length / MAX_SEGMENTS));
  const segments: MapSegment[] = [];
  let run: MapSegment | null = null;
  tops.forEach((start, k) => {
    const count = (tops[k + 1] ?? flat.length) - start;
    if (count >= big) {
      run = null;
      segments.push({ first: flat[start]!.id, start, count, starter: flat[start]!.author ?? "unknown" });
      return;
    }
    if (run && run.count < big) run.count += count;
    else segments.push((run = { first: flat[start]!.id, start, count }));
  });
  return segments;
}
