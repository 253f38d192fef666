// Two small server-rendered SVG bar charts: comments over time, and comments per depth. A time
// bar is a link to the first comment posted in it, oldest first; the axis says when and how many.
import type { Bucket, Timeline } from "@/server/threads/timeline";
import { formatPostedAt } from "./format-time";
import { plural } from "./plural";

const WIDTH = 300;
const HEIGHT = 48;

/** A chart: an image, or a group of links when its bars lead somewhere (an image's parts cannot be reached). */
function Frame({ label, caption, links = false, children }: { label: string; caption: React.ReactNode; links?: boolean; children: React.ReactNode }) {
  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-12 w-full text-blue-700 dark:text-blue-400" role={links ? "group" : "img"} aria-label={label} preserveAspectRatio="none">
        {children}
      </svg>
      <figcaption className="mt-1 text-xs text-stone-600 dark:text-stone-400">{caption}</figcaption>
    </figure>
  );
}

/** Bar geometry: x, width and height of bar `i` of `n` for `value` out of `max`. */
function bar(i: number, n: number, value: number, max: number) {
  const step = WIDTH / Math.max(n, 1);
  const h = value === 0 ? 0 : Math.max(1.5, (value / max) * HEIGHT);
  return { x: i * step + step * 0.1, y: HEIGHT - h, width: Math.max(step * 0.8, 0.5), height: h };
}

export function TimelineChart({ timeline, barHref }: { timeline: Timeline; barHref: (bucket: Bucket) => string }) {
  const { buckets, perDepth, unit, later } = timeline;
  if (perDepth.length === 0) return null;
  const peak = Math.max(1, ...buckets.map((b) => b.count));
  const dated = buckets.reduce((n, b) => n + b.count, 0) + later;
  const depthMax = Math.max(1, ...perDepth);
  return (
    <div className="grid grid-cols-2 gap-4 rounded-md bg-white p-3 ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
      {buckets.length > 0 ? (
        <Frame
          links
          label={`Comments per ${unit}, ${formatPostedAt(buckets[0]!.start)} to ${formatPostedAt(buckets[buckets.length - 1]!.start)}: ${plural(dated, "dated comment")}, at most ${peak} in one ${unit}`}
          caption={
            <>
              <span className="flex justify-between gap-2">
                <span>{formatPostedAt(buckets[0]!.start)}</span>
                <span>{formatPostedAt(buckets[buckets.length - 1]!.start)}</span>
              </span>
              {`One bar a ${unit}, the highest ${plural(peak, "comment")}`}
              {later > 0 && `; ${plural(later, "later comment")} not drawn`}
            </>
          }
        >
          {buckets.map((b, i) =>
            b.firstId ? (
              <a key={b.start} href={barHref(b)} aria-label={`${formatPostedAt(b.start)}: ${plural(b.count, "comment")}`}>
                <rect {...bar(i, buckets.length, b.count, peak)} fill="currentColor" />
              </a>
            ) : null,
          )}
        </Frame>
      ) : (
        <p className="text-xs text-stone-600 dark:text-stone-400">No comment in this dump has a date.</p>
      )}
      <Frame label={`Comments per depth (1 to ${perDepth.length})`} caption={`Comments per depth, 1 to ${perDepth.length}: the most ${plural(depthMax, "comment")}`}>
        {perDepth.map((v, i) => (
          <rect key={i} {...bar(i, perDepth.length, v, depthMax)} fill="currentColor">
            <title>{`level ${i + 1}: ${v}`}</title>
          </rect>
        ))}
      </Frame>
    </div>
  );
}
