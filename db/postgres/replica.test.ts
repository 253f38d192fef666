// Reads from a streaming replica (DATABASE_REPLICA_URL): a writer reads its own writes at once,
// and everyone's page cache is keyed to what the replica has replayed. Runs in the PostgreSQL
// pass, which starts a primary and a replica of it (scripts/with-postgres.mjs).
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { ingestFiles, listDumps } from "../../server/ingest/ingest";
import type { Store } from "../store";
import { openTestStore, type TestStore } from "../test-store";
import { dropDatabase, freshDatabase } from "./databases";
import { openPostgresStore } from "./store";

const CORPUS = join(import.meta.dirname, "../../corpus");
const replicaServer = process.env.TEST_REPLICA_URL;

/** The test database's URL on the replica, once the replica has replayed its creation. */
async function onReplica(primaryUrl: string): Promise<string> {
  const url = new URL(replicaServer!);
  url.pathname = new URL(primaryUrl).pathname;
  for (let tries = 0; ; tries++) {
    const client = new pg.Client({ connectionString: url.toString() });
    try {
      await client.connect();
      await client.end();
      return url.toString();
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe("a streaming replica for reads", { skip: replicaServer ? false : "no replica (TEST_REPLICA_URL)" }, () => {
  let primary: TestStore;
  let replicaUrl: string;
  let writer: Store;
  before(async () => {
    primary = await openTestStore();
    replicaUrl = await onReplica(primary.url);
    writer = await openPostgresStore(primary.url, replicaUrl);
  });
  after(async () => {
    await writer?.close();
    await primary?.remove();
  });

  test("reads come from the replica, a writer reads what it wrote at once, and the token follows what the replica has", async () => {
    const client = new pg.Client({ connectionString: replicaUrl });
    await client.connect();
    const reader = await openPostgresStore(primary.url, replicaUrl);
    try {
      assert.equal((await client.query("SELECT pg_is_in_recovery() AS r")).rows[0].r, true);
      const before = writer.changeToken();
      // The replica falls behind: it stops replaying until told to go on.
      await client.query("SELECT pg_wal_replay_pause()");
      const summary = await ingestFiles(writer, listDumps(CORPUS), { workers: 1 });
      assert.equal(summary.failed.length, 0);
      const ids = (await primary.store.listArticles()).map((a) => a.id);
      assert.ok(ids.length > 0);
      for (const id of ids) assert.ok(await writer.getArticle(id), `the writer reads ${id} right after writing it`);
      assert.deepEqual(await reader.listArticles(), [], "another reader reads the replica, which has not replayed the ingest");
      assert.equal(writer.changeToken(), before, "no page is cached under a version the replica does not have");

      await client.query("SELECT pg_wal_replay_resume()");
      const version = await primaryVersion(primary.url);
      for (let tries = 0; (reader.changeToken() ?? -1) < version && tries < 200; tries++) await new Promise((resolve) => setTimeout(resolve, 25));
      assert.equal(reader.changeToken(), version, "the token reaches the written version once the replica has replayed it");
      assert.deepEqual(await reader.listArticles(), await primary.store.listArticles(), "then the reader sees the whole ingest");
    } finally {
      await client.query("SELECT pg_wal_replay_resume()").catch(() => {});
      await reader.close();
      await client.end();
    }
  });
});

describe("a store opened before the replica has its tables", { skip: replicaServer ? false : "no replica (TEST_REPLICA_URL)" }, () => {
  test("waits for the replica to replay the migrations it has just run, then reads from it", async () => {
    const server = process.env.TEST_DATABASE_URL!;
    const name = `rethread_test_${process.pid}_lagging`;
    const url = await freshDatabase(server, name); // empty: the store migrates it
    const replicaUrl = await onReplica(url);
    const client = new pg.Client({ connectionString: replicaUrl });
    await client.connect();
    let store: Store | undefined;
    try {
      // A deployment's first start: the replica is behind the migrations the store is about to run.
      await client.query("SELECT pg_wal_replay_pause()");
      const opening = openPostgresStore(url, replicaUrl);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await client.query("SELECT pg_wal_replay_resume()");
      store = await opening;
      assert.deepEqual(await store.listArticles(), []);
      assert.equal(store.changeToken(), 0, "pages are cached under what the replica has");
    } finally {
      await client.query("SELECT pg_wal_replay_resume()").catch(() => {});
      await client.end();
      await store?.close();
      await dropDatabase(server, name);
    }
  });
});

async function primaryVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query("SELECT version FROM changes WHERE id = 1")).rows[0].version);
  } finally {
    await client.end();
  }
}
