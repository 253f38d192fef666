// A reader's search as an FTS5 query that cannot fail: quoted single tokens (see ../search-words.ts).
import { ACCEPT_ALL, MAX_TOKENS, readerSearch } from "../search-words";

export { ACCEPT_ALL };

export interface FtsSearch {
  match: string;
  /** The same query with the tokens cut down to characters every SQLite build agrees on. */
  conservative: string;
  accepts: (text: string) => boolean;
}

// Tokens hold no quotes: they are letters and digits only.
function query(words: string[][]): string {
  const tokens = words.flat().slice(0, MAX_TOKENS);
  return tokens.map((t, i) => `"${t}"` + (i === tokens.length - 1 ? "*" : "")).join(" ");
}

export function toFtsQuery(input: string): FtsSearch | null {
  const search = readerSearch(input);
  if (!search) return null;
  return { match: query(search.words), conservative: search.settled.length > 0 ? query(search.settled) : "", accepts: search.accepts };
}
