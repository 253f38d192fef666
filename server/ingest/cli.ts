// `npm run ingest [-- DIR] [--workers N] [--file-timeout SECONDS]`: stores every file in DIR an
// importer reads (default corpus/), reading on N worker threads (default: one per core), giving
// up on a file that shows no progress for SECONDS (default 60).
import { describeDatabase, openStore } from "../../db/open";
import { ingestFiles, listDumps } from "./ingest";

const args = process.argv.slice(2);
/** The number after `--name`, taken out of args; exits with a clear line when it is not `valid`. */
function numberFlag(name: string, valid: (n: number) => boolean, what: string): number | undefined {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const n = Number(args.splice(at, 2)[1]);
  if (valid(n)) return n;
  console.error(`ingest: --${name} takes ${what}`);
  process.exit(2);
}
const workers = numberFlag("workers", (n) => Number.isInteger(n) && n > 0, "a whole number above 0");
const timeout = numberFlag("file-timeout", (n) => Number.isFinite(n) && n > 0, "a number of seconds above 0");
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
  root: dir,
  fileTimeoutMs: timeout === undefined ? undefined : timeout * 1000,
  onBusy: () => console.error("ingest: the database is busy (another ingest, or a server building indexes): waiting for it"),
  onProgress: (done, total) => {
    if (live) process.stderr.write(`\ringest: ${done}/${total} files, ${(done / seconds()).toFixed(0)} files/s `);
  },
}).catch((error: Error) => {
  // What no file's report covers (the database gone, the disk full as indexes are built): one line, no stack.
  if (live) process.stderr.write("\n");
  console.error(`ingest: stopped: ${error.message}`);
  process.exit(2);
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
