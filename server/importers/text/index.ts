// text -> ParsedDocument (../shared/parse-contract.md). Pure: no I/O, no framework imports.
import { buildArticle } from "./article";
import { findConsentWall, isFurniture, siteFromLine, titleFromTrailer } from "./boilerplate";
import { countNameOverTime, matchCommentHeader, matchNameOverTime, matchTimeOnlyHeader, type CommentHeader } from "./headers";
import { isCommentEnd, isCommentResidue } from "./residue";
import { joinWrapped, listMarkerWidth, splitLines, wrapWidth } from "./lines";
import { dropSignatures, findPageHeaders, findSectionMarker, isOpeningPost, SECTION_MARKER, withoutFooter } from "./page-sections";
import { buildThread, type CommentEntry } from "./threading";
import { commentIdAssigner } from "../../../contract/ids";
import type { ParsedComment, ParsedDocument } from "../../../contract/contract";
import type { Line } from "./types";

/** Raised whenever the parser's output for the same text changes: stored dumps are parsed again. */
export const PARSER_VERSION = 2;

export function parseDocument(source: string, raw: string): ParsedDocument {
  const lines = splitLines(raw);
  const headers = new Map<number, CommentHeader>();
  let firstHeader = -1;
  const nameOverTime = countNameOverTime(lines) >= 2;
  for (let i = 0; i < lines.length; i++) {
    const header =
      matchCommentHeader(lines, i) ??
      (nameOverTime ? matchNameOverTime(lines, i) : null) ??
      (firstHeader >= 0 ? matchTimeOnlyHeader(lines[i]!.text) : null);
    if (!header) continue;
    headers.set(i, header);
    if (firstHeader < 0) firstHeader = i;
    i += header.lineCount - 1;
  }
  // Pages flattened by browsers and text tools: their headers, and reply links that end each comment.
  const section = findPageHeaders(lines, headers);
  const pageMode = section !== null;
  if (pageMode) firstHeader = [...headers.keys()][0]!;
  const start = commentSectionStart(lines, firstHeader);
  const wall = findConsentWall(lines);

  let site: string | null = null;
  let trailerTitle: string | null = null;
  const articleLines: Line[] = [];
  const entries: CommentEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = headers.get(i);
    if (header) {
      entries.push({ kind: "header", line, header });
      i += header.lineCount - 1;
      continue;
    }
    if (pageMode && i > start && isCommentEnd(line.text)) {
      entries.push({ kind: "end", line });
      continue;
    }
    if (wall.has(i) || isFurniture(line.text)) {
      site ??= siteFromLine(line.text);
      trailerTitle ??= titleFromTrailer(line.text);
      continue;
    }
    if (i < start) articleLines.push(line);
    else if (section && i >= section.end) continue; // the page's footer
    // In a page, what stands between the section's start and its first header is its chrome: sort menus, the form.
    else if (pageMode && i < firstHeader) continue;
    else if (i === start && SECTION_MARKER.test(line.text)) continue;
    else if (!isCommentResidue(line.text.slice(listMarkerWidth(line.text)))) entries.push({ kind: "text", line });
  }

  const width = wrapWidth(lines);
  const nodes = buildThread(joinWrappedText(pageMode ? withoutFooter(entries) : entries, width), { closeAtEnd: pageMode });
  // The headline stands before a forum's opening post, never inside it.
  const headlineWithin = articleLines.length;
  if (section?.forum) dropSignatures(nodes);
  // A forum thread's opening post is what the thread is about: its article.
  if (section?.forum && nodes.length > 0 && !nodes.some((n) => n.parent === nodes[0]) && isOpeningPost(lines, headers, articleLines)) {
    const opening = nodes.shift()!;
    articleLines.push(...opening.paragraphs.map((text) => ({ indent: 0, text, blanksBefore: 1 })));
  }
  const article = buildArticle(articleLines, trailerTitle, pageMode ? { lines, headlineWithin } : null, width);
  dropFooterTail(nodes);
  return { source, ...article, site, comments: toComments(source, nodes) };
}

/** "1 2 3 … 5 Weiter »": a page's list of comment pages. */
const PAGINATION = /^(?:[\d\s.…·|«‹<]+)(?:\s*(?:next|weiter|siguiente|suivant|successivo|older|newer|more)\b)?\s*[»›>]?$/i;
/** A line of a menu, a form or a widget: short, and not a sentence. */
const isLabel = (paragraph: string) => paragraph.length <= 40 && !/[.!?…"”)]$/.test(paragraph);

/**
 * What a page prints after its comments that no rule above took for its footer (a sidebar, a
 * reply form, the list of comment pages) ends the thread as one last comment without a name.
 * Where most comments have names, a nameless last one that is all labels and links (most of its
 * paragraphs short and no sentences) or only page numbers is the page's footer, and is dropped.
 */
function dropFooterTail(nodes: ReturnType<typeof buildThread>): void {
  const named = nodes.filter((n) => n.author !== null).length;
  while (nodes.length > 1 && named >= 0.6 * nodes.length) {
    const last = nodes[nodes.length - 1]!;
    if (last.author !== null) return;
    const paragraphs = last.paragraphs;
    const labels = paragraphs.filter(isLabel).length;
    const pages = paragraphs.every((p) => PAGINATION.test(p) && /\d/.test(p));
    if (!pages && !(paragraphs.length >= 3 && labels >= 0.6 * paragraphs.length)) return;
    nodes.pop();
  }
}

/** Comment text lines broken by a text tool's wrapping, joined back; headers and ends stay as they are. */
function joinWrappedText(entries: CommentEntry[], width: number | null): CommentEntry[] {
  if (width === null) return entries;
  const out: CommentEntry[] = [];
  for (let k = 0; k < entries.length; ) {
    if (entries[k]!.kind !== "text") {
      out.push(entries[k++]!);
      continue;
    }
    const run: Line[] = [];
    while (k < entries.length && entries[k]!.kind === "text") run.push(entries[k++]!.line);
    for (const line of joinWrapped(run, width)) out.push({ kind: "text", line });
  }
  return out;
}

/**
 * Comments begin at the first header, or earlier at a section marker such as "12 comments"
 * when one stands after some article text: what follows it is comments even where their
 * headers were lost.
 */
function commentSectionStart(lines: readonly Line[], firstHeader: number): number {
  const limit = firstHeader < 0 ? lines.length : firstHeader;
  const marker = findSectionMarker(lines, limit);
  return marker >= 0 ? marker : limit;
}

function toComments(source: string, nodes: ReturnType<typeof buildThread>): ParsedComment[] {
  const idFor = commentIdAssigner(source);
  const ids = new Map<(typeof nodes)[number], string>();
  return nodes.map((node) => {
    const text = node.paragraphs.join("\n\n");
    // Only a name the comment's own header gave is part of its identity: inferred names may improve.
    const id = idFor(node.authorSource === "header" ? node.author : null, text);
    ids.set(node, id);
    return {
      id,
      parentId: node.parent ? ids.get(node.parent)! : null,
      depth: node.depth,
      author: node.author,
      authorSource: node.authorSource,
      parentSource: node.parentSource,
      replyTo: node.replyTo,
      postedAt: node.postedAt,
      postedAtText: node.postedAtText,
      text,
    };
  });
}
