import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { CommentTree } from "@/app/_components/comment-tree";
import { api } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ articleId: string }> };

async function load(articleId: string) {
  try {
    return await api.article.get({ id: articleId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { articleId } = await params;
  const { document } = await load(articleId);
  return { title: document.title ?? document.source };
}

export default async function ArticlePage({ params }: Props) {
  const { articleId } = await params;
  const { document, body, comments } = await load(articleId);
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <article className="min-w-0">
        {document.site && <p className="text-sm uppercase tracking-wide text-stone-500">{document.site}</p>}
        <h1 className="font-serif text-3xl font-bold leading-tight">{document.title ?? document.source}</h1>
        {document.subtitle && <p className="mt-2 text-lg text-stone-600 dark:text-stone-400">{document.subtitle}</p>}
        <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed">
          {body.map((block, i) => {
            switch (block.kind) {
              case "heading":
                return <h2 key={i} className="pt-2 font-sans text-xl font-semibold">{block.text}</h2>;
              case "quote":
                return <blockquote key={i} className="border-l-4 border-stone-300 pl-4 italic dark:border-stone-600">{block.text}</blockquote>;
              case "caption":
                return <p key={i} className="font-sans text-sm text-stone-500">{block.text}</p>;
              case "list-item":
                return <p key={i} className="pl-4">{block.text}</p>;
              default:
                return <p key={i}>{block.text}</p>;
            }
          })}
        </div>
      </article>
      <section aria-labelledby="discussion" className="min-w-0">
        <h2 id="discussion" className="mb-4 text-xl font-semibold">
          Discussion ({document.commentCount} {document.commentCount === 1 ? "comment" : "comments"})
        </h2>
        {comments.length === 0 ? <p className="text-stone-500">No comments in this dump.</p> : <CommentTree comments={comments} />}
      </section>
    </div>
  );
}
