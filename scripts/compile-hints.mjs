// After `next build`: mark every browser chunk with V8's explicit compile hint, so Chromium
// compiles its functions while the file streams in, on a background thread, instead of one by
// one on the main thread the first time each runs. Without it, starting Next.js and React on a
// phone is one task of ~200 ms, most of it compiling (docs/decisions/009-compile-hints.md).
// The hint is a comment: other browsers ignore it. Running twice changes nothing.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const HINT = "//# allFunctionsCalledOnLoad\n";
const root = process.argv[2] ?? ".next/static/chunks";

let marked = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
  const path = join(entry.parentPath, entry.name);
  const code = readFileSync(path, "utf8");
  if (code.startsWith(HINT)) continue;
  writeFileSync(path, HINT + code);
  marked++;
}
console.log(`compile hints: ${marked} chunks marked in ${root}`);
