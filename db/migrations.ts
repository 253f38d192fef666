// Migrations: each engine's own folder (drizzle/sqlite, drizzle/postgres), applied at open. A
// database migrated by a newer Rethread is refused in one line rather than half understood.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const migrationsFolder = (engine: "sqlite" | "postgres") => join(process.cwd(), "drizzle", engine);

/** Throws when the database holds more migrations than this build ships. */
export function refuseNewer(engine: "sqlite" | "postgres", applied: number): void {
  const known = (JSON.parse(readFileSync(join(migrationsFolder(engine), "meta", "_journal.json"), "utf8")) as { entries: unknown[] }).entries.length;
  if (applied > known) throw new Error(`the database was migrated by a newer Rethread (${applied} migrations; this version knows ${known}): upgrade Rethread, or point DATABASE_URL elsewhere`);
}
