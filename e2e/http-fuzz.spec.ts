// The whole HTTP surface of the production server under generated requests: paths, queries,
// headers, methods and tRPC inputs, well-formed and not. Whatever arrives: no 5xx, an answer in
// bounded time, the security headers, and a page cache that never hands one request's variant
// (encoding, RSC payload or HTML) to another. `npm run fuzz` runs it long (FUZZ_HTTP_RUNS).
import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { test } from "@playwright/test";
import fc from "fast-check";
import { ARTICLE } from "./helpers";

const RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 300);
/** `npm test` replays the same requests every time; a long run draws new ones (FUZZ_SEED replays one). */
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.FUZZ_HTTP_RUNS ? Date.now() : 20261123));
const SHARDS = 4;
/** Far above any page here (tens of milliseconds); a request still open then is a hang. */
const TIMEOUT_MS = 15_000;

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One raw request (node:http sends the path as given: no URL normalization, no `..` resolving). */
function send(base: URL, sent: Sent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      // A connection per request: a reused keep-alive socket the server has just closed is the client's race, not the server's fault.
      { host: base.hostname, port: base.port, method: sent.method, path: sent.path, headers: sent.headers, timeout: TIMEOUT_MS, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer in ${TIMEOUT_MS} ms`)));
    req.on("error", reject);
    req.end(sent.body);
  });
}

/** Characters node:http refuses in a request line are sent percent-encoded, as a client would. */
const encodeUnsendable = (s: string) => s.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c).replace(/%(?![0-9A-F]{2})/g, "%25"));

const junkText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom("..", "%2e%2e%2f", "..%2f..%2fetc%2fpasswd", "%", "%ff", "%E0%A4%A", "%00", "%0a", "%25", "%C3%A9", "\u0000", "'", '"', "<script>", "don't", "e-mail", "ಠ_ಠ", "NEAR(a b)", "*", "^", "a:b", "😀", "東京", "שלום"),
  fc.integer({ min: 1, max: 4000 }).map((n) => "x".repeat(n)),
);

const number = fc.oneof(fc.integer().map(String), fc.double().map(String), fc.constantFrom("1e400", "-0", "NaN", "0x10", "99999999999999999999", "3.5", ""));

const segment = fc.oneof(fc.constantFrom(ARTICLE, "abc", "nope", "Granny", "tyates"), junkText).map(encodeUnsendable);

const path = fc.oneof(
  fc.constant("/"),
  fc.tuple(fc.constantFrom("a", "c", "u"), segment).map(([page, s]) => `/${page}/${s}`),
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join("/")}`),
  fc.constantFrom("/bad-request", "/nope", "/_next/static/x.js", "/_next/image?url=x", "/favicon.ico", "//", "/a/", "/a//x", "/api/trpc", "/api/trpc/"),
);

const queryKey = fc.oneof(fc.constantFrom("sort", "q", "depth", "author", "between", "context", "stream", "sort[]", "depth[0]", "_rsc"), junkText);
const queryValue = fc.oneof(fc.constantFrom("thread", "newest", "replies", "discussed", "title", "bogus", "Granny", "Granny,tyates", ",", "0"), number, junkText);
const query = fc
  .array(fc.tuple(queryKey, queryValue), { maxLength: 5 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encodeUnsendable(k).replace(/[&=#]/g, "")}=${encodeUnsendable(v).replace(/[&#]/g, "")}`).join("&")}` : ""));

const PROCEDURES = ["article.list", "article.get", "article.body", "thread.get", "thread.authors", "comment.get", "comment.whereIs", "author.get", "search"];
const fieldValue = fc.oneof(fc.constantFrom(ARTICLE, "Granny", "newest", "bogus"), number.map(Number), junkText, fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
const trpcInput = fc.oneof(
  fc.dictionary(fc.constantFrom("id", "articleId", "name", "q", "sort", "author", "depth", "between", "context", "limit"), fieldValue, { maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 3 }),
);
const trpcCall = fc.oneof(
  fc.tuple(fc.constantFrom(...PROCEDURES), trpcInput).map(([p, input]) => `/api/trpc/${p}?input=${encodeURIComponent(JSON.stringify(input) ?? "")}`),
  fc.tuple(fc.array(fc.constantFrom(...PROCEDURES), { minLength: 1, maxLength: 4 }), fc.array(trpcInput, { maxLength: 4 })).map(
    ([procs, inputs]) => `/api/trpc/${procs.join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(Object.fromEntries(inputs.map((v, i) => [String(i), v]))))}`,
  ),
  fc.tuple(fc.oneof(fc.constantFrom(...PROCEDURES), segment), fc.oneof(junkText, fc.constant("{nope"), fc.constant("%ff"))).map(([p, raw]) => `/api/trpc/${p}?input=${encodeUnsendable(raw)}`),
);

const headerValue = (values: string[]) => fc.option(fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 20 }).map((s) => s.replace(/[^\x20-\x7e]/g, ""))), { nil: undefined });
const headers = fc.record({
  accept: headerValue(["text/html", "text/html,application/xhtml+xml,*/*;q=0.8", "*/*", "text/x-component", "application/json", "image/*"]),
  "accept-encoding": headerValue(["gzip", "br", "gzip, deflate, br", "identity", "deflate", "gzip;q=0", "*"]),
  range: headerValue(["bytes=0-10", "bytes=-5", "bytes=100-", "bytes=5-1", "items=0-1"]),
  rsc: headerValue(["1", "0", "true"]),
  "next-router-prefetch": headerValue(["1"]),
  "next-router-state-tree": headerValue(["%5B%22%22%5D", "[]", "{"]),
  "next-url": headerValue(["/", "/a/x"]),
  "next-action": headerValue(["abc", "0000"]),
  "cache-control": headerValue(["no-cache", "max-age=0"]),
  "if-none-match": headerValue(['"abc"', "*"]),
  "x-rethread-bad-request": headerValue(["forged%20message"]),
  "x-nonce": headerValue(["forged"]),
});

const requestArb = fc
  .record({
    method: fc.oneof({ weight: 6, arbitrary: fc.constant("GET") }, fc.constantFrom("HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH")),
    target: fc.oneof({ weight: 3, arbitrary: fc.tuple(path, query).map(([p, q]) => p + q) }, { weight: 2, arbitrary: trpcCall }),
    headers,
    body: fc.option(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v) ?? ""), fc.string({ maxLength: 200 })), { nil: undefined }),
  })
  .map(({ method, target, headers, body }): Sent => {
    const sent = Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined));
    if (method === "GET" || method === "HEAD" || body === undefined) return { method, path: target, headers: sent };
    // node:http frames no body for DELETE or OPTIONS by itself: unframed, it would read as a second request.
    return { method, path: target, headers: { ...sent, "content-length": String(Buffer.byteLength(body)) }, body };
  });

