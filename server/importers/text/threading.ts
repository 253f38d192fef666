// Rebuilds the reply tree of a flattened comment section from the traces it keeps:
// header lines, indentation, blank-line gaps and "in reply to" names.
import { listNumber } from "./lines";
import { withoutTrailingCard } from "./profile-cards";
import type { ParsedComment } from "../../../contract/contract";
import type { Line } from "./types";
import type { CommentHeader } from "./headers";

export type CommentEntry =
  | { kind: "header"; line: Line; header: CommentHeader }
  | { kind: "text"; line: Line }
  /** A reply link or similar that a page prints after each comment's text. */
  | { kind: "end"; line: Line };

export type ThreadNode = Pick<ParsedComment, "depth" | "author" | "authorSource" | "parentSource" | "replyTo" | "postedAt" | "postedAtText"> & {
  parent: ThreadNode | null;
  paragraphs: string[];
};

interface Open extends ThreadNode {
  hasHeader: boolean;
  /** Indentation of its text: set by its first paragraph. */
  textIndent: number | null;
  lastListNumber: number | null;
  /** Its reply link has passed: what follows before the next header is the page's, not the comment's. */
  closed: boolean;
}

/** One level of the indentation stack: the comment opened at `indent`, and where indentation alone would hang it. */
interface Frame {
  indent: number;
  node: Open;
  indentParent: Open | null;
}

/** The next number, at the same column, of the list a text tool numbered the headers in (a pingback among the comments). */
function continuesHeaderList(line: Line, last: { indent: number; number: number } | null): boolean {
  const number = listNumber(line.text);
  return last !== null && number !== undefined && line.indent === last.indent && number > last.number;
}
/** A name as "X in reply to Y." compares it: without the sentence's full stop, any case. */
const nameKey = (name: string) => name.replace(/\.$/, "").trim().toLowerCase();

/**
 * The latest comment by each name and at each depth so far: where a reply's parent is looked up
 * by name or by printed level, in constant time (a search back through every earlier comment
 * made a long thread of replies to absent names quadratic).
 */
class Latest {
  private byName = new Map<string, Open>();
  private byDepth: Open[] = [];
  /** A new comment, the latest at its depth (deeper ones before it belong to other branches). */
  add(node: Open): void {
    this.byDepth[node.depth] = node;
    this.byDepth.length = node.depth + 1;
    this.name(node);
  }
  /** A comment that has (now) a name. */
  name(node: Open): void {
    if (node.author !== null) this.byName.set(nameKey(node.author), node);
  }
  named(name: string): Open | null {
    return this.byName.get(nameKey(name)) ?? null;
  }
  atDepth(depth: number): Open | null {
    return this.byDepth[depth] ?? null;
  }
}

/**
 * Builds the tree in one pass, in document order, so a parent always precedes its replies.
 *
 * Indentation decides nesting when the dump keeps it (a deeper line opens a reply to the
 * comment above it). A paragraph belongs to the comment before it while its indentation
 * stays the same, unless a wider blank gap than usual separates them (a lost header).
 * "in reply to Y" names the parent when indentation cannot: in a flat dump it hangs the
 * reply under the nearest earlier comment by Y, and a parent that lost its header takes
 * Y as its inferred author.
 */
