// The document contract: what every importer produces, `npm run parse` prints
// (../shared/parse-contract.md, docs/parse-contract-extensions.md) and ingest stores.

export type BlockKind = "paragraph" | "heading" | "quote" | "list-item" | "caption";

export interface BodyBlock {
  kind: BlockKind;
  text: string;
}

export type AuthorSource = "header" | "inferred" | null;

/**
 * Where a comment's place in the tree came from: its indentation under the parent's header,
 * a "X in reply to Y" naming the parent, the depth the page printed ("level 3"), the nesting of
 * a saved page's markup, an export's own parent link, or nothing (top level). Documented in
 * docs/parse-contract-extensions.md.
 */
export type ParentSource = "indent" | "reply-to" | "level" | "markup" | "export" | "none";

export interface ParsedComment {
  id: string;
  parentId: string | null;
  depth: number;
  author: string | null;
  authorSource: AuthorSource;
  parentSource: ParentSource;
  replyTo: string | null;
  /** ISO 8601 local time as written (`2016-12-30T13:21`), or null when absent or relative. */
  postedAt: string | null;
  /** The time exactly as the dump wrote it ("2 months ago"), or null. */
  postedAtText: string | null;
  text: string;
}

export interface ParsedDocument {
  source: string;
  title: string | null;
  subtitle: string | null;
  site: string | null;
  body: BodyBlock[];
  /** Document order; every parent comes before its replies. */
  comments: ParsedComment[];
}
