// In-memory generated dumps for benchmarks: deterministic from the seed.
import { syntheticDumps } from "../server/gen/synthetic-corpus";

export function generatedDumps(totalBytes: number, seed = 1): string[] {
  const dumps: string[] = [];
  let bytes = 0;
  for (const dump of syntheticDumps({ commentsPerDoc: 60, maxDepth: 12, seed })) {
    if (bytes >= totalBytes) break;
    dumps.push(dump.text);
    bytes += Buffer.byteLength(dump.text);
  }
  return dumps;
}
