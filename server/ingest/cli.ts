// `npm run ingest [-- DIR] [--workers N]`: stores every file in DIR an importer reads (default
// corpus/), reading on N worker threads (default: one per core).
import { describeDatabase, openStore } from "../../db/open";
import { ingestFiles, listDumps } from "./ingest";

const args = process.argv.slice(2);
const workersAt = args.indexOf("--workers");
const workers = workersAt >= 0 ? Number(args.splice(workersAt, 2)[1]) : undefined;
if (workers !== undefined && !(Number.isInteger(workers) && workers > 0)) {
  console.error("ingest: --workers takes a whole number above 0");
  process.exit(2);
}
const dir = args[0] ?? "corpus";
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
const store = await openStore().catch((error: Error) => {
  console.error(`ingest: ${error.message}`);
  process.exit(2);
});
const summary = await ingestFiles(store, files, {
  workers,
  onProgress: (done, total) => {
    if (live) process.stderr.write(`\ringest: ${done}/${total} files, ${(done / seconds()).toFixed(0)} files/s `);
  },
});
if (live) process.stderr.write("\n");

for (const { file, note } of summary.notes) console.error(`ingest: ${file}: ${note}`);
for (const { file, reason } of summary.failed) console.error(`ingest: skipped ${file}: ${reason}`);
console.log(
  `ingest: ${summary.total} files in ${seconds().toFixed(2)} s: ${summary.stored} new, ${summary.replaced} replaced, ` +
    `${summary.unchanged} unchanged, ${summary.failed.length} failed; ${summary.comments} comments stored -> ${describeDatabase()}`,
);
await store.close();
process.exit(summary.failed.length > 0 ? 1 : 0);
