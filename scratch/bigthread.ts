import { writeFileSync } from "node:fs";
import { renderDump } from "/work/main/server/gen/render-dump";
import { seededRandom, syntheticDocument } from "/work/main/server/gen/synthetic-thread";
const n = Number(process.argv[2] ?? 10000);
writeFileSync(`/tmp/big/big_${n}.txt`, renderDump(syntheticDocument(seededRandom(3), { comments: n, maxDepth: 50 }), "legal-insurrection"));
