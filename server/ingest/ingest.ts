// folder -> parser -> db. One transaction per dump; unchanged dumps are skipped by content hash.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { Db } from "../../db/client";
import { findContentHash, storeDocument } from "../../db/queries";
import { shortHash } from "../parser/ids";
import { parseDocument } from "../parser";
import { readDump } from "./read-dump";

export interface IngestSummary {
  total: number;
  stored: number;
  replaced: number;
  unchanged: number;
  failed: { file: string; reason: string }[];
}

export interface IngestOptions {
  onProgress?: (done: number, total: number) => void;
}

/** The article's URL id: the file name without `.txt` when that is URL-safe, else a slug plus a hash of the name. */
export function documentIdFor(source: string): string {
  const stem = source.replace(/\.txt$/i, "");
  if (/^[A-Za-z0-9_-]{1,80}$/.test(stem)) return stem;
  const slug = stem.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60).toLowerCase();
  return `${slug || "doc"}-${shortHash(source).slice(-6)}`;
}

export function listDumps(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".txt"))
    .map((e) => join(dir, e.name))
    .sort();
}

export function ingestFiles(db: Db, files: readonly string[], options: IngestOptions = {}): IngestSummary {
  const summary: IngestSummary = { total: files.length, stored: 0, replaced: 0, unchanged: 0, failed: [] };
  files.forEach((file, i) => {
    const source = basename(file);
    try {
      const dump = readDump(file);
      if (!dump.ok) summary.failed.push({ file, reason: dump.reason });
      else {
        const hash = createHash("sha256").update(dump.text).digest("hex");
        const previous = findContentHash(db, source);
        if (previous === hash) summary.unchanged++;
        else {
          storeDocument(db, documentIdFor(source), hash, parseDocument(source, dump.text));
          if (previous === undefined) summary.stored++;
          else summary.replaced++;
        }
      }
    } catch (error) {
      summary.failed.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
    options.onProgress?.(i + 1, files.length);
  });
  return summary;
}
