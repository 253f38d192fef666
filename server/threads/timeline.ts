// The discussion's shape in numbers, for the article page's small charts.

export interface Timeline {
  /** "hour" when the discussion spans three days or less, else "day". */
  unit: "hour" | "day";
  buckets: { start: string; count: number }[];
  perDepth: number[];
}

const HOUR = 3_600_000;

/** Buckets are consecutive (empty ones included) so the chart's x axis is true time. */
export function buildTimeline(comments: readonly { postedAt: string | null; depth: number }[]): Timeline {
  const perDepth: number[] = [];
  for (const c of comments) perDepth[c.depth] = (perDepth[c.depth] ?? 0) + 1;
  for (let i = 0; i < perDepth.length; i++) perDepth[i] ??= 0;

  const times = comments
    .map((c) => (c.postedAt ? Date.parse(c.postedAt.includes("T") ? `${c.postedAt}Z` : `${c.postedAt}T00:00Z`) : NaN))
    .filter((t) => !Number.isNaN(t))
    .sort((a, b) => a - b);
  if (times.length === 0) return { unit: "hour", buckets: [], perDepth };
  const unit = times[times.length - 1]! - times[0]! <= 72 * HOUR ? "hour" : "day";
  const size = unit === "hour" ? HOUR : 24 * HOUR;
  const first = Math.floor(times[0]! / size) * size;
  const count = Math.min(Math.floor((times[times.length - 1]! - first) / size) + 1, 2000);
  const buckets = Array.from({ length: count }, (_, i) => ({ start: new Date(first + i * size).toISOString().slice(0, 16), count: 0 }));
  for (const t of times) {
    const i = Math.min(Math.floor((t - first) / size), count - 1);
    buckets[i]!.count++;
  }
  return { unit, buckets, perDepth };
}
