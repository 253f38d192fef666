// The discussion's shape in numbers, for the article page's small charts.

export interface Timeline {
  /** "hour" when the discussion spans three days or less, else "day". */
  unit: "hour" | "day";
  buckets: { start: string; count: number }[];
  perDepth: number[];
}

const HOUR = 3_600_000;
const MAX_BUCKETS = 2000;

/**
 * Buckets are consecutive (empty ones included) so the chart's x axis is true time.
 * Times are ISO strings, so bucketing is by prefix ("2016-12-30T13" is an hour), which
 * keeps a 10,000-comment thread cheap.
 */
export function buildTimeline(comments: readonly { postedAt: string | null; depth: number }[]): Timeline {
  const perDepth: number[] = [];
  let first: string | null = null;
  let last: string | null = null;
  for (const c of comments) {
    perDepth[c.depth] = (perDepth[c.depth] ?? 0) + 1;
    if (c.postedAt === null) continue;
    if (first === null || c.postedAt < first) first = c.postedAt;
    if (last === null || c.postedAt > last) last = c.postedAt;
  }
  for (let i = 0; i < perDepth.length; i++) perDepth[i] ??= 0;
  if (first === null || last === null) return { unit: "hour", buckets: [], perDepth };

  const start = (iso: string) => Date.parse(`${iso.slice(0, 10)}T${iso.length > 10 ? iso.slice(11, 13) : "00"}:00Z`);
  const unit = start(last) - start(first) <= 72 * HOUR ? "hour" : "day";
  const keyLength = unit === "hour" ? 13 : 10;
  const size = unit === "hour" ? HOUR : 24 * HOUR;
  const origin = unit === "hour" ? start(first) : Date.parse(`${first.slice(0, 10)}T00:00Z`);
  const count = Math.min(Math.floor((start(last) - origin) / size) + 1, MAX_BUCKETS);
  const buckets = Array.from({ length: count }, (_, i) => ({ start: new Date(origin + i * size).toISOString().slice(0, 16), count: 0 }));
  const index = new Map(buckets.map((b, i) => [b.start.slice(0, keyLength), i]));
  for (const c of comments) {
    if (c.postedAt === null) continue;
    const i = index.get(c.postedAt.slice(0, keyLength).replace(" ", "T"));
    buckets[i ?? count - 1]!.count++;
  }
  return { unit, buckets, perDepth };
}
