import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleBody } from "@/app/_components/article-body";
import { CommentTree } from "@/app/_components/comment-tree";
import { formatPostedAt } from "@/app/_components/format-time";
import { first, orNotFound } from "@/app/_components/load";
import { ThreadControls } from "@/app/_components/thread-controls";
import { ThreadInteractions } from "@/app/_components/thread-interactions";
import { TimelineChart } from "@/app/_components/timeline-chart";
import { commentElementId } from "@/app/_components/comment-markup";
import { viewQuery } from "@/app/_components/view-url";
import { threadQuery } from "@/app/_components/page-query";
import { threadMap } from "@/app/_components/thread-map";
import { partOptions } from "@/app/_components/thread-parts";
import type { ThreadView } from "@/server/trpc/schemas";
import { THREAD_WINDOW } from "@/server/trpc/limits";
import { articleAuthor } from "@/server/threads/article-author";
import { api } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ articleId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { document } = await articleBody((await params).articleId);
  return { title: document.title ?? document.source };
}

/** The article once per request: the metadata and the page both need it. */
const articleBody = cache((id: string) => orNotFound(() => api.article.body({ id })));

/** The formats of an article's download (app/a/[articleId]/export/route.ts). */
const DOWNLOADS = [
  ["json", "JSON"],
  ["csv", "CSV"],
  ["convokit", "ConvoKit"],
] as const;

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export default async function ArticlePage({ params, searchParams }: Props) {
  const { articleId } = await params;
  const query = await searchParams;
  const between = first(query.between) || undefined;
  const parsed = threadQuery(query);
  if (!parsed.ok) notFound(); // the proxy answered 400 already
  const { document, body } = await articleBody(articleId);
  // Readers without JavaScript get the whole view in one piece when they ask (thread-parts.ts).
  const whole = first(query.all) === "1";
  const span = document.firstCommentAt && document.lastCommentAt ? `${formatPostedAt(document.firstCommentAt)} – ${formatPostedAt(document.lastCommentAt)}` : null;

  return (
    <div>
      <p className="mb-4 text-sm text-stone-600 dark:text-stone-400" data-thread-stats>
        {[document.site, span, plural(document.commentCount, "comment"), plural(document.commenterCount, "commenter")].filter(Boolean).join(" · ")}
      </p>
      <a href="#discussion" className="mb-4 inline-block rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white lg:hidden">
        Jump to the discussion ({plural(document.commentCount, "comment")})
      </a>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
        <article className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2" aria-labelledby="article-title" tabIndex={0}>
          {document.site && <p className="text-sm tracking-wide text-stone-600 uppercase dark:text-stone-400">{document.site}</p>}
          <h1 id="article-title" className="font-serif text-3xl leading-tight font-bold">
            {document.title ?? document.source}
          </h1>
          {document.subtitle && <p className="mt-2 text-lg text-stone-600 dark:text-stone-400">{document.subtitle}</p>}
          <ArticleBody body={body} />
          <p className="mt-6 text-sm text-stone-600 dark:text-stone-400" data-downloads>
            Download the thread:{" "}
            {DOWNLOADS.map(([format, label], i) => (
              <span key={format}>
                {i > 0 && " · "}
                <a className="underline" href={`/a/${encodeURIComponent(articleId)}/export?format=${format}`} download>
                  {label}
                </a>
              </span>
            ))}
          </p>
        </article>
        <section id="discussion" aria-labelledby="discussion-title" className="min-w-0 scroll-mt-4">
          <h2 id="discussion-title" className="mb-3 text-xl font-semibold">
            Discussion ({plural(document.commentCount, "comment")})
          </h2>
          {document.commentCount === 0 ? (
            <p className="text-stone-600 dark:text-stone-400">No comments in this dump.</p>
          ) : (
            <Discussion articleId={articleId} view={parsed.data} between={between} whole={whole} byline={articleAuthor(document.subtitle, body)} />
          )}
        </section>
      </div>
    </div>
  );
}

