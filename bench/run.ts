// `npm run bench [-- --full] [--engine sqlite|postgres]`: prints one table of figures, each with
// its floor and target. The default run is small (a few minutes); --full runs at the sizes in
// BENCHMARKS.md. A postgres run measures only what touches the store.
import { cpus } from "node:os";
import { rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import type { Engine } from "./engine";
import type { Figure } from "./figures";
import { benchExportMemory } from "./export-memory";
import { benchImports } from "./imports";
import { benchIngest } from "./ingest";
import { benchParser } from "./parse";
import { benchPages, benchProcedures, prepareThreads, startServer } from "./serve";
import { benchBrowser } from "./browser";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const engineAt = process.argv.indexOf("--engine");
const engine = (engineAt >= 0 ? process.argv[engineAt + 1] : "sqlite") as Engine;
if (engine !== "sqlite" && engine !== "postgres") {
  console.error("bench: --engine takes sqlite or postgres");
  process.exit(2);
}
// PostgreSQL runs against a throwaway cluster unless TEST_DATABASE_URL names a server.
if (engine === "postgres" && !process.env.TEST_DATABASE_URL) {
  const run = spawnSync(process.execPath, ["scripts/with-postgres.mjs", process.execPath, "--import", "tsx", ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(run.status ?? 1);
}

const full = process.argv.includes("--full");
const sizes = {
  parseMb: flag("parse-mb", 50),
  docs: flag("docs", full ? 1_000_000 : 5_000),
  commentsPerDoc: flag("comments-per-doc", 10),
  bigThread: flag("big-thread", 10_000),
  loadSeconds: flag("load-seconds", full ? 30 : 10),
  importComments: flag("import-comments", full ? 50_000 : 5_000),
  exportMb: flag("export-mb", full ? 300 : 50),
};

const figures: Figure[] = [];
const section = (name: string) => console.error(`bench: ${name}…`);

// Parsing and importing do not touch the store: measured on the default engine's run only.
if (engine === "sqlite") {
  section("parser");
  figures.push(...benchParser(sizes.parseMb));
  section("importers of pages and exports");
  figures.push(...(await benchImports(sizes.importComments)));
  section(`peak memory ingesting ${sizes.exportMb} MB exports`);
  figures.push(...benchExportMemory(sizes.exportMb));
}
section(`ingest of ${sizes.docs} generated dumps into ${engine}`);
const ingest = await benchIngest(engine, sizes.docs, sizes.commentsPerDoc);
figures.push(...ingest.figures);
try {
  section("big threads and procedures");
  const threads = await prepareThreads(engine, ingest.dir, sizes.bigThread);
  const corpusComments = (await ingest.corpus.store.countRows()).comments;
  figures.push(...(await benchProcedures(threads.store, ingest.corpus.store, corpusComments)));
  section("pages and load against the npm start server");
  figures.push(...(await benchPages(threads, sizes.loadSeconds)));
  // What a reader's browser does with a page is the same whatever engine served it.
  if (engine === "sqlite") {
    section("thread pages in Chromium, desktop and phone, against static pages of the same comments");
    const server = await startServer(threads.url);
    try {
      figures.push(...(await benchBrowser(threads.store, ["thousand", "big"])));
    } finally {
      server.kill();
    }
  }
} finally {
  rmSync(ingest.dir, { recursive: true, force: true });
}

const rows = figures.map((f) => ({
  figure: f.figure,
  value: `${f.value.toFixed(f.value < 10 ? 2 : f.value < 1000 ? 1 : 0)} ${f.unit}`,
  floor: f.floor === undefined ? "" : `${f.floor.toFixed(f.floor < 10 ? 2 : 1)} ${f.unit}`,
  ratio: f.floor === undefined ? "" : `${(f.value / f.floor).toFixed(1)}×`,
  target: f.target ?? "",
  result: f.pass === undefined ? "" : f.pass ? "pass" : "FAIL",
}));
const columns = ["figure", "value", "floor", "ratio", "target", "result"] as const;
const width = (c: (typeof columns)[number]) => Math.max(c.length, ...rows.map((r) => r[c].length));
const line = (cells: Record<(typeof columns)[number], string>) => "| " + columns.map((c) => cells[c].padEnd(width(c))).join(" | ") + " |";
console.log(`${full ? "full" : "default"} run on ${engine}: node ${process.version}, ${cpus()[0]?.model ?? "unknown cpu"}, ${cpus().length} cores`);
console.log(line({ figure: "figure", value: "value", floor: "floor", ratio: "ratio", target: "target", result: "result" }));
console.log("| " + columns.map((c) => "-".repeat(width(c))).join(" | ") + " |");
for (const r of rows) console.log(line(r));
process.exit(0);
