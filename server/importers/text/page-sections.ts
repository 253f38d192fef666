// Comment sections of web pages flattened by browsers and text tools: where the section starts,
// which lines are its headers (times inside lines, names around them, Reddit's levels, forum
// profile cards), where its footer begins, and a forum thread's opening post. The plain-text
// formats of headers.ts come first; these take over where those find no thread.
import type { CommentHeader } from "./headers";
import { listMarkerWidth } from "./lines";
import { matchDoubledName, matchLevelHeader, matchTimeHeader, withNameAbove } from "./page-headers";
import { isCommentResidue, isReplyLink } from "./residue";
import { isCaption } from "./article";
import { isCardLabel, readProfileCard } from "./profile-cards";
import type { CommentEntry } from "./threading";
import type { Line } from "./types";

/** "12 comments", "3 thoughts on “Title”", "33 Leser-Kommentare", "1 Meinungen:": where a comment section announces itself. */
export const SECTION_MARKER = /^(?:(?:\d+|one|no|ein|eine|un|une|uno|una) (?:[\p{L}-]+[ -])?(?:thoughts?|responses?|repl(?:y|ies)|comments?|answers?|kommentare?|kommentar themen|meinungen|antworten|gedanken|commentaires?|réponses?|comentarios?|respuestas?|commenti|reacties)(?: (?:on|to|zu|à|sur|a|en|a) .+| .{1,80})?|comments?(?: \(\s*\d+\s*\))?|kommentare?(?: \(\s*\d+\s*\))?|commentaires?|comentarios?|discussion|reader comments|join the discussion):?$/iu;

/**
 * Headers of pages flattened by browsers and text tools (times inside lines, Reddit's levels),
 * looked for where the formats above found none: after the section's marker, or where several
 * such headers stand close together (an article's lone dateline does not start a section).
 * Returns where the section ends and whether the page is a forum, or null for no section.
 */
