import assert from "node:assert/strict";
import { test } from "node:test";
import { collect, handOff, HANDOFF_MAX_CHARS } from "./html-handoff";

test("markup handed off is collected once", () => {
  const ticket = handOff("<p>a thread</p>");
  assert.equal(collect(ticket), "<p>a thread</p>");
  assert.equal(collect(ticket), undefined);
});

test("markup never collected (requests that render no HTML) is dropped oldest first past the bound", () => {
  const piece = "x".repeat(HANDOFF_MAX_CHARS / 4);
  const tickets = Array.from({ length: 12 }, () => handOff(piece));
  const kept = tickets.filter((t) => collect(t) !== undefined);
  assert.deepEqual(kept, tickets.slice(-4), "only the newest that fit are kept");
});
