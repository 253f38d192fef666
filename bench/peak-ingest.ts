// `node --import tsx bench/peak-ingest.ts DIR`: ingests DIR into DIR/bench.db and prints the
// process's peak resident memory in kB (worker threads included): see export-memory.ts.
import { join } from "node:path";
import { openSqliteStore } from "../db/sqlite/store";
import { ingestFiles, listDumps } from "../server/ingest/ingest";

const dir = process.argv[2]!;
const summary = await ingestFiles(openSqliteStore(join(dir, "bench.db")), listDumps(dir));
if (summary.failed.length > 0) throw new Error(`bench ingest failed: ${JSON.stringify(summary.failed)}`);
console.log(process.resourceUsage().maxRSS);
