// `npm run --silent parse -- FILE`: one dump as contract JSON on stdout.
import { basename } from "node:path";
import { parseDocument } from "../importers/text";
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
process.stdout.write(JSON.stringify(parseDocument(basename(file), dump.text), null, 2) + "\n");
