// Comment header lines in the flattened formats Rethread reads, and the UI residue
// (buttons, vote counts) those formats leave between comments.
import { listNumber } from "./lines";
import type { Line } from "./types";
import { parseTime, type ParsedTime } from "./timestamps";

export interface CommentHeader {
  /** Null for a comment whose name line was lost but whose time line survived. */
  author: string | null;
  replyTo: string | null;
  time: ParsedTime | null;
  /** The header says it answers someone without naming them (Hacker News "| parent"). */
  isReply: boolean;
  /** Lines the header spans (WordPress puts the date on its own line). */
  lineCount: number;
  /** Columns of list marker before the header's text ("1. ", "• "): its text starts that much deeper. */
  markerWidth?: number;
  /** The depth the page printed ("level 3" on Reddit), 0-based. */
  level?: number;
  /** The number a text tool printed before the header ("5." of " 5. Anna says:"). */
  listNumber?: number;
}

export const NAME_MAX = 60;

/** A plausible display name: short, one line, not a sentence. */
export function isName(s: string): boolean {
  if (s.length === 0 || s.length > NAME_MAX) return false;
  if (/[!?,;:]$/.test(s)) return false;
  if (/^(by|posted by|written by|photo|image|source|credit)\b/i.test(s)) return false;
  return s.split(/\s+/).length <= 6;
}

// Legal-Insurrection style: `Name | December 30, 2016 at 1:21 pm`,
// `Name in reply to Other. | December 30, 2016 at 6:15 pm`.
const PIPE = /^(.+?)\s+\|\s+(.+)$/;
const IN_REPLY_TO = /^(.+?)\s+in reply to\s+(.+?)\.?$/i;
// Disqus: `Name • 2 years ago`, a reply `Name  ParentName • a month ago`.
const BULLET = /^(.+?)\s*[•·]\s*(.+)$/;
// WordPress: `Name says:` then the date on the next line.
const SAYS = /^(.+?)\s+(?:says|said|wrote):$/i;
// Old Reddit: `[–] user 46 points 2 months ago`.
const REDDIT = /^\[[–—\-+]\]\s*(\S+)(?:\s+\[[A-Z]+\])?\s+(?:(-?\d+)\s+points?|score hidden)\s+(.+?)\*?(?:\s+\(\d+ child(?:ren)?\))?$/;
// Hacker News: `user 14 hours ago | parent | next [–]`.
// (The links after the time are read by hand, not by a repeated group: a line that nearly
// matches, "| on:" many times over, made that group backtrack exponentially.)
const HACKER_NEWS = /^(\S+)\s+(.+? ago|on \w+ \d{1,2}, \d{4})\s*(\|.*?)?\s*(?:\[[–\-+]\])?$/;
const HN_LINK = /^(?:root|parent|prev|next|context)$/;

/**
 * Inside a comment section, a line that is only a time ("November 17, 2018 at 4:51 am",
 * "| 2 years ago") is what is left of a header whose name was lost. Outside one it could
 * be an article's dateline, so only the caller knows whether to ask.
 */
export function matchTimeOnlyHeader(text: string): CommentHeader | null {
  if (text.length > 70) return null;
  const time = parseTime(text.replace(/^[|•·]\s*/, ""));
  return time ? { author: null, replyTo: null, time, isReply: false, lineCount: 1 } : null;
}

/**
 * Many WordPress themes print a comment's name on one line and its date and time on the
 * next, with no "says:". One such pair could be an article's byline, so the caller asks
 * only when a dump has several (see countNameOverTime).
 */
export function matchNameOverTime(lines: readonly Line[], i: number): CommentHeader | null {
  const name = lines[i]!.text;
  const next = lines[i + 1];
  if (!next || name.length > NAME_MAX || next.text.length > 60 || next.blanksBefore > 0 || !isName(name) || /[.!?]$/.test(name)) return null;
  const time = parseTime(next.text);
  // A date without a time is more often a byline's.
  if (!time || (time.iso !== null && !time.iso.includes("T"))) return null;
  return { author: name, replyTo: null, time, isReply: false, lineCount: 2 };
}

export function countNameOverTime(lines: readonly Line[]): number {
  let count = 0;
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i]!.text.length <= NAME_MAX && matchNameOverTime(lines, i)) count++;
  return count;
}

