"use client";
// A page that failed while rendering: inside the root layout, so the site header, the language
// and the way home stay. The error itself is in the server's log, never shown to readers.
import { ErrorPage } from "@/app/_components/error-page";

export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <title>Something went wrong · Rethread</title>
      <ErrorPage heading="Something went wrong">
        <p>This page could not be shown. It is not something in the address; trying again may work.</p>
        <button type="button" onClick={reset} className="mt-3 rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800">
          Try again
        </button>
      </ErrorPage>
    </>
  );
}
