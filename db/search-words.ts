/**
 * What a reader typed, as the tokens every engine's query is built from, and a check of the words
 * an index cannot see whole.
 *
 * Tokens are split by SQLite's unicode61 rule (letters, numbers and private-use characters make
 * tokens, everything else separates them; the combining accents U+0300–U+036F vanish inside a
 * token). Every token is required; the last one also matches as a prefix while the reader is
 * still typing. The index keeps no token positions on SQLite (decision record 001), so a query is
 * built from single tokens, never phrases.
 *
 * A word joined by an apostrophe or a hyphen (`don't`, `e-mail`) becomes two tokens; `accepts`
 * then keeps only the texts where they stand next to each other, as the reader meant.
 */
export interface ReaderSearch {
  /** The tokens of each word, at most MAX_WORDS words. */
  words: string[][];
  /** The same tokens cut down to characters every SQLite build agrees on (its fallback query). */
  settled: string[][];
  accepts: (text: string) => boolean;
}

const MAX_WORDS = 12;
export const ACCEPT_ALL = () => true;
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
/** Characters whose Unicode class has not moved in decades: the fallback's tokens. */
const SETTLED = /[0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3]+/g;
const DIACRITICS = /[\u0300-\u036f]/g;

/** One spelling for comparing a text with the reader's words: accents off, compatibility forms and case folded. */
export const fold = (s: string) => s.normalize("NFKD").replace(DIACRITICS, "").toLowerCase();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** At most this many tokens make a query. */
export const MAX_TOKENS = MAX_WORDS * 4;

export function readerSearch(input: string): ReaderSearch | null {
  // Words are what spaces separate; the tokens of a word are what the tokenizer would cut it into.
  const words = input
    .normalize("NFC")
    .replace(DIACRITICS, "")
    .split(/\s+/u)
    .map((w) => w.match(TOKEN) ?? [])
    .filter((tokens) => tokens.length > 0)
    .slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const compounds = words
    .map((tokens, i) => ({ tokens, last: i === words.length - 1 }))
    .filter(({ tokens }) => tokens.length > 1)
    .map(({ tokens, last }) => new RegExp(`(?<![\\p{L}\\p{N}])${tokens.map((t) => escapeRegExp(fold(t))).join("[^\\p{L}\\p{N}\\s]{1,3}")}${last ? "" : "(?![\\p{L}\\p{N}])"}`, "u"));
  const settled = words.map((tokens) => tokens.flatMap((t) => t.match(SETTLED) ?? [])).filter((t) => t.length > 0);
  return {
    words,
    settled,
    accepts: compounds.length === 0 ? ACCEPT_ALL : (text) => {
      const folded = fold(text);
      return compounds.every((re) => re.test(folded));
    },
  };
}

/**
 * Corpus search lists the comments with every word whole first, newest first, then those where
 * the last word only begins a word (`budget` before `budgets`). An index answers whole words from
 * the newest end and stops at the limit; a prefix makes it gather every word the prefix begins
 * first (125 ms over ten million comments), so that query runs only when whole words fall short.
 */
export function wholeWordsFirst<T extends { id: string }>(whole: T[], wanted: number, prefix: () => T[]): T[] {
  if (whole.length >= wanted) return whole;
  const seen = new Set(whole.map((h) => h.id));
  return [...whole, ...prefix().filter((h) => !seen.has(h.id))].slice(0, wanted);
}
