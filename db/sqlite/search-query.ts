// A reader's search as an FTS5 query that cannot fail: quoted single tokens (see ../search-words.ts).
import { ACCEPT_ALL, MAX_TOKENS, readerSearch } from "../search-words";

export { ACCEPT_ALL };

/** A query, then the same with the tokens cut down to characters every SQLite build agrees on ("" when none are left). */
export type FtsQueries = [string, string];

export interface FtsSearch {
  /** The last token also matches as a prefix. */
  match: FtsQueries;
  /** Every token a whole word: the index reads it newest first and stops (../search-words.ts). */
  whole: FtsQueries;
  accepts: (text: string) => boolean;
}

// Tokens hold no quotes: they are letters and digits only.
function query(words: string[][], prefix: boolean): string {
  const tokens = words.flat().slice(0, MAX_TOKENS);
  return tokens.map((t, i) => `"${t}"` + (prefix && i === tokens.length - 1 ? "*" : "")).join(" ");
}

export function toFtsQuery(input: string): FtsSearch | null {
  const search = readerSearch(input);
  if (!search) return null;
  const both = (prefix: boolean): FtsQueries => [query(search.words, prefix), search.settled.length > 0 ? query(search.settled, prefix) : ""];
  return { match: both(true), whole: both(false), accepts: search.accepts };
}
