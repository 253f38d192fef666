#!/usr/bin/env node
// `node scripts/reset-database.mjs postgres://…/NAME`: drops the database NAME and makes it anew,
// empty (the Playwright run's own, as `rm -rf data/e2e` is for SQLite).
import pg from "pg";

const target = new URL(process.argv[2] ?? "");
const name = decodeURIComponent(target.pathname.slice(1));
if (!/^[a-z_][a-z0-9_]*$/.test(name)) {
  console.error(`reset-database: expected postgres://…/NAME with a plain NAME, got ${target.pathname}`);
  process.exit(2);
}
const admin = new URL(target);
admin.pathname = "/postgres";
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await client.query(`CREATE DATABASE ${name}`);
await client.end();
