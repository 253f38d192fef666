// The headers every response carries are set by `npm start` (server/http/request-guard.ts), in
// front of Next.js, so that its redirects and early errors carry them too; pages get their CSP
// with a nonce from proxy.ts.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // The stylesheet in the page, not fetched before the first paint: a phone paints the first
  // comments a round trip sooner (bench/browser.ts). It is small (~6 KB compressed).
  experimental: { inlineCss: true },
};

export default nextConfig;
