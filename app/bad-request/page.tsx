import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ErrorPage } from "@/app/_components/error-page";
import { BAD_REQUEST_HEADER } from "@/app/_components/page-query";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Bad request", robots: { index: false } };

/** Shown, with status 400, where proxy.ts found the request's address or parameters wrong. */
export default async function BadRequest() {
  const problem = (await headers()).get(BAD_REQUEST_HEADER);
  if (!problem) notFound(); // asked for by its own address
  return (
    <ErrorPage heading="Bad request">
      <p>{decodeURIComponent(problem)}</p>
    </ErrorPage>
  );
}
