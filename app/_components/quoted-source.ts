// "Quoted text linked to its source" (issue 15): a reply that opens a quote ("> words") with the
// words of a comment above it, up its chain of parents, links the quote to that comment. Only
// the chain: quotes answer what they reply to, and the chain is a few comments, however large
// the thread.

/** Enough words to tell one comment's from another's. */
const MIN_QUOTE = 12;
const MAX_QUOTE = 80;
const MAX_ANCESTORS = 30;

/** Letters and digits only, lowercased, one space between words: Markdown, punctuation and wrapping do not count. */
const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The start of a text's first quote, normalized, or null. */
export function quoteOf(text: string): string | null {
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    if (/^ {0,3}>/.test(line)) lines.push(line.replace(/^ {0,3}>\s?/, ""));
    else if (lines.length > 0 && line.trim() === "") break;
  }
  const quote = normalize(lines.join(" ")).slice(0, MAX_QUOTE).trim();
  return quote.length >= MIN_QUOTE ? quote : null;
}

/**
 * A finder of quoted comments over one view's comments: `find(i)` is the index of the nearest
 * parent up the chain of comment `i` whose text holds its quote, or undefined.
 */
export function quoteFinder(flat: readonly { id: string; parentId: string | null; text: string }[], index: ReadonlyMap<string, number>) {
  const normalized = new Map<number, string>();
  const textAt = (i: number) => {
    let n = normalized.get(i);
    if (n === undefined) normalized.set(i, (n = normalize(flat[i]!.text)));
    return n;
  };
  return (i: number): number | undefined => {
    const quote = quoteOf(flat[i]!.text);
    if (quote === null) return undefined;
    let at = flat[i]!.parentId === null ? undefined : index.get(flat[i]!.parentId!);
    for (let steps = 0; at !== undefined && steps < MAX_ANCESTORS; steps++) {
      if (textAt(at).includes(quote)) return at;
      const parent = flat[at]!.parentId;
      at = parent === null ? undefined : index.get(parent);
    }
    return undefined;
  };
}
