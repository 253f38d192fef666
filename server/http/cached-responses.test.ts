import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { withPageCache } from "./cached-responses";
import { PageCache } from "./page-cache";

// A stand-in for Next.js: each render says which render it was, in several writes.
let renders = 0;
let version = 1;
function render(req: IncomingMessage, res: ServerResponse) {
  renders++;
  const status = req.url?.startsWith("/missing") ? 404 : 200;
  if (req.url?.startsWith("/login")) res.setHeader("set-cookie", "session=1");
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'nonce-n${renders}'` });
  res.write(`<html><script nonce="n${renders}">`);
  res.write(Buffer.from("render "));
  res.end(`${renders}</script></html>`);
}

let base = "";
const handler = withPageCache(render, new PageCache(1 << 20), () => version);
const server = createServer((req, res) => void handler(req, res));
before(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => ((base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`), resolve()))));
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const pageLoad = { accept: "text/html,application/xhtml+xml" };
async function load(path: string, headers: Record<string, string> = pageLoad) {
  const response = await fetch(`${base}${path}`, { headers });
  return { body: await response.text(), cache: response.headers.get("x-page-cache"), csp: response.headers.get("content-security-policy") };
}

test("a second page load is the first one byte for byte, its nonce and policy included, without rendering", async () => {
  const first = await load("/a/one");
  const rendered = renders;
  const second = await load("/a/one");
  assert.equal(renders, rendered);
  assert.equal(first.cache, "miss");
  assert.equal(second.cache, "hit");
  assert.equal(second.body, first.body);
  assert.equal(second.csp, first.csp);
  assert.match(second.body, /^<html><script nonce="n\d+">render \d+<\/script><\/html>$/);
});

test("after the data changes, the page is rendered again", async () => {
  const before = await load("/a/two");
  version++;
  const afterChange = await load("/a/two");
  assert.notEqual(afterChange.body, before.body);
  assert.equal((await load("/a/two")).body, afterChange.body);
});

test("client navigations, the API and other queries are rendered every time", async () => {
  for (const [path, headers] of [
    ["/a/three", { accept: "*/*" }],
    ["/a/three", { ...pageLoad, rsc: "1" }],
    ["/api/trpc/thread.get", pageLoad],
  ] as const) {
    const first = await load(path, headers);
    assert.notEqual((await load(path, headers)).body, first.body, `${path} ${JSON.stringify(headers)}`);
  }
  const plain = await load("/a/three");
  assert.notEqual((await load("/a/three?sort=newest")).body, plain.body);
});

test("errors and responses that set cookies are not kept", async () => {
  for (const path of ["/missing", "/login"]) {
    const first = await load(path);
    assert.notEqual((await load(path)).body, first.body, path);
  }
});

test("a hard reload renders afresh and keeps the new page", async () => {
  const first = await load("/a/four");
  const reloaded = await load("/a/four", { ...pageLoad, "cache-control": "no-cache" });
  assert.notEqual(reloaded.body, first.body);
  assert.equal((await load("/a/four")).body, reloaded.body);
});

test("each content encoding a client accepts has a page of its own", async () => {
  const gzip = await load("/a/five", { ...pageLoad, "accept-encoding": "gzip" });
  const identity = await load("/a/five", { ...pageLoad, "accept-encoding": "identity" });
  assert.notEqual(identity.body, gzip.body);
  assert.equal((await load("/a/five", { ...pageLoad, "accept-encoding": "gzip" })).body, gzip.body);
});

test("made-up encodings share one page, and a bot's page is not served to people", async () => {
  const gzip = await load("/a/six", { ...pageLoad, "accept-encoding": "gzip, deflate" });
  for (const noise of ["gzip, deflate, x-made-up-1", "deflate;q=1, gzip, x-made-up-2", "GZIP, Deflate, br;q=0"]) {
    assert.equal((await load("/a/six", { ...pageLoad, "accept-encoding": noise })).body, gzip.body, noise);
  }
  const bot = await load("/a/six", { ...pageLoad, "accept-encoding": "gzip, deflate", "user-agent": "Mozilla/5.0 (compatible; bingbot/2.0)" });
  assert.notEqual(bot.body, gzip.body, "rendered for the bot");
  assert.equal((await load("/a/six", { ...pageLoad, "accept-encoding": "gzip, deflate", "user-agent": "Mozilla/5.0 Firefox/120" })).body, gzip.body);
});
