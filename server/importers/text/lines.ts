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


/**
 * The column text tools wrapped a dump's lines at (`w3m -cols 80`, `lynx -width=80`), or null
 * for a dump whose lines run to any length: where many lines end just short of one width.
 */
export function wrapWidth(lines: readonly Line[]): number | null {
  // A histogram of line widths (one pass; everything past 120 columns in one bin: not wrapped).
  const bins = new Array<number>(122).fill(0);
  let count = 0;
  for (const l of lines) {
    if (l.text.length < 30) continue;
    bins[Math.min(l.indent + l.text.length, 121)]!++;
    count++;
  }
  if (count < 5) return null;
  let width = 121;
  for (let seen = 0; width > 0; width--) if ((seen += bins[width]!) > count * 0.02) break;
  if (width > 120) return null;
  let nearEdge = 0;
  for (let w = Math.max(0, width - 12); w <= 121; w++) nearEdge += bins[w]!;
  return nearEdge >= count * 0.25 ? width : null;
}

/** List items, quotes and table rows keep their own lines even where the line above was full. */
const OWN_LINE = /^(?:\d{1,3}[.)]\s|[-*•▪◦–+>|]\s?|\[)/;

/**
 * Joins the lines a text tool broke at `width` back into paragraphs: a line continues the one
 * above when that one reached the wrap column and nothing but the wrap separates them.
 */
export function joinWrapped(lines: readonly Line[], width: number | null): Line[] {
  if (width === null) return [...lines];
  const out: Line[] = [];
  let previousEnd = 0;
  for (const line of lines) {
    const last = out[out.length - 1];
    // Word wrap leaves the line short by at most the next word's length.
    const nextWord = line.text.length - line.text.replace(/^\S+/, "").length;
    if (last && line.blanksBefore === 0 && line.indent === last.indent && previousEnd + 1 + nextWord > width && !OWN_LINE.test(line.text)) {
      out[out.length - 1] = { ...last, text: `${last.text} ${line.text}` };
    } else out.push(line);
    previousEnd = line.indent + line.text.length;
  }
  return out;
}

/** A list marker a text tool prints before an item: "1.", "•", "*", "□", "+", "o", "#". */
const LIST_MARKER = /^(?:(?:\d{1,4}[.)]|[•*□■○◦▪▫+·#–☆★-]|o)\s+)+/u;
const SYMBOL_MARKER = /^(?:(?:[•*□■○◦▪▫+·#–☆★-]|o)\s+)+/u;
const NUMBERED = /^(\d{1,4})[.)]\s/;

/** The width of the list markers at the start of `text`, or 0. */
export function listMarkerWidth(text: string): number {
  return LIST_MARKER.exec(text)?.[0].length ?? 0;
}

/** The same without a number ("□ 8. April 2019": the 8 is the date's day, not a list's). */
export function symbolMarkerWidth(text: string): number {
  return SYMBOL_MARKER.exec(text)?.[0].length ?? 0;
}

/** The number of a numbered list item ("12." of "12. Anna says:"), if the line is one. */
export function listNumber(text: string): number | undefined {
  const m = NUMBERED.exec(text);
  return m ? Number(m[1]) : undefined;
}
