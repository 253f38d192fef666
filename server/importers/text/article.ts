// The article half of a dump: headline, dek and body blocks with their kinds.
import { joinWrapped } from "./lines";
import { findTime } from "./timestamps";
import type { BlockKind, BodyBlock } from "../../../contract/contract";
import type { Line } from "./types";

export interface Article {
  title: string | null;
  subtitle: string | null;
  body: BodyBlock[];
}

const CAPTION = /^(?:featured (?:photo|image)|photo|image|picture|illustration|credit|source|top image|header image)\s*(?:credit)?\s*:|\b(?:file photo|\(ap photo|ap photo\/|getty images|reuters\/|\/ afp|photo by|photo credit|image credit|image via|photo via)\b/i;
const LIST_ITEM = /^(?:\d{1,3}[.)]|[-*•▪◦–]|[a-z][.)])\s+\S/i;

export function isCaption(text: string): boolean {
  return text.length <= 400 && CAPTION.test(text);
}

/** A headline: one short line that does not read as a sentence. */
function isHeadline(text: string): boolean {
  if (text.length < 8 || text.length > 200) return false;
  if (text.split(/\s+/).length > 30) return false;
  return !/[.,;:]["”’)]?$/.test(text);
}

/** A section heading inside the body: short, unpunctuated, between paragraphs. */
function isHeading(text: string): boolean {
  if (text.length > 80 || text.split(/\s+/).length > 10) return false;
  if (/[.,;:!?]["”’)]?$/.test(text)) return false;
  return /^[\p{Lu}\p{N}"“‘']/u.test(text) || /^[\p{L}]+:\s/u.test(text);
}

function isQuote(text: string): boolean {
  return /^>\s?/.test(text) || (/^[“"]/.test(text) && /[”"][.,]?$/.test(text) && text.length > 40);
}

export function blockKind(text: string): BlockKind {
  if (isCaption(text)) return "caption";
  if (LIST_ITEM.test(text)) return "list-item";
  if (isQuote(text)) return "quote";
  if (isHeading(text)) return "heading";
  return "paragraph";
}

/**
 * Builds the article from the lines before the comments, furniture already removed.
 * The headline is the first headline-shaped line, looking past leading captions
 * (photo captions often come first in a scrape); the dek is the short line after it.
 */
export function buildArticle(lines: readonly Line[], trailerTitle: string | null, page: { lines: readonly Line[]; headlineWithin: number } | null = null, width: number | null = null): Article {
  // A web page begins with its site's navigation; its headline stands further down, and is
  // looked for before wrapped lines are joined (a long headline may reach the wrap column).
  if (page) {
    const candidates = lines.slice(0, page.headlineWithin).map((l) => l.text);
    // Where no line stands out, the first that is not the page's navigation or a button.
    let headline = findHeadline(candidates, page.lines);
    if (headline < 0) headline = candidates.findIndex((t, i) => i < HEADLINE_WINDOW && isHeadline(t) && t.split(/\s+/).length >= 2 && !NAVIGATION.test(t) && !/\[|\(button\)/i.test(t));
    const rest = joinWrapped(lines.filter((_, i) => i !== headline), width);
    return { title: headline >= 0 ? lines[headline]!.text : trailerTitle, subtitle: null, body: dedupeCaptions(rest.map((l) => l.text)).map((text) => ({ kind: blockKind(text), text })) };
  }
  const texts = dedupeCaptions(joinWrapped(lines, width).map((l) => l.text));
  let start = 0;
  while (start < texts.length && start < 3 && isCaption(texts[start]!)) start++;
  let title: string | null = null;
  let subtitle: string | null = null;
  const first = texts[start];
  if (first !== undefined && isHeadline(first) && texts.length > start + 1) {
    title = first;
    texts.splice(start, 1);
    const dek = texts[start];
    const after = texts[start + 1];
    if (dek !== undefined && after !== undefined && dek.length <= 200 && !isCaption(dek) && !LIST_ITEM.test(dek) && after.length > dek.length) {
      subtitle = dek;
      texts.splice(start, 1);
    }
  }
  title ??= trailerTitle;
  return { title, subtitle, body: texts.map((text) => ({ kind: blockKind(text), text })) };
}

/**
 * Scrapes often repeat a photo caption, sometimes once bare and once with its credit:
 * keep one, the fuller, in the first one's place. Other repeated lines (a reporter asking
 * the same question twice) are real text and stay. Two captions are one where one is the
 * other up to a word's end ("Photo: A storm" and "Photo: A storm (AP)"); each caption is
 * looked up by its word-end prefixes, so thousands of captions cost linear time.
 */
function dedupeCaptions(texts: string[]): string[] {
  const out: string[] = [];
  /** Every caption kept, and every word-end prefix of one, to the index of the caption in `out`. */
  const seen = new Map<string, number>();
  for (const text of texts) {
    if (!isCaption(text)) {
      out.push(text);
      continue;
    }
    const prefixes = wordEndPrefixes(text);
    // The same as a kept caption, or its bare form (the key is a prefix of a kept one), or its fuller form.
    let same = seen.get(text);
    for (const p of prefixes) {
      if (same !== undefined) break;
      const j = seen.get(p);
      if (j !== undefined && out[j] === p) same = j;
    }
    if (same === undefined) {
      for (const p of [text, ...prefixes]) if (!seen.has(p)) seen.set(p, out.length);
      out.push(text);
    } else if (text.length > out[same]!.length) {
      out[same] = text;
      for (const p of [text, ...prefixes]) if (!seen.has(p)) seen.set(p, same);
    }
  }
  return out;
}

/** "Photo: A storm (AP)" -> ["Photo:", "Photo: A", "Photo: A storm"]: where a shorter caption could end. */
function wordEndPrefixes(text: string): string[] {
  const prefixes: string[] = [];
  for (let i = text.indexOf(" "); i > 0; i = text.indexOf(" ", i + 1)) prefixes.push(text.slice(0, i).trimEnd());
  return prefixes;
}

/** Headlines stand near the top: lines further down are not asked. */
const HEADLINE_WINDOW = 400;
const fold = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[\s"“”„«»‘’']+/g, " ").trim();
const NAVIGATION = /^(?:(?:re|aw|antw|rép|resp):\s|link:|#|skip to|press j|zum inhalt|springe|aller au contenu|r\/|u\/|posted by|page \d|seite \d)|\s[|»›>]\s|\b(?:feed|rss|atom)\b|^(?:home|startseite|menu|menü|navigation|search|suche|subreddit)\b|^(?:\d{1,4}[.)]|[•*□■○◦▪▫+·#–☆★-])\s|[\d.]+%|^[\p{L} ]{2,25}:\s*[\d.,]+$|\b(?:login|log in|register|sign in|anmelden|registrieren)\b|_{5,}/iu;

/**
 * The headline of a web page's article: among headline-shaped lines, the one the page repeats
 * (forums print a thread's title in breadcrumbs and every "Re:"; blogs in "N comments on “…”"),
 * followed by the article's prose, not in a run of menu items. -1 where no line stands out.
 */
function findHeadline(texts: readonly string[], page: readonly Line[]): number {
  // Where a headline repeats (breadcrumbs, "Re: …" subjects, "12 comments on “…”") is near a
  // page's top and bottom: only those lines are asked, so a huge page costs no more.
  const near = (page.length > 4000 ? [...page.slice(0, 3000), ...page.slice(-1000)] : page).map((l) => fold(l.text)).filter((t) => t.length <= 240);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < texts.length && i < HEADLINE_WINDOW; i++) {
    const text = texts[i]!;
    if (!isHeadline(text) || text.split(/\s+/).length < 2 || NAVIGATION.test(text) || isCaption(text)) continue;
    let score = 0;
    const folded = fold(text);
    if (near.filter((t) => t.length <= folded.length + 40 && t.includes(folded)).length >= 2) score += 3;
    // Its article's prose follows, with nothing headline-like between (a site name is followed by menus and the headline).
    const next = texts.slice(i + 1, i + 6);
    const prose = next.findIndex((t) => t.length >= 100 && /[.!?]/.test(t));
    if (prose >= 0 && !next.slice(0, prose).some((t) => t.length >= 20 && isHeadline(t) && !/\d/.test(t))) score += 2;
    // Headlines carry their date or byline just below.
    if (next.slice(0, 2).some((t) => t.length <= 60 && findTime(t))) score += 1;
    const neighbours = [texts[i - 1], texts[i + 1]].filter((t) => t !== undefined && t.length < 30).length;
    if (neighbours === 2) score -= 1;
    if (text.length >= 20) score += 1;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best;
}
