// text -> ParsedDocument (../shared/parse-contract.md). Pure: no I/O, no framework imports.
import { buildArticle, isCaption } from "./article";
import { findConsentWall, isFurniture, siteFromLine, titleFromTrailer } from "./boilerplate";
import { countNameOverTime, isCommentEnd, matchDoubledName, withNameAbove, isCommentResidue, listMarkerWidth, matchCommentHeader, matchLevelHeader, matchNameOverTime, matchTimeHeader, matchTimeOnlyHeader, type CommentHeader } from "./headers";
import { splitLines } from "./lines";
import { isCardLabel, readProfileCard } from "./profile-cards";
import { buildThread, type CommentEntry } from "./threading";
import { commentIdAssigner } from "./ids";
import type { Line, ParsedComment, ParsedDocument } from "./types";

export type { ParsedDocument, ParsedComment, BodyBlock, BlockKind } from "./types";

/** "12 comments", "3 thoughts on “Title”", "33 Leser-Kommentare", "1 Meinungen:": where a comment section announces itself. */
const SECTION_MARKER = /^(?:(?:\d+|one|no|ein|eine|un|une|uno|una) (?:[\p{L}-]+[ -])?(?:thoughts?|responses?|repl(?:y|ies)|comments?|kommentare?|kommentar themen|meinungen|antworten|gedanken|commentaires?|réponses?|comentarios?|respuestas?|commenti|reacties)(?: (?:on|to|zu|à|sur|a|en|a) .+| .{1,80})?|comments?(?: \(\d+\))?|kommentare?(?: \(\d+\))?|commentaires?|comentarios?|discussion|reader comments|join the discussion):?$/iu;

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
  const pageMode = findPageHeaders(lines, headers);
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
    // In a page, what stands between the section's start and its first header is its chrome: sort menus, the form.
    else if (pageMode && i < firstHeader) continue;
    else if (i === start && SECTION_MARKER.test(line.text)) continue;
    else if (!isCommentResidue(line.text.slice(listMarkerWidth(line.text)))) entries.push({ kind: "text", line });
  }

  const nodes = buildThread(pageMode ? withoutFooter(entries) : entries, { closeAtEnd: pageMode });
  // A forum thread's opening post is what the thread is about: its article.
  if (pageMode && nodes.length > 0 && !nodes.some((n) => n.parent === nodes[0]) && isOpeningPost(lines, headers, articleLines)) {
    const opening = nodes.shift()!;
    articleLines.push(...opening.paragraphs.map((text) => ({ indent: 0, text, blanksBefore: 1 })));
  }
  const article = buildArticle(articleLines, trailerTitle);
  return { source, ...article, site, comments: toComments(source, nodes) };
}

/**
 * Whether a page's first comment is a forum thread's opening post: the page reads as a forum
 * (posts answering "Re: subject", numbered "#2", profile cards), the text before the first post
 * has no prose of its own, and the page is the thread's first (its first post is not "#21").
 */
function isOpeningPost(lines: readonly Line[], headers: Map<number, CommentHeader>, articleLines: readonly Line[]): boolean {
  const prose = articleLines.filter((l) => l.text.length >= 80 && /[.!?]/.test(l.text)).length;
  if (prose >= 2) return false;
  let forum = 0;
  let firstNumber: number | null = null;
  const [first, second] = [...headers.keys()];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text.slice(listMarkerWidth(lines[i]!.text));
    if (/^(?:re|aw|antw|rép|resp|odp):\s/i.test(text) || isCardLabel(text)) forum++;
    const number = /^(?:post\s*)?#(\d+)$/i.exec(text);
    if (number) {
      forum++;
      if (firstNumber === null && first !== undefined && i >= first && (second === undefined || i < second)) firstNumber = Number(number[1]);
    }
  }
  return forum >= 2 && (firstNumber === null || firstNumber <= 1);
}

/**
 * Headers of pages flattened by browsers and text tools (times inside lines, Reddit's levels),
 * looked for where the formats above found none: after the section's marker, or where several
 * such headers stand close together (an article's lone dateline does not start a section).
 */
