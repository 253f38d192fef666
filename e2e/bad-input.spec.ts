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
  ["unknown sort on a page", `/a/${A}?sort=bogus`, 400],
  ["negative depth on a page", `/a/${A}?depth=-3`, 400],
  ["a depth past any number", `/a/${A}?depth=99999999999999999999`, 400],
  ["oversize search on a page", `/a/${A}?q=${"x".repeat(5000)}`, 400],
  ["a parameter given twice", `/a/${A}?sort=newest&sort=oldest`, 400],
  ["unknown article page", "/a/nope", 404],
  ["article id with odd characters", "/a/%00%3Cscript%3E", 400],
  ["a path that climbs", "/a/..%2f..%2fetc%2fpasswd", 404],
  ["comment page with a huge context", "/c/abc?context=99999", 400],
  ["comment page with an infinite context", "/c/abc?context=1e400", 400],
  ["unknown commenter", "/u/nobody-by-this-name", 404],
  ["oversize commenter name", `/u/${"x".repeat(3000)}`, 404],
  ["a commenter name with a percent sign", "/u/100%25", 404],
  ["unknown list sort", "/?sort=bogus", 400],
  ["an array parameter is not one of ours", "/?sort[]=x", 200],
  ["broken percent-encoding in a commenter", "/u/%ff%fe", 400],
  ["broken percent-encoding in an article", "/a/%ff", 400],
  ["broken percent-encoding in a comment", "/c/%ff", 400],
  ["a lone percent sign", "/u/%", 400],
  ["a truncated UTF-8 sequence", "/a/%E0%A4%A", 400],
  ["a control character in a path", "/u/a%0ab", 400],
  ["broken percent-encoding in the API", "/api/trpc/%25ff%ff", 400],
  ["a router state header that is not one", "/", 400],
  ["an address past 6,000 characters", `/a/x?q=${"x".repeat(7000)}`, 414],
  ...["don't", "it's", "e-mail", "read-only", "ಠ_ಠ", '"unbalanced', "NEAR(a b)", "a AND b OR NOT c", "*", "^", "col:umn", "😀", "東京", "שלום", "!?.,;:()[]{}<>'\"`~@#$%^&*-_=+|\\/".repeat(6)].flatMap(
    (q): [string, string, number][] => [
      [`corpus search for ${q.slice(0, 20)}`, `/?q=${encodeURIComponent(q)}`, 200],
      [`thread search for ${q.slice(0, 20)}`, `/a/${A}?q=${encodeURIComponent(q)}`, 200],
      [`search procedure for ${q.slice(0, 20)}`, trpc("search", { q }), 200],
      [`thread.get search for ${q.slice(0, 20)}`, trpc("thread.get", { articleId: A, q }), 200],
    ],
  ),
];

for (const [what, path, status] of CASES) {
  test(`bad input answers ${status}, not 5xx: ${what}`, async ({ request }) => {
    const headers: Record<string, string> = what.startsWith("a router state") ? { rsc: "1", "next-router-state-tree": "%7B" } : {};
    const response = await request.get(path, { headers });
    expect(response.status()).toBe(status);
    if (path.startsWith("/api/") && status >= 400) expect((await response.json()).error.message).toBeTruthy();
    // A page that refuses a parameter says which one.
    const parameter = /[?&]([a-z]+)=/.exec(path)?.[1];
    if (!path.startsWith("/api/") && status === 400 && parameter && response.headers()["content-type"]?.includes("text/html")) {
      expect(await response.text()).toContain(`“${parameter}” parameter`);
    }
  });
}
