// The discussion's shape in numbers, for the article page's small charts.

export interface Bucket {
  /** ISO minute the bucket starts at. */
  start: string;
  count: number;
  /** The first comment posted in it, for a bar that leads there. */
  firstId: string | null;
}

export interface Timeline {
  /** How long one bar is, in words ("hour", "6 hours", "day", "week"…). */
  unit: string;
  buckets: Bucket[];
  /** Comments the bars leave out: posted after the last bar, long after most of the discussion. */
  later: number;
  perDepth: number[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Bars at most: each one wide enough to see and to tap. */
const MAX_BARS = 48;
/** Bar lengths to choose from, shortest first. */
const SIZES: [number, string][] = [
  [HOUR, "hour"],
  [3 * HOUR, "3 hours"],
  [6 * HOUR, "6 hours"],
  [12 * HOUR, "12 hours"],
  [DAY, "day"],
  [2 * DAY, "2 days"],
  [7 * DAY, "week"],
  [14 * DAY, "2 weeks"],
  [30 * DAY, "30 days"],
  [91 * DAY, "91 days"],
  [365 * DAY, "365 days"],
];
/** The bars always cover the time in which this share of the comments came. */
const CORE = 0.9;

/**
 * Bars of equal length (empty ones included, so the axis is true time), at most MAX_BARS of
 * them. They cover the time in which 90% of the comments came, and go on while the next comment
 * follows within a few bars' time; comments that trickle in long after are counted apart, as
 * otherwise one bar would hold nearly all of the discussion. Times are ISO strings read as UTC
 * minutes, which keeps a 10,000-comment thread cheap.
 */
export function buildTimeline(comments: readonly { id: string; postedAt: string | null; depth: number }[]): Timeline {
  const perDepth: number[] = [];
  const dated: { at: number; id: string }[] = [];
  for (const c of comments) {
    perDepth[c.depth] = (perDepth[c.depth] ?? 0) + 1;
    if (c.postedAt === null) continue;
    const at = Date.parse(`${c.postedAt.slice(0, 16)}Z`);
    if (!Number.isNaN(at)) dated.push({ at, id: c.id });
  }
  for (let i = 0; i < perDepth.length; i++) perDepth[i] ??= 0;
  if (dated.length === 0) return { unit: "hour", buckets: [], later: 0, perDepth };

  dated.sort((a, b) => a.at - b.at);
  const first = dated[0]!.at;
  let core = Math.max(0, Math.ceil(dated.length * CORE) - 1);
  const gap = Math.max(HOUR, ((dated[core]!.at - first) / MAX_BARS) * 4);
  while (core + 1 < dated.length && dated[core + 1]!.at - dated[core]!.at <= gap) core++;
  const end = dated[core]!.at;
  const [size, unit] = SIZES.find(([s]) => Math.floor((end - first) / s) + 1 <= MAX_BARS) ?? SIZES[SIZES.length - 1]!;
  const origin = Math.floor(first / size) * size;
  const count = Math.min(Math.floor((end - origin) / size) + 1, MAX_BARS);
  const buckets: Bucket[] = Array.from({ length: count }, (_, i) => ({ start: new Date(origin + i * size).toISOString().slice(0, 16), count: 0, firstId: null }));
  let later = 0;
  for (const { at, id } of dated) {
    const bucket = buckets[Math.floor((at - origin) / size)];
    if (!bucket) later++;
    else {
      bucket.firstId ??= id;
      bucket.count++;
    }
  }
  return { unit, buckets, later, perDepth };
}
