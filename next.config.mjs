// The headers every response carries are set by `npm start` (server/http/request-guard.ts), in
// front of Next.js, so that its redirects and early errors carry them too; pages get their CSP
// with a nonce from proxy.ts.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // No `experimental.inlineCss`: it writes the stylesheet into every page three times (once in
  // the head, twice in the RSC payload: vercel/next.js#98079), where a linked file is fetched once
  // and kept. Decision record 013.
};

export default nextConfig;
