// For tests: an empty store of its own, on the engine the test run is for (SQLite in a temporary
// folder by default; see README "Tests" for PostgreSQL), removed by `remove`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "./sqlite/store";
import type { Store } from "./store";

export async function openTestStore(): Promise<{ store: Store; remove: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "rethread-store-"));
  const store = openSqliteStore(join(dir, "test.db"));
  return {
    store,
    remove: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
