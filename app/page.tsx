import Link from "next/link";
import { api } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const articles = await api.article.list();
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">Articles</h1>
      {articles.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">No dumps ingested yet. Run <code>npm run ingest -- DIR</code>.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {articles.map((a) => (
            <li key={a.id} className="px-4 py-3">
              <Link href={`/a/${a.id}`} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
                {a.title ?? a.source}
              </Link>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                {[a.site, plural(a.commentCount, "comment"), plural(a.commenterCount, "commenter")].filter(Boolean).join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
