import { openDb } from "/work/main/db/client";
import { getThreadComments, getDocument } from "/work/main/db/queries";
import { buildThreadTree } from "/work/main/server/threads/build-tree";
import { sortThread } from "/work/main/server/threads/sort-thread";
import { buildTimeline } from "/work/main/server/threads/timeline";
const db = openDb("/tmp/big.db");
for (let i = 0; i < 6; i++) {
  let t = performance.now(); const lap = (l: string) => { const n = performance.now(); process.stdout.write(`${l} ${(n - t).toFixed(1)}  `); t = n; };
  getDocument(db, "big_10000"); lap("doc");
  const rows = getThreadComments(db, "big_10000"); lap("rows");
  const roots = buildThreadTree(rows); lap("tree");
  sortThread(roots, "newest"); lap("sort");
  buildTimeline(rows); lap("timeline");
  console.log();
}
