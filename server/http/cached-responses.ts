// Serves repeated page loads from a PageCache and fills it from Next.js's own responses.
import type { IncomingMessage, ServerResponse } from "node:http";
// Next.js's own test of a user agent, so the key splits exactly where its rendering does.
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot.js";
import type { CachedPage, PageCache } from "./page-cache";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Headers that describe one connection or one moment, not the page. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** Content codings Next.js may answer with; anything else a client lists changes nothing it sends. */
const CODINGS = ["br", "deflate", "gzip"];

/**
 * Page loads only: a browser asks for text/html; Next.js's client navigations and
 * prefetches (RSC headers, any Accept) and the API are rendered every time. Everything in the
 * request that changes what Next.js sends is in the key, and nothing else: the codings it may
 * compress with (not the client's whole header, which made one entry per made-up value), and
 * whether it takes the client for a bot (it renders those another way).
 */
export function cacheKey(req: IncomingMessage): string | null {
  const url = req.url ?? "/";
  if (req.method !== "GET" || url.startsWith("/api/") || url.startsWith("/_next/")) return null;
  if (!req.headers.accept?.includes("text/html") || req.headers.rsc || req.headers["next-router-prefetch"]) return null;
  const offered = new Set<string>();
  for (const part of String(req.headers["accept-encoding"] ?? "").toLowerCase().split(",")) {
    const [name, ...params] = part.split(";").map((p) => p.trim());
    const q = params.find((p) => p.startsWith("q="));
    if (CODINGS.includes(name!) && !(q && Number(q.slice(2)) === 0)) offered.add(name!);
  }
  const codings = CODINGS.filter((c) => offered.has(c));
  return `${codings.join(",")}\n${getBotType(String(req.headers["user-agent"] ?? "")) ?? ""}\n${url}`;
}

/**
 * Wraps `render` (Next.js's request handler). A cached page is sent byte for byte, its
 * Content-Security-Policy nonce included: everything in it, the URL's query too, was fixed
 * before that nonce was drawn, so nothing in the page can carry it.
 */
export function withPageCache(render: Handler, cache: PageCache, version: () => number | null): Handler {
  return (req, res) => {
    const key = cacheKey(req);
    const now = key === null ? null : version();
    if (key === null || now === null) return render(req, res);
    // A hard reload (or a benchmark of rendering) asks for a fresh page; it is stored again.
    const fresh = /no-cache/.test(`${req.headers["cache-control"] ?? ""} ${req.headers.pragma ?? ""}`);
    const page = fresh ? undefined : cache.get(key, now);
    if (page) {
      res.writeHead(page.status, { ...page.headers, "content-length": page.body.length, "x-page-cache": "hit" });
      res.end(page.body);
      return;
    }
    res.setHeader("x-page-cache", "miss");
    record(res, cache.maxEntryBytes, (recorded) => cache.set(key, { ...recorded, version: now }));
    return render(req, res);
  };
}

/** Copies what Next.js writes; hands over a complete, cacheable 200 page once it is sent. */
function record(res: ServerResponse, limit: number, done: (page: Omit<CachedPage, "version">) => void): void {
  let chunks: Buffer[] | null = [];
  let size = 0;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (!chunks || chunk == null || typeof chunk === "function") return;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > limit) chunks = null; // too big to keep; still sent as usual
    else chunks.push(buffer);
  };
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof res.write;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof res.end;
  res.once("finish", () => {
    const type = String(res.getHeader("content-type") ?? "");
    if (!chunks || res.statusCode !== 200 || !type.startsWith("text/html") || res.hasHeader("set-cookie")) return;
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (value !== undefined && !PER_RESPONSE.has(name) && name !== "x-page-cache") headers[name] = typeof value === "number" ? String(value) : value;
    }
    done({ status: 200, headers, body: Buffer.concat(chunks) });
  });
}
