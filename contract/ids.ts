// Comment ids are hashes of what a comment is, not of where it sits, so a permalink
// survives re-ingest and parser changes that leave the comment itself alone.

/**
 * cyrb53, a fast 53-bit string hash with good spread, fed two UTF-16 units per step
 * (hashing is the parser's hottest loop); pure JS so the parser stays portable.
 */
function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed ^ text.length;
  let h2 = 0x41c6ce57 ^ seed;
  const even = text.length & ~1;
  for (let i = 0; i < even; i += 2) {
    const ch = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  if (even < text.length) {
    const ch = text.charCodeAt(even);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function shortHash(text: string, seed = 0): string {
  return toId(hash53(text, seed));
}

const BASE36_5 = 36 ** 5;

/**
 * The hash in base 36, 11 digits. Same text as `hash.toString(36).padStart(11, "0")`, in two
 * small-integer halves: V8 prints a large double in base 36 about seven times slower.
 */
function toId(hash: number): string {
  const low = hash % BASE36_5;
  return ((hash - low) / BASE36_5).toString(36).padStart(6, "0") + low.toString(36).padStart(5, "0");
}

/**
 * Assigns ids from source, author and text (its paragraphs as the dump wrote them);
 * the n-th identical comment in a dump gets occurrence n, so duplicates stay distinct and stable.
 * The text is hashed once, in place, with the source and author folded into the seed.
 */
export function commentIdAssigner(source: string): (author: string | null, text: string) => string {
  const seen = new Map<number, number>();
  return (author, text) => {
    const hash = hash53(text, hash53(`${source}\u0000${author ?? ""}`) | 0);
    const occurrence = seen.get(hash) ?? 0;
    seen.set(hash, occurrence + 1);
    return occurrence === 0 ? toId(hash) : shortHash(`${toId(hash)}#${occurrence}`);
  };
}
