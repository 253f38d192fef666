// The article half of a dump: headline, dek and body blocks with their kinds.
import type { BlockKind, BodyBlock, Line } from "./types";

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
export function buildArticle(lines: readonly Line[], trailerTitle: string | null): Article {
  const texts = dedupeCaptions(lines.map((l) => l.text));
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
 * the same question twice) are real text and stay.
 */
function dedupeCaptions(texts: string[]): string[] {
  const out: string[] = [];
  const captions: number[] = [];
  for (const text of texts) {
    if (!isCaption(text)) {
      out.push(text);
      continue;
    }
    const same = captions.find((j) => out[j]!.startsWith(text) || text.startsWith(out[j]!));
    if (same === undefined) {
      captions.push(out.length);
      out.push(text);
    } else if (text.length > out[same]!.length) out[same] = text;
  }
  return out;
}
