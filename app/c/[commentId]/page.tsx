import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { CommentTime } from "@/app/_components/comment-time";
import { CommentText } from "@/app/_components/comment-text-view";
import { CommentTree } from "@/app/_components/comment-tree";
import { CopyLinkButton } from "@/app/_components/copy-link-button";
import { first, orNotFound } from "@/app/_components/load";
import { commentQuery } from "@/app/_components/page-query";
import { ThreadInteractions } from "@/app/_components/thread-interactions";
import { viewQuery } from "@/app/_components/view-url";
import { commentInput } from "@/server/trpc/schemas";
import { api } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ commentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load({ params, searchParams }: Props) {
  const { commentId } = await params;
  const query = await searchParams;
  const parsed = commentQuery(query);
  if (!parsed.ok) notFound(); // the proxy answered 400 already
  return loadComment(commentId, first(query.context), first(query.sort));
}

/** Once per request (by value: the metadata and the page get props objects of their own). */
const loadComment = cache(async (id: string, context: string | undefined, sort: string | undefined) => {
  const parsed = commentInput.safeParse({ id, context: context || undefined, sort: sort || undefined });
  if (!parsed.success) notFound();
  const retired = await api.comment.whereIs({ id: parsed.data.id }).catch(() => null);
  // An edited comment's old permalink leads to the comment that took its place.
  if (retired?.replacedBy) permanentRedirect(`/c/${retired.replacedBy}${viewQuery({ context, sort })}`);
  return { input: parsed.data, data: await orNotFound(() => api.comment.get(parsed.data)) };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { data } = await load(props);
  const title = `${data.comment.author ?? "Someone"} on ${data.document.title ?? data.document.source}`;
  const description = data.comment.text.replace(/\s+/g, " ").slice(0, 200);
  return {
    title,
    description,
    openGraph: { title, description, type: "article" },
    twitter: { card: "summary", title, description },
  };
}

export default async function CommentPage(props: Props) {
  const { input, data } = await load(props);
  const { document, comment, ancestors, subtree, cut } = data;
  const threadLink = `/a/${document.id}${viewQuery({ sort: input.sort })}#c-${comment.id}`;
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm text-stone-600 dark:text-stone-400">
        A reply on{" "}
        <Link href={`/a/${document.id}`} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
          {document.title ?? document.source}
        </Link>
      </p>
      <div className="mt-2 mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">
          {comment.author ?? "unknown"}
          <span className="sr-only"> on {document.title ?? document.source}</span>
        </h1>
        <span className="text-sm text-stone-600 dark:text-stone-400">
          <CommentTime postedAt={comment.postedAt} postedAtText={comment.postedAtText} />
        </span>
        <CopyLinkButton />
        <Link href={threadLink} className="text-sm text-blue-800 hover:underline dark:text-blue-300">
          View in the whole thread
        </Link>
      </div>
      {ancestors.length > 0 && (
        <section aria-label="Context" className="mb-3 space-y-2">
          {comment.depth > ancestors.length && (
            <Link href={`/c/${comment.id}${viewQuery({ sort: input.sort, context: Math.min(comment.depth, 50) })}`} className="text-sm text-blue-800 hover:underline dark:text-blue-300">
              Show {comment.depth - ancestors.length} more above
            </Link>
          )}
          <ol className="space-y-2" data-context>
            {ancestors.map((a) => (
              <li key={a.id} style={{ marginLeft: `${Math.min(a.depth - ancestors[0]!.depth, 6) * 0.75}rem` }}>
                <article id={`c-${a.id}`} aria-label={`Context: ${a.author ?? "unknown"}`} className="rounded-md bg-stone-100 p-2 text-sm dark:bg-stone-800">
                  <p className="font-semibold">
                    {a.author ?? "unknown"} <CommentTime postedAt={a.postedAt} postedAtText={a.postedAtText} />
                  </p>
                  <CommentText text={a.text} className="line-clamp-3" />
                  <Link href={`/c/${a.id}${viewQuery({ sort: input.sort, context: input.context })}`} className="text-xs text-blue-800 hover:underline dark:text-blue-300">
                    permalink
                  </Link>
                </article>
              </li>
            ))}
          </ol>
        </section>
      )}
      <h2 className="sr-only">The reply and its replies</h2>
      {cut && (
        <p className="mb-3 rounded bg-stone-100 px-3 py-2 text-sm dark:bg-stone-800" data-window>
          This reply has more replies than one page shows: the nearest {(subtree.length - 1).toLocaleString("en")}, level by level, are here.
        </p>
      )}
      <ThreadInteractions articleId={document.id} viewKey={comment.id}>
        <CommentTree comments={subtree} options={{ highlightId: comment.id, carry: viewQuery({ sort: input.sort }) }} />
      </ThreadInteractions>
    </div>
  );
}