/** Recognises a comment header starting at `lines[i]`, or returns null. */
export function matchCommentHeader(lines: readonly Line[], i: number): CommentHeader | null {
  const text = lines[i]!.text;
  if (text.length > 200) return null;
  const first = text.charCodeAt(0);
  if (first === 91 /* [ */) return matchReddit(text);
  if (text.includes("|")) {
    const pipe = matchPipe(text);
    if (pipe) return pipe;
  }
  if (text.includes("•") || text.includes("·")) {
    const bullet = matchBullet(text);
    if (bullet) return bullet;
  }
  if (text.endsWith(":")) return matchSays(lines, i);
  if (text.endsWith("]") || text.endsWith("ago")) return matchHackerNews(text);
  return null;
}

function matchPipe(text: string): CommentHeader | null {
  const hn = matchHackerNews(text);
  if (hn) return hn;
  const m = PIPE.exec(text);
  if (!m) return null;
  const time = parseTime(m[2]!);
  if (!time) return null;
  const reply = IN_REPLY_TO.exec(m[1]!);
  const author = (reply ? reply[1]! : m[1]!).trim();
  if (!isName(author)) return null;
  return { author, replyTo: reply ? reply[2]!.trim() : null, time, isReply: !!reply, lineCount: 1 };
}

function matchBullet(text: string): CommentHeader | null {
  const m = BULLET.exec(text);
  if (!m) return null;
  const time = parseTime(m[2]!.replace(/\s*[•·]\s*edited$/i, ""));
  if (!time) return null;
  // Disqus shows a reply as "Name ↪ Parent"; copied as text the arrow becomes a wide gap.
  const [author, parent] = m[1]!.split(/\s{2,}|\s*[↪➥→]\s*/, 2).map((s) => s.trim());
  if (!author || !isName(author) || (parent !== undefined && parent !== "" && !isName(parent))) return null;
  const replyTo = parent ? parent : null;
  return { author, replyTo, time, isReply: !!replyTo, lineCount: 1 };
}

function matchSays(lines: readonly Line[], i: number): CommentHeader | null {
  // A text tool's list number before the name ("1. Marilyn says:") is not part of it.
  const text = lines[i]!.text;
  const m = SAYS.exec(listNumber(text) === undefined ? text : text.replace(/^\S+\s+/, ""));
  if (!m) return null;
  // Some themes put the date in the same line: "Name on March 3, 2019 at 8:10 pm said:".
  const dated = /^(.+?)\s+on\s+(.+)$/.exec(m[1]!);
  const sameLineTime = dated ? parseTime(dated[2]!) : null;
  if (dated && sameLineTime && isName(dated[1]!.trim())) return { author: dated[1]!.trim(), replyTo: null, time: sameLineTime, isReply: false, lineCount: 1 };
  if (!isName(m[1]!.trim())) return null;
  const next = lines[i + 1];
  const time = next ? parseTime(next.text) : null;
  // Without its date line, "Putin says:" is more likely article prose introducing a quote.
  if (!time) return null;
  return { author: m[1]!.trim(), replyTo: null, time, isReply: false, lineCount: 2 };
}

function matchReddit(text: string): CommentHeader | null {
  const m = REDDIT.exec(text);
  if (!m) return null;
  return { author: m[1]!, replyTo: null, time: parseTime(m[3]!), isReply: false, lineCount: 1 };
}

/** "| parent | next" or "| on: Story title" (the story's title may itself hold "|"). */
function isHackerNewsNav(nav: string): boolean {
  const parts = nav.split("|").slice(1).map((p) => p.trim());
  for (const part of parts) {
    if (part.startsWith("on:")) return true;
    if (!HN_LINK.test(part)) return false;
  }
  return true;
}

function matchHackerNews(text: string): CommentHeader | null {
  const m = HACKER_NEWS.exec(text);
  if (!m) return null;
  const time = parseTime(m[2]!);
  if (!time) return null;
  const nav = m[3] ?? "";
  if (!nav && !/\[[–\-+]\]$/.test(text)) return null;
  if (nav && !isHackerNewsNav(nav)) return null;
  return { author: m[1]!, replyTo: null, time, isReply: /\bparent\b/.test(nav), lineCount: 1 };
}
