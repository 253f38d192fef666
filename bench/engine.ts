// The engine a bench run measures (`--engine sqlite|postgres`): where its stores live, and the
// floor its ingest is held against, the engine's own bulk load of the same rows (raw prepared
// inserts in one transaction for SQLite, COPY for PostgreSQL).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { ParsedDocument } from "../contract/contract";
import { openDb } from "../db/sqlite/client";
import { openSqliteStore } from "../db/sqlite/store";
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

async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return Object.assign(new URL(server()), { pathname: `/${name}` }).toString();
}

/** A new, empty store named `name`: a file in `dir`, or a database of that name. */
export async function benchStore(engine: Engine, dir: string, name: string): Promise<BenchStore> {
  if (engine === "sqlite") {
    const path = join(dir, `${name}.db`);
    return { store: openSqliteStore(path), url: `file:${path}` };
  }
  const url = await freshDatabase(`rethread_bench_${name}`);
  return { store: await openPostgresStore(url), url };
}

/** Milliseconds to bulk-load `docs` into an empty schema by the engine's own fastest means, indexes and search included. */
export async function bulkLoadFloor(engine: Engine, dir: string, docs: ParsedDocument[]): Promise<number> {
  return engine === "sqlite" ? sqliteFloor(join(dir, "floor.db"), docs) : postgresFloor(docs);
}

function sqliteFloor(path: string, parsed: ParsedDocument[]): number {
  const sqlite = openDb(path).$client;
  const doc = sqlite.prepare("INSERT INTO documents (id, source, content_hash, title, subtitle, site, comment_count, commenter_count, first_comment_at, last_comment_at, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  const block = sqlite.prepare("INSERT INTO blocks (document_id, position, kind, text) VALUES (?,?,?,?)");
  const comment = sqlite.prepare("INSERT INTO comments (id, document_id, position, parent_id, depth, author, author_source, parent_author, reply_to, posted_at, posted_at_text, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
  const fts = sqlite.prepare("INSERT INTO comments_fts (rowid, text, author) VALUES (?,?,?)");
  const start = performance.now();
  sqlite.transaction(() => {
    for (const d of parsed) {
      doc.run(d.source, d.source, "", d.title, d.subtitle, d.site, d.comments.length, 0, null, null, 0);
      d.body.forEach((b, i) => block.run(d.source, i, b.kind, b.text));
      const parents = parentAuthors(d);
      d.comments.forEach((c, i) => {
        const { lastInsertRowid } = comment.run(c.id, d.source, i, c.parentId, c.depth, c.author, c.authorSource, parents[i], c.replyTo, c.postedAt, c.postedAtText, c.text);
        fts.run(lastInsertRowid, c.text, c.author);
      });
    }
  })();
  const ms = performance.now() - start;
  sqlite.close();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  return ms;
}

/** COPY's text format: tab-separated, `\N` for null, backslash escapes. */
const copyLine = (values: (string | number | null)[]) =>
  values.map((v) => (v === null ? "\\N" : String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r"))).join("\t") + "\n";

/** COPY of the same rows into the real schema; the search vector made per row by a trigger, as ingest makes it per row. */
async function postgresFloor(parsed: ParsedDocument[]): Promise<number> {
  const url = await freshDatabase("rethread_bench_floor");
  await (await openPostgresStore(url)).close(); // migrated
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE FUNCTION floor_search() RETURNS trigger AS $$ BEGIN NEW.search := to_tsvector('rethread', NEW.text || ' ' || coalesce(NEW.author, '')); RETURN NEW; END $$ LANGUAGE plpgsql`);
  await client.query("CREATE TRIGGER floor_search BEFORE INSERT ON comments FOR EACH ROW EXECUTE FUNCTION floor_search()");
  const copy = (table: string, rows: () => Generator<string>) => pipeline(Readable.from(rows()), client.query(copyFrom(`COPY ${table} FROM STDIN`)));
  const start = performance.now();
  await client.query("BEGIN");
  await copy("documents (id, source, content_hash, title, subtitle, site, comment_count, commenter_count)", function* () {
    for (const d of parsed) yield copyLine([d.source, d.source, "", d.title, d.subtitle, d.site, d.comments.length, 0]);
  });
  await copy("blocks (document_id, position, kind, text)", function* () {
    for (const d of parsed) for (const [i, b] of d.body.entries()) yield copyLine([d.source, i, b.kind, b.text]);
  });
  await copy("comments (id, document_id, position, parent_id, depth, author, author_source, parent_author, reply_to, posted_at, posted_at_text, text)", function* () {
    for (const d of parsed) {
      const parents = parentAuthors(d);
      for (const [i, c] of d.comments.entries()) yield copyLine([c.id, d.source, i, c.parentId, c.depth, c.author, c.authorSource, parents[i]!, c.replyTo, c.postedAt, c.postedAtText, c.text]);
    }
  });
  await client.query("COMMIT");
  const ms = performance.now() - start;
  await client.end();
  return ms;
}
