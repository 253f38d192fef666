import Database from "better-sqlite3";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { parseDocument } from "/work/main/server/parser";
const files = readdirSync("/tmp/g100k").slice(0, 20000);
const docs = files.map((f) => parseDocument(f, readFileSync("/tmp/g100k/" + f, "utf8")));
const schema = readFileSync("/work/main/drizzle/0000_init.sql", "utf8").split("--> statement-breakpoint");
for (const variant of ["base", "noporter", "detailcol", "nofts", "noblocks"]) {
  rmSync("/tmp/x.db", { force: true }); rmSync("/tmp/x.db-wal", { force: true });
  const db = new Database("/tmp/x.db");
  db.pragma("journal_mode = WAL"); db.pragma("synchronous = NORMAL"); db.pragma("cache_size = -65536");
  for (const s of schema) db.exec(s);
  const tok = variant === "noporter" ? "unicode61 remove_diacritics 2" : "porter unicode61 remove_diacritics 2";
  db.exec(`CREATE VIRTUAL TABLE comments_fts USING fts5(text, author, content='comments', content_rowid='rowid', tokenize='${tok}'${variant === "detailcol" ? ", detail=column" : ""})`);
  const d = db.prepare("INSERT INTO documents (id, source, content_hash, title, subtitle, site, comment_count, commenter_count, first_comment_at, last_comment_at, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  const b = db.prepare("INSERT INTO blocks (document_id, position, kind, text) VALUES (?,?,?,?)");
  const c = db.prepare("INSERT INTO comments (id, document_id, position, parent_id, depth, author, author_source, reply_to, posted_at, posted_at_text, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  const f = db.prepare("INSERT INTO comments_fts (rowid, text, author) VALUES (?,?,?)");
  const t = performance.now();
  for (let i = 0; i < docs.length; i += 256) {
    db.transaction(() => {
      for (const doc of docs.slice(i, i + 256)) {
        d.run(doc.source, doc.source, "h", doc.title, doc.subtitle, doc.site, doc.comments.length, 0, null, null, 0);
        if (variant !== "noblocks") doc.body.forEach((x, i) => b.run(doc.source, i, x.kind, x.text));
        doc.comments.forEach((x, i) => {
          const r = c.run(x.id, doc.source, i, x.parentId, x.depth, x.author, x.authorSource, x.replyTo, x.postedAt, x.postedAtText, x.text);
          if (variant !== "nofts") f.run(r.lastInsertRowid, x.text, x.author);
        });
      }
    })();
  }
  console.log(variant, (performance.now() - t).toFixed(0), "ms");
  db.close();
}
