// Runs before every page and API request Next.js renders: a fresh nonce per rendered page, so
// the Content Security Policy can forbid inline scripts except the ones Next.js itself writes.
// (A page the page cache sends again keeps its nonce: see server/http/cached-responses.ts.)
import { NextResponse, type NextRequest } from "next/server";
import { BAD_REQUEST_HEADER, requestProblem } from "@/app/_components/page-query";

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV !== "production";
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React sets a few style attributes; styles cannot run code, scripts are what CSP guards here.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  // Next.js reads the policy from the request to put the nonce on its own scripts.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  // The path, for not-found pages that want to say more about what was asked for.
  headers.set("x-pathname", request.nextUrl.pathname);
  // Only this proxy says a request is bad; the page that shows why reads it from this header.
  headers.delete(BAD_REQUEST_HEADER);
  const problem = requestProblem(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (problem && request.nextUrl.pathname.startsWith("/api/")) {
    // The API answers in its own shape (tRPC's error envelope), not with a page.
    return NextResponse.json({ error: { message: problem, code: -32600, data: { code: "BAD_REQUEST", httpStatus: 400 } } }, { status: 400 });
  }
  if (problem) headers.set(BAD_REQUEST_HEADER, encodeURIComponent(problem));
  const response = problem
    ? NextResponse.rewrite(new URL("/bad-request", request.url), { status: 400, request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
