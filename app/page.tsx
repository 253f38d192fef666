import Link from "next/link";
import { notFound } from "next/navigation";
import { articleNames } from "@/app/_components/article-names";
import { formatPostedAt } from "@/app/_components/format-time";
import { homeQuery } from "@/app/_components/page-query";
import { viewQuery } from "@/app/_components/view-url";
import { api } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

const SORTS = [
  ["discussed", "Most discussed"],
  ["recent", "Newest discussion"],
  ["title", "Title"],
] as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The search snippet marks matches with control characters \u0002…\u0003; render them as <mark>, the rest as text. */
function Snippet({ text }: { text: string }) {
  return text.split(/(\u0002[^\u0003]*\u0003)/).map((part, i) =>
    part.startsWith("\u0002") ? <mark key={i}>{part.slice(1, -1)}</mark> : part,
  );
}

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const parsed = homeQuery(query);
  if (!parsed.ok) notFound(); // the proxy answered 400 already
  const { sort, q } = parsed.data;
  const [articles, hits] = await Promise.all([api.article.list({ sort, q }), q ? api.search({ q, limit: 20 }) : Promise.resolve([])]);
  const articleName = articleNames(articles, (a) => a.title, (a) => a.id);
  const hitName = articleNames(hits, (h) => h.title, (h) => h.documentId);
  return (
    <section>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Articles</h1>
        <form method="get" role="search" aria-label="Search articles and comments" className="flex gap-2">
          {sort !== "discussed" && <input type="hidden" name="sort" value={sort} />}
          <label className="sr-only" htmlFor="corpus-q">
            Search
          </label>
          <input id="corpus-q" type="search" name="q" defaultValue={q ?? ""} maxLength={200} placeholder="Search titles and comments" className="w-64 rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900" />
          <button type="submit" className="rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800">
            Search
          </button>
        </form>
      </div>
      <nav aria-label="Sort articles" className="mb-3 flex gap-3 text-sm">
        {SORTS.map(([value, label]) => (
          <Link key={value} href={`/${viewQuery({ sort: value === "discussed" ? undefined : value, q })}`} aria-current={sort === value ? "true" : undefined} className={sort === value ? "font-semibold underline" : "text-blue-800 hover:underline dark:text-blue-300"}>
            {label}
          </Link>
        ))}
      </nav>
      {articles.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{q ? `No article title matches “${q}”.` : "No dumps ingested yet. Run npm run ingest -- DIR."}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900" data-article-list>
          {articles.map((a) => (
            <li key={a.id} className="px-4 py-3">
              <Link href={`/a/${a.id}`} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
                {a.title ?? a.source}
              </Link>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                {[
                  a.site,
                  articleName(a).file && a.source,
                  plural(a.commentCount, "comment"),
                  plural(a.commenterCount, "commenter"),
                  a.firstCommentAt && a.lastCommentAt && `${formatPostedAt(a.firstCommentAt)} – ${formatPostedAt(a.lastCommentAt)}`,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
      {q && (
        <section aria-labelledby="comment-hits" className="mt-8">
          <h2 id="comment-hits" className="mb-2 text-lg font-semibold">
            Comments matching “{q}”
          </h2>
          {hits.length === 0 ? (
            <p className="text-stone-600 dark:text-stone-400">None.</p>
          ) : (
            <ul className="space-y-2">
              {hits.map((h) => (
                <li key={h.id} className="rounded-md bg-white p-3 text-sm ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
                  <Link href={`/c/${h.id}`} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
                    {h.author ?? "unknown"} on {hitName(h).title}
                  </Link>
                  {hitName(h).file && <span className="text-stone-600 dark:text-stone-400"> · {hitName(h).file}</span>}
                  <p className="mt-1">
                    <Snippet text={h.snippet} />
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}
