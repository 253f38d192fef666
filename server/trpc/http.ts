// The HTTP face of the procedures (app/api/trpc/[trpc]/route.ts), with the bounds one request
// must keep (limits.ts): a batch of a few calls, and an answer of bounded size. Without them
// one 6 KB URL batching a hundred big threads made the server build 387 MB of JSON.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Context } from "./init";
import { MAX_BATCH, MAX_RESPONSE_BYTES } from "./limits";
import { appRouter } from "./root";

export async function handleTrpc(req: Request, createContext: () => Promise<Context>, maxResponseBytes = MAX_RESPONSE_BYTES): Promise<Response> {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext,
    maxBatchSize: MAX_BATCH,
    // The client is told only that the server failed (init.ts); the reason goes to the log.
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`rethread: ${path ?? "api"}: ${error.cause?.message ?? error.message}`);
    },
  });
  const body = await response.arrayBuffer();
  if (body.byteLength <= maxResponseBytes) return new Response(body, response);
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const message = `the answer is ${mb(body.byteLength)}, over the ${mb(maxResponseBytes)} one request may have: ask for fewer calls at once`;
  return Response.json({ error: { message, code: -32600, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } }, { status: 413 });
}
