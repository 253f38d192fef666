// The per-file half of ingest, run in worker threads: read, decode, hash, import.
import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { ParsedDocument } from "../../contract/contract";
import { detectFormat, importFile, importerVersion } from "../importers";
import { readDump } from "./read-dump";

export type PreparedDump =
  | { kind: "parsed"; file: string; hash: string; docs: ParsedDocument[]; note?: string }
  | { kind: "unchanged"; file: string }
  | { kind: "failed"; file: string; reason: string };

/**
 * What a stored file was made from: its text and the importer that read it, so a better
 * importer reads every file again on the next ingest (changed ids then redirect, as for an edit).
 */
export function contentHash(text: string, importer: string): string {
  return createHash("sha256").update(`rethread-${importer}\n`).update(text).digest("hex");
}

/** `knownHash` is what the database holds for this file's name: equal means nothing to do. */
export async function prepareDump(file: string, knownHash: string | undefined): Promise<PreparedDump> {
  const dump = readDump(file);
  if (!dump.ok) return { kind: "failed", file, reason: dump.reason };
  const name = basename(file);
  const format = detectFormat(name, dump.text);
  const hash = contentHash(dump.text, importerVersion(format));
  if (hash === knownHash) return { kind: "unchanged", file };
  try {
    const docs = await importFile(name, dump.text, format);
    if (docs.length === 0) return { kind: "failed", file, reason: `no discussion found in this ${format} file` };
    return { kind: "parsed", file, hash, docs, ...(dump.note ? { note: dump.note } : {}) };
  } catch (error) {
    return { kind: "failed", file, reason: `${format} importer error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
