// The per-file half of ingest, run in worker threads: read, decode, hash, import.
import { createHash } from "node:crypto";
import type { ParsedDocument } from "../../contract/contract";
import { detectFormat, importFile, importerVersion, isStreamed, openExport } from "../importers";
import type { ExportKind } from "../importers/exports";
import { readDump, streamFile, type StreamedFile } from "./read-dump";

/** How a file ended; its documents went to the sink before. `kept` counts those of a file that failed part way. */
export type PreparedDump =
  | { kind: "parsed"; file: string; note?: string }
  | { kind: "unchanged"; file: string }
  | { kind: "failed"; file: string; reason: string; kept: number };

/** Where a file's documents go as they are read, a portion at a time, `hash` being the file's. */
export type DocumentSink = (docs: ParsedDocument[], hash: string) => void;

const hashPrefix = (importer: string) => `rethread-${importer}\n`;

/**
 * What a stored file was made from: its text and the importer that read it, so a better
 * importer reads every file again on the next ingest (changed ids then redirect, as for an edit).
 */
export function contentHash(text: string, importer: string): string {
  return createHash("sha256").update(hashPrefix(importer)).update(text).digest("hex");
}

/** `name` is what its documents' sources start with; `knownHash` what the database holds for it: equal means nothing to do. */
/** `alive` is called as an export is hashed and read, chunk by chunk, to show progress where no document is whole yet. */
export async function prepareDump(file: string, name: string, knownHash: string | undefined, sink: DocumentSink, alive: () => void = () => {}): Promise<PreparedDump> {
  const streamed = streamFile(file);
  if (!streamed.ok) return { kind: "failed", file, reason: streamed.reason, kept: 0 };
  const format = detectFormat(name, streamed.file.head);
  if (isStreamed(format)) return prepareExport(file, name, streamed.file, format, knownHash, sink, alive);
  const dump = readDump(file);
  if (!dump.ok) return { kind: "failed", file, reason: dump.reason, kept: 0 };
  const hash = contentHash(dump.text, importerVersion(format));
  if (hash === knownHash) return { kind: "unchanged", file };
  try {
    const docs = await importFile(name, dump.text, format);
    if (docs.length === 0) return { kind: "failed", file, reason: `no discussion found in this ${format} file`, kept: 0 };
    sink(docs, hash);
    return { kind: "parsed", file, ...(dump.note ? { note: dump.note } : {}) };
  } catch (error) {
    return { kind: "failed", file, reason: `${format} importer error: ${reasonOf(error)}`, kept: 0 };
  }
}

/** Documents handed on at most this many at a time (or this many comments), so memory holds a few, not the export. */
const PORTION_DOCS = 64;
const PORTION_COMMENTS = 20_000;

/**
 * An export, read a chunk at a time and handed on a portion of documents at a time: its size is
 * not bounded by memory. A document whole before a fault in the file is kept (and said so).
 */
async function prepareExport(file: string, name: string, streamed: StreamedFile, format: ExportKind, knownHash: string | undefined, sink: DocumentSink, alive: () => void): Promise<PreparedDump> {
  const hash = streamed.hash(hashPrefix(importerVersion(format)), alive);
  if (hash === knownHash) return { kind: "unchanged", file };
  let handed = 0;
  let portion: ParsedDocument[] = [];
  let comments = 0;
  const hand = (force = false) => {
    if (portion.length === 0 || (!force && portion.length < PORTION_DOCS && comments < PORTION_COMMENTS)) return;
    handed += portion.length;
    sink(portion, hash);
    portion = [];
    comments = 0;
  };
  const add = (doc: ParsedDocument) => {
    portion.push(doc);
    comments += doc.comments.length;
    hand();
  };
  try {
    const reader = await openExport(name, format);
    for (const chunk of streamed.text()) {
      reader.write(chunk).forEach(add);
      alive();
    }
    for (const doc of reader.end()) add(doc);
    hand(true);
  } catch (error) {
    hand(true);
    const before = handed > 0 ? ` (the ${handed} article${handed === 1 ? "" : "s"} whole before it were kept)` : "";
    return { kind: "failed", file, reason: `${format} importer error: ${reasonOf(error)}${before}`, kept: handed };
  }
  if (handed === 0) return { kind: "failed", file, reason: `no discussion found in this ${format} file`, kept: 0 };
  return { kind: "parsed", file };
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
