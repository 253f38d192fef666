// folder -> parser (worker threads) -> db (batched, one savepoint per dump).
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { deferIndexes, restoreIndexes } from "../../db/bulk-indexes";
import type { Db } from "../../db/client";
import { createDocumentWriter, knownContentHashes, type StoreItem } from "../../db/document-writer";
import { shortHash } from "../../contract/ids";
import { IMPORTED_EXTENSIONS } from "../importers";
import type { PreparedDump } from "./prepare-dump";
import { prepareInWorkers, type PoolOptions } from "./worker-pool";

export interface IngestSummary {
  total: number;
  stored: number;
  replaced: number;
  unchanged: number;
  failed: { file: string; reason: string }[];
  /** Files stored with a remark, such as a fallback decoding. */
  notes: { file: string; note: string }[];
  comments: number;
}

export interface IngestOptions extends PoolOptions {
  onProgress?: (done: number, total: number) => void;
  /** Dumps per transaction. */
  batchSize?: number;
}

/** The article's URL id: the file name without its extension when that is URL-safe, else a slug plus a hash of the name. */
export function documentIdFor(source: string): string {
  const stem = source.replace(/\.(?:txt|html?)$/i, "");
  if (/^[A-Za-z0-9_-]{1,80}$/.test(stem)) return stem;
  const slug = stem.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60).toLowerCase();
  return `${slug || "doc"}-${shortHash(source).slice(-6)}`;
}

/** Every file directly in `dir` that an importer reads (by extension), sorted; what is not a regular file is reported when read (read-dump.ts). */
export function listDumps(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => IMPORTED_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)))
    .map((name) => join(dir, name))
    .sort();
}

/** A load this large, and larger than what is stored, builds reader-only indexes at the end (db/bulk-indexes.ts). */
const BULK_FROM = 5000;

export async function ingestFiles(db: Db, files: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const known = knownContentHashes(db);
  const bulk = files.length >= BULK_FROM && files.length > 2 * known.size;
  if (!bulk) return ingestInto(db, files, known, options);
  deferIndexes(db);
  try {
    return await ingestInto(db, files, known, options);
  } finally {
    restoreIndexes(db);
  }
}

async function ingestInto(db: Db, files: readonly string[], known: Map<string, string>, options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { total: files.length, stored: 0, replaced: 0, unchanged: 0, failed: [], notes: [], comments: 0 };
  const write = createDocumentWriter(db);
  const batchSize = options.batchSize ?? 256;
  let batch: { item: StoreItem; file: string; replacing: boolean }[] = [];
  let done = 0;

  const flush = () => {
    if (batch.length === 0) return;
    const errors = write(batch.map((b) => b.item));
    batch.forEach((b, i) => {
      const error = errors[i];
      if (error) summary.failed.push({ file: b.file, reason: `not stored: ${error}` });
      else {
        summary[b.replacing ? "replaced" : "stored"]++;
        summary.comments += b.item.doc.comments.length;
      }
    });
    batch = [];
    options.onProgress?.(done, files.length);
  };

  const onResult = (result: PreparedDump) => {
    if (result.kind === "parsed") {
      if (result.note) summary.notes.push({ file: result.file, note: result.note });
      for (const doc of result.docs) {
        batch.push({ item: { documentId: documentIdFor(doc.source), contentHash: result.hash, doc }, file: result.file, replacing: known.has(doc.source) });
      }
      done++;
      if (batch.length >= batchSize) flush();
      return;
    }
    if (result.kind === "unchanged") summary.unchanged++;
    else summary.failed.push({ file: result.file, reason: result.reason });
    done++;
    if (done % batchSize === 0) options.onProgress?.(done, files.length);
  };

  // A file that holds several documents (`export.xml#thread-7`) stored one hash for all of them.
  const knownFiles = new Map([...known].map(([source, hash]) => [source.split("#")[0]!, hash]));
  await prepareInWorkers(files, (file) => knownFiles.get(basename(file)), onResult, options);
  flush();
  options.onProgress?.(files.length, files.length);
  return summary;
}
