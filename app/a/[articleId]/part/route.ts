// One part of a thread view as HTML list items (thread-parts.ts), for the thread's island to
// put in place: `?part=N&v=HASH` beside the view's own parameters. 400 for a bad parameter, 404
// for an unknown article or part, 409 when the thread was ingested again since the page (HASH)
// was made: the parts of two versions do not fit together.
import { TRPCError } from "@trpc/server";
import { renderCommentTree } from "@/app/_components/comment-tree-html";
import { decodedParam } from "@/app/_components/load";
import { queryOf, threadQuery } from "@/app/_components/page-query";
import { partOptions, threadParts } from "@/app/_components/thread-parts";
import { articleAuthor } from "@/server/threads/article-author";
import { api } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

const text = (status: number, message: string) => new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  const id = decodedParam((await params).articleId);
  const search = new URL(request.url).searchParams;
  const view = threadQuery(queryOf(search));
  if (!view.ok) return text(400, view.problem);
  if (!/^[1-9]\d{0,6}$/.test(search.get("part") ?? "")) return text(400, "The “part” parameter is not valid: expected a whole number from 1.");
  const part = Number(search.get("part"));
  let thread, article;
  try {
    [thread, article] = await Promise.all([api.thread.get({ articleId: id, ...view.data, between: search.get("between") || undefined }), api.article.body({ id })]);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return text(404, `No article with the id “${id}”.`);
    throw error;
  }
  if ((search.get("v") ?? "") !== thread.document.contentHash) return text(409, "This thread was ingested again since the page was loaded: reload the page.");
  const parts = threadParts(thread.comments);
  if (part >= parts.length) return text(404, `This view of the thread has ${parts.length} part${parts.length === 1 ? "" : "s"}; there is no part ${part}.`);
  // Compressed by `npm start` (server/http/compression.ts): Next.js leaves a route's answer as it is.
  return new Response(renderCommentTree(thread.comments, partOptions(view.data, articleAuthor(article.document.subtitle, article.body)), parts[part]), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