export function buildThread(entries: readonly CommentEntry[], options: { closeAtEnd?: boolean } = {}): ThreadNode[] {
  const nodes: Open[] = [];
  const frames: Frame[] = [];
  const gap = usualGap(entries);
  const latest = new Latest();
  /** The last header a text tool numbered ("5." at column 1), to tell the list's next item. */
  let lastNumbered: { indent: number; number: number } | null = null;

  const placeByIndent = (indent: number): Open | null => {
    while (frames.length > 0 && frames[frames.length - 1]!.indent > indent) frames.pop();
    const top = frames[frames.length - 1];
    if (top && top.indent === indent) {
      frames.pop();
      return top.indentParent;
    }
    return top ? top.node : null;
  };

  const open = (indent: number, parent: Open | null, indentParent: Open | null, fields: Partial<Open>): Open => {
    const node: Open = {
      parent,
      depth: parent ? parent.depth + 1 : 0,
      author: null,
      authorSource: null,
      parentSource: parent ? "indent" : "none",
      replyTo: null,
      postedAt: null,
      postedAtText: null,
      paragraphs: [],
      hasHeader: false,
      textIndent: null,
      lastListNumber: null,
      closed: false,
      ...fields,
    };
    frames.push({ indent, node, indentParent });
    nodes.push(node);
    latest.add(node);
    return node;
  };

  for (const entry of entries) {
    if (entry.kind === "header") {
      const h = entry.header;
      if (h.listNumber !== undefined) lastNumbered = { indent: entry.line.indent, number: h.listNumber };
      // A list marker before a header is layout: the comment's text starts where the header's does.
      const indent = entry.line.indent + (h.markerWidth ?? 0);
      const indentParent = placeByIndent(indent);
      const parent = h.level !== undefined ? (h.level === 0 ? null : latest.atDepth(h.level - 1)) : resolveParent(h, indentParent, nodes, latest);
      open(indent, parent, indentParent, {
        parentSource: parent === null ? "none" : h.level !== undefined ? "level" : parent === indentParent ? "indent" : "reply-to",
        author: h.author,
        authorSource: h.author === null ? null : "header",
        replyTo: h.replyTo,
        postedAt: h.time?.iso ?? null,
        postedAtText: h.time?.raw ?? null,
        hasHeader: true,
      });
      continue;
    }
    const current = nodes[nodes.length - 1];
    if (entry.kind === "end") {
      if (!current || !options.closeAtEnd) continue;
      // wpDiscuz's footer names the commenter once more, right above the reply link.
      if (entry.line.blanksBefore === 0 && current.paragraphs.length > 1 && current.paragraphs[current.paragraphs.length - 1] === current.author) current.paragraphs.pop();
      current.closed = true;
      continue;
    }
    // Between one comment's reply link and the next header: profile cards, forms, the page's footer.
    if (current?.closed) continue;
    const { indent } = entry.line;
    const text = entry.line.text;
    const number = listNumber(text);
    const continuesList = number !== undefined && current?.lastListNumber === number - 1;
    let node: Open;
    // A page's header block may stand deeper than its text (a list of name, time and links): there the first line after it is its text.
    if (current && current.hasHeader && current.textIndent === null && (indent >= frames[frames.length - 1]!.indent || options.closeAtEnd)) {
      node = current;
      node.textIndent = indent;
    } else if (current && current.textIndent === indent && (entry.line.blanksBefore <= gap || continuesList)) {
      node = current;
    } else if (current && options.closeAtEnd && !continuesHeaderList(entry.line, lastNumbered)) {
      // In a page every comment has a header: text up to the next one is more of it, at whatever depth (quotes, code, lists).
      // Only the next number of the list the headers are numbered in (a pingback among the comments) is one of its own.
      node = current;
    } else {
      // A page's numbered item stands where the headers' text does, past its number (as headers do).
      const item = options.closeAtEnd ? listNumber(text) : undefined;
      const at = item !== undefined ? indent + String(item).length + 2 : indent; // past "6. "
      const indentParent = placeByIndent(at);
      node = open(at, indentParent, indentParent, { textIndent: indent });
    }
    node.paragraphs.push(text);
    node.lastListNumber = number ?? null;
  }
  // In a page a header without text is a date in a sidebar or a deleted post: nothing to read.
  if (!options.closeAtEnd) return nodes;
  for (const node of nodes) if (node.author !== null) node.paragraphs.length = withoutTrailingCard(node.paragraphs, node.author);
  const parents = new Set(nodes.map((n) => n.parent));
  return nodes.filter((n) => n.paragraphs.length > 0 || parents.has(n));
}

function resolveParent(h: CommentHeader, indentParent: Open | null, nodes: readonly Open[], latest: Latest): Open | null {
  if (h.replyTo !== null) {
    if (indentParent) {
      if (indentParent.author === null) inferAuthor(indentParent, h.replyTo, latest);
      return indentParent;
    }
    const named = latest.named(h.replyTo);
    if (named) return named;
    // The parent is not named anywhere: it is most likely the comment just before, if that one lost its header.
    const previous = nodes[nodes.length - 1];
    if (previous && previous.author === null) {
      inferAuthor(previous, h.replyTo, latest);
      return previous;
    }
    return null;
  }
  if (h.isReply && !indentParent) return nodes[nodes.length - 1] ?? null;
  return indentParent;
}

function inferAuthor(node: Open, name: string, latest: Latest): void {
  node.author = name.replace(/\.$/, "").trim();
  node.authorSource = "inferred";
  latest.name(node);
}

/** The blank-line gap between paragraphs of one comment: the most common gap before text lines. */
function usualGap(entries: readonly CommentEntry[]): number {
  const counts = new Map<number, number>();
  for (const e of entries) if (e.kind === "text") counts.set(e.line.blanksBefore, (counts.get(e.line.blanksBefore) ?? 0) + 1);
  let best = 1;
  let bestCount = 0;
  for (const [gap, count] of counts) if (count > bestCount || (count === bestCount && gap > best)) [best, bestCount] = [gap, count];
  return Math.max(best, 1);
}
