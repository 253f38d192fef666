// For procedure tests: a store of the test run's engine holding the sample corpus.
import { join } from "node:path";
import { openTestStore } from "../../../db/test-store";
import type { Store } from "../../../db/store";
import { ingestFiles, listDumps } from "../../ingest/ingest";

export async function sampleCorpusStore(): Promise<{ store: Store; remove: () => Promise<void> }> {
  const test = await openTestStore();
  await ingestFiles(test.store, listDumps(join(import.meta.dirname, "../../../corpus")));
  return test;
}
