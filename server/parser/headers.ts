// Comment header lines in the flattened formats Rethread reads, and the UI residue
// (buttons, vote counts) those formats leave between comments.
import type { Line } from "./types";
import { findTime, parseTime, type FoundTime, type ParsedTime } from "./timestamps";

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
}

const NAME_MAX = 60;

/** A plausible display name: short, one line, not a sentence. */
function isName(s: string): boolean {
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
const HACKER_NEWS = /^(\S+)\s+(.+? ago|on \w+ \d{1,2}, \d{4})\s*((?:\|\s*(?:root|parent|prev|next|context|on:.*?)\s*)*)(?:\[[–\-+]\])?$/;

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
  const m = SAYS.exec(lines[i]!.text);
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

function matchHackerNews(text: string): CommentHeader | null {
  const m = HACKER_NEWS.exec(text);
  if (!m) return null;
  const time = parseTime(m[2]!);
  if (!time) return null;
  const nav = m[3] ?? "";
  if (!nav && !/\[[–\-+]\]$/.test(text)) return null;
  return { author: m[1]!, replyTo: null, time, isReply: /\bparent\b/.test(nav), lineCount: 1 };
}

const RESIDUE_WORDS = /^(?:reply|share|permalink|embed|save|saved|unsave|parent|report|give ?award|award|edit|source|delete|hide|flag|like|likes|upvote|downvote|vote|context|full comments|link|cancel reply|log in to reply|login to reply)+$/;

/**
 * Buttons and labels of comment sections in the languages they come in, as text tools print
 * them ("(BUTTON) Reply", "[ Submit ]", "ReplyDelete", "Antwort ↓", "Has thanked: 3 times").
 */
const PAGE_CHROME = new RegExp(
  "^(?:" +
    [
      "\\(button\\)|\\[submit\\]|\\[img\\]|\\[photo\\]|\\[image\\]|\\[avatar\\]|\\[[-–+s]\\]|useravatar|.{1,40}'savatar",
      "reply|replies|replydelete|antworten|antwortenlöschen|antwort↓?|beantworten|löschen|répondre|repondre|réponse|responder|/responder|rispondi|risposta|reageren|svara",
      "quote|zitieren|zitat|citer|citar|citazione|multi-?quote|replywithquote|top|nachoben|haut|arriba",
      "share|teilen|partager|compartir|condividi|report|melden|signaler|reportar|segnala|save|follow|hide|translate|übersetzen|traduire",
      "like|likes|unlike|gefälltmir|jaime|j'aime|megusta|mipiace|thanks|danke|merci|gracias|grazie",
      "sendprivatemessage|privatenachricht|messageprivé|contact:?|contact\\S{0,30}|profil|profile|viewprofile|beiträgeanzeigen|website|homepage",
      "hasthanked:\\d+(?:times?)?|beenthanked:\\d+(?:times?)?|\\d+(?:more)?repl(?:y|ies)|continuethisthread|viewentirediscussion.*|showall|original|neuste|älteste|beste|bewertung",
      "gast|guest|invité|invitado|anonymous|anonym|(?:new|senior|junior|active|registered|staff|wellknown|premium|vip)?member|(?:neues)?mitglied|(?:erfahrener)?benutzer|themenstarter|threadstarter|siteadmin|admin|administrator|moderator|supermoderator",
      "\\[[^\\]]{0,30}\\]|[□■○●◦▪▫+*#•↳►▼☆★]+|\\d+|\\d+(?:[.,]\\d)?k|(?:silver|gold|platinum|helpful|wholesome)\\d*|#\\d+|[-−+]?\\d+points?|scorehidden|·?\\d+(?:yr|mo|d|h|m)s?\\.?ago",
    ].join("|") +
    ")+$",
  "u",
);

/** "Diesen Kommentar auf Twitter teilen?", "Share this comment on Facebook". */
const SHARE_BUTTON = /^(?:[^.!]{0,40}\b(?:share|teilen|partager|compartir|condividi)\b[^.!]{0,40}\b(?:twitter|facebook|whatsapp|linkedin|x)\b|[^.!]{0,40}\b(?:twitter|facebook|whatsapp|linkedin)\b[^.!]{0,20}\b(?:share|teilen|partager|compartir|condividi))\b[^.!]{0,60}$/iu;

/** A forum post's footer: "Likes: ann, bob and 8 others", "Last edited: Sep 14, 2017". */
const POST_FOOTER = /^(?:likes|last edited(?: by .{1,40})?|zuletzt bearbeitet(?: von .{1,40})?|reaktionen|dernière modification(?: par .{1,40})?|última edición)\s*:/iu;

/** Button text, vote counts and similar markup that comment sections leave in a dump. */
export function isCommentResidue(text: string): boolean {
  if (text.length > 80) return false;
  const squeezed = text.toLowerCase().replace(/[\s•·›|]+/g, "");
  if (PAGE_CHROME.test(squeezed) || SHARE_BUTTON.test(text) || POST_FOOTER.test(text)) return true;
  if (squeezed.length === 0) return true;
  if (RESIDUE_WORDS.test(squeezed)) return true;
  if (/^[-−+]?\d+$/.test(squeezed)) return true; // vote counts
  if (/^[-−+]?\d*[△▽▲▼⬆⬇↑↓]+[-−+]?\d*$/.test(squeezed)) return true;
  return /^(?:avatar|seemore|showmore|readmore|loadmorecomments|showmorereplies|continuethisthread|\d+morerepl(?:y|ies)|loadmorecomments\(\d+repl(?:y|ies)\)|\(\d+children\)|likedby\d+(?:person|people)|\d+likes?|loading\.*)$/.test(squeezed);
}

// Headers of web pages flattened by browsers and text tools, in any language: a time somewhere
// in a short line, a name and glue words around it, list markers before it.

/** A list marker a text tool prints before an item: "1.", "•", "*", "□", "+", "o", "#". */
const LIST_MARKER = /^(?:(?:\d{1,4}[.)]|[•*□■○◦▪▫+·#–☆★-]|o)\s+)+/u;
const SYMBOL_MARKER = /^(?:(?:[•*□■○◦▪▫+·#–☆★-]|o)\s+)+/u;
const BY = /^(?:(?:unread\s+)?(?:post(?:ed)?|message|beitrag|mensaje|messaggio|written|submitted|geschrieben|verfasst|publié|publicado|commented|kommentiert)\s*)?(?:by|von|par|por|de|da|door)\s+/iu;
const GLUE_AFTER_NAME = /(?:\s*(?:[|•·»«:,/–—-]+|\b(?:on|at|am|um|vom|le|el|il|op|says|said|sagt|sagte|schrieb|schreibt|meint|wrote|writes|replied|dit|a dit|a écrit|escribió|dijo|dice|comentó|ha scritto|ha detto|posted|kommentierte|commented))\s*)+$/iu;
/** A role badge glued to or after a name ("Mathias Autor", "Jane Admin"). */
const BADGE_AFTER_NAME = /\s*(?:autor|author|admin|moderator|mod|op|editor|redaktion|verified)$/iu;
const CHROME_AFTER_TIME = /^(?:\s*(?:[|•·»:,()\-–—/]+|#\d+|uhr|h|edited|bearbeitet|modifié|editado|permalink|link|reply|antworten|répondre|responder|rispondi|quote|zitieren|report|melden|says|said|sagt|schrieb|wrote|a écrit|dit|escribió|\d+\s*(?:points?|punkte?|likes?)|(?:edited\s+)?\d+\s*\w+\.?\s+ago)\s*)*$/iu;

/** "NossiNossi" (a plugin prints the name twice, once for screen readers) is "Nossi". */
export function undouble(name: string): string {
  const half = name.length / 2;
  if (Number.isInteger(half) && half >= 2 && name.slice(0, half) === name.slice(half)) return name.slice(0, half);
  // "Alexandra Alexandra" as lynx prints it.
  const spaced = (name.length - 1) / 2;
  return Number.isInteger(spaced) && spaced >= 2 && name[spaced] === " " && name.slice(0, spaced) === name.slice(spaced + 1) ? name.slice(0, spaced) : name;
}

/** The width of a list marker at the start of `text`, or 0. */
export function listMarkerWidth(text: string): number {
  return LIST_MARKER.exec(text)?.[0].length ?? 0;
}

/**
 * A line that holds a comment time and otherwise only a name, glue and chrome:
 * "Rolf Buckpesch 29.07.2020 // 12:56", "1. Marilyn says:", "Unread post by odroid » Sat Jun 25,
 * 2016 6:19 pm", "IwonaMay 30, 2019 at 1:06 PM". A name alone on the line before, or "Name says:"
 * with the time on the next line, counts too. Only asked inside a comment section.
 */
export function matchTimeHeader(lines: readonly Line[], i: number, inSection = false): CommentHeader | null {
  const line = lines[i]!;
  if (line.text.length > 140) return null;
  const { markerWidth, text, found } = timeAfterMarker(line.text, inSection);
  if (found) {
    if (!CHROME_AFTER_TIME.test(text.slice(found.index + found.length))) return null;
    const name = nameBefore(text.slice(0, found.index));
    if (name === undefined) return null;
    return { author: name, replyTo: null, time: { iso: found.iso, raw: found.raw }, isReply: false, lineCount: 1, markerWidth };
  }
  // "Name says:" / "Name sagt:" / "Ramón dijo:", its time on the next line or, inside a comment section, nowhere.
  const width = listMarkerWidth(line.text);
  const says = SAYS_LINE.exec(line.text.slice(width));
  if (!says) return null;
  const name = nameBefore(says[1]!, true);
  if (!name) return null;
  const next = lines[i + 1];
  const nextTime = next && next.blanksBefore <= 1 ? timeAfterMarker(next.text, false) : null;
  if (nextTime?.found && nextTime.found.index === 0 && CHROME_AFTER_TIME.test(nextTime.text.slice(nextTime.found.length))) {
    return { author: name, replyTo: null, time: { iso: nextTime.found.iso, raw: nextTime.found.raw }, isReply: false, lineCount: 2, markerWidth: width };
  }
  return inSection ? { author: name, replyTo: null, time: null, isReply: false, lineCount: 1, markerWidth: width } : null;
}

const SAYS_LINE = /^(.+?)\s+(?:says|said|wrote|writes|sagt|sagte|schrieb|schreibt|meint|dit|a dit|a écrit|écrit|dijo|dice|escribió|comentó|ha scritto|ha detto|schreef|zegt)\s*:$/iu;

/** The time in a line after its list marker; "1. November 2023" keeps its "1." when the marker reading finds no time. */
function timeAfterMarker(full: string, clockOnly: boolean): { markerWidth: number; text: string; found: FoundTime | null } {
  for (const markerWidth of new Set([listMarkerWidth(full), SYMBOL_MARKER.exec(full)?.[0].length ?? 0])) {
    const text = full.slice(markerWidth);
    const found = findTime(text);
    if (found) return { markerWidth, text, found };
  }
  const markerWidth = listMarkerWidth(full);
  const text = full.slice(markerWidth);
  return { markerWidth, text, found: clockOnly ? clockAtEnd(text) : null };
}

/** Blogger's "Ruby21:00": a name and the time of day alone, trusted only inside a marked comment section. */
function clockAtEnd(text: string): FoundTime | null {
  const m = /(\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)$/i.exec(text);
  if (!m || m.index === 0 || text.length > 70) return null;
  return { iso: null, raw: m[1]!, index: m.index, length: m[1]!.length };
}

/** The name in the text before a header's time: a name, null where there is none, undefined where the text is prose. */
/** Fields of a forum's profile card that hold a date: "Joined: Fri Feb 22, 2013", "Mitglied seit 12. Juni 2017". */
const PROFILE_FIELD = /^(?:joined|beginndatum|start date|started|erstellt am|join date|registered|registriert(?: seit)?|member since|mitglied seit|dabei seit|beigetreten|inscrit(?: le)?|inscription|miembro desde|registrado(?: desde)?|iscritto(?: il)?|lid sinds|last (?:seen|active|visit|online)|zuletzt (?:online|aktiv)|letzter besuch|birthday|geburtstag|created|erstellt)$/i;

function nameBefore(before: string, said = false): string | null | undefined {
  // "Erscheinungsdatum: 14.08.2017", "Updated: May 3, 2019": a label and its date, not a name and a time.
  if (!said && /\p{L}\s*:\s*$/u.test(before)) return undefined;
  // An avatar's placeholder ("[677]", "[photo]") or a star before the name is not part of it.
  const name = before.replace(/^(?:\s*(?:\[[^\]]{0,20}\]|[☆★●•◦*]))+\s*/u, "").replace(BY, "").replace(GLUE_AFTER_NAME, "").replace(BY, "").trim();
  if (name === "") return null;
  if (PROFILE_FIELD.test(name)) return undefined;
  const unbadged = name.replace(BADGE_AFTER_NAME, "");
  if (unbadged !== name && unbadged.length >= 2) return nameBefore(unbadged, said);
  // "geht's no?! sagt:": a name may end like a sentence where a "says" makes it plainly a name.
  if (!said && (!isName(name) || /[.!?]$/.test(name))) return undefined;
  if (said && (name.length > NAME_MAX || name.split(/\s+/).length > 6)) return undefined;
  if (/^\d+$/.test(name)) return undefined;
  return undouble(name);
}

/** Reddit's "level 2" line, then its name, "10 points · 6 years ago" and badges on one line or several. */
export function matchLevelHeader(lines: readonly Line[], i: number): CommentHeader | null {
  const level = /^level (\d{1,3})$/i.exec(lines[i]!.text);
  if (!level) return null;
  let time: ParsedTime | null = null;
  let author: string | null = null;
  let count = 1;
  for (let j = i + 1; j < lines.length && j <= i + 6; j++) {
    const line = lines[j]!;
    if (line.blanksBefore > 0 || line.text.length > 80) break;
    const text = line.text.replace(/^u\//, "");
    const found = findTime(text);
    if (found) {
      time ??= { iso: found.iso, raw: found.raw };
      const before = text.slice(0, found.index).replace(/(?:^|\s)(?:op|mod|admin)\b|[·•]|\S*\s*points?|score hidden/giu, " ").trim();
      if (before && !author && isName(before)) author = before;
    } else if (!author && !time && isName(text) && !/\s/.test(text)) author = text;
    else if (!/^(?:[·•]|score hidden|-?\d[\d.,]*k?\s*points?|edited.*|(?:silver|gold|platinum|helpful|wholesome|argentium|ternion)\s*\d*)$/i.test(text)) break;
    count = j - i + 1;
  }
  return { author, replyTo: null, time, isReply: false, lineCount: count, level: Number(level[1]) - 1 };
}

/** Vote buttons and their counts printed beside a reply link ("Daumen hoch0Daumen runter  Antworten", "👍 3 Reply"). */
const VOTE_WIDGET = /daumen (?:hoch|runter)|thumbs? (?:up|down)|upvote|downvote|dislike|vote (?:up|down)|j'aime pas|me gusta|[👍👎▲▼△▽]|[+-]?\d+/gu;

/** A reply or quote link, or a forum's "Top": printed once after each comment's text, so it ends one. */
export function isCommentEnd(text: string): boolean {
  if (text.length > 60) return false;
  const squeezed = text
    .toLowerCase()
    .replace(VOTE_WIDGET, "")
    .replace(/[\s•·›|□+*↓()]+/g, "")
    .replace(/^button/, "");
  return /^(?:reply|replydelete|antworten|antwortenlöschen|antwort|répondre|repondre|responder|rispondi|beantworten|top|haut|nachoben|arriba|replywithquote(?:replywithquote)?|quote|zitieren|citer|citar|(?:button)?reply(?:button)?share.*|reportsave(?:follow)?|share(?:button)?report(?:button)?save)$/u.test(squeezed);
}

/**
 * A header that is only a time, with the name alone on the line just before it ("□ Dietmar
 * Hilsebein" / "□ 8. April 2019 @ 11:38", wpDiscuz's "NossiNossi" / "Gast" after "1 Monat her"):
 * the name line joins the header.
 */
export function withNameAbove(lines: readonly Line[], i: number, header: CommentHeader): { start: number; header: CommentHeader } {
  if (header.author !== null) return { start: i, header };
  const above = lines[i - 1];
  if (above && lines[i]!.blanksBefore === 0 && nameLine(above.text)) {
    return { start: i - 1, header: { ...header, author: nameLine(above.text), lineCount: header.lineCount + 1, markerWidth: listMarkerWidth(above.text) } };
  }
  // The name just below the time, its text after a blank line (wpDiscuz in a browser: "19. Februar 2017 20:00" / "Alexandra").
  let b = i + header.lineCount;
  // Past a role label ("Gast", "Autor") between the time and the name.
  while (b < lines.length && lines[b]!.blanksBefore === 0 && isCommentResidue(lines[b]!.text) && !isCommentEnd(lines[b]!.text)) b++;
  const below = lines[b];
  let k = b + 1;
  while (k < lines.length && lines[k]!.blanksBefore === 0 && isCommentResidue(lines[k]!.text)) k++;
  const after = lines[k];
  if (below && below.blanksBefore === 0 && (!after || after.blanksBefore > 0) && nameLine(below.text)) {
    return { start: i, header: { ...header, author: nameLine(below.text), lineCount: k - i } };
  }
  return { start: i, header };
}

/** The name a line holds alone (after a list marker), or null. */
function nameLine(text: string): string | null {
  const name = text.slice(listMarkerWidth(text)).trim();
  if (!isName(name) || /[.!?:,;]$/.test(name) || PROFILE_FIELD.test(name) || isCommentResidue(name) || findTime(name) || isCommentEnd(name)) return null;
  return undouble(name);
}

/**
 * wpDiscuz prints a commenter's name twice in one line (once for screen readers), then once
 * more: "FranziFranzi" / "Franzi". A name doubled like that opens a comment.
 */
export function matchDoubledName(lines: readonly Line[], i: number): CommentHeader | null {
  const text = lines[i]!.text;
  if (text.length > 2 * NAME_MAX || text.length < 4) return null;
  const half = undouble(text);
  if (half === text || !isName(half) || findTime(half)) return null;
  // Both lines, or a doubled word in a forum's text ("odroidodroid") would pass for one.
  if (lines[i + 1]?.text !== half) return null;
  return { author: half, replyTo: null, time: null, isReply: false, lineCount: 2 };
}
