// `npm run ingest [-- DIR]`: stores every .txt dump in DIR (default corpus/).
import { openDb, databasePath } from "../../db/client";
import { ingestFiles, listDumps } from "./ingest";

const dir = process.argv[2] ?? "corpus";
let files: string[];
try {
  files = listDumps(dir);
} catch (error) {
  console.error(`ingest: cannot read folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  process.exit(2);
}

const started = performance.now();
const seconds = () => (performance.now() - started) / 1000;
const live = process.stderr.isTTY;
const summary = ingestFiles(openDb(), files, {
  onProgress: (done, total) => {
    if (live && (done === total || done % 50 === 0))
      process.stderr.write(`\ringest: ${done}/${total} files, ${(done / seconds()).toFixed(0)} files/s`);
  },
});
if (live) process.stderr.write("\n");

for (const { file, reason } of summary.failed) console.error(`ingest: skipped ${file}: ${reason}`);
console.log(
  `ingest: ${summary.total} files in ${seconds().toFixed(2)} s: ${summary.stored} new, ${summary.replaced} replaced, ` +
    `${summary.unchanged} unchanged, ${summary.failed.length} failed -> ${databasePath()}`,
);
process.exit(summary.failed.length > 0 ? 1 : 0);
