// `node --import tsx scripts/reset-database.ts postgres://…/NAME`: drops the database NAME and
// makes it anew, empty (the Playwright run's own, as `rm -rf data/e2e` is for SQLite).
import { freshDatabase } from "../db/postgres/databases";

const target = new URL(process.argv[2] ?? "");
await freshDatabase(target.toString(), decodeURIComponent(target.pathname.slice(1)));
