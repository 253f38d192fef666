// folder -> importers (worker threads) -> store (batched, each document whole or not at all).
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { StoreBusy, type Store, type StoreItem } from "../../db/store";
import type { ParsedDocument } from "../../contract/contract";
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
  /** Called when a write must wait for another writer (another ingest, a server building indexes), once per wait. */
  onBusy?: () => void;
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

/** A batch is stored once it holds this many comments, however few documents: an export's threads can be large. */
const BATCH_COMMENTS = 50_000;

/** A load this large, and larger than what is stored, is a bulk load (reader-only indexes built at the end). */
const BULK_FROM = 5000;

/** Does a write, waiting as long as another writer holds the database: nothing is dropped for being second. */
async function whenFree<T>(write: () => Promise<T>, onBusy?: () => void): Promise<T> {
  for (let pause = 100; ; pause = Math.min(2 * pause, 2000)) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof StoreBusy)) throw error;
      if (pause === 100) onBusy?.();
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

export async function ingestFiles(store: Store, files: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const known = await store.knownContentHashes();
  const bulk = files.length >= BULK_FROM && files.length > 2 * known.size;
  return bulk ? store.bulkLoad(() => ingestInto(store, files, known, options)) : ingestInto(store, files, known, options);
}

async function ingestInto(store: Store, files: readonly string[], known: Map<string, string>, options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { total: files.length, stored: 0, replaced: 0, unchanged: 0, failed: [], notes: [], comments: 0 };
  const batchSize = options.batchSize ?? 256;
  let batch: { item: StoreItem; file: string; replacing: boolean }[] = [];
  let comments = 0;
  let done = 0;

  const flush = async () => {
    if (batch.length === 0) return;
    const taken = batch;
    batch = [];
    comments = 0;
    const errors = await whenFree(() => store.writeDocuments(taken.map((b) => b.item)), options.onBusy);
    taken.forEach((b, i) => {
      const error = errors[i];
      if (error) summary.failed.push({ file: b.file, reason: `not stored: ${error}` });
      else {
        summary[b.replacing ? "replaced" : "stored"]++;
        summary.comments += b.item.doc.comments.length;
      }
    });
    options.onProgress?.(done, files.length);
  };

  // The sources each file in progress gave, to forget their hash should the file fail part way.
  const sourcesOf = new Map<string, string[]>();
  const onDocs = async (file: string, docs: ParsedDocument[], hash: string) => {
    const sources = sourcesOf.get(file) ?? [];
    sourcesOf.set(file, sources);
    for (const doc of docs) {
      sources.push(doc.source);
      batch.push({ item: { documentId: documentIdFor(doc.source), contentHash: hash, doc }, file, replacing: known.has(doc.source) });
      comments += doc.comments.length;
    }
    if (batch.length >= batchSize || comments >= BATCH_COMMENTS) await flush();
  };

  const onResult = async (result: PreparedDump) => {
    const sources = sourcesOf.get(result.file) ?? [];
    sourcesOf.delete(result.file);
    if (result.kind === "parsed" && result.note) summary.notes.push({ file: result.file, note: result.note });
    if (result.kind === "unchanged") summary.unchanged++;
    if (result.kind === "failed") {
      summary.failed.push({ file: result.file, reason: result.reason });
      // What was whole before the fault is stored, but the file is read again next time, to report it again.
      if (result.kept > 0) {
        await flush();
        await whenFree(() => store.forgetContentHashes(sources), options.onBusy);
      }
    }
    done++;
    if (done % batchSize === 0) options.onProgress?.(done, files.length);
  };

  // A file that holds several documents (`export.xml#thread-7`) stored one hash for all of them.
  const knownFiles = new Map([...known].map(([source, hash]) => [source.split("#")[0]!, hash]));
  await prepareInWorkers(files, (file) => knownFiles.get(basename(file)), onDocs, onResult, options);
  await flush();
  options.onProgress?.(files.length, files.length);
  return summary;
}
