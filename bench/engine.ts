// The engine a bench run measures (`--engine sqlite|postgres`): where its stores live, and the
// floor its ingest is held against, the engine's own bulk load of the same rows (raw prepared
// inserts in one transaction for SQLite, COPY for PostgreSQL).
import { closeSync, createReadStream, openSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { ParsedDocument } from "../contract/contract";
import { deferIndexes, restoreIndexes } from "../db/sqlite/bulk-indexes";
import { openDb } from "../db/sqlite/client";
import { openSqliteStore } from "../db/sqlite/store";
import { dropDatabase, freshDatabase } from "../db/postgres/databases";
import { openPostgresStore } from "../db/postgres/store";
import type { Store } from "../db/store";
import { parentAuthors } from "../db/write-plan";

export type Engine = "sqlite" | "postgres";

export interface BenchStore {
  store: Store;
  /** Its DATABASE_URL, for a server process. */
  url: string;
}

/** The PostgreSQL server a postgres run uses (scripts/with-postgres.mjs starts one). */
const server = () => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("a postgres bench needs TEST_DATABASE_URL (npm run bench -- --engine postgres starts a cluster)");
  return url;
};

/** A new, empty store named `name`: a file in `dir`, or a database of that name. */
export async function benchStore(engine: Engine, dir: string, name: string): Promise<BenchStore> {
  if (engine === "sqlite") {
    const path = join(dir, `${name}.db`);
    return { store: openSqliteStore(path), url: `file:${path}` };
  }
  const url = await freshDatabase(server(), `rethread_bench_${name}`);
  return { store: await openPostgresStore(url), url };
}

/**
 * Milliseconds to bulk-load the documents `docs()` yields into an empty schema by the engine's
 * own fastest means, indexes and search included. Parsing is not timed, and the documents are
 * made one at a time, so ten million comments need not fit in memory.
 */
export async function bulkLoadFloor(engine: Engine, dir: string, docs: () => Iterable<ParsedDocument>): Promise<number> {
  return engine === "sqlite" ? sqliteFloor(join(dir, "floor.db"), docs()) : postgresFloor(dir, docs());
}

function sqliteFloor(path: string, parsed: Iterable<ParsedDocument>): number {
  const db = openDb(path);
  const sqlite = db.$client;
  const doc = sqlite.prepare("INSERT INTO documents (id, source, content_hash, title, subtitle, site, comment_count, commenter_count, first_comment_at, last_comment_at, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  const block = sqlite.prepare("INSERT INTO blocks (document_id, position, kind, text) VALUES (?,?,?,?)");
  const comment = sqlite.prepare("INSERT INTO comments (id, document_id, position, parent_id, depth, author, author_source, parent_author, reply_to, posted_at, posted_at_text, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
  const fts = sqlite.prepare("INSERT INTO comments_fts (rowid, text, author) VALUES (?,?,?)");
  // Everything is timed but the parsing, which the iterator does between inserts.
  let parsing = 0;
  const iterator = parsed[Symbol.iterator]();
  const next = () => {
    const start = performance.now();
    const step = iterator.next();
    parsing += performance.now() - start;
    return step;
  };
  const start = performance.now();
  // The same deferred indexes as a bulk ingest (../db/sqlite/bulk-indexes.ts), built at the end
  // and timed: at ten million rows, random B-tree inserts into them would make a slow floor.
  deferIndexes(db);
  sqlite.transaction(() => {
    for (let step = next(); !step.done; step = next()) {
      const d = step.value;
      doc.run(d.source, d.source, "", d.title, d.subtitle, d.site, d.comments.length, 0, null, null, 0);
      d.body.forEach((b, i) => block.run(d.source, i, b.kind, b.text));
      const parents = parentAuthors(d);
      d.comments.forEach((c, i) => {
        const { lastInsertRowid } = comment.run(c.id, d.source, i, c.parentId, c.depth, c.author, c.authorSource, parents[i], c.replyTo, c.postedAt, c.postedAtText, c.text);
        fts.run(lastInsertRowid, c.text, c.author);
      });
    }
  })();
  restoreIndexes(db);
  const ms = performance.now() - start - parsing;
  sqlite.close();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  return ms;
}

/** COPY's text format: tab-separated, `\N` for null, backslash escapes. */
const copyLine = (values: (string | number | null)[]) =>
  values.map((v) => (v === null ? "\\N" : String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r"))).join("\t") + "\n";

/**
 * COPY of the same rows into the real schema, from files written first (untimed); the search
 * vector made per row by a trigger, as ingest makes it per row.
 */
async function postgresFloor(dir: string, parsed: Iterable<ParsedDocument>): Promise<number> {
  const files = { documents: join(dir, "floor-documents.tsv"), blocks: join(dir, "floor-blocks.tsv"), comments: join(dir, "floor-comments.tsv") };
  const out = Object.fromEntries(Object.entries(files).map(([table, file]) => [table, openSync(file, "w")])) as Record<keyof typeof files, number>;
  for (const d of parsed) {
    writeSync(out.documents, copyLine([d.source, d.source, "", d.title, d.subtitle, d.site, d.comments.length, 0]));
    for (const [i, b] of d.body.entries()) writeSync(out.blocks, copyLine([d.source, i, b.kind, b.text]));
    const parents = parentAuthors(d);
    for (const [i, c] of d.comments.entries()) writeSync(out.comments, copyLine([c.id, d.source, i, c.parentId, c.depth, c.author, c.authorSource, parents[i]!, c.replyTo, c.postedAt, c.postedAtText, c.text]));
  }
  for (const fd of Object.values(out)) closeSync(fd);
  const url = await freshDatabase(server(), "rethread_bench_floor");
  await (await openPostgresStore(url)).close(); // migrated
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE FUNCTION floor_search() RETURNS trigger AS $$ BEGIN NEW.search := to_tsvector('rethread', NEW.text || ' ' || coalesce(NEW.author, '')); RETURN NEW; END $$ LANGUAGE plpgsql`);
  await client.query("CREATE TRIGGER floor_search BEFORE INSERT ON comments FOR EACH ROW EXECUTE FUNCTION floor_search()");
  const copy = (table: string, file: string) => pipeline(createReadStream(file), client.query(copyFrom(`COPY ${table} FROM STDIN`)));
  const start = performance.now();
  await client.query("BEGIN");
  await copy("documents (id, source, content_hash, title, subtitle, site, comment_count, commenter_count)", files.documents);
  await copy("blocks (document_id, position, kind, text)", files.blocks);
  await copy("comments (id, document_id, position, parent_id, depth, author, author_source, parent_author, reply_to, posted_at, posted_at_text, text)", files.comments);
  await client.query("COMMIT");
  const ms = performance.now() - start;
  await client.end();
  for (const file of Object.values(files)) rmSync(file, { force: true });
  // Gone once timed: left, its autovacuum of ten million rows ran for minutes through the read figures.
  await dropDatabase(server(), "rethread_bench_floor");
  return ms;
}
