// Comment ids are hashes of what a comment is, not of where it sits, so a permalink
// survives re-ingest and parser changes that leave the comment itself alone.

/** cyrb53: a fast 53-bit string hash with good spread; pure JS so the parser stays portable. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function shortHash(text: string): string {
  return hash53(text).toString(36).padStart(11, "0");
}

/**
 * Assigns ids from source, author and whitespace-normalised text; the n-th identical
 * comment in a dump gets occurrence n, so duplicates stay distinct and stable.
 */
export function commentIdAssigner(source: string): (author: string | null, text: string) => string {
  const seen = new Map<string, number>();
  return (author, text) => {
    const key = `${source}\u0000${author ?? ""}\u0000${text.replace(/\s+/g, " ").trim()}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return shortHash(`${key}\u0000${occurrence}`);
  };
}
