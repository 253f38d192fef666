import type { Line } from "./types";

const TAB_WIDTH = 4;

/**
 * Splits a dump into its non-blank lines, keeping each line's indentation and the
 * blank lines before it: the two traces of layout that flattened comment threads keep.
 */
export function splitLines(raw: string): Line[] {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lines: Line[] = [];
  let blanks = 0;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = n;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    let indent = 0;
    let i = start;
    for (; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) indent++;
      else if (c === 9) indent += TAB_WIDTH - (indent % TAB_WIDTH);
      else break;
    }
    // trim() also strips non-breaking and other Unicode spaces, which are never indentation.
    const content = text.slice(i, stop).trim();
    if (content.length === 0) blanks++;
    else {
      lines.push({ indent, text: content, blanksBefore: blanks });
      blanks = 0;
    }
    start = end + 1;
  }
  return lines;
}

