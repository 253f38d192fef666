// Platform exports that already know the tree: the format told from the content, then read
// with a real parser for it (saxes for XML; JSON.parse a line at a time; @streamparser/json for
// a JSON array), a chunk at a time. An export may be larger than memory: a document is handed
// on as soon as it is whole (a WordPress post, a line of Rethread's JSON Lines), and formats
// that interleave threads keep only the compact comments until the end (decision record 005).
import JSONParser from "@streamparser/json/jsonparser.js";
import type { ParsedDocument } from "../../../contract/contract";
import { readContractDocument } from "./contract-json";
import { convokitId, utteranceThreads } from "./convokit";
import { disqusId, disqusThreads } from "./disqus";
import { hnId, officialItemThreads, readAlgoliaItem } from "./hacker-news";
import { isObject, type Json } from "./json";
import { pushshiftThreads, readRedditThread, redditId } from "./reddit";
import { siteId, toDocument, type ExportedThread, type IdRule } from "./thread";
import { wxrSite, wxrThread } from "./wordpress";
import { xmlReader } from "./xml";

export type ExportKind = "xml" | "json" | "jsonl";

/** An export read a chunk at a time. */
export interface ExportReader {
  /** The documents this chunk made whole. */
  write(chunk: string): ParsedDocument[];
  /** The rest, made one at a time as they are taken (threads gathered from the whole file). */
  end(): Iterable<ParsedDocument>;
}

/** One record (a JSON line, an object read whole) larger than this is refused, not read into memory. */
export const MAX_RECORD_CHARS = 64 * 1024 * 1024;

/** Reads an export; throws a one-line reason for anything that is not one of the formats. */
export function exportReader(file: string, kind: ExportKind): ExportReader {
  return kind === "xml" ? xmlExport(file) : kind === "jsonl" ? jsonLinesExport(file) : jsonExport(file);
}

/** The documents of an export held whole in `text`. */
export function readExport(file: string, text: string, kind: ExportKind): ParsedDocument[] {
  const reader = exportReader(file, kind);
  return [...reader.write(text), ...reader.end()];
}

function xmlExport(file: string): ExportReader {
  let format: "wxr" | "disqus" | null = null;
  let site: { idOf: IdRule; name: string | null } | null = null;
  let whole: ParsedDocument[] = [];
  const disqus = disqusThreads();
  const xml = xmlReader({
    root(name) {
      if (name === "rss") format = "wxr";
      else if (name === "disqus") format = "disqus";
      else throw new Error(`XML that is neither a WordPress (WXR) nor a Disqus export (root <${name}>)`);
    },
    element(el, parent, depth) {
      if (format === "disqus") {
        if (depth === 1) disqus.add(el);
        return depth === 1;
      }
      if (el.name !== "item" || parent.name !== "channel") return false;
      if (!site) {
        const { key, name } = wxrSite(parent);
        site = { idOf: siteId(key), name };
      }
      const thread = wxrThread(el, site.name);
      if (thread) whole.push(toDocument(file, thread, site.idOf));
      return true;
    },
  });
  return {
    write(chunk) {
      xml.write(chunk);
      const done = whole;
      whole = [];
      return done;
    },
    *end() {
      xml.end();
      yield* whole;
      if (format === "disqus") yield* documents(file, disqus.threads(), disqusId);
    },
  };
}

function* documents(file: string, threads: ExportedThread[], idOf: IdRule): Iterable<ParsedDocument> {
  for (const thread of threads) yield toDocument(file, thread, idOf);
}

/** A list of records (JSON Lines or a JSON array), its format told by the fields of the first. */
interface RecordsReader {
  add(record: Json): ParsedDocument[];
  end(): Iterable<ParsedDocument>;
}

function recordsReader(file: string, first: Json): RecordsReader {
  const grouped = (threads: { add(record: Json): void; threads(): ExportedThread[] }, idOf: IdRule): RecordsReader => ({
    add(record) {
      threads.add(record);
      return [];
    },
    end: () => documents(file, threads.threads(), idOf),
  });
  if ("comments" in first && "body" in first && "source" in first) {
    let n = 0;
    return { add: (record) => [readContractDocument(record, ++n)], end: () => [] };
  }
  if ("conversation_id" in first || ("reply_to" in first && "speaker" in first)) return grouped(utteranceThreads(), convokitId);
  if ("link_id" in first || ("subreddit" in first && ("body" in first || "selftext" in first))) return grouped(pushshiftThreads(), redditId);
  if ("by" in first || "kids" in first || first.type === "story" || first.type === "comment") return grouped(officialItemThreads(), hnId);
  throw new Error(`records of no known export format (first has ${Object.keys(first).slice(0, 6).join(", ")})`);
}

