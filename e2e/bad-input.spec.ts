import { expect, test } from "@playwright/test";

const trpc = (procedure: string, input: unknown) => `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
const A = "000_27b7f12d24ef8725";

// [what, path, expected status]. Bad input is a 4xx with a message, never a 5xx.
const CASES: [string, string, number][] = [
  ["unknown article", trpc("article.get", { id: "nope" }), 404],
  ["article id with a path", trpc("article.get", { id: "../etc/passwd" }), 400],
  ["article id of the wrong type", trpc("article.get", { id: 5 }), 400],
  ["missing input", "/api/trpc/article.get", 400],
  ["input that is not JSON", "/api/trpc/article.get?input=%7Bnope", 400],
  ["unknown procedure", "/api/trpc/article.delete", 404],
  ["unknown sort", trpc("thread.get", { articleId: A, sort: "bogus" }), 400],
  ["negative depth", trpc("thread.get", { articleId: A, depth: -1 }), 400],
  ["huge depth", trpc("thread.get", { articleId: A, depth: 1e12 }), 400],
  ["oversize search", trpc("thread.get", { articleId: A, q: "x".repeat(5000) }), 400],
  ["oversize name", trpc("thread.get", { articleId: A, author: "x".repeat(5000) }), 400],
  ["between with one name", trpc("thread.get", { articleId: A, between: "Granny" }), 400],
  ["huge context", trpc("comment.get", { id: "abc", context: 99999 }), 400],
  ["unknown comment", trpc("comment.get", { id: "abc" }), 404],
  ["empty search", trpc("search", { q: "" }), 400],
  ["huge search limit", trpc("search", { q: "putin", limit: 1e9 }), 400],
  ["FTS5 syntax in a search is just text", trpc("search", { q: 'NEAR("a" b) OR * "' }), 200],
  ["unknown sort on a page", `/a/${A}?sort=bogus`, 404],
  ["negative depth on a page", `/a/${A}?depth=-3`, 404],
  ["oversize search on a page", `/a/${A}?q=${"x".repeat(5000)}`, 404],
  ["unknown article page", "/a/nope", 404],
  ["article id with odd characters", "/a/%00%3Cscript%3E", 404],
  ["comment page with a huge context", "/c/abc?context=99999", 404],
  ["unknown commenter", "/u/nobody-by-this-name", 404],
  ["oversize commenter name", `/u/${"x".repeat(3000)}`, 404],
  ["unknown list sort", "/?sort=bogus", 404],
];

for (const [what, path, status] of CASES) {
  test(`bad input answers ${status}, not 5xx: ${what}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(status);
    if (path.startsWith("/api/") && status >= 400) expect((await response.json()).error.message).toBeTruthy();
  });
}
