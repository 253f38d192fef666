// Big threads, procedures and load against the production server on loopback.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { get } from "node:http";
import { join } from "node:path";
import autocannon from "autocannon";
import { parseHTML } from "linkedom";
import { DATA, SELECT } from "../app/_components/comment-markup";
import type { Store } from "../db/store";
import { chainDump, renderDump } from "../server/gen/render-dump";
import { seededRandom, syntheticDocument } from "../server/gen/synthetic-thread";
import { ingestFiles, listDumps } from "../server/ingest/ingest";
import { createCaller } from "../server/trpc/root";
import { benchStore, type BenchStore, type Engine } from "./engine";
import { percentile, samples, type Figure } from "./figures";

const PORT = 3456;
export const BASE = `http://127.0.0.1:${PORT}`;
/** What a browser's page load asks for; without it pages also carry the thread in the RSC payload. */
export const PAGE_LOAD = { accept: "text/html,application/xhtml+xml" };

export async function prepareThreads(engine: Engine, dir: string, bigThread: number): Promise<BenchStore> {
  const folder = join(dir, "threads");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "big.txt"), renderDump(syntheticDocument(seededRandom(3), { comments: bigThread, maxDepth: 50 }), "legal-insurrection"));
  writeFileSync(join(folder, "medium.txt"), renderDump(syntheticDocument(seededRandom(4), { comments: 200, maxDepth: 12 }), "wordpress"));
  writeFileSync(join(folder, "thousand.txt"), renderDump(syntheticDocument(seededRandom(5), { comments: 1000, maxDepth: 20 }), "legal-insurrection"));
  writeFileSync(join(folder, "chain.txt"), chainDump(5000));
  const threads = await benchStore(engine, dir, "threads");
  const summary = await ingestFiles(threads.store, listDumps(folder));
  if (summary.failed.length > 0) throw new Error(`bench threads failed: ${summary.failed[0]!.reason}`);
  return threads;
}

export async function benchProcedures(threads: Store, corpus: Store, corpusComments: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  const api = createCaller({ store: threads });
  const big = await api.thread.get({ articleId: "big" });
  const someone = big.comments[0]!.author ?? "alice";
  for (const [label, input] of [
    ["thread order", {}],
    ["sort=newest", { sort: "newest" as const }],
    ["sort=replies", { sort: "replies" as const }],
    [`author=${someone}`, { author: someone }],
    ["q=harbour", { q: "harbour" }],
  ] as const) {
    const times = await samples(30, () => api.thread.get({ articleId: "big", ...input }));
    const p50 = percentile(times, 50);
    figures.push({ figure: `thread.get ${big.document.commentCount.toLocaleString("en")}-comment thread, ${label} (p50)`, value: p50, unit: "ms", target: "≤ 20", pass: p50 <= 20 });
  }
  const onCorpus = createCaller({ store: corpus });
  const author = percentile(await samples(30, () => onCorpus.author.get({ name: "alice" })), 50);
  const search = percentile(await samples(30, () => onCorpus.search({ q: "harbour budget" })), 50);
  // The last word while it is typed: whole words fall short, so the prefix query runs (db/search-words.ts).
  const typing = percentile(await samples(30, () => onCorpus.search({ q: "harbour budg" })), 50);
  const scope = `${corpusComments.toLocaleString("en")} comments`;
  figures.push({ figure: `author.get over ${scope} (p50)`, value: author, unit: "ms", target: "≤ 50", pass: author <= 50 });
  figures.push({ figure: `search over ${scope} (p50)`, value: search, unit: "ms", target: "≤ 50", pass: search <= 50 });
  figures.push({ figure: "  the same, last word half typed ('harbour budg')", value: typing, unit: "ms" });
  return figures;
}

/** `npm start`'s server, built by `npm run build` (see server/http/main.ts). */
const SERVER = ".next/rethread/main.mjs";

function ensureBuild(): void {
  if (existsSync(".next/BUILD_ID") && existsSync(SERVER)) return;
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("next build failed");
}

export async function startServer(databaseUrl: string): Promise<ChildProcess> {
  ensureBuild();
  const server = spawn(process.execPath, [SERVER, "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error("the server did not answer within 30 s");
}

/** A page load that skips the page cache (as a hard reload does), to time the rendering itself. */
const RENDER = { ...PAGE_LOAD, "cache-control": "no-cache" };

/** Time to the response's first bytes (its headers) and to its last, and its body: plain node:http, the lightest client. */
function timePage(path: string, headers: Record<string, string> = RENDER): Promise<{ first: number; total: number; body: Buffer; status: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    get(`${BASE}${path}`, { headers }, (response) => {
      const first = performance.now() - start;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ first, total: performance.now() - start, body: Buffer.concat(chunks), status: response.statusCode ?? 0 }));
      response.on("error", reject);
    }).on("error", reject);
  });
}

/**
 * The load floor: a bare node:http server in a process of its own sending the same bytes
 * from memory, the most any server could do for this page on this machine.
 */
