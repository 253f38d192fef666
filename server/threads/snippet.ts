// A short excerpt around the first searched word, with matches marked for display.

export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/**
 * Cuts `text` to about `width` characters around the first word that starts like one of
 * `words` (or its stem), and wraps every such word in MARK_START…MARK_END (control characters, so a
 * page can turn them into <mark> while rendering everything else as text).
 */
export function snippet(text: string, words: readonly string[], width = 200): string {
  const flat = text.replace(/\s+/g, " ").replace(/[\u0002\u0003]/g, "");
  // The search index stems words ("phishing" finds "phish"); cutting long words back to a
  // stem-like prefix marks roughly what it matched.
  const usable = words
    .filter((w) => w.length > 0)
    .map((w) => (w.length > 5 ? w.slice(0, Math.max(4, w.length - 3)) : w))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (usable.length === 0) return flat.slice(0, width);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.join("|")})[\\p{L}\\p{N}]*`, "giu");
  const first = pattern.exec(flat)?.index ?? 0;
  const start = Math.max(0, first - Math.floor(width / 3));
  const cut = flat.slice(start, start + width);
  const marked = cut.replace(pattern, (m) => `${MARK_START}${m}${MARK_END}`);
  return `${start > 0 ? "…" : ""}${marked}${start + width < flat.length ? "…" : ""}`;
}
