"use client";
// Shows the server-built comment tree. On a page load the markup arrives by ticket (see
// html-handoff.ts) and is written into the HTML only; hydration leaves that DOM alone. On a
// client navigation it arrives as a prop in the RSC payload.
import { useLayoutEffect, useRef } from "react";
import { collect } from "./html-handoff";

/** Page-load trees this tab has left, as the server sent them, for back and forward to restore. */
const left = new Map<string, string>();
const LEFT_LIMIT = 4;

export function ServerMarkup({ html, ticket }: { html?: string; ticket?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const pristine = useRef("");
  // At hydration this is "" and React keeps the server's DOM; as long as the ticket stays,
  // the value stays too, so re-renders never rewrite the DOM the thread's island works on.
  const markup = html ?? (ticket ? (collect(ticket) ?? left.get(ticket) ?? "") : "");
  useLayoutEffect(() => {
    if (!ticket) return;
    // Before the island's effects mark anything collapsed: the markup as the server sent it.
    pristine.current = ref.current!.innerHTML;
    return () => {
      left.delete(ticket);
      left.set(ticket, pristine.current);
      if (left.size > LEFT_LIMIT) left.delete(left.keys().next().value!);
    };
  }, [ticket]);
  return <div ref={ref} data-thread dangerouslySetInnerHTML={{ __html: markup }} suppressHydrationWarning />;
}
