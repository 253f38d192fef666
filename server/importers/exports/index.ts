// Platform exports that already know the tree: the format told from the content, then read
// with a real parser for it (saxes for XML, JSON.parse a document or a line at a time).
import type { ParsedDocument } from "../../../contract/contract";
import { readUtterances, convokitId } from "./convokit";
import { disqusId, readDisqus } from "./disqus";
import { hnId, readAlgoliaItem, readOfficialItems } from "./hacker-news";
import { readPushshift, readRedditThread, redditId } from "./reddit";
import { siteId, toDocument } from "./thread";
import { readWxr } from "./wordpress";
import { parseXml } from "./xml";
import { readContractDocuments } from "./contract-json";
import { isObject, type Json } from "./json";

export type ExportFormat = "wxr" | "disqus" | "reddit" | "pushshift" | "hacker-news" | "convokit" | "rethread";

/** The documents of an export; throws a one-line reason for anything that is not one of the formats. */
export function readExport(file: string, text: string, kind: "xml" | "json" | "jsonl"): ParsedDocument[] {
  if (kind === "xml") {
    const root = parseXml(text);
    if (root.children[0]?.name === "rss") {
      const { threads, site } = readWxr(root);
      return threads.map((t) => toDocument(file, t, siteId(site)));
    }
    if (root.children[0]?.name === "disqus") return readDisqus(root).map((t) => toDocument(file, t, disqusId));
    throw new Error(`XML that is neither a WordPress (WXR) nor a Disqus export (root <${root.children[0]?.name ?? "none"}>)`);
  }
  const records = kind === "json" ? [parseJson(text, null)] : text.split("\n").flatMap((line, i) => (line.trim() ? [parseJson(line, i + 1)] : []));
  if (kind === "jsonl") return readRecords(file, records.filter(isObject));
  const json = records[0];
  if (Array.isArray(json) && json.length === 2 && json.every((l) => isObject(l) && l.kind === "Listing")) return readRedditThread(json).threads.map((t) => toDocument(file, t, redditId));
  if (isObject(json) && Array.isArray(json.children) && (json.type === "story" || json.type === "comment")) return [toDocument(file, readAlgoliaItem(json), hnId)];
  if (Array.isArray(json)) return readRecords(file, json.filter(isObject));
  if (isObject(json) && Array.isArray(json.documents)) return readContractDocuments(json.documents);
  throw new Error("JSON that is none of the export formats (Reddit thread, Hacker News item, ConvoKit, Rethread documents)");
}

/** A list of records (an NDJSON file or a JSON array): told apart by the fields of the first. */
function readRecords(file: string, records: Json[]): ParsedDocument[] {
  const first = records[0];
  if (!first) throw new Error("no records");
  if ("comments" in first && "body" in first && "source" in first) return readContractDocuments(records);
  if ("conversation_id" in first || ("reply_to" in first && "speaker" in first)) return readUtterances(records).map((t) => toDocument(file, t, convokitId));
  if ("link_id" in first || ("subreddit" in first && ("body" in first || "selftext" in first))) return readPushshift(records).map((t) => toDocument(file, t, redditId));
  if ("by" in first || "kids" in first || first.type === "story" || first.type === "comment") return readOfficialItems(records).map((t) => toDocument(file, t, hnId));
  throw new Error(`records of no known export format (first has ${Object.keys(first).slice(0, 6).join(", ")})`);
}

function parseJson(text: string, line: number | null): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON${line ? ` on line ${line}` : ""} (${(error as Error).message})`);
  }
}
