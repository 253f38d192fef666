import { openDb } from "/work/main/db/client";
import { getThreadComments } from "/work/main/db/queries";
import { buildThreadTree } from "/work/main/server/threads/build-tree";
const db = openDb("/tmp/big.db");
const rows = getThreadComments(db, "big_10000");
for (let i = 0; i < 10; i++) { const t = performance.now(); buildThreadTree(rows); process.stdout.write((performance.now() - t).toFixed(1) + " "); }
console.log();
const slim = rows.map((r) => ({ id: r.id, parentId: r.parentId, author: r.author }));
for (let i = 0; i < 10; i++) { const t = performance.now(); buildThreadTree(slim); process.stdout.write((performance.now() - t).toFixed(1) + " "); }
console.log();
for (let i = 0; i < 10; i++) { const t = performance.now(); getThreadComments(db, "big_10000"); process.stdout.write((performance.now() - t).toFixed(1) + " "); }
console.log();
