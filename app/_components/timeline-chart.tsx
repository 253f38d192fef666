// Two small server-rendered SVG bar charts: comments over time, and comments per depth.
import type { Timeline } from "@/server/threads/timeline";

function Bars({ values, label, describe }: { values: number[]; label: string; describe: (i: number) => string }) {
  const width = 300;
  const height = 48;
  const max = Math.max(1, ...values);
  const step = width / Math.max(values.length, 1);
  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${width} ${height}`} className="h-12 w-full text-blue-700 dark:text-blue-400" role="img" aria-label={label} preserveAspectRatio="none">
        {values.map((v, i) => {
          const h = v === 0 ? 0 : Math.max(1.5, (v / max) * height);
          return (
            <rect key={i} x={i * step + step * 0.1} y={height - h} width={Math.max(step * 0.8, 0.5)} height={h} fill="currentColor">
              <title>{describe(i)}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-xs text-stone-600 dark:text-stone-400">{label}</figcaption>
    </figure>
  );
}

export function TimelineChart({ timeline }: { timeline: Timeline }) {
  const { buckets, perDepth, unit } = timeline;
  if (perDepth.length === 0) return null;
  return (
    <div className="grid grid-cols-2 gap-4 rounded-md bg-white p-3 ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
      {buckets.length > 0 ? (
        <Bars
          values={buckets.map((b) => b.count)}
          label={`Comments per ${unit}, ${buckets[0]!.start.replace("T", " ")} to ${buckets[buckets.length - 1]!.start.replace("T", " ")}`}
          describe={(i) => `${buckets[i]!.start.replace("T", " ")}: ${buckets[i]!.count}`}
        />
      ) : (
        <p className="text-xs text-stone-600 dark:text-stone-400">No comment in this dump has a date.</p>
      )}
      <Bars values={perDepth} label={`Comments per depth (1 to ${perDepth.length})`} describe={(i) => `level ${i + 1}: ${perDepth[i]}`} />
    </div>
  );
}
