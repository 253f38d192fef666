// `npm run soak [-- --minutes M --connections C]`: a bounded load on loopback over a mix of
// pages and procedures, reported minute by minute: requests, errors, p99, server memory.
// In the second minute 1,000 more dumps are ingested into the database being served. A third of
// the requests are hostile: the RSC payload asked for as HTML, a made-up Accept-Encoding on every
// page load, a bot's user agent, full and oversized tRPC batches. Memory must stay flat.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { openSqliteStore } from "../db/sqlite/store";
import { syntheticDumps } from "../server/gen/synthetic-corpus";
import { ingestFiles, listDumps } from "../server/ingest/ingest";
import { MAX_BATCH } from "../server/trpc/limits";
import { createCaller } from "../server/trpc/root";
import { BASE, PAGE_LOAD, startServer } from "./serve";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!(value > 0)) throw new Error(`--${name} takes a number above 0`);
  return value;
}
const minutes = flag("minutes", 10);
const connections = flag("connections", 32);

/** Resident memory of a process and its children, from /proc. */
function rssMiB(pid: number): number {
  let kb = 0;
  const visit = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`))
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, "utf8").split(" ").filter(Boolean)) visit(Number(child));
    } catch {
      // the process ended
    }
  };
  visit(pid);
  return kb / 1024;
}

const dir = mkdtempSync(join(tmpdir(), "rethread-soak-"));
const corpus = join(dir, "corpus");
mkdirSync(corpus);
for (const f of readdirSync("corpus")) writeFileSync(join(corpus, f), readFileSync(join("corpus", f)));
let n = 0;
for (const dump of syntheticDumps({ commentsPerDoc: 40, maxDepth: 12, seed: 5 })) {
  if (n === 300) break;
  writeFileSync(join(corpus, `gen_${String(n++).padStart(4, "0")}.txt`), dump.text);
}
// More dumps, ingested while readers are being served in the second minute.
const extra = join(dir, "extra");
mkdirSync(extra);
for (const dump of syntheticDumps({ commentsPerDoc: 40, maxDepth: 12, seed: 6 })) {
  if (n === 1300) break;
  writeFileSync(join(extra, `more_${String(n++).padStart(4, "0")}.txt`), dump.text);
}
const dbPath = join(dir, "soak.db");
const store = openSqliteStore(dbPath);
await ingestFiles(store, listDumps(corpus));
const api = createCaller({ store });
const thread = await api.article.get({ id: "gen_0001" });
const someone = thread.comments[0]?.author ?? "alice";
const input = (v: unknown) => `?input=${encodeURIComponent(JSON.stringify(v))}`;
const paths = [
  "/",
  "/?sort=recent&q=putin",
  "/a/000_27b7f12d24ef8725",
  "/a/000_27b7f12d24ef8725?sort=newest&author=Granny",
  "/a/gen_0001",
  `/a/gen_0002?q=harbour`,
  `/c/${thread.comments[0]!.id}?context=2`,
  `/u/${encodeURIComponent(someone)}`,
  `/api/trpc/thread.get${input({ articleId: "gen_0003", sort: "replies" })}`,
  `/api/trpc/search${input({ q: "budget" })}`,
  "/a/no-such-article",
];

const batch = (size: number) =>
  `/api/trpc/${Array.from({ length: size }, () => "article.get").join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: size }, (_, i) => [i, { id: `gen_${String(i).padStart(4, "0")}` }]))))}`;
/** Requests no browser sends; the refused batch answers 400. */
const hostile: autocannon.Request[] = [
  // With `_rsc`: without it Next.js answers an RSC request with a redirect to it.
  { method: "GET", path: "/a/gen_0004?_rsc", headers: { ...PAGE_LOAD, rsc: "1" } },
  { method: "GET", path: "/a/gen_0005", setupRequest: (request) => ({ ...request, headers: { ...request.headers, "accept-encoding": `gzip, x-${Math.random()}` } }) },
  { method: "GET", path: "/a/gen_0006", headers: { ...PAGE_LOAD, "user-agent": "Mozilla/5.0 (compatible; bingbot/2.0)" } },
  { method: "GET", path: batch(MAX_BATCH) },
  { method: "GET", path: batch(MAX_BATCH + 1) },
];

const server = await startServer(dbPath);
console.log(`soak: ${minutes} min at ${connections} connections over ${paths.length} pages and procedures and ${hostile.length} hostile requests, ${BASE}`);
console.log("| minute | requests | req/s | errors | non-2xx/404 | p99 ms | server RSS MiB |");
console.log("| ------ | -------- | ----- | ------ | ----------- | ------ | -------------- |");
let errors = 0;
const rss: number[] = [];
try {
  for (let minute = 1; minute <= minutes; minute++) {
    const ingest =
      minute === 2
        ? spawn(process.execPath, ["--import", "tsx", "server/ingest/cli.ts", extra], { env: { ...process.env, DATABASE_URL: `file:${dbPath}` }, stdio: "ignore" })
        : null;
    const requests = [...paths.map((path): autocannon.Request => ({ method: "GET", path })), ...hostile];
    const result = await autocannon({ url: BASE, headers: PAGE_LOAD, connections, duration: 60, requests });
    // The unknown article answers 404 and the oversized batch 400; anything else outside 2xx is an error.
    const unexpected = result.non2xx - (result.statusCodeStats?.["404"]?.count ?? 0) - (result.statusCodeStats?.["400"]?.count ?? 0);
    errors += result.errors + result.timeouts + unexpected;
    rss.push(rssMiB(server.pid!));
    if (ingest) {
      const [code] = ingest.exitCode === null ? await once(ingest, "exit") : [ingest.exitCode];
      console.log(`soak: ingested 1,000 more dumps during minute 2 while serving (exit ${code})`);
      if (code !== 0) errors++;
    }
    console.log(`| ${minute} | ${result.requests.total} | ${result.requests.average.toFixed(0)} | ${result.errors + result.timeouts} | ${unexpected} | ${result.latency.p99} | ${rss[rss.length - 1]!.toFixed(0)} |`);
  }
} finally {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
const growth = rss.length > 1 ? rss[rss.length - 1]! / rss[Math.min(1, rss.length - 1)]! : 1;
console.log(`soak: ${errors} errors; server memory from minute 2 to the end: ×${growth.toFixed(2)}`);
process.exit(errors === 0 ? 0 : 1);
