import Database from "better-sqlite3";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { parseDocument } from "/work/main/server/parser";
const files = readdirSync("/tmp/g10k").slice(0, 5000);
const comments = files.flatMap((f) => parseDocument(f, readFileSync("/tmp/g10k/" + f, "utf8")).comments);
for (const variant of ["external-trigger", "external-manual", "contentless-manual", "external-manual-afterwards"]) {
  rmSync("/tmp/f.db", { force: true }); rmSync("/tmp/f.db-wal", { force: true });
  const db = new Database("/tmp/f.db"); db.pragma("journal_mode = WAL"); db.pragma("synchronous = NORMAL");
  db.exec("CREATE TABLE c (id TEXT PRIMARY KEY, text TEXT, author TEXT)");
  db.exec(`CREATE VIRTUAL TABLE f USING fts5(text, author, ${variant.startsWith("contentless") ? "content=''" : "content='c', content_rowid='rowid'"}, tokenize='porter unicode61 remove_diacritics 2')`);
  if (variant === "external-trigger") db.exec("CREATE TRIGGER t AFTER INSERT ON c BEGIN INSERT INTO f(rowid, text, author) VALUES (new.rowid, new.text, new.author); END;");
  const ins = db.prepare("INSERT INTO c (id, text, author) VALUES (?, ?, ?)");
  const fins = db.prepare("INSERT INTO f(rowid, text, author) VALUES (?, ?, ?)");
  const t = performance.now();
  db.transaction(() => {
    const rows: [number | bigint, string, string | null][] = [];
    for (const c of comments) {
      const r = ins.run(c.id, c.text, c.author);
      if (variant.endsWith("afterwards")) rows.push([r.lastInsertRowid, c.text, c.author]);
      else if (variant !== "external-trigger") fins.run(r.lastInsertRowid, c.text, c.author);
    }
    for (const r of rows) fins.run(...r);
  })();
  console.log((performance.now() - t).toFixed(0), "ms", variant, comments.length);
  db.close();
}
