import Database from "better-sqlite3";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { parseDocument } from "/work/main/server/parser";
const files = readdirSync("/tmp/g10k").slice(0, 5000);
const docs = files.map((f) => parseDocument(f, readFileSync("/tmp/g10k/" + f, "utf8")));
const sqlInit = readFileSync("/work/main/drizzle/0000_init.sql", "utf8").split("--> statement-breakpoint");
const fts = readFileSync("/work/main/drizzle/0001_comments_fts.sql", "utf8").split("--> statement-breakpoint");
for (const variant of ["plain", "noindex", "fts", "fts-cache"]) {
  rmSync("/tmp/x.db", { force: true }); rmSync("/tmp/x.db-wal", { force: true });
  const db = new Database("/tmp/x.db");
  db.pragma("journal_mode = WAL"); db.pragma("synchronous = NORMAL");
  if (variant === "fts-cache") db.pragma("cache_size = -200000");
  for (const s of sqlInit) if (variant !== "noindex" || !/CREATE INDEX/.test(s)) db.exec(s);
  if (variant.startsWith("fts")) for (const s of fts) db.exec(s);
  const d = db.prepare("INSERT INTO documents (id, source, content_hash, title, subtitle, site, comment_count, commenter_count, first_comment_at, last_comment_at, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  const b = db.prepare("INSERT INTO blocks (document_id, position, kind, text) VALUES (?,?,?,?)");
  const c = db.prepare("INSERT INTO comments (id, document_id, position, parent_id, depth, author, author_source, reply_to, posted_at, posted_at_text, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  const t = performance.now();
  db.transaction(() => {
    for (const doc of docs) {
      d.run(doc.source, doc.source, "h", doc.title, doc.subtitle, doc.site, doc.comments.length, 0, null, null, 0);
      doc.body.forEach((x, i) => b.run(doc.source, i, x.kind, x.text));
      doc.comments.forEach((x, i) => c.run(x.id, doc.source, i, x.parentId, x.depth, x.author, x.authorSource, x.replyTo, x.postedAt, x.postedAtText, x.text));
    }
  })();
  console.log(variant, (performance.now() - t).toFixed(0), "ms for", docs.reduce((n, d) => n + d.comments.length, 0), "comments");
  db.close();
}