/** Whether an Accept-Encoding header allows `encoding` (by name or by `*`, with a q above 0). */
function accepts(acceptEncoding: string, encoding: string): boolean {
  return acceptEncoding.split(",").some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    return (name === encoding || name === "*") && (q === undefined || Number(q) > 0);
  });
}

const header = (answer: Answer, name: string) => String(answer.headers[name] ?? "");

/**
 * What must hold for every answer to `sent`. Plain assertions: Playwright's `expect` records a
 * step for each call, which over a hundred thousand requests costs more than the requests.
 */
function check(sent: Sent, answer: Answer) {
  const where = () => `${answer.status} for ${sent.method} ${sent.path.slice(0, 200)} ${JSON.stringify(sent.headers)}: ${answer.body.toString("utf8", 0, 300)}`;
  const must = (ok: boolean, what: string) => {
    if (!ok) assert.fail(`${what}: ${where()}`);
  };
  must(answer.status < 500, "a 5xx");
  must(header(answer, "x-content-type-options") === "nosniff", "no nosniff");
  must(header(answer, "referrer-policy") !== "", "no Referrer-Policy");
  must(header(answer, "x-frame-options") === "DENY", "no X-Frame-Options");
  if (header(answer, "content-type").startsWith("text/html")) {
    must(/default-src 'none'|script-src 'self' 'nonce-/.test(header(answer, "content-security-policy")), "an HTML answer without its CSP");
    must(!answer.body.includes("forged message"), "a forged problem header reached the page");
  }
  const encoding = header(answer, "content-encoding");
  if (encoding && encoding !== "identity") must(accepts(sent.headers["accept-encoding"] ?? "", encoding), `${encoding} sent unasked`);
}

// Traces of a hundred thousand requests would be a trace of the fuzzer, not of a failure.
test.use({ trace: "off" });

for (let shard = 0; shard < SHARDS; shard++) {
  test(`the server answers any request without a 5xx, a hang or a leaked variant (${RUNS / SHARDS} requests, part ${shard + 1})`, async ({ baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one run of the server is enough");
    test.setTimeout(Math.max(120_000, RUNS * 400));
    const base = new URL(baseURL!);
    await fc.assert(
      fc.asyncProperty(requestArb, async (sent) => {
        const answer = await send(base, sent);
        check(sent, answer);
        // A page served from the cache must be the variant a fresh render of the same request gets.
        if (answer.headers["x-page-cache"] === "hit") {
          const fresh = await send(base, { ...sent, headers: { ...sent.headers, "cache-control": "no-cache" } });
          check(sent, fresh);
          for (const name of ["content-type", "content-encoding", "vary"]) assert.equal(header(answer, name), header(fresh, name), `${name} of a cached ${sent.path}`);
          assert.equal(answer.status, fresh.status, `status of a cached ${sent.path}`);
        }
      }),
      { numRuns: Math.ceil(RUNS / SHARDS), seed: SEED + shard, endOnFailure: true },
    );
  });
}
