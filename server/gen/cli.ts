// `npm run gen -- --docs N --comments-per-doc M --max-depth D --out DIR [--seed S]`:
// writes a synthetic corpus of dumps (see synthetic-corpus.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticDumps } from "./synthetic-corpus";

function option(name: string, fallback?: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (value === undefined || !Number.isFinite(value) || value < 0) {
    console.error(`gen: --${name} needs a non-negative number`);
    process.exit(2);
  }
  return value;
}

const outIndex = process.argv.indexOf("--out");
const out = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;
if (!out) {
  console.error("usage: npm run gen -- --docs N --comments-per-doc M --max-depth D --out DIR [--seed S]");
  process.exit(2);
}
const docs = option("docs", 100);
const perDoc = option("comments-per-doc", 10);
const maxDepth = option("max-depth", 8);
const dumps = syntheticDumps({ commentsPerDoc: perDoc, maxDepth, seed: option("seed", 1) });

mkdirSync(out, { recursive: true });
let comments = 0;
for (let i = 0; i < docs; i++) {
  const dump = dumps.next().value!;
  comments += dump.comments;
  writeFileSync(join(out, `gen_${String(i).padStart(6, "0")}.txt`), dump.text);
}
console.log(`gen: ${docs} dumps with ${comments} comments in ${out}`);
