/**
 * What a reader typed, as an FTS5 query that cannot fail, and a check of the words FTS5 cannot
 * see whole.
 *
 * The index keeps no token positions (detail=column, migration 0007), so FTS5 refuses phrase
 * queries, and a quoted string is a phrase as soon as the tokenizer finds two tokens in it. So
 * the query is built from single tokens, split by the tokenizer's own rule (unicode61: letters,
 * numbers and private-use characters make tokens, everything else separates them; with
 * remove_diacritics the combining accents U+0300–U+036F vanish inside a token). Every token is
 * required; the last one also matches as a prefix while the reader is still typing.
 *
 * A word joined by an apostrophe or a hyphen (`don't`, `e-mail`) becomes two tokens; `accepts`
 * then keeps only the texts where they stand next to each other, as the reader meant.
 */
export interface FtsSearch {
  match: string;
  /** The same query with the tokens cut down to characters every SQLite build agrees on. */
  conservative: string;
  accepts: (text: string) => boolean;
}

const MAX_WORDS = 12;
export const ACCEPT_ALL = () => true;
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
/** Characters whose Unicode class has not moved in decades: the fallback's tokens. */
const SETTLED = /[0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3]+/g;
const DIACRITICS = /[\u0300-\u036f]/g;

/** One spelling for comparing a text with the reader's words: accents off, compatibility forms and case folded. */
const fold = (s: string) => s.normalize("NFKD").replace(DIACRITICS, "").toLowerCase();
const quote = (token: string) => `"${token}"`; // tokens hold no quotes: they are letters and digits only
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function query(words: string[][]): string {
  const tokens = words.flat().slice(0, MAX_WORDS * 4);
  return tokens.map((t, i) => quote(t) + (i === tokens.length - 1 ? "*" : "")).join(" ");
}

export function toFtsQuery(input: string): FtsSearch | null {
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
    match: query(words),
    conservative: settled.length > 0 ? query(settled) : "",
    accepts: compounds.length === 0 ? ACCEPT_ALL : (text) => {
      const folded = fold(text);
      return compounds.every((re) => re.test(folded));
    },
  };
}