/** Records one at a time; values that are not objects are skipped, as they hold no comment. */
function recordSink(file: string) {
  let reader: RecordsReader | null = null;
  return {
    add(record: unknown): ParsedDocument[] {
      if (!isObject(record)) return [];
      reader ??= recordsReader(file, record);
      return reader.add(record);
    },
    end(): Iterable<ParsedDocument> {
      if (!reader) throw new Error("no records");
      return reader.end();
    },
  };
}

function jsonLinesExport(file: string): ExportReader {
  const records = recordSink(file);
  // The unfinished last line, in pieces: a long line is joined once, not at every chunk.
  let pending: string[] = [];
  let pendingLength = 0;
  let line = 0;
  const take = (text: string): ParsedDocument[] => {
    line++;
    return text.trim() ? records.add(parseJson(text, line)) : [];
  };
  return {
    write(chunk) {
      const lastBreak = chunk.lastIndexOf("\n");
      if (lastBreak < 0) {
        pending.push(chunk);
        pendingLength += chunk.length;
        if (pendingLength > MAX_RECORD_CHARS) throw new Error(`line ${line + 1} is longer than ${MAX_RECORD_CHARS / 2 ** 20} MB: not one record a line`);
        return [];
      }
      const lines = (pending.join("") + chunk.slice(0, lastBreak)).split("\n");
      pending = [chunk.slice(lastBreak + 1)];
      pendingLength = pending[0]!.length;
      return lines.flatMap(take);
    },
    *end() {
      yield* take(pending.join(""));
      yield* records.end();
    },
  };
}

/**
 * A JSON document. An array streams an element at a time: records, or Reddit's pair of
 * listings (one thread, each listing whole). An object (a Hacker News item, Rethread's
 * documents) is one thread or one export of Rethread's, read whole up to MAX_RECORD_CHARS.
 */
function jsonExport(file: string): ExportReader {
  let mode: "array" | "object" | null = null;
  const chunks: string[] = [];
  let size = 0;
  const records = recordSink(file);
  const listings: unknown[] = [];
  let whole: ParsedDocument[] = [];
  const array = new JSONParser({ paths: ["$.*"], keepStack: false });
  let readerError: unknown = null;
  array.onValue = ({ value }) => {
    try {
      if (listings.length > 0 || (isObject(value) && value.kind === "Listing")) listings.push(value);
      else whole.push(...records.add(value));
    } catch (error) {
      throw (readerError = error);
    }
  };
  // What the readers throw passes through; anything else is the JSON parser's.
  const parse = (step: () => void) => {
    try {
      step();
    } catch (error) {
      throw error === readerError ? error : new Error(`not valid JSON (${(error as Error).message})`);
    }
  };
  return {
    write(chunk) {
      mode ??= chunk.trimStart().startsWith("[") ? "array" : chunk.trim() ? "object" : null;
      if (mode === "array") parse(() => array.write(chunk));
      else {
        chunks.push(chunk);
        size += chunk.length;
        if (size > MAX_RECORD_CHARS) throw new Error(`a JSON object over ${MAX_RECORD_CHARS / 2 ** 20} MB is not read whole: give its records as an array or one a line`);
      }
      const done = whole;
      whole = [];
      return done;
    },
    *end() {
      if (mode === "array") {
        if (!array.isEnded) parse(() => array.end());
        yield* whole;
        if (listings.length > 0) yield* readRedditThread(listings).threads.map((t) => toDocument(file, t, redditId));
        else yield* records.end();
        return;
      }
      const json = parseJson(chunks.join(""), null);
      if (isObject(json) && Array.isArray(json.children) && (json.type === "story" || json.type === "comment")) yield toDocument(file, readAlgoliaItem(json), hnId);
      else if (isObject(json) && Array.isArray(json.documents)) yield* json.documents.map((d, i) => readContractDocument(d, i + 1));
      else throw new Error("JSON that is none of the export formats (Reddit thread, Hacker News item, ConvoKit, Rethread documents)");
    },
  };
}

function parseJson(text: string, line: number | null): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON${line ? ` on line ${line}` : ""} (${(error as Error).message})`);
  }
}
