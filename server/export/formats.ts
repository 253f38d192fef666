// Stored documents -> what researchers load: Rethread's own JSON Lines (the contract shape, read
// back by the exports importer), CSV (one row a comment) and a ConvoKit corpus. Pure: strings in,
// strings out; the CLI and the download route write them.
import { stringify } from "csv-stringify/sync";
import type { ParsedDocument } from "../../contract/contract";

/** A stored document with the id its article page has. */
export interface ExportedDocument {
  id: string;
  doc: ParsedDocument;
}

/** One contract document a line; `npm run ingest` reads it back with the same comment ids. */
export function toJsonl(documents: readonly ExportedDocument[]): string {
  return documents.map(({ doc }) => JSON.stringify(doc)).join("\n") + (documents.length ? "\n" : "");
}

/** One row a comment, with a header row; text as stored (paragraphs apart by a blank line). */
export function toCsv(documents: readonly ExportedDocument[]): string {
  const rows = documents.flatMap(({ id, doc }) => doc.comments.map((c) => [id, c.id, c.parentId ?? "", c.depth, c.author ?? "", c.postedAt ?? c.postedAtText ?? "", c.text]));
  return stringify([["article_id", "id", "parent_id", "depth", "author", "time", "text"], ...rows]);
}

/** The five files of a ConvoKit corpus (https://convokit.cornell.edu/documentation/data_format.html). */
export type ConvokitFiles = Record<"utterances.jsonl" | "speakers.json" | "conversations.json" | "corpus.json" | "index.json", string>;

/** Speaker of comments whose author the source lost: ConvoKit needs one. */
export const UNKNOWN_SPEAKER = "[unknown]";
/** Speaker of each conversation's root, the article. */
const ARTICLE_SPEAKER = "[article]";

/**
 * A ConvoKit corpus: a conversation an article, its root utterance the article (id = the
 * article's id; title, site, source and body in its meta), every comment an utterance replying
 * to its parent or to the root. Times become Unix seconds where the source gave an absolute one.
 */
export function toConvokit(documents: readonly ExportedDocument[]): ConvokitFiles {
  const utterances: Record<string, unknown>[] = [];
  const speakers = new Set<string>();
  const conversations: Record<string, { meta: Record<string, unknown>; vectors: [] }> = {};
  for (const { id, doc } of documents) {
    const meta = { title: doc.title, site: doc.site, source: doc.source, body: doc.body };
    conversations[id] = { meta: { title: doc.title, site: doc.site, source: doc.source }, vectors: [] };
    speakers.add(ARTICLE_SPEAKER);
    utterances.push({ id, speaker: ARTICLE_SPEAKER, conversation_id: id, reply_to: null, timestamp: null, text: doc.body.map((b) => b.text).join("\n\n"), meta, vectors: [] });
    for (const c of doc.comments) {
      const speaker = c.author ?? UNKNOWN_SPEAKER;
      speakers.add(speaker);
      const seconds = c.postedAt ? Date.parse(`${c.postedAt.length === 10 ? `${c.postedAt}T00:00` : c.postedAt}Z`) / 1000 : NaN;
      utterances.push({
        id: c.id,
        speaker,
        conversation_id: id,
        reply_to: c.parentId ?? id,
        timestamp: Number.isFinite(seconds) ? seconds : null,
        text: c.text,
        meta: { postedAt: c.postedAt, postedAtText: c.postedAtText, depth: c.depth, parentSource: c.parentSource },
        vectors: [],
      });
    }
  }
  const index = {
    "utterances-index": metaIndex(utterances.map((u) => u.meta as Record<string, unknown>)),
    "speakers-index": {},
    "conversations-index": metaIndex(Object.values(conversations).map((c) => c.meta)),
    "overall-index": {},
    version: 1,
    vectors: [],
  };
  return {
    "utterances.jsonl": utterances.map((u) => JSON.stringify(u)).join("\n") + "\n",
    "speakers.json": JSON.stringify(Object.fromEntries([...speakers].map((s) => [s, { meta: {}, vectors: [] }]))),
    "conversations.json": JSON.stringify(conversations),
    "corpus.json": JSON.stringify({}),
    "index.json": JSON.stringify(index),
  };
}

/** ConvoKit's index: every meta key with the Python types its values have. */
function metaIndex(metas: readonly Record<string, unknown>[]): Record<string, string[]> {
  const types = new Map<string, Set<string>>();
  for (const meta of metas) {
    for (const [key, value] of Object.entries(meta)) {
      const type = value === null ? "NoneType" : Array.isArray(value) ? "list" : typeof value === "number" ? (Number.isInteger(value) ? "int" : "float") : typeof value === "object" ? "dict" : typeof value === "boolean" ? "bool" : "str";
      types.set(key, (types.get(key) ?? new Set()).add(`<class '${type}'>`));
    }
  }
  return Object.fromEntries([...types].map(([k, v]) => [k, [...v]]));
}
