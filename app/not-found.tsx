import type { Metadata } from "next";
import { ErrorPage } from "@/app/_components/error-page";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <ErrorPage heading="Not found">
      <p>There is no such article, comment or commenter here.</p>
    </ErrorPage>
  );
}
