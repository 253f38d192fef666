// `npm start`: the production Next.js server, behind a cache of rendered page loads.
// `npm run build` bundles this file to .next/rethread/main.mjs, so serving needs no TypeScript
// loader. Usage: node .next/rethread/main.mjs [-p PORT] [-H HOSTNAME]; PORT and HOSTNAME work too.
import { createServer } from "node:http";
import next from "next";
import { getStore } from "../../db/open";
import { withPageCache } from "./cached-responses";
import { withCompression } from "./compression";
import { PageCache } from "./page-cache";
import { answerClientError, refuseBadRequest } from "./request-guard";

function option(short: string, long: string): string | undefined {
  const i = process.argv.findIndex((a) => a === short || a === long);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname") ?? process.env.HOSTNAME;
const cacheMb = Number(process.env.PAGE_CACHE_MB ?? 64);

const app = next({ dev: false, hostname, port });
await app.prepare();
const render = app.getRequestHandler();
const store = await getStore().catch((error: Error) => {
  console.error(`rethread: ${error.message}`);
  process.exit(2);
});
const compressed = withCompression(render);
const handler = cacheMb > 0 ? withPageCache(compressed, new PageCache(cacheMb * 1024 * 1024), () => store.changeToken()) : compressed;
const server = createServer((req, res) => {
  if (!refuseBadRequest(req, res)) void handler(req, res);
});
server.on("clientError", answerClientError);
server.listen(port, hostname, () => {
  console.log(`Rethread on http://${hostname ?? "localhost"}:${port} (page cache ${cacheMb > 0 ? `${cacheMb} MB` : "off"})`);
});