async function startReplay(body: Buffer): Promise<{ url: string; stop: () => void }> {
  const file = join(tmpdir(), `rethread-replay-${process.pid}.html`);
  writeFileSync(file, body);
  const code = `const body = require("fs").readFileSync(${JSON.stringify(file)});
require("http").createServer((q, r) => { r.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length }); r.end(body); })
  .listen(0, "127.0.0.1", function () { console.log(this.address().port); });`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve) => child.stdout!.once("data", (d: Buffer) => resolve(d.toString().trim())));
  return { url: `http://127.0.0.1:${port}`, stop: () => (child.kill(), rmSync(file, { force: true })) };
}

export async function benchPages(threads: BenchStore, loadSeconds: number): Promise<Figure[]> {
  const server = await startServer(threads.url);
  try {
    const figures: Figure[] = [];
    const big = createCaller({ store: threads.store });
    const { document } = await big.article.body({ id: "big" });
    const textBytes = { n: (await threads.store.getThreadComments("big")).reduce((n, c) => n + Buffer.byteLength(c.text), 0) };
    for (let i = 0; i < 3; i++) await timePage("/a/big"); // warm up
    const runs: Awaited<ReturnType<typeof timePage>>[] = [];
    for (let i = 0; i < 10; i++) runs.push(await timePage("/a/big"));
    const total = percentile(runs.map((r) => r.total), 50);
    const first = percentile(runs.map((r) => r.first), 50);
    const n = document.commentCount;
    const label = `article page, ${n.toLocaleString("en")} comments`;
    figures.push({ figure: `${label}: the page (its first part), rendered (p50)`, value: total, unit: "ms", target: "≤ 250", pass: total <= 250 });
    figures.push({ figure: `${label}: first bytes, rendered (p50)`, value: first, unit: "ms", target: "≤ 80", pass: first <= 80 });
    // The rest of the thread, part after part, as the page's island fetches it (app/_components/thread-parts.ts).
    const thread = parseHTML(runs[0]!.body.toString("utf8")).document.querySelector(SELECT.thread)!;
    const partUrl = thread.getAttribute(DATA.partUrl)!;
    const parts = Number(thread.getAttribute(DATA.parts));
    const whole = async () => {
      let bytes = runs[0]!.body.length;
      const start = performance.now();
      for (let k = 1; k < parts; k++) bytes += (await timePage(`${partUrl}&part=${k}`)).body.length;
      return { ms: performance.now() - start, bytes };
    };
    await whole(); // warm up
    const rest = await whole();
    figures.push({ figure: `${label}: its ${parts - 1} later parts, rendered one after another`, value: rest.ms, unit: "ms" });
    figures.push({ figure: `${label}: bytes per comment, page and parts (floor: comment text)`, value: rest.bytes / n, unit: "B", floor: textBytes.n / n });
    const cached = await samples(10, () => timePage("/a/big", PAGE_LOAD));
    figures.push({ figure: `${label}: from the page cache (p50)`, value: percentile(cached, 50), unit: "ms" });

    const chain = await timePage("/a/chain");
    figures.push({ figure: "5,000-deep chain page, rendered", value: chain.total, unit: "ms", target: "200 OK", pass: chain.status === 200 });

    const loadOf = async (url: string, headers: Record<string, string>) => {
      await autocannon({ url, headers, connections: 32, duration: 3 }); // warm up
      return autocannon({ url, headers, connections: 32, duration: loadSeconds });
    };
    const replay = await startReplay((await timePage("/a/medium", PAGE_LOAD)).body);
    const floor = await loadOf(replay.url, PAGE_LOAD).finally(replay.stop);
    const load = await loadOf(`${BASE}/a/medium`, PAGE_LOAD);
    const rendered = await loadOf(`${BASE}/a/medium`, RENDER);
    const errors = load.errors + load.non2xx + load.timeouts + rendered.errors + rendered.non2xx + rendered.timeouts;
    const what = `200-comment page, 32 connections, ${loadSeconds} s`;
    figures.push({ figure: `load: ${what} (floor: bare node:http, same bytes)`, value: load.requests.average, unit: "req/s", floor: floor.requests.average, target: "≥ 500", pass: load.requests.average >= 500 && errors === 0 });
    figures.push({ figure: "load: latency p99 (floor: bare node:http)", value: load.latency.p99, unit: "ms", floor: floor.latency.p99, target: "≤ 100", pass: load.latency.p99 <= 100 });
    figures.push({ figure: `load: ${what}, every request rendered`, value: rendered.requests.average, unit: "req/s" });
    figures.push({ figure: "load: latency p99, every request rendered", value: rendered.latency.p99, unit: "ms" });
    figures.push({ figure: "load: errors, timeouts and non-2xx answers", value: errors, unit: "", target: "0", pass: errors === 0 });
    return figures;
  } finally {
    server.kill();
  }
}
