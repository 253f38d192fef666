// The per-file half of ingest, run in worker threads: read, decode, hash, parse.
import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { ParsedDocument } from "../document/contract";
import { PARSER_VERSION, parseDocument } from "../importers/text";
import { readDump } from "./read-dump";

export type PreparedDump =
  | { kind: "parsed"; file: string; hash: string; doc: ParsedDocument; note?: string }
  | { kind: "unchanged"; file: string }
  | { kind: "failed"; file: string; reason: string };

/**
 * What a stored dump was made from: its text and the parser that read it, so a better parser
 * reads every dump again on the next ingest (changed ids then redirect, as for an edited dump).
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(`rethread-parser-${PARSER_VERSION}\n`).update(text).digest("hex");
}

/** `knownHash` is what the database holds for this file's name: equal means nothing to do. */
export function prepareDump(file: string, knownHash: string | undefined): PreparedDump {
  const dump = readDump(file);
  if (!dump.ok) return { kind: "failed", file, reason: dump.reason };
  const hash = contentHash(dump.text);
  if (hash === knownHash) return { kind: "unchanged", file };
  try {
    return { kind: "parsed", file, hash, doc: parseDocument(basename(file), dump.text), ...(dump.note ? { note: dump.note } : {}) };
  } catch (error) {
    return { kind: "failed", file, reason: `parser error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
