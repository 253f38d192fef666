// Which store `DATABASE_URL` names: a file path (or `file:PATH`) is SQLite, the default;
// `postgres://…` is PostgreSQL (with DATABASE_REPLICA_URL, a streaming replica for reads). One
// store per process, cached on globalThis so Next's dev-mode module reloads do not reconnect.
import { resolve } from "node:path";
import { openSqliteStore } from "./sqlite/store";
import type { Store } from "./store";

const DEFAULT_URL = "file:data/rethread.db";

export const databaseUrl = () => process.env.DATABASE_URL ?? DEFAULT_URL;

/** The SQLite file a URL names (relative to the working directory), or null for a server URL. */
export function sqlitePath(url = databaseUrl()): string | null {
  return /^postgres(?:ql)?:\/\//i.test(url) ? null : resolve(url.replace(/^file:/, ""));
}

/** Where the store is, for messages: the SQLite file, or the server URL without its password. */
export function describeDatabase(url = databaseUrl()): string {
  return sqlitePath(url) ?? url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

export async function openStore(url = databaseUrl()): Promise<Store> {
  const path = sqlitePath(url);
  if (path !== null) return openSqliteStore(path);
  const { openPostgresStore } = await import("./postgres/store");
  return openPostgresStore(url, process.env.DATABASE_REPLICA_URL || undefined);
}

const cache = globalThis as unknown as { rethreadStore?: Promise<Store> };

export function getStore(): Promise<Store> {
  cache.rethreadStore ??= openStore();
  return cache.rethreadStore;
}
