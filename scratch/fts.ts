import Database from "better-sqlite3";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { parseDocument } from "/work/main/server/parser";
const files = readdirSync("/tmp/g10k").slice(0, 5000);
const texts = files.flatMap((f) => parseDocument(f, readFileSync("/tmp/g10k/" + f, "utf8")).comments.map((c) => c.text));
for (const opts of ["tokenize='porter unicode61 remove_diacritics 2'", "tokenize='unicode61 remove_diacritics 2'", "tokenize='porter unicode61 remove_diacritics 2', detail=column", "tokenize='porter unicode61 remove_diacritics 2', detail=none", "tokenize='porter unicode61 remove_diacritics 2', detail=column, columnsize=0"]) {
  rmSync("/tmp/f.db", { force: true }); rmSync("/tmp/f.db-wal", { force: true });
  const db = new Database("/tmp/f.db"); db.pragma("journal_mode = WAL"); db.pragma("synchronous = NORMAL");
  db.exec(`CREATE VIRTUAL TABLE f USING fts5(text, content='', ${opts})`);
  const ins = db.prepare("INSERT INTO f(rowid, text) VALUES (?, ?)");
  const t = performance.now();
  db.transaction(() => texts.forEach((x, i) => ins.run(i + 1, x)))();
  console.log((performance.now() - t).toFixed(0), "ms", opts);
  db.close();
}
