import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { ARTICLE } from "./helpers";

// Requests no browser sends, as an attacker or a careless script would.

test("asking for the RSC payload and HTML at once gets the thread in the answer, not a ticket to nothing", async ({ request }) => {
  const response = await request.get(`/a/${ARTICLE}`, { headers: { RSC: "1", Accept: "text/html" } });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Phishers are not hackers");
});

test("a batch of more calls than the app sends is refused with 400", async ({ request }) => {
  const calls = Array.from({ length: 20 }, () => "article.get").join(",");
  const input = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i, { id: ARTICLE }]));
  const response = await request.get(`/api/trpc/${calls}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(response.status()).toBe(400);
});

/** The status line and headers the server answers a raw request with. */
async function raw(baseURL: string, head: string): Promise<{ status: number; headers: string }> {
  const { hostname, port } = new URL(baseURL);
  const socket = connect(Number(port), hostname);
  socket.write(`${head}\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
  let text = "";
  for await (const chunk of socket) text += chunk;
  const [statusLine = "", ...lines] = text.slice(0, text.indexOf("\r\n\r\n")).split("\r\n");
  return { status: Number(statusLine.split(" ")[1]), headers: lines.join("\n").toLowerCase() };
}

test("methods a page does not take are refused with 405 and the methods it does", async ({ baseURL }) => {
  for (const method of ["TRACE", "POST", "PUT", "DELETE", "PATCH"]) {
    const answer = await raw(baseURL!, `${method} /a/${ARTICLE} HTTP/1.1\r\nContent-Length: 0`);
    expect(answer.status, method).toBe(405);
    expect(answer.headers).toContain("allow: get, head");
    expect(answer.headers).toContain("x-content-type-options: nosniff");
  }
  expect((await raw(baseURL!, "HEAD / HTTP/1.1")).status).toBe(200);
});

test("a request target that is not a path is a 400, and an absolute one never redirects off the site", async ({ baseURL }) => {
  expect((await raw(baseURL!, "OPTIONS * HTTP/1.1")).status).toBe(400);
  const page = await raw(baseURL!, `GET http://evil.example.com/a/${ARTICLE} HTTP/1.1`);
  expect(page.status).toBe(200);
  const slash = await raw(baseURL!, `GET http://evil.example.com/a/${ARTICLE}/ HTTP/1.1`);
  expect(slash.headers).not.toContain("evil.example.com");
  for (const target of ["//evil.example.com/", "/\\evil.example.com/"]) {
    const answer = await raw(baseURL!, `GET ${target} HTTP/1.1`);
    expect(answer.headers, target).not.toMatch(/^location: (\/\/|\/\\|[a-z][a-z0-9+.-]*:)/m);
  }
});
