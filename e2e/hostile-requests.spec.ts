import { expect, test } from "@playwright/test";
import { ARTICLE } from "./helpers";

// Requests no browser sends, as an attacker or a careless script would.

test("asking for the RSC payload and HTML at once gets the thread in the answer, not a ticket to nothing", async ({ request }) => {
  const response = await request.get(`/a/${ARTICLE}`, { headers: { RSC: "1", Accept: "text/html" } });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Phishers are not hackers");
});

test("a batch of more calls than the app sends is refused with 400", async ({ request }) => {
  const calls = Array.from({ length: 100 }, () => "article.get").join(",");
  const input = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [i, { id: ARTICLE }]));
  const response = await request.get(`/api/trpc/${calls}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(response.status()).toBe(400);
});
