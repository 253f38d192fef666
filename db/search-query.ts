/**
 * Turns what a reader typed into a safe FTS5 query: every word quoted (so FTS5 operators
 * and stray quotes are plain text and cannot raise a syntax error), all words required,
 * the last one also matching as a prefix while the reader is still typing.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}_'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ""))
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w.replace(/"/g, '""')}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}
