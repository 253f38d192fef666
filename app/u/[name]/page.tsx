import { articleNames } from "@/app/_components/article-names";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CommentTime } from "@/app/_components/comment-time";
import { CommentText } from "@/app/_components/comment-text-view";
import { formatPostedAt } from "@/app/_components/format-time";
import { decodedParam, orNotFound } from "@/app/_components/load";
import { authorQuery } from "@/app/_components/page-query";
import { plural } from "@/app/_components/plural";
import { api } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ name: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Once per request: the metadata and the page both need it. */
const authorPage = cache((name: string) => orNotFound(() => api.author.get({ name })));

async function load({ params }: Props) {
  return authorPage(decodedParam((await params).name));
}

/** The commenter their page is about as well, with `?with=`: the exchange between the two. */
async function other({ searchParams }: Props): Promise<string | undefined> {
  const parsed = authorQuery(await searchParams);
  if (!parsed.ok) notFound(); // the proxy answered 400 already
  return parsed.data.with;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [author, withName] = await Promise.all([load(props), other(props)]);
  return { title: withName ? `${author.name} ↔ ${withName}` : `${author.name}: ${author.total} comments` };
}

/** Who a commenter answers most or is answered by most: each name leads to their page, the count to the two's exchange. */
function People({ name, title, people }: { name: string; title: string; people: { name: string; count: number }[] }) {
  return (
    <div>
      <h2 className="text-sm font-semibold">{title}</h2>
      {people.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">nobody</p>
      ) : (
        <ul className="text-sm">
          {people.map((p) => (
            <li key={p.name} className="py-0.5">
              <Link href={`/u/${encodeURIComponent(p.name)}`} className="text-blue-800 hover:underline dark:text-blue-300">
                {p.name}
              </Link>{" "}
              <Link
                href={`/u/${encodeURIComponent(name)}?${new URLSearchParams({ with: p.name })}`}
                aria-label={`${plural(p.count, "reply", "replies")}: the exchange between ${name} and ${p.name}`}
                className="inline-block min-h-6 text-stone-600 underline hover:text-blue-800 dark:text-stone-400 dark:hover:text-blue-300"
              >
                ({p.count} ↔)
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type Listed = Awaited<ReturnType<typeof authorPage>>["comments"][number];

/** Comments across articles, each under its article's name, leading to `href(comment)` in its thread. */
function CommentList({ comments, href }: { comments: Listed[]; href: (c: Listed) => string }) {
  const articleName = articleNames(comments, (c) => c.articleTitle, (c) => c.documentId);
  return (
    <ol className="space-y-3">
      {comments.map((c) => (
        <li key={c.id}>
          <article id={`c-${c.id}`} aria-labelledby={`h-${c.id}`} className="rounded-md bg-white p-3 ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
            <h2 id={`h-${c.id}`} className="text-sm">
              <Link href={href(c)} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
                {articleName(c).title}
              </Link>
              {articleName(c).file && <span className="text-stone-600 dark:text-stone-400"> · {articleName(c).file}</span>}{" "}
              <span className="text-stone-600 dark:text-stone-400">
                {c.author ?? "unknown"} · <CommentTime postedAt={c.postedAt} postedAtText={c.postedAtText} />
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
  );
}

export default async function AuthorPage(props: Props) {
  const [author, withName] = await Promise.all([load(props), other(props)]);
  if (withName) return <Exchange name={author.name} other={withName} />;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold">{author.name}</h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400" data-author-stats>
        {author.total} {author.total === 1 ? "comment" : "comments"} on {author.articles} {author.articles === 1 ? "article" : "articles"}
        {author.first && author.last && ` · first seen ${formatPostedAt(author.first)} · last seen ${formatPostedAt(author.last)}`}
      </p>
      <div className="my-4 grid grid-cols-2 gap-4 rounded-md bg-white p-3 ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
        <People name={author.name} title="Replies most to" people={author.repliesTo} />
        <People name={author.name} title="Replied to most by" people={author.repliedBy} />
      </div>
      <CommentList comments={author.comments} href={(c) => `/a/${c.documentId}#c-${c.id}`} />
    </div>
  );
}

/** What two commenters wrote each other, across the corpus; each reply leads to the two-person view of its thread. */
async function Exchange({ name, other }: { name: string; other: string }) {
  const comments = await api.author.exchange({ name, with: other });
  const articles = new Set(comments.map((c) => c.documentId)).size;
  // `between` separates the names by a comma: a name holding one has no two-person view.
  const between = name.includes(",") || other.includes(",") ? "" : `?${new URLSearchParams({ between: `${name},${other}` })}`;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold">
        {name} ↔ {other}
      </h1>
      <p className="mt-1 mb-4 text-sm text-stone-600 dark:text-stone-400" data-exchange-stats>
        {comments.length === 0 ? "They have not replied to each other." : `${plural(comments.length, "reply", "replies")} between them, on ${plural(articles, "article")}, newest first.`}{" "}
        <Link href={`/u/${encodeURIComponent(name)}`} className="text-blue-800 underline dark:text-blue-300">
          All of {name}’s comments
        </Link>{" "}
        ·{" "}
        <Link href={`/u/${encodeURIComponent(other)}`} className="text-blue-800 underline dark:text-blue-300">
          All of {other}’s comments
        </Link>
      </p>
      <CommentList comments={comments} href={(c) => `/a/${c.documentId}${between}#c-${c.id}`} />
    </div>
  );
}
