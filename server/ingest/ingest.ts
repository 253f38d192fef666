// folder -> importers (worker threads) -> store (batched, each document whole or not at all).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { StoreBusy, type KnownDocument, type Store, type StoreItem } from "../../db/store";
import type { ParsedDocument } from "../../contract/contract";
import { IMPORTED_EXTENSIONS } from "../importers";
import type { PreparedDump } from "./prepare-dump";
import { identifyFiles, idAssigner } from "./file-names";
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
  /** The folder files are named from (`sub/x.txt`); by default the one they all lie in. */
  root?: string;
  /** Called when a write must wait for another writer (another ingest, a server building indexes), once per wait. */
  onBusy?: () => void;
}

/**
 * Every file in `dir` and its folders that an importer reads (by extension), sorted. Folders
 * reached through links are not followed (a link can loop); a link to a file is reported when
 * read, as is anything else that is not a regular file (read-dump.ts).
 */
export function listDumps(dir: string): string[] {
  const found: string[] = [];
  const folders = [dir];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) folders.push(path);
      else if (IMPORTED_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) found.push(path);
    }
  }
  return found.sort();
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
  const known = await store.knownDocuments();
  const bulk = files.length >= BULK_FROM && files.length > 2 * known.size;
  return bulk ? store.bulkLoad(() => ingestInto(store, files, known, options)) : ingestInto(store, files, known, options);
}

async function ingestInto(store: Store, files: readonly string[], known: Map<string, KnownDocument>, options: IngestOptions): Promise<IngestSummary> {
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

  const identities = identifyFiles(files, options.root, known);
  for (const [file, { note }] of identities) if (note) summary.notes.push({ file, note });
  const idFor = idAssigner(known);

  // The sources each file in progress gave, to forget their hash should the file fail part way.
  const sourcesOf = new Map<string, string[]>();
  const onDocs = async (file: string, docs: ParsedDocument[], hash: string) => {
    const sources = sourcesOf.get(file) ?? [];
    sourcesOf.set(file, sources);
    for (const doc of docs) {
      sources.push(doc.source);
      batch.push({ item: { documentId: idFor(doc.source), contentHash: hash, origin: identities.get(file)!.origin, doc }, file, replacing: known.has(doc.source) });
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

  await prepareInWorkers(files, (file) => identities.get(file)!, onDocs, onResult, options);
  await flush();
  options.onProgress?.(files.length, files.length);
  return summary;
}
