// Ingest end to end (files on disk -> parse on all cores -> SQLite) against the floor of
// inserting the same rows into the same schema with raw better-sqlite3 in one transaction.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { openDb } from "../db/sqlite/client";
import { openSqliteStore } from "../db/sqlite/store";
import { syntheticDumps } from "../server/gen/synthetic-corpus";
import { ingestFiles, listDumps } from "../server/ingest/ingest";
import { parseDocument } from "../server/importers/text";
import type { Figure } from "./figures";

export interface IngestBench {
  figures: Figure[];
  /** The database left behind, for the procedure benchmarks. */
  dbPath: string;
  dir: string;
}

export async function benchIngest(docs: number, commentsPerDoc: number): Promise<IngestBench> {
  const dir = mkdtempSync(join(tmpdir(), "rethread-bench-"));
  const corpus = join(dir, "corpus");
  mkdirSync(corpus);
  let i = 0;
  let comments = 0;
  for (const dump of syntheticDumps({ commentsPerDoc, maxDepth: 12, seed: 11 })) {
    if (i === docs) break;
    writeFileSync(join(corpus, `gen_${String(i++).padStart(6, "0")}.txt`), dump.text);
    comments += dump.comments;
  }

  const dbPath = join(dir, "ingest.db");
  const store = openSqliteStore(dbPath);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const start = performance.now();
  const summary = await ingestFiles(store, listDumps(corpus));
  const ingestMs = performance.now() - start;
  clearInterval(sampler);
  if (summary.failed.length > 0) throw new Error(`bench ingest failed on ${summary.failed.length} files`);

  const floorMs = rawInsertFloor(corpus, join(dir, "floor.db"));
  const seconds = ingestMs / 1000;
  return {
    dbPath,
    dir,
    figures: [
      { figure: `ingest ${docs.toLocaleString("en")} dumps / ${comments.toLocaleString("en")} comments`, value: seconds, unit: "s", floor: floorMs / 1000, target: docs >= 100_000 ? "≤ 60 s, ≤ 2×" : "≤ 2×", pass: seconds <= 60 && ingestMs <= 2 * floorMs },
      { figure: "ingest rate", value: comments / seconds, unit: "comments/s" },
      { figure: "ingest peak RSS (whole process)", value: peak / 2 ** 20, unit: "MiB", target: "bounded" },
    ],
  };
}

/** Parses everything first (not timed), then times only the inserts, with the indexes and search index of the real schema. */
function rawInsertFloor(corpus: string, path: string): number {
  const parsed = listDumps(corpus).map((f) => parseDocument(basename(f), readFileSync(f, "utf8")));
  const db = openDb(path);
  const sqlite = db.$client;
  const doc = sqlite.prepare("INSERT INTO documents (id, source, content_hash, title, subtitle, site, comment_count, commenter_count, first_comment_at, last_comment_at, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  const block = sqlite.prepare("INSERT INTO blocks (document_id, position, kind, text) VALUES (?,?,?,?)");
  const comment = sqlite.prepare("INSERT INTO comments (id, document_id, position, parent_id, depth, author, author_source, parent_author, reply_to, posted_at, posted_at_text, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
  const fts = sqlite.prepare("INSERT INTO comments_fts (rowid, text, author) VALUES (?,?,?)");
  const start = performance.now();
  sqlite.transaction(() => {
    for (const d of parsed) {
      doc.run(d.source, d.source, "", d.title, d.subtitle, d.site, d.comments.length, 0, null, null, 0);
      d.body.forEach((b, i) => block.run(d.source, i, b.kind, b.text));
      const authorOf = new Map<string, string | null>();
      d.comments.forEach((c, i) => {
        authorOf.set(c.id, c.author);
        const parentAuthor = c.parentId === null ? null : (authorOf.get(c.parentId) ?? null);
        const { lastInsertRowid } = comment.run(c.id, d.source, i, c.parentId, c.depth, c.author, c.authorSource, parentAuthor, c.replyTo, c.postedAt, c.postedAtText, c.text);
        fts.run(lastInsertRowid, c.text, c.author);
      });
    }
  })();
  const ms = performance.now() - start;
  sqlite.close();
  rmSync(path, { force: true });
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
  return ms;
}
