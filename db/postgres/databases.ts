// Databases on a PostgreSQL server made anew and dropped, for tests, benches and the Playwright
// run: each gets a database of its own on one server.
import pg from "pg";

async function onServer(server: string, sql: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: "/postgres" }).toString() });
  await admin.connect();
  try {
    for (const statement of sql) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

const checked = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  return name;
};

/** Drops `name` on the server `server` names if it is there, makes it empty, and returns its URL. */
export async function freshDatabase(server: string, name: string): Promise<string> {
  await onServer(server, [`DROP DATABASE IF EXISTS ${checked(name)} WITH (FORCE)`, `CREATE DATABASE ${name}`]);
  return Object.assign(new URL(server), { pathname: `/${name}` }).toString();
}

export async function dropDatabase(server: string, name: string): Promise<void> {
  await onServer(server, [`DROP DATABASE IF EXISTS ${checked(name)} WITH (FORCE)`]);
}