export function findPageHeaders(lines: readonly Line[], headers: Map<number, CommentHeader>): PageSection | null {
  const found: [number, CommentHeader][] = [];
  // Where the formats above found headers, these take over only with levels the page printed.
  // ... unless the page's own shapes find clearly more (a text tool's numbered "1. Marilyn says:" list).
  const levelsOnly = headers.size >= 2 && !pageShaped(lines);
  // (Where only levels are asked for, the marker waits until one is found: most such dumps have none.)
  let marker = levelsOnly ? -1 : findSectionMarker(lines, lines.length);
  for (let i = 0; i < lines.length; i++) {
    const level = matchLevelHeader(lines, i) ?? (levelsOnly ? null : matchDoubledName(lines, i));
    const timed = level || levelsOnly ? null : matchTimeHeader(lines, i, marker >= 0 && i > marker, true);
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
  if (found.length === 0) return null;
  if (levelsOnly) marker = findSectionMarker(lines, lines.length);
  // (Counted once: the forum's opening post and signatures are decided from it too.)
  const forum = forumSignals(lines) >= 2;
  let kept = sectionHeaders(lines, found, marker, forum);
  if (!kept) return null;
  // The page goes on after its comments with related threads, a reply form, its footer: the
  // first such line with most of the headers above it (related posts may also stand before them).
  let end = kept[0]![0];
  for (; end < lines.length; end++) {
    if (!SECTION_END.test(lines[end]!.text)) continue;
    const above = kept.filter(([i]) => i < end).length;
    if (above >= kept.length - above) break;
  }
  kept = kept.filter(([i]) => i < end);
  headers.clear();
  for (const [i, header] of kept) headers.set(i, header);
  return { end, forum };
}

/** Where a page's comment section ends (its footer begins), and whether the page is a forum thread. */
export interface PageSection {
  end: number;
  forum: boolean;
}

/** Where the comments end and the page's own footer begins: related threads, the reply form. */
const SECTION_END = /^(?:similar threads|related (?:threads|posts|articles|discussions)|ähnliche (?:themen|beiträge|artikel)|sujets similaires|articles similaires|temas similares|discussioni simili|more posts from .{1,60}|antwort erstellen|post reply|reply to (?:this )?thread|write your reply|(?:page|seite|página|pagina) \d+ (?:of|von|de|di|sur) \d+|\d+ (?:of|von|de|di|sur) \d+|wechsle zu seite|gehe zu seite|go to page|aller à la page|recent comments|neueste kommentare|letzte kommentare|comentarios recientes|commentaires récents|commenti recenti)\.{0,3}:?$/i;

/** Which of the header-shaped lines found are the comment section's headers, by what the page says of itself; null for none. */
function sectionHeaders(lines: readonly Line[], found: [number, CommentHeader][], marker: number, forum: boolean): [number, CommentHeader][] | null {
  // A marker under which few of the headers stand belongs to something else ("150 comments" of a related post).
  if (marker >= 0 && found.filter(([i]) => i > marker).length < found.length / 2) marker = -1;
  let from = marker >= 0 ? marker : found[0]![0];
  if (marker < 0) {
    // Leading candidates far from the rest are datelines and bylines of the article.
    const gaps = found.slice(1).map(([i], k) => i - found[k]![0]).sort((a, b) => a - b);
    const usual = gaps[Math.floor(gaps.length / 2)]!;
    let k = 0;
    while (k + 1 < found.length && found[k + 1]![0] - found[k]![0] > 4 * usual + 10) k++;
    from = found[k]![0];
  }
  let kept = found.filter(([i]) => i >= from);
  // "Ramón dijo:" alone on its line: outside a marked section it takes several to be headers, and
  // where a page has them, its bare dates are the comments' footers (Cubadebate prints them after the text).
  const saysAlone = (h: CommentHeader) => h.time === null && h.author !== null && h.level === undefined;
  // In a forum, "drmaniac schrieb:" introduces a quote inside a post.
  if (forum) kept = kept.filter(([, h]) => !saysAlone(h));
  const says = kept.filter(([i, h]) => saysAlone(h) && (marker < 0 || i > marker)).length;
  if (says >= 2 && says >= 0.3 * kept.length) kept = kept.filter(([, h]) => h.author !== null || h.level !== undefined);
  else kept = kept.filter(([i, h]) => !saysAlone(h) || (marker >= 0 && i > marker) || h.lineCount > 1);
  // Where a text tool printed nearly every header as a list item, a header-shaped line without
  // one is in a comment's text (a reply quoting "@ Name" and the date of what it answers).
  const listed = kept.filter(([, h]) => (h.markerWidth ?? 0) > 0).length;
  if (kept.length >= 5 && listed >= 0.8 * kept.length) kept = kept.filter(([, h]) => (h.markerWidth ?? 0) > 0);
  // Where most headers are followed by a reply link before the next one, the first ones that
  // are not are an article's datelines ("Sa, 19. Okt 2019"), not comments.
  const ended = kept.map(([i, h], k) => {
    const next = kept[k + 1]?.[0] ?? Math.min(lines.length, i + 400);
    // Reply links only: a rule is drawn between posts, but also across a page's header.
    for (let j = i + h.lineCount; j < next; j++) if (isReplyLink(lines[j]!.text)) return true;
    return false;
  });
  if (ended.filter(Boolean).length >= 0.6 * kept.length) {
    const first = ended.indexOf(true);
    kept = kept.slice(first);
  }
  // One comment is a section only where the page announced it ("1 Kommentar:").
  return kept.length < (marker >= 0 ? 1 : 2) ? null : kept;
}

/** Output of a text tool or a browser: comment headers as numbered list items ("1. Name says:"). */
function pageShaped(lines: readonly Line[]): boolean {
  let numbered = 0;
  for (const line of lines) if (line.text.endsWith(":") && /^\d{1,4}[.)]\s+\S.{0,60}\s(?:says|said|sagt|dijo|dit|a écrit|schrieb|wrote)\s*:$/i.test(line.text)) numbered++;
  return numbered >= 2;
}

/**
 * Where most comments end with a reply link, what follows the last one is the page's footer
 * (related posts, archives), even where its lines carry dates.
 */
export function withoutFooter(entries: CommentEntry[]): CommentEntry[] {
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
  if (headers > 0 && ended >= 0.6 * headers) return entries.slice(0, lastEnd + 1);
  return withoutOutdentedTail(entries);
}

/**
 * Where text tools kept indentation, every comment's text stands indented under its header and
 * the page's footer starts back at the margin: text after the last header that steps left of
 * all comment text ends the section.
 */
function withoutOutdentedTail(entries: CommentEntry[]): CommentEntry[] {
  let lastHeader = -1;
  let least = Infinity;
  entries.forEach((e, k) => {
    if (e.kind === "header") lastHeader = k;
    else if (e.kind === "text" && entries[k - 1]?.kind === "header") least = Math.min(least, e.line.indent);
  });
  if (lastHeader < 0 || !(least > 0 && least < Infinity)) return entries;
  const cut = entries.findIndex((e, k) => k > lastHeader && e.kind === "text" && e.line.indent < least);
  return cut < 0 ? entries : entries.slice(0, cut);
}

