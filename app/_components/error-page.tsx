import Link from "next/link";

/** What every error page shows: what went wrong, in words, and the way back. */
export function ErrorPage({ heading, children }: { heading: string; children: React.ReactNode }) {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{heading}</h1>
      <div className="mt-2 text-stone-600 dark:text-stone-400">{children}</div>
      <Link href="/" className="mt-4 inline-block text-blue-800 underline dark:text-blue-300">
        All articles
      </Link>
    </div>
  );
}
