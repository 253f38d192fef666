// What `npm start` does before Next.js sees a request: headers every response carries (Next.js's
// own early answers, redirects and errors included, which next.config's headers() never reach),
// and a refusal of the request headers Next.js answers with a 500 instead of a 4xx.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
// Next.js's own check of the header; it throws where rendering would fail with a 500.
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state.js";

export const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  // Pages replace this with proxy.ts's policy and its nonce; anything else may run nothing.
  "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'",
};

/**
 * Longer addresses are refused: no page or procedure needs one, and Next.js echoes an address
 * twice in a redirect's headers, which past this size many clients and proxies cannot read.
 */
export const MAX_URL_LENGTH = 6000;

/** Sets the headers; answers 4xx and returns true where the request cannot be served. */
export function refuseBadRequest(req: IncomingMessage, res: ServerResponse): boolean {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if ((req.url?.length ?? 0) > MAX_URL_LENGTH) {
    res.writeHead(414, { "content-type": "text/plain; charset=utf-8" });
    res.end(`URI too long: addresses here are at most ${MAX_URL_LENGTH} characters.\n`);
    return true;
  }
  const state = req.headers["next-router-state-tree"];
  if (state === undefined) return false;
  try {
    parseAndValidateFlightRouterState(state);
    return false;
  } catch {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
    res.end("Bad request: the Next-Router-State-Tree header is not a router state this app sent.\n");
    return true;
  }
}

/**
 * Node's own answer to a request it cannot parse (a malformed request line, headers too large,
 * a body framing it refuses): the same 4xx it would send, with the headers every answer carries.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  const status = error.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join("");
  const body = "Bad request: the request could not be read.\n";
  socket.end(`HTTP/1.1 ${status}\r\n${headers}Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
}
