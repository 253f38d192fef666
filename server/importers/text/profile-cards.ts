// Forum posts print a card about their author beside the post: avatar, name, rank, "Joined" and
// "Posts" fields. Flattened, the card stands just before the post's date line (XenForo) or just
// after it (vBulletin). It names the author and is no part of anyone's text.
import type { CommentHeader } from "./headers";
import { isCommentEnd, isCommentResidue } from "./residue";
import type { Line } from "./types";

/** Field labels of profile cards in the languages forums come in. */
const CARD_LABEL = /^(?:join date|joined|registered|member since|mitglied seit|registriert seit|location|posts|messages|reputation|likes?(?: received)?|reactions?(?: score)?|points|trophies|threads|beiträge|themen|mitglied seit|registriert(?: seit)?|dabei seit|ort|wohnort|reaktionen|reaktionspunkte|punkte|erhaltene likes|danke|inscrit(?: le)?|localisation|miembro desde|ubicación|mensajes|iscritto|località|messaggi)\s*:?$/iu;
/** Lines only a card has: "Seasha's Avatar", "Seasha is offline", "User avatar". */
const CARD_NAME = /^(?:(.{1,40}?)(?:'s|s')\s+avatar|(.{1,40}?)\s+(?:is|ist|est|está|è)\s+(?:offline|online|hors ligne|en ligne|desconectado|conectado)\b.*|avatar (?:von|de|di|van) (.{1,40})|user avatar)$/iu;
/** Card lines are short; after the date line they may carry a rank ("gargantua is online now Registered Member"). */
const SHORT = 40;
const SHORT_AFTER = 60;
const WINDOW = 16;

/** A card's field label ("Mitglied seit", "Join Date"): the date below it is no header. */
export const isCardLabel = (text: string) => CARD_LABEL.test(text);

const isCardish = (text: string, limit = SHORT) => text.length <= limit && !/[.!?;,]$/.test(text);
const looksLikeName = (text: string) => text.length >= 2 && text.length <= SHORT && text.split(/\s+/).length <= 4 && !CARD_LABEL.test(text) && !/^[\d.,\s]+$/.test(text);

/**
 * Reads the card around a header that names no one: the author from it, and the lines it spans
 * before the header (`before`) and after it (`after`), which become part of the header.
 */
export function readProfileCard(lines: readonly Line[], i: number, header: CommentHeader): { author: string | null; before: number; after: number } {
  const none = { author: null, before: 0, after: 0 };
  if (header.author !== null) return none;
  // After: vBulletin's "Seasha's Avatar" / "Seasha" / "+ View Profile" / "Join Date" / "Aug 2009".
  const end = i + header.lineCount;
  let after = 0;
  let author: string | null = null;
  let strong = false;
  for (let j = end; j < lines.length && j < end + WINDOW && isCardish(lines[j]!.text.replace(/^[+•*□-]\s+/, ""), SHORT_AFTER); j++) {
    const text = lines[j]!.text.replace(/^[+•*□-]\s+/, "");
    const named = CARD_NAME.exec(text);
    if (named) {
      author ??= (named[1] ?? named[2] ?? named[3])?.trim() || null;
      strong = true;
    }
    if (named || CARD_LABEL.test(text) || CARD_LABEL.test(lines[j - 1]!.text)) after = j - end + 1;
    if (CARD_LABEL.test(text)) strong = true;
  }
  if (strong && after > 0) {
    // Without "X's Avatar" or "X is offline", the card's first name-like line names it ("Crazyguy" / "View Profile" / "Join Date").
    author ??= lines.slice(end, end + after).map((l) => l.text).find((t) => looksLikeName(t) && !isCommentResidue(t) && !CARD_LABEL.test(t)) ?? null;
    return { author, before: 0, after };
  }
  // Before: XenForo's "L" / "Lov100" / "Erfahrener Benutzer" / "Mitglied seit" / "19. Januar 2018".
  let first = i;
  let labels = 0;
  for (let j = i - 1; j >= 0 && j >= i - WINDOW; j--) {
    const text = lines[j]!.text.replace(/^[+•*□-]\s+/, "");
    // vBulletin in German: "Predator ist offline Gehöre zum Inventar 931 Danke erhalten." names the author.
    const named = CARD_NAME.exec(text);
    if (named && (named[1] ?? named[2] ?? named[3])) return { author: (named[1] ?? named[2] ?? named[3])!.trim(), before: i - j, after: 0 };
    if (!isCardish(text)) break;
    if (CARD_LABEL.test(text)) labels++;
    first = j;
  }
  const run = lines.slice(first, i).map((l) => l.text);
  // XenForo draws a missing avatar as the name's first letter: "B" / "Baci Ton" / "Ambitioniertes Mitglied".
  const avatar = run.findIndex((t, k) => /^\p{L}$/u.test(t) && run[k + 1]?.toLowerCase().startsWith(t.toLowerCase()) === true);
  // Or prints the name twice, as a link and as the avatar's text: "djatcan" / "djatcan" / "Stammgast".
  const twice = run.findIndex((t, k) => k + 1 < run.length && t === run[k + 1] && looksLikeName(t));
  if (twice >= 0 && avatar < 0) return { author: run[twice]!, before: i - (first + twice), after: 0 };
  // Or lists its profile menu: "Profil" / "Beiträge anzeigen" / "Private Nachricht".
  // (A comment's own footer, with its reply link and votes, is no card.)
  const menu = run.some((t) => isCommentEnd(t)) ? 0 : run.filter((t) => isCommentResidue(t)).length;
  if (labels === 0 && avatar < 0 && menu < 2) return none;
  // The name stands just above the profile menu ("LordMGB" / "Profil" / "Beiträge anzeigen"), below whatever ended the last post.
  const isMenu = (t: string | undefined) => t !== undefined && isCommentResidue(t) && !/^[\d\s]*$/.test(t);
  const menuAt = run.findIndex((t, k) => k > 0 && isMenu(t) && isMenu(run[k + 1]));
  const nameAt = avatar >= 0 && avatar + 1 < run.length ? avatar + 1 : menuAt > 0 && looksLikeName(run[menuAt - 1]!) && !isCommentResidue(run[menuAt - 1]!) ? menuAt - 1 : run.findIndex((t) => looksLikeName(t) && !isCommentResidue(t));
  if (nameAt < 0 || !looksLikeName(run[nameAt]!)) return none;
  const cardStart = first + (avatar >= 0 ? avatar : nameAt);
  return { author: run[nameAt]!, before: i - cardStart, after: 0 };
}

const CARD_FIELD = /^[\p{L}][\p{L} ]{1,30}\s?:\s?\S.{0,40}$/u;

/**
 * phpBB prints its author's card after the post: the name alone, then "Messages: 3",
 * "Enregistré le: …". How many of a post's paragraphs are the post's own, the card left out.
 */
export function withoutTrailingCard(paragraphs: readonly string[], author: string): number {
  const at = paragraphs.lastIndexOf(author);
  if (at <= 0) return paragraphs.length;
  const after = paragraphs.slice(at + 1);
  return after.length > 0 && after.every((p) => CARD_FIELD.test(p)) ? at : paragraphs.length;
}
