// text -> ParsedDocument (../shared/parse-contract.md). Pure: no I/O, no framework imports.
import { buildArticle, isCaption } from "./article";
import { findConsentWall, isFurniture, siteFromLine, titleFromTrailer } from "./boilerplate";
import { countNameOverTime, isCommentResidue, matchCommentHeader, matchNameOverTime, matchTimeOnlyHeader, type CommentHeader } from "./headers";
import { splitLines } from "./lines";
import { buildThread, type CommentEntry } from "./threading";
import { commentIdAssigner } from "./ids";
import type { Line, ParsedComment, ParsedDocument } from "./types";

export type { ParsedDocument, ParsedComment, BodyBlock, BlockKind } from "./types";

/** "12 comments", "3 thoughts on “Title”": where a comment section announces itself. */
const SECTION_MARKER = /^(?:(?:\d+|one|no) (?:thoughts?|responses?|repl(?:y|ies)|comments?)(?: (?:on|to) .+)?|comments?(?: \(\d+\))?|discussion|reader comments|join the discussion):?$/i;

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
    if (wall.has(i) || isFurniture(line.text)) {
      site ??= siteFromLine(line.text);
      trailerTitle ??= titleFromTrailer(line.text);
      continue;
    }
    if (i < start) articleLines.push(line);
    else if (!isCommentResidue(line.text)) entries.push({ kind: "text", line });
  }

  const article = buildArticle(articleLines, trailerTitle);
  return { source, ...article, site, comments: toComments(source, buildThread(entries)) };
}

/**
 * Comments begin at the first header, or earlier at a section marker such as "12 comments"
 * when one stands after some article text: what follows it is comments even where their
 * headers were lost.
 */
function commentSectionStart(lines: readonly Line[], firstHeader: number): number {
  const limit = firstHeader < 0 ? lines.length : firstHeader;
  // Past the first few lines, so a "Comments" link in the page's navigation is not taken for the section.
  for (let i = 3; i < limit; i++) {
    const text = lines[i]!.text;
    if (text.length < 120 && SECTION_MARKER.test(text) && !/^(?:no|0) /i.test(text) && !isCaption(text)) return i;
  }
  return limit;
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
      replyTo: node.replyTo,
      postedAt: node.postedAt,
      postedAtText: node.postedAtText,
      text,
    };
  });
}