function findPageHeaders(lines: readonly Line[], headers: Map<number, CommentHeader>): boolean {
  const found: [number, CommentHeader][] = [];
  // Where the formats above found headers, these take over only with levels the page printed.
  const levelsOnly = headers.size >= 2;
  const marker = findSectionMarker(lines, lines.length);
  for (let i = 0; i < lines.length; i++) {
    const level = matchLevelHeader(lines, i) ?? (levelsOnly ? null : matchDoubledName(lines, i));
    const timed = level || levelsOnly ? null : matchTimeHeader(lines, i, marker >= 0 && i > marker);
    if (!level && !timed) continue;
    // "Mitglied seit" / "12. Juni 2017": a date that a label above makes a profile field.
    if (timed && timed.author === null && i > 0 && isCardLabel(lines[i - 1]!.text)) continue;
    const previous = found[found.length - 1];
    const previousEnd = previous ? previous[0] + previous[1].lineCount : 0;
    // A forum post's profile card names its author; else a name line just above or below the time.
    const card = level ? null : readProfileCard(lines, i, timed!);
    let { start, header } = level
      ? { start: i, header: level }
      : card?.author
        ? { start: i - Math.min(card.before, i - previousEnd), header: { ...timed!, author: card.author, lineCount: timed!.lineCount + Math.min(card.before, i - previousEnd) + card.after } }
        : withNameAbove(lines, i, timed!);
    // A date printed twice around a post number ("Sep 14, 2017" / "#2" / "Sep 14, 2017") is one header,
    // and so are a date and the name just after it (wpDiscuz: "19. Februar 2017 20:00" / "FranziFranzi").
    const between = previous ? lines.slice(previousEnd, start).every((l) => isCommentResidue(l.text)) : false;
    if (previous && between && (header.author === null || (previous[1].author === null && header.time === null))) {
      previous[1] = { ...previous[1], author: previous[1].author ?? header.author, lineCount: start + header.lineCount - previous[0] };
      i = start + header.lineCount - 1;
      continue;
    }
    found.push([start, header]);
    i = start + header.lineCount - 1;
  }
  if (found.length === 0) return false;
  let from = marker >= 0 ? marker : found[0]![0];
  if (marker < 0) {
    // Leading candidates far from the rest are datelines and bylines of the article.
    const gaps = found.slice(1).map(([i], k) => i - found[k]![0]).sort((a, b) => a - b);
    const usual = gaps[Math.floor(gaps.length / 2)]!;
    let k = 0;
    while (k + 1 < found.length && found[k + 1]![0] - found[k]![0] > 4 * usual + 10) k++;
    from = found[k]![0];
  }
  const kept = found.filter(([i]) => i >= from);
  // One comment is a section only where the page announced it ("1 Kommentar:").
  if (kept.length < (marker >= 0 ? 1 : 2)) return false;
  headers.clear();
  for (const [i, header] of kept) headers.set(i, header);
  return true;
}

/**
 * Where most comments end with a reply link, what follows the last one is the page's footer
 * (related posts, archives), even where its lines carry dates.
 */
function withoutFooter(entries: CommentEntry[]): CommentEntry[] {
  let headers = 0;
  let ended = 0;
  let lastEnd = -1;
  let open = false;
  entries.forEach((e, k) => {
    if (e.kind === "header") {
      headers++;
      open = true;
    } else if (e.kind === "end") {
      if (open) ended++;
      open = false;
      lastEnd = k;
    }
  });
  return headers > 0 && ended >= 0.6 * headers ? entries.slice(0, lastEnd + 1) : entries;
}

function findSectionMarker(lines: readonly Line[], limit: number): number {
  // Past the first few lines, so a "Comments" link in the page's navigation is not taken for the section.
  for (let i = 3; i < limit; i++) {
    const text = lines[i]!.text;
    if (text.length < 120 && SECTION_MARKER.test(text) && !/^(?:no|0) /i.test(text) && !isCaption(text)) return i;
  }
  return -1;
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
      replyTo: node.replyTo,
      postedAt: node.postedAt,
      postedAtText: node.postedAtText,
      text,
    };
  });
}
