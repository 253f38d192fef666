import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";
import { CommentTime } from "./comment-time";

type ThreadComment = inferRouterOutputs<AppRouter>["article"]["get"]["comments"][number];

/** Replies as nested lists: the nesting is the thread, for eyes and screen readers alike. */
export function CommentTree({ comments }: { comments: ThreadComment[] }) {
  return (
    <ol className="space-y-3">
      {comments.map((c) => (
        <CommentItem key={c.id} comment={c} />
      ))}
    </ol>
  );
}

function CommentItem({ comment: c }: { comment: ThreadComment }) {
  return (
    <li data-depth={c.depth}>
      <article id={`c-${c.id}`} className="rounded-md bg-white p-3 shadow-sm ring-1 ring-stone-200 dark:bg-stone-900 dark:ring-stone-800">
        <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-semibold">{c.author ?? <span className="italic text-stone-500">unknown</span>}</span>
          {c.authorSource === "inferred" && (
            <span className="text-xs text-stone-500" title="Name taken from a reply that answers this comment">
              (inferred)
            </span>
          )}
          <span className="text-stone-500 dark:text-stone-400">
            <CommentTime postedAt={c.postedAt} postedAtText={c.postedAtText} />
          </span>
        </header>
        <div className="mt-1 space-y-2 whitespace-pre-line break-words">
          {c.text.split("\n\n").map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      </article>
      {c.children.length > 0 && (
        <div className="mt-3 ml-2 border-l-2 border-stone-200 pl-3 sm:ml-4 sm:pl-4 dark:border-stone-700">
          <CommentTree comments={c.children} />
        </div>
      )}
    </li>
  );
}
