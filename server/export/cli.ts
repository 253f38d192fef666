// `npm run export -- --format convokit|jsonl|csv [--out DIR] [ARTICLE…]`: stored articles (all
// of them by default) in a format researchers load. jsonl and csv go to stdout without --out.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openStore } from "../../db/open";
import { toConvokit, toCsv, toJsonl, type ExportedDocument } from "./formats";

const FORMATS = ["convokit", "jsonl", "csv"] as const;
const usage = "usage: npm run export -- --format convokit|jsonl|csv [--out DIR] [ARTICLE…]";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const format = option("--format");
const out = option("--out");
if (!format || !(FORMATS as readonly string[]).includes(format) || args.some((a) => a.startsWith("--"))) {
  console.error(usage);
  process.exit(2);
}

const store = await openStore().catch((error: Error) => {
  console.error(`export: ${error.message}`);
  process.exit(2);
});
const ids = args.length > 0 ? args : await store.listDocumentIds();
const documents: ExportedDocument[] = [];
let missing = 0;
for (const id of ids) {
  const doc = await store.getStoredDocument(id);
  if (doc) documents.push({ id, doc });
  else {
    console.error(`export: no article "${id}" (skipped)`);
    missing++;
  }
}

const files: Record<string, string> =
  format === "convokit" ? toConvokit(documents) : format === "csv" ? { "comments.csv": toCsv(documents) } : { "rethread.jsonl": toJsonl(documents) };
const folder = out ?? (format === "convokit" ? "rethread-corpus" : null);
if (folder) {
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const comments = documents.reduce((n, d) => n + d.doc.comments.length, 0);
  console.error(`export: ${documents.length} articles, ${comments} comments as ${format} -> ${folder}`);
} else {
  process.stdout.write(Object.values(files)[0]!);
}
await store.close();
process.exit(missing > 0 ? 1 : 0);
