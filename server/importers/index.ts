// Every door a discussion comes through: a file's format, told by its name and its first bytes,
// and the importer that reads it into documents (one for a dump or a page, many for an export).
// Pure: no I/O; the caller reads and decodes the file.
import type { ParsedDocument } from "../../contract/contract";
import { readExport, sniffExport } from "./exports";
import { importHtml } from "./html";
import { PARSER_VERSION, parseDocument } from "./text";

export type Format = "text" | "html" | "xml" | "json" | "jsonl";

/** Extensions ingest picks up in a folder. */
export const IMPORTED_EXTENSIONS = [".txt", ".html", ".htm", ".xml", ".json", ".jsonl", ".ndjson"] as const;

/** Raised when an importer's output for the same input changes: stored files are read again. */
const VERSIONS: Record<Format, number> = { text: PARSER_VERSION, html: 1, xml: 1, json: 1, jsonl: 1 };

export function importerVersion(format: Format): string {
  return `${format}-${VERSIONS[format]}`;
}

/** The format of a file: its content where that is telling (a page saved as `.txt`), else its name. */
export function detectFormat(name: string, text: string): Format {
  const exported = sniffExport(text.slice(0, 4096));
  if (exported && !/\.(?:txt|html?)$/i.test(name)) return exported;
  if (exported === "xml") return exported; // an export saved as .txt is still an export
  // An export by its name that does not look like one is read as that format, to say what is wrong with it.
  const byName = /\.xml$/i.test(name) ? "xml" : /\.json$/i.test(name) ? "json" : /\.(?:jsonl|ndjson)$/i.test(name) ? "jsonl" : null;
  if (byName) return byName;
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  // Browsers put a "saved from url" comment before the page.
  if (/\.html?$/i.test(name) || (head.startsWith("<") && /<!doctype html|<html[\s>]/.test(head))) return "html";
  return "text";
}

/** The documents a file holds, in its order. */
export function importFile(name: string, text: string, format: Format = detectFormat(name, text)): ParsedDocument[] {
  switch (format) {
    case "html":
      return [importHtml(name, text)];
    case "text":
      return [parseDocument(name, text)];
    default:
      return readExport(name, text, format);
  }
}
