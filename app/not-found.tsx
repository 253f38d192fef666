import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">There is no such article, comment or commenter here.</p>
      <Link href="/" className="mt-4 inline-block text-blue-700 underline dark:text-blue-300">
        All articles
      </Link>
    </div>
  );
}
