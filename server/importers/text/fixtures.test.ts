// Every fixture under fixtures/ is a dump beside the tree a reader would expect from it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { assertExpected } from "../../../contract/expected-tree";
import { parseDocument } from "./index";

const DIR = join(import.meta.dirname, "fixtures");

for (const file of readdirSync(DIR).filter((f) => f.endsWith(".txt"))) {
  test(`fixture ${file} parses into the expected article and comment tree`, () => {
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, ".expected.json")), "utf8"));
    assertExpected(parseDocument(file, readFileSync(join(DIR, file), "utf8")), expected);
  });
}