export function findSectionMarker(lines: readonly Line[], limit: number): number {
  // Past the first few lines, so a "Comments" link in the page's navigation is not taken for the section.
  for (let i = 3; i < limit; i++) {
    const text = lines[i]!.text;
    // "43 more replies" is a thread's fold, not its start.
    if (text.length < 120 && SECTION_MARKER.test(text) && !/^(?:no|0) |\b(?:more|weitere|autres|más|altre)\b/i.test(text) && !isCaption(text)) return i;
  }
  return -1;
}

const POST_NUMBER = /(?:^|\s)(?:post\s*)?#(\d+)$/i;

/** Lines only forums print: a post's subject "Re: …", its number "#2", its author card's fields. */
function forumSignals(lines: readonly Line[]): number {
  let signals = 0;
  for (const line of lines) {
    const text = line.text.slice(listMarkerWidth(line.text));
    if (/^(?:re|aw|antw|rép|resp|odp):\s/i.test(text) || isCardLabel(text) || POST_NUMBER.test(text)) signals++;
  }
  return signals;
}

/** The number of a forum page's first post ("#21" on a later page of a thread), among its first few headers (a sidebar's dated item may come first). */
function firstPostNumber(lines: readonly Line[], headers: Map<number, CommentHeader>): number | null {
  const [first, , third] = [...headers.keys()];
  for (let i = first ?? lines.length; i < lines.length && (third === undefined || i < third); i++) {
    const number = POST_NUMBER.exec(lines[i]!.text);
    if (number) return Number(number[1]);
  }
  return null;
}

/**
 * A forum thread's first post is its article where the text before it has no prose of its own
 * and the page is the thread's first (its first post is not "#21").
 */
export function isOpeningPost(lines: readonly Line[], headers: Map<number, CommentHeader>, articleLines: readonly Line[]): boolean {
  // Lines of prose, counted so that text tools' 80-column wrapping does not hide them.
  const prose = articleLines.filter((l) => l.text.length >= 60 && /[.!?]/.test(l.text)).length;
  const firstPost = prose < 3 ? firstPostNumber(lines, headers) : null;
  return prose < 3 && (firstPost === null || firstPost <= 1);
}

/**
 * A closing sentence ("Mit der … App von meinem HD7 aus geschrieben.") or a sign-off ("Gruss
 * Thomas") is the post's own; a signature is a tag line of its own ("1st sx '89 Dx '99 w/RRMS").
 */
const SENTENCE_END = /[.!?]$/;
const isTagLine = (text: string) => !SENTENCE_END.test(text) && text.split(/\s+/).length >= 3;

/**
 * A forum signature: the same closing lines under every post by one member ("1st sx '89 Dx '99").
 * Members with several posts show it; it is theirs, not the post's. Once a page shows that its
 * engine prints signatures, the closing tag lines of a member's only post are read as one too.
 */
export function dropSignatures(nodes: readonly { author: string | null; paragraphs: string[] }[]): void {
  const byAuthor = new Map<string, { paragraphs: string[] }[]>();
  for (const n of nodes) {
    if (!n.author) continue;
    const posts = byAuthor.get(n.author);
    if (posts) posts.push(n);
    else byAuthor.set(n.author, [n]);
  }
  const last = (p: { paragraphs: string[] }, k: number) => p.paragraphs[p.paragraphs.length - 1 - k]!;
  let shown = false;
  for (const posts of byAuthor.values()) {
    if (posts.length < 2) continue;
    let common = 0;
    const shortest = Math.min(...posts.map((p) => p.paragraphs.length));
    // A signature's first line is a tag line; the lines above it ("Diagnosed 1984") need only not be sentences.
    const signatureLine = (text: string) => (common === 0 ? isTagLine(text) : !SENTENCE_END.test(text));
    while (common < shortest - 1 && posts.every((p) => last(p, common) === last(posts[0]!, common)) && signatureLine(last(posts[0]!, common))) common++;
    if (common > 0) for (const p of posts) p.paragraphs.length -= common;
    shown ||= common > 0;
  }
  if (!shown) return;
  for (const posts of byAuthor.values()) {
    const post = posts[0]!;
    if (posts.length > 1) continue;
    let tail = 0;
    while (tail < post.paragraphs.length - 1 && isTagLine(last(post, tail))) tail++;
    post.paragraphs.length -= tail;
  }
}
