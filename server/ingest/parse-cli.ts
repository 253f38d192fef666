// `npm run --silent parse -- FILE`: a file's document as contract JSON on stdout (a file that
// holds several, an export, prints them as an array).
import { basename } from "node:path";
import { importFile } from "../importers";
import { readDump } from "./read-dump";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run --silent parse -- FILE");
  process.exit(2);
}
const dump = readDump(file);
if (!dump.ok) {
  console.error(`${file}: ${dump.reason}`);
  process.exit(1);
}
if (dump.note) console.error(`${file}: ${dump.note}`);
const documents = await importFile(basename(file), dump.text);
process.stdout.write(JSON.stringify(documents.length === 1 ? documents[0] : documents, null, 2) + "\n");
