import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { ErrorPage } from "@/app/_components/error-page";
import { api } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Not found" };

/** A permalink to a comment that is gone: say so, and lead to its article when it is known. */
export default async function CommentNotFound() {
  const id = /^\/c\/([A-Za-z0-9_-]{1,100})$/.exec((await headers()).get("x-pathname") ?? "")?.[1];
  const retired = id ? await api.comment.whereIs({ id }).catch(() => null) : null;
  return (
    <ErrorPage heading="Not found">
      {retired ? (
        <p>
          This reply is no longer in its dump: it was edited or removed when the dump was ingested again.{" "}
          <Link href={`/a/${retired.documentId}`} className="text-blue-800 underline dark:text-blue-300">
            Read {retired.title ?? "the article"} and its discussion
          </Link>
          .
        </p>
      ) : (
        <p>There is no such comment here.</p>
      )}
    </ErrorPage>
  );
}
