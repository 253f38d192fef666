import assert from "node:assert/strict";
import { test } from "node:test";
import { requestProblem } from "./page-query";

const problem = (url: string) => {
  const { pathname, searchParams } = new URL(url, "http://x");
  return requestProblem(pathname, searchParams);
};

test("addresses a page can answer have no problem", () => {
  for (const url of ["/", "/?sort=recent&q=don't", "/a/abc?sort=newest&depth=3&between=a,b&utm_source=x", "/c/abc?context=0", "/u/Jos%C3%A9", "/u/100%25", "/a/abc?sort=", "/api/trpc/search?input=%7B%7D"]) {
    assert.equal(problem(url), null, url);
  }
});

test("a broken percent-encoding or a control character is named, on pages and the API alike", () => {
  for (const url of ["/u/%ff%fe", "/a/%E0%A4%A", "/u/%", "/api/trpc/%ff"]) assert.match(problem(url)!, /broken percent-encoding/, url);
  for (const url of ["/u/a%0ab", "/a/%00"]) assert.match(problem(url)!, /control characters/, url);
});

test("a wrong parameter is named with what it takes", () => {
  assert.equal(problem("/a/abc?sort=bogus"), "The “sort” parameter is not valid: expected one of thread, oldest, newest, replies, longest.");
  assert.equal(problem("/a/abc?depth=1e400"), "The “depth” parameter is not valid: expected a whole number from 1 to 200.");
  assert.equal(problem("/a/abc?depth=2.5"), "The “depth” parameter is not valid: expected a whole number from 1 to 200.");
  assert.equal(problem("/c/abc?context=99"), "The “context” parameter is not valid: expected a whole number from 0 to 50.");
  assert.equal(problem("/?sort=bogus"), "The “sort” parameter is not valid: expected one of discussed, recent, title.");
  assert.match(problem("/a/abc?between=onlyone")!, /“between” parameter/);
  assert.equal(problem("/a/abc?sort=newest&sort=oldest"), "The “sort” parameter is given 2 times; give it once.");
});
