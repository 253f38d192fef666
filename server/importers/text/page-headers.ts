// Headers of web pages flattened by browsers and text tools, in any language: a time somewhere
// in a short line, a name and glue words around it, list markers before it, Reddit's levels,
// wpDiscuz's doubled names. Asked by page-sections.ts inside what it takes for a comment section.
import { isName, NAME_MAX, type CommentHeader } from "./headers";
import { isCommentEnd, isCommentResidue, runOf } from "./residue";
import { listMarkerWidth, listNumber, symbolMarkerWidth } from "./lines";
import { findTime, type FoundTime, type ParsedTime } from "./timestamps";
import type { Line } from "./types";

const BY = /^(?:(?:unread\s+)?(?:post(?:ed)?|message|beitrag|mensaje|messaggio|written|submitted|geschrieben|verfasst|publié|publicado|commented|kommentiert)\s*)?(?:by|von|par|por|de|da|door)\s+/iu;
// Both as runs of atomic steps (runOf): a long header that fails to match costs linear time.
const GLUE_AFTER_NAME = runOf(["\\s*(?:[|•·»«:,/–—-]+|\\b(?:on|at|am|um|vom|le|el|il|op|says|said|sagt|sagte|schrieb|schreibt|meint|wrote|writes|replied|dit|a dit|a écrit|escribió|dijo|dice|comentó|ha scritto|ha detto|posted|kommentierte|commented))\\s*"], "iu", false);
/** A role badge glued to or after a name ("Mathias Autor", "Jane Admin"). */
const BADGE_AFTER_NAME = /\s*(?:autor|author|admin|moderator|mod|op|editor|redaktion|verified)$/iu;
const CHROME_AFTER_TIME_RUN = runOf(["\\s*(?:[|•·»:,()\\-–—/]+|#\\d+|uhr|h|edited|bearbeitet|modifié|editado|permalink|link|reply|antworten|répondre|responder|rispondi|quote|zitieren|report|melden|says|said|sagt|schrieb|wrote|a écrit|dit|escribió|\\d+\\s*(?:points?|punkte?|likes?)|(?:edited\\s+)?\\d+\\s*\\w+\\.?\\s+ago)\\s*"], "iu");
const CHROME_AFTER_TIME = { test: (text: string) => text.trim() === "" || CHROME_AFTER_TIME_RUN.test(text) };

/** "NossiNossi" (a plugin prints the name twice, once for screen readers) is "Nossi". */
function undouble(name: string): string {
  const half = name.length / 2;
  if (Number.isInteger(half) && half >= 2 && name.slice(0, half) === name.slice(half)) return name.slice(0, half);
  // "Alexandra Alexandra" as lynx prints it.
  const spaced = (name.length - 1) / 2;
  return Number.isInteger(spaced) && spaced >= 2 && name[spaced] === " " && name.slice(0, spaced) === name.slice(spaced + 1) ? name.slice(0, spaced) : name;
}

/**
 * A line that holds a comment time and otherwise only a name, glue and chrome:
 * "Rolf Buckpesch 29.07.2020 // 12:56", "1. Marilyn says:", "Unread post by odroid » Sat Jun 25,
 * 2016 6:19 pm", "IwonaMay 30, 2019 at 1:06 PM". A name alone on the line before, or "Name says:"
 * with the time on the next line, counts too. Only asked inside a comment section.
 */
export function matchTimeHeader(lines: readonly Line[], i: number, inSection = false, saysAlone = inSection): CommentHeader | null {
  const line = lines[i]!;
  if (line.text.length > 140) return null;
  const { markerWidth, text, found } = timeAfterMarker(line.text, inSection);
  if (found) {
    if (!CHROME_AFTER_TIME.test(text.slice(found.index + found.length))) return null;
    const name = nameBefore(text.slice(0, found.index));
    if (name === undefined) return null;
    return { author: name, replyTo: null, time: { iso: found.iso, raw: found.raw }, isReply: false, lineCount: 1, markerWidth, listNumber: listNumber(line.text) };
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
    return { author: name, replyTo: null, time: { iso: nextTime.found.iso, raw: nextTime.found.raw }, isReply: false, lineCount: 2, markerWidth: width, listNumber: listNumber(line.text) };
  }
  return saysAlone ? { author: name, replyTo: null, time: null, isReply: false, lineCount: 1, markerWidth: width, listNumber: listNumber(line.text) } : null;
}

const SAYS_LINE = /^(.+?)\s+(?:says|said|wrote|writes|sagt|sagte|schrieb|schreibt|meint|dit|a dit|a écrit|écrit|dijo|dice|escribió|comentó|ha scritto|ha detto|schreef|zegt)\s*:$/iu;

/** The time in a line after its list marker; "1. November 2023" keeps its "1." when the marker reading finds no time. */
function timeAfterMarker(full: string, clockOnly: boolean): { markerWidth: number; text: string; found: FoundTime | null } {
  for (const markerWidth of new Set([listMarkerWidth(full), symbolMarkerWidth(full)])) {
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

/** Fields of a forum's profile card that hold a date: "Joined: Fri Feb 22, 2013", "Mitglied seit 12. Juni 2017". */
const PROFILE_FIELD = /^(?:joined|beginndatum|start date|started|erstellt am|neuster beitrag|neuester beitrag|letzter beitrag|last post|latest post|newest post|dernier message|último mensaje|ultimo messaggio|join date|registered|registriert(?: seit)?|member since|mitglied seit|dabei seit|beigetreten|inscrit(?: le)?|inscription|miembro desde|registrado(?: desde)?|iscritto(?: il)?|lid sinds|last (?:seen|active|visit|online)|zuletzt (?:online|aktiv)|letzter besuch|birthday|geburtstag|created|erstellt)$/i;

/** The name in the text before a header's time: a name, null where there is none, undefined where the text is prose. */
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
  const text0 = lines[i]!.text;
  if (text0.length > 9 || (text0.charCodeAt(0) | 32) !== 108 /* l */) return null;
  const level = /^level (\d{1,3})$/i.exec(text0);
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
  // "Comment deleted by user", "[deleted]": a placeholder, not a name.
  if (author && /^\[deleted\]$|^comment (?:deleted|removed) by\b/i.test(author)) author = null;
  return { author, replyTo: null, time, isReply: false, lineCount: count, level: Number(level[1]) - 1 };
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
  const named = below ? nameLine(below.text) : null;
  // Past a role and the name printed once more ("clandestineclandestine" / "Gast" / "clandestine").
  while (k < lines.length && lines[k]!.blanksBefore === 0 && (isCommentResidue(lines[k]!.text) || lines[k]!.text === named)) k++;
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
