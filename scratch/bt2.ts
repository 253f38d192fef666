import { openDb } from "/work/main/db/client";
import { getThreadComments } from "/work/main/db/queries";
const db = openDb("/tmp/big.db");
const rows = getThreadComments(db, "big_10000").map((r) => ({ id: r.id, parentId: r.parentId, author: r.author }));
function phase1() {
  const byId = new Map<string, any>(); const roots: any[] = []; const order: any[] = [];
  for (const row of rows) { const node = { ...row, children: [] as any[], descendantCount: 0, people: 0, longestChain: 0 }; byId.set(row.id, node); order.push(node); const p = row.parentId === null ? undefined : byId.get(row.parentId); if (p) p.children.push(node); else roots.push(node); }
  return order;
}
for (let i = 0; i < 5; i++) { const t = performance.now(); phase1(); process.stdout.write((performance.now() - t).toFixed(1) + " "); }
console.log("phase1");
const order = phase1();
let maxKids = 0, internal = 0; for (const n of order) { if (n.children.length) internal++; maxKids = Math.max(maxKids, n.children.length); }
console.log("internal", internal, "maxKids", maxKids, "roots", order.filter((n) => n.parentId === null).length);
