/** Marks the searched words in a text; everything stays text (React escapes it). */
export function Highlight({ text, words }: { text: string; words: string[] }) {
  if (words.length === 0) return text;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(${escaped.join("|")})`, "giu");
  const parts = text.split(pattern);
  return parts.map((part, i) => (i % 2 === 1 ? <mark key={i} className="rounded bg-yellow-200 px-0.5 text-stone-900 dark:bg-yellow-600 dark:text-white">{part}</mark> : part));
}

export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return q.split(/[^\p{L}\p{N}_'’-]+/u).filter((w) => w.length > 1).slice(0, 12);
}
