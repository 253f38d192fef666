import Database from "better-sqlite3";
const db = new Database("/tmp/big.db", { readonly: true });
const s = db.prepare("SELECT id, document_id AS documentId, position, parent_id AS parentId, depth, author, author_source AS authorSource, reply_to AS replyTo, posted_at AS postedAt, posted_at_text AS postedAtText, text FROM comments WHERE document_id = ? ORDER BY position");
const r = db.prepare("SELECT id, document_id AS documentId, position, parent_id AS parentId, depth, author, author_source AS authorSource, reply_to AS replyTo, posted_at AS postedAt, posted_at_text AS postedAtText, text FROM comments WHERE document_id = ? ORDER BY position").raw();
const n = db.prepare("SELECT id, parent_id, author, posted_at FROM comments WHERE document_id = ? ORDER BY position").raw();
for (const [name, st] of [["objects", s], ["raw", r], ["narrow", n]] as const) {
  const out: string[] = [];
  for (let i = 0; i < 8; i++) { const t = performance.now(); st.all("big_10000"); out.push((performance.now() - t).toFixed(1)); }
  console.log(name, out.join(" "));
}
console.log(db.prepare("EXPLAIN QUERY PLAN SELECT id FROM comments WHERE document_id = ? ORDER BY position").all("x"));
