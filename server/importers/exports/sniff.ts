// An export told from its first bytes, without loading the importers that read it.

/** An export's format from its first bytes, or null when it is not one. */
export function sniffExport(head: string): "xml" | "json" | "jsonl" | null {
  const start = head.trimStart();
  if (start.startsWith("<?xml") || /^<(?:rss|disqus)[\s>]/.test(start)) return /<rss[\s>]|<disqus[\s>]/.test(head) ? "xml" : null;
  if (start.startsWith("[")) return "json";
  if (start.startsWith("{")) return /\}[ \t\r]*\n[ \t\r]*\{/.test(start) ? "jsonl" : "json";
  return null;
}
