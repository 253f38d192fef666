// Compression of what Next.js leaves uncompressed. Next.js gzips the pages it renders but not a
// route handler's HTML (a thread's parts, app/a/[articleId]/part): its headers reach its
// compression check as arrays, which that check takes for "not compressible". The same
// middleware, Next.js's own copy of `compression`, with a check that reads them; inside the page
// cache, which so keeps a compressed part as it keeps a compressed page.
import type { IncomingMessage, ServerResponse } from "node:http";
// @ts-expect-error Next.js's compiled copy of the compression middleware ships no types.
import compression from "next/dist/compiled/compression/index.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

const TEXT = /^(?:text\/html|application\/json)\b/;
const compress = compression({ filter: (_req: IncomingMessage, res: ServerResponse) => TEXT.test(String(res.getHeader("content-type") ?? "")) }) as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function withCompression(render: Handler): Handler {
  return (req, res) => compress(req, res, () => void render(req, res));
}
