#!/usr/bin/env node
// `node scripts/with-postgres.mjs CMD…`: runs CMD with TEST_DATABASE_URL naming a throwaway
// PostgreSQL cluster on loopback (initdb + pg_ctl in a temporary folder, a free port) and
// TEST_REPLICA_URL a streaming replica of it (pg_basebackup -R), both stopped and removed
// afterwards. As root they run as the `postgres` user, as PostgreSQL insists. With
// TEST_DATABASE_URL already set, CMD runs against that server instead.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error("usage: node scripts/with-postgres.mjs CMD [ARG…]");
  process.exit(2);
}
const run = (env) => spawnSync(command[0], command.slice(1), { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
if (process.env.TEST_DATABASE_URL) process.exit(run({}));

/** Where Debian keeps the server's programs, or the PATH. */
function bin(name) {
  const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(`/usr/lib/postgresql/${v}/bin/${name}`)) return `/usr/lib/postgresql/${v}/bin/${name}`;
  return name;
}
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), "rethread-pg-"));
chmodSync(dir, 0o777);
const asOwner = (program, args) => {
  const [file, argv] = process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", program, ...args]] : [program, args];
  execFileSync(file, argv, { stdio: ["ignore", "ignore", "inherit"], cwd: dir });
};
const clusters = [
  { data: join(dir, "primary"), port: await freePort() },
  { data: join(dir, "replica"), port: await freePort() },
];
const start = ({ data, port }) =>
  asOwner(bin("pg_ctl"), ["-D", data, "-l", `${data}.log`, "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
const [primary, replica] = clusters;
let status = 1;
try {
  asOwner(bin("initdb"), ["-D", primary.data, "-A", "trust", "-U", "rethread", "--no-sync", "-E", "UTF8"]);
  start(primary);
  asOwner(bin("pg_basebackup"), ["-h", "127.0.0.1", "-p", String(primary.port), "-U", "rethread", "-D", replica.data, "-R", "-X", "stream"]);
  start(replica);
  console.error(`with-postgres: PostgreSQL on 127.0.0.1:${primary.port}, its streaming replica on 127.0.0.1:${replica.port}`);
  status = run({ TEST_DATABASE_URL: `postgres://rethread@127.0.0.1:${primary.port}/postgres`, TEST_REPLICA_URL: `postgres://rethread@127.0.0.1:${replica.port}/postgres` });
} catch (error) {
  console.error(`with-postgres: could not start PostgreSQL (${error.message.split("\n")[0]}); is Debian's postgresql installed?`);
} finally {
  for (const { data } of [replica, primary]) {
    try {
      asOwner(bin("pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
    } catch {
      // never started
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
