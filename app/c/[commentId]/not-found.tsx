import { headers } from "next/headers";
import Link from "next/link";
import { api } from "@/server/trpc/server";

/** A permalink to a comment that is gone: say so, and lead to its article when it is known. */
export default async function CommentNotFound() {
  const id = /^\/c\/([A-Za-z0-9_-]{1,100})$/.exec((await headers()).get("x-pathname") ?? "")?.[1];
  const retired = id ? await api.comment.whereIs({ id }).catch(() => null) : null;
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      {retired ? (
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          This reply is no longer in its dump: it was edited or removed when the dump was ingested again.{" "}
          <Link href={`/a/${retired.documentId}`} className="text-blue-800 underline dark:text-blue-300">
            Read {retired.title ?? "the article"} and its discussion
          </Link>
          .
        </p>
      ) : (
        <p className="mt-2 text-stone-600 dark:text-stone-400">There is no such comment here.</p>
      )}
      <Link href="/" className="mt-4 inline-block text-blue-800 underline dark:text-blue-300">
        All articles
      </Link>
    </div>
  );
}
