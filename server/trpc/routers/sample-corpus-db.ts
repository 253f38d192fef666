// For procedure tests: a real SQLite file in a temporary folder, holding the sample corpus.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb, type Db } from "../../../db/client";
import { ingestFiles, listDumps } from "../../ingest/ingest";

export async function sampleCorpusDb(): Promise<{ db: Db; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "rethread-trpc-"));
  const db = openDb(join(dir, "test.db"));
  await ingestFiles(db, listDumps(join(import.meta.dirname, "../../../corpus")));
  return {
    db,
    remove: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
