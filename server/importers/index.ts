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
  const head = text.slice(0, 4096);
  const byName = /\.xml$/i.test(name) ? "xml" : /\.json$/i.test(name) ? "json" : /\.(?:jsonl|ndjson)$/i.test(name) ? "jsonl" : null;
  // An export by its name is read as that format (a wrong one is then reported as what it is not).
  if (byName) return byName === "json" && sniffExport(head) === "jsonl" ? "jsonl" : byName;
  if (sniffExport(head) === "xml") return "xml"; // an export saved as .txt is still an export
  const start = head.trimStart().toLowerCase();
  // Browsers put a "saved from url" comment before the page.
  if (/\.html?$/i.test(name) || (start.startsWith("<") && /<!doctype html|<html[\s>]/.test(start))) return "html";
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
