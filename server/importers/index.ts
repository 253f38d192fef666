// Every door a discussion comes through: a file's format, told by its name and its first bytes,
// and the importer that reads it into documents (one for a dump or a page, many for an export).
// Pure: no I/O; the caller reads and decodes the file (an export, a chunk at a time). The page and export importers (linkedom,
// Readability, saxes) load on first use: a run over text dumps never pays their start-up.
import type { ParsedDocument } from "../../contract/contract";
import type { ExportKind, ExportReader } from "./exports";
import { sniffExport } from "./exports/sniff";
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

/** The importer for `format`, loaded on first use: it reads a file's text into its documents, in order. */
export async function importerFor(format: Format): Promise<(name: string, text: string) => ParsedDocument[]> {
  switch (format) {
    case "text":
      return (name, text) => [parseDocument(name, text)];
    case "html": {
      const { importHtml } = await import("./html");
      return (name, text) => [importHtml(name, text)];
    }
    default: {
      const { readExport } = await import("./exports");
      return (name, text) => readExport(name, text, format);
    }
  }
}

/** Formats read a chunk at a time by `openExport`, so a file larger than memory can be read. */
export const isStreamed = (format: Format): format is ExportKind => format === "xml" || format === "json" || format === "jsonl";

/** A reader for an export, loaded on first use; see exports/index.ts. */
export async function openExport(name: string, format: ExportKind): Promise<ExportReader> {
  const { exportReader } = await import("./exports");
  return exportReader(name, format);
}

/** The documents a file holds, in its order. */
export async function importFile(name: string, text: string, format: Format = detectFormat(name, text)): Promise<ParsedDocument[]> {
  return (await importerFor(format))(name, text);
}
