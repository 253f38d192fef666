import { articleNames } from "@/app/_components/article-names";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { CommentTime } from "@/app/_components/comment-time";
import { CommentText } from "@/app/_components/comment-text-view";
import { formatPostedAt } from "@/app/_components/format-time";
import { decodedParam, orNotFound } from "@/app/_components/load";
import { api } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ name: string }> };

/** Once per request: the metadata and the page both need it. */
const authorPage = cache((name: string) => orNotFound(() => api.author.get({ name })));

async function load({ params }: Props) {
  return authorPage(decodedParam((await params).name));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const author = await load(props);
  return { title: `${author.name}: ${author.total} comments` };
}

function People({ title, people }: { title: string; people: { name: string; count: number }[] }) {
  return (
    <div>
      <h2 className="text-sm font-semibold">{title}</h2>
      {people.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">nobody</p>
      ) : (
        <ul className="text-sm">
          {people.map((p) => (
            <li key={p.name}>
              <Link href={`/u/${encodeURIComponent(p.name)}`} className="text-blue-800 hover:underline dark:text-blue-300">
                {p.name}
              </Link>{" "}
              ({p.count})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default async function AuthorPage(props: Props) {
  const author = await load(props);
  const articleName = articleNames(author.comments, (c) => c.articleTitle, (c) => c.documentId);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold">{author.name}</h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400" data-author-stats>
        {author.total} {author.total === 1 ? "comment" : "comments"} on {author.articles} {author.articles === 1 ? "article" : "articles"}
        {author.first && author.last && ` · first seen ${formatPostedAt(author.first)} · last seen ${formatPostedAt(author.last)}`}
      </p>
      <div className="my-4 grid grid-cols-2 gap-4 rounded-md bg-white p-3 ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
        <People title="Replies most to" people={author.repliesTo} />
        <People title="Replied to most by" people={author.repliedBy} />
      </div>
      <ol className="space-y-3">
        {author.comments.map((c) => (
          <li key={c.id}>
            <article id={`c-${c.id}`} aria-labelledby={`h-${c.id}`} className="rounded-md bg-white p-3 ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
              <h2 id={`h-${c.id}`} className="text-sm">
                <Link href={`/a/${c.documentId}#c-${c.id}`} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
                  {articleName(c).title}
                </Link>
                {articleName(c).file && <span className="text-stone-600 dark:text-stone-400"> · {articleName(c).file}</span>}{" "}
                <span className="text-stone-600 dark:text-stone-400">
                  <CommentTime postedAt={c.postedAt} postedAtText={c.postedAtText} />
                </span>
              </h2>
              {c.parentId && (
                <p className="mt-1 line-clamp-2 border-l-2 border-stone-300 pl-2 text-sm text-stone-600 dark:border-stone-600 dark:text-stone-400">
                  in reply to {c.parentAuthor ?? "unknown"}: {c.parentText}
                </p>
              )}
              <CommentText text={c.text} className="mt-1 line-clamp-6" />
              <Link href={`/c/${c.id}`} className="text-xs text-stone-600 hover:underline dark:text-stone-400">
                permalink
              </Link>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