async function Discussion({ articleId, view, between, whole, byline }: { articleId: string; view: ThreadView; between: string | undefined; whole: boolean; byline: string | null }) {
  const [thread, authors] = await Promise.all([orNotFound(() => api.thread.get({ articleId, ...view, between })), api.thread.authors({ articleId })]);
  const { comments, hiddenCount, filtered, matchCount, timeline, window, document } = thread;
  const contextCount = comments.reduce((n, c) => n + (c.role === "context" ? 1 : 0), 0);
  const urlView = { sort: view.sort, author: view.author, q: view.q, depth: view.depth, from: view.from, between };
  const filterLabel = [view.author && `by ${view.author}`, view.q && `matching “${view.q}”`, view.between && `between ${view.between.join(" and ")}`].filter(Boolean).join(", ");
  return (
    <>
      <div className="mb-4 space-y-3">
        <ThreadControls articleId={articleId} view={urlView} authors={authors} dated={document.firstCommentAt !== null} />
        <TimelineChart timeline={timeline} barHref={(b) => `/a/${articleId}${viewQuery({ ...urlView, sort: "oldest" })}#${commentElementId(b.firstId!)}`} />
      </div>
      {filtered && (
        <p className="mb-3 rounded bg-stone-100 px-3 py-2 text-sm dark:bg-stone-800" data-filter-status>
          Showing {plural(matchCount, "comment")} {filterLabel}
          {contextCount > 0 && <>, and {plural(contextCount, "comment")} they answer, marked context</>}
          {hiddenCount > 0 && <> · {plural(hiddenCount, "other comment")} hidden</>} ·{" "}
          <Link href={`/a/${articleId}${viewQuery({ sort: view.sort, depth: view.depth })}`} className="text-blue-800 underline dark:text-blue-300">
            show all
          </Link>
        </p>
      )}
      {window.count < window.total && <WindowNav articleId={articleId} view={urlView} window={window} />}
      <ThreadInteractions articleId={articleId} viewKey={viewQuery(urlView)} showCollapseAll total={comments.length} map={threadMap(comments)} commenters={hideable(authors)}>
        <CommentTree
          comments={comments}
          options={partOptions(view, byline)}
          parts={{ url: `/a/${encodeURIComponent(articleId)}/part${viewQuery({ ...urlView, v: document.contentHash })}`, whole, wholeUrl: `/a/${articleId}${viewQuery({ ...urlView, all: "1" })}` }}
        />
      </ThreadInteractions>
    </>
  );
}

/** The commenters offered in the "Hide" list: the most active hundred, by name (any other is hidden with the key x on their comment). */
function hideable(authors: { name: string; count: number }[]): string[] {
  return [...authors]
    .sort((a, b) => b.count - a.count)
    .slice(0, 100)
    .map((a) => a.name)
    .sort((a, b) => a.localeCompare(b));
}

/** For a thread larger than one request reads (THREAD_WINDOW): which part this is, and the parts around it. */
function WindowNav({ articleId, view, window }: { articleId: string; view: Parameters<typeof viewQuery>[0]; window: { from: number; count: number; total: number } }) {
  const n = (k: number) => k.toLocaleString("en");
  const link = (from: number, label: string) => (
    <Link href={`/a/${articleId}${viewQuery({ ...view, from })}`} className="text-blue-800 underline dark:text-blue-300">
      {label}
    </Link>
  );
  const end = window.from + window.count;
  return (
    <p className="mb-3 rounded bg-stone-100 px-3 py-2 text-sm dark:bg-stone-800" data-window>
      This discussion has {n(window.total)} comments, too many for one page: shown are comments {n(window.from + 1)} to {n(end)} in the order they were posted.{" "}
      {window.from > 0 && link(Math.max(0, window.from - THREAD_WINDOW), `← ${n(Math.min(THREAD_WINDOW, window.from))} before`)}
      {window.from > 0 && end < window.total && " · "}
      {end < window.total && link(end, `next ${n(Math.min(THREAD_WINDOW, window.total - end))} →`)}
    </p>
  );
}
