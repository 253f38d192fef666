"use client";
// The root layout itself failed: this page replaces it, so it brings its own html and header.
import "./globals.css";

export default function GlobalError() {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Rethread</title>
      </head>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <header className="border-b border-stone-200 bg-white/80 px-4 py-3 dark:border-stone-800 dark:bg-stone-900/80">
          <a href="/" className="text-lg font-semibold tracking-tight">
            Rethread
          </a>
        </header>
        <main className="py-16 text-center">
          <h1 className="text-2xl font-semibold">Something went wrong</h1>
          <p className="mt-2 text-stone-600 dark:text-stone-400">Rethread could not show this page. Trying again later may work.</p>
          <a href="/" className="mt-4 inline-block text-blue-800 underline dark:text-blue-300">
            All articles
          </a>
        </main>
      </body>
    </html>
  );
}
