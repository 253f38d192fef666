// For tests: an empty store of its own, removed by `remove`. SQLite in a temporary folder by
// default; with TEST_DATABASE_URL (a PostgreSQL server's URL) a fresh database on that server,
// so the same tests run on either engine (README "Tests").
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "./sqlite/store";
import type { Store } from "./store";

let created = 0;

export interface TestStore {
  store: Store;
  /** The DATABASE_URL of this store, for processes of its own. */
  url: string;
  remove: () => Promise<void>;
}

export async function openTestStore(): Promise<TestStore> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) return openPostgresTestStore(server);
  const dir = mkdtempSync(join(tmpdir(), "rethread-store-"));
  const store = openSqliteStore(join(dir, "test.db"));
  return {
    store,
    url: `file:${join(dir, "test.db")}`,
    remove: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgresTestStore(server: string): Promise<TestStore> {
  const { openPostgresStore } = await import("./postgres/store");
  const { dropDatabase, freshDatabase } = await import("./postgres/databases");
  const name = `rethread_test_${process.pid}_${++created}`;
  const url = await freshDatabase(server, name);
  const store = await openPostgresStore(url);
  return {
    store,
    url,
    remove: async () => {
      await store.close();
      await dropDatabase(server, name);
    },
  };
}
