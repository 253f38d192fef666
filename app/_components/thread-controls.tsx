"use client";
// Sort, commenter and search controls. Without JavaScript they are a plain GET form; with it
// they update the URL in place (no full reload), and the commenter list is asked afresh through
// tRPC when the reader opens it, at most every 30 seconds.
import { usePathname, useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { viewQuery, type ViewParams } from "./view-url";

type Authors = { name: string; count: number }[];
const FRESH_MS = 30_000;

const SORTS = [
  ["thread", "Thread order"],
  ["oldest", "Oldest first"],
  ["newest", "Newest first"],
  ["replies", "Most replies"],
  ["longest", "Longest first"],
] as const;
/** Sorts by time, which a thread without dates would silently give in thread order. */
const BY_TIME = new Set<string>(["oldest", "newest"]);

export function ThreadControls({ articleId, view, authors, dated }: { articleId: string; view: ViewParams; authors: Authors; dated: boolean }) {
  // A list asked for while this page's props were current; new props (another view) replace it.
  const [asked, setAsked] = useState<{ over: Authors; names: Authors } | null>(null);
  const names = asked?.over === authors ? asked.names : authors;
  const askedAt = useRef(-Infinity);
  const refresh = () => {
    if (performance.now() - askedAt.current < FRESH_MS) return;
    askedAt.current = performance.now();
    import("./trpc-client")
      .then(({ trpc }) => trpc.thread.authors.query({ articleId }))
      .then((fresh) => setAsked({ over: authors, names: fresh }))
      .catch(() => void (askedAt.current = -Infinity)); // the list shown stays; the next opening asks again
  };
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  const go = (changes: ViewParams) =>
    startTransition(() => router.push(`${pathname}${viewQuery({ ...view, ...changes })}`, { scroll: false }));

  return (
    <form
      key={viewQuery(view)}
      method="get"
      role="search"
      aria-label="Thread view options"
      className="flex flex-wrap items-end gap-2 text-sm"
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        go({ sort: String(form.get("sort") ?? ""), author: String(form.get("author") ?? ""), q: String(form.get("q") ?? "") });
      }}
    >
      {view.depth !== undefined && <input type="hidden" name="depth" value={view.depth} />}
      {view.between !== undefined && <input type="hidden" name="between" value={view.between} />}
      <label className="flex flex-col gap-1">
        <span className="text-xs text-stone-600 dark:text-stone-400">Sort</span>
        <select name="sort" defaultValue={view.sort ?? "thread"} onChange={(e) => go({ sort: e.target.value })} className="rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900">
          {SORTS.filter(([value]) => dated || !BY_TIME.has(value) || value === view.sort).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-stone-600 dark:text-stone-400">Commenter</span>
        <select name="author" defaultValue={view.author ?? ""} onFocus={refresh} onChange={(e) => go({ author: e.target.value })} className="max-w-48 rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900">
          <option value="">Everyone</option>
          {names.map((a) => (
            <option key={a.name} value={a.name}>
              {a.name} ({a.count})
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-stone-600 dark:text-stone-400">Search this thread</span>
        <input type="search" name="q" defaultValue={view.q ?? ""} data-thread-search placeholder="Press / to search" maxLength={200} className="w-44 rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900" />
      </label>
      <button type="submit" className="rounded bg-blue-700 px-3 py-1 font-medium text-white hover:bg-blue-800">
        Apply
      </button>
    </form>
  );
}
