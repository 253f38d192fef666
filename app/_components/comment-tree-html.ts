// The discussion as nested lists, built as one HTML string. A thread can hold tens of
// thousands of comments: building the markup directly is ~50× faster than a React tree
// of the same, keeps the page's RSC payload to one copy of it, and needs no recursion,
// so depth is limited only by MAX_NESTING. Every dump-derived value goes through escapeHtml.
// Attributes are single-quoted: the RSC payload carries this string JSON-escaped inside a
// script, where every double quote would cost four bytes.
import type { ThreadNode } from "@/server/threads/flat-thread";
import { escapeHtml } from "./escape-html";
import { formatPostedAt } from "./format-time";

export type { ThreadNode };

/** Nesting deeper than this continues on the reply's own page, as on Reddit. */
const MAX_NESTING = 40;
/** Past this depth replies stop moving right, so a deep chain stays readable on a phone; the thread line stays. */
const INDENTED_LEVELS = 8;

export interface TreeOptions {
  words?: string[];
  /** Levels to show, counted from the first one rendered; deeper replies sit behind "continue this thread". */
  depth?: number;
  highlightId?: string;
  /** Query string (sort and such) that links to other comments carry along. */
  carry?: string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summary(node: ThreadNode): string {
  return `${count(node.descendantCount, "reply", "replies")} · ${count(node.people, "person", "people")} · longest chain ${node.longestChain}`;
}

/** A long exchange between just two people folds into "alice ↔ bob (14)". */
function backAndForth(node: ThreadNode): string | null {
  if (node.descendantCount < 4 || node.people > 2 || node.author === null) return null;
  const names = new Set<string>();
  for (let n: ThreadNode | undefined = node; n; n = n.children[0]) {
    if (n.children.length > 1 || n.author === null) return null;
    names.add(n.author);
  }
  if (names.size !== 2) return null;
  const [a, b] = [...names];
  return `${a} ↔ ${b} (${node.descendantCount + 1})`;
}

function highlighter(words: readonly string[]): (text: string) => string {
  if (words.length === 0) return escapeHtml;
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "giu");
  return (text) =>
    text
      .split(pattern)
      .map((part, i) => (i % 2 === 1 ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
      .join("");
}

function timeHtml(node: ThreadNode): string {
  if (node.postedAt) return `<time datetime='${escapeHtml(node.postedAt)}'>${escapeHtml(formatPostedAt(node.postedAt))}</time>`;
  if (node.postedAtText) return `<time>${escapeHtml(node.postedAtText)}</time>`;
  return "";
}

const PARENT_SOURCES: Record<string, string> = {
  indent: "the dump's indentation",
  "reply-to": "its \"in reply to\" line",
  level: "the level the page printed",
  markup: "the saved page's markup",
  export: "the export's own parent link",
};

/** Readers (and moderators weighing a reconstruction) can see why a reply hangs where it does. */
function parentHint(source: string | null): string {
  const how = source ? PARENT_SOURCES[source] : undefined;
  return how ? ` title='${escapeHtml(`Placed under its parent by ${how}`)}'` : "";
}

export function renderCommentTree(roots: readonly ThreadNode[], options: TreeOptions): string {
  const baseDepth = roots[0]?.depth ?? 0;
  const levels = Math.min(options.depth ?? MAX_NESTING, MAX_NESTING);
  const mark = highlighter(options.words ?? []);
  const carry = escapeHtml(options.carry ?? "");
  // Plain concatenation: V8 builds a rope and flattens it once, with far less garbage than push-and-join.
  let html = "<ol class='c-list' data-thread-root>";

  // An explicit stack of what to write next: a comment to open, or closing markup.
  const stack: (ThreadNode | string)[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]!);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      html += item;
      continue;
    }
    const node = item;
    const id = escapeHtml(node.id);
    const role = node.role;
    const name = node.author ?? "unknown";
    const showChildren = node.children.length > 0 && node.depth - baseDepth + 1 < levels;
    const cardClass = role === "match" || options.highlightId === node.id ? "c-card c-hl" : role === "context" ? "c-card c-ctx" : "c-card";
    const parentAuthor = node.parentId ? (node.parentAuthor ?? "unknown") : null;

    // Markup is kept lean (a 10,000-comment thread is mostly markup otherwise): styles hang
    // on element names in globals.css, and the client finds things by structure.
    html +=
      `<li data-depth='${node.depth}'` +
      (node.author ? ` data-author='${escapeHtml(node.author)}'` : "") +
      (role ? ` data-role='${role}'` : "") +
      `><article id='c-${id}' tabindex='-1' class='${cardClass}'><h3>` +
      (node.author ? `<a href='/u/${escapeHtml(encodeURIComponent(node.author))}'>${escapeHtml(node.author)}</a>` : "<i>unknown</i>") +
      (node.authorSource === "inferred" ? "<small title='Name inferred from a reply that answers this comment'>(name inferred)</small>" : "") +
      timeHtml(node) +
      `<span class='sr-only'>, ${parentAuthor === null ? `comment from ${escapeHtml(name)}, level 1` : `reply from ${escapeHtml(name)} to ${escapeHtml(parentAuthor)}, level ${node.depth + 1}`}</span></h3><div>`;
    for (const p of node.text.split("\n\n")) html += p.startsWith(">") ? `<blockquote>${mark(p)}</blockquote>` : `<p>${mark(p)}</p>`;
    html +=
      `</div><footer><span>${count(node.descendantCount, "reply", "replies")}</span><a href='/c/${id}${carry}'>permalink</a>` +
      (node.parentId ? `<a href='#c-${escapeHtml(node.parentId)}' data-up${parentHint(node.parentSource)}>parent</a>` : "") +
      (showChildren ? `<button type='button' data-collapse aria-expanded='true'>collapse</button><span data-summary hidden>${escapeHtml(backAndForth(node) ?? summary(node))}</span>` : "") +
      "</footer></article>";
    if (showChildren) {
      html += `<div class='${node.depth < INDENTED_LEVELS ? "c-replies" : "c-replies c-flat"}' data-replies><span aria-hidden='true' data-line></span><ol class='c-list'>`;
      stack.push("</ol></div></li>");
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    } else {
      if (node.children.length > 0) html += `<a class='c-more' href='/c/${id}${carry}'>continue this thread (${count(node.descendantCount, "reply", "replies")}) →</a>`;
      html += "</li>";
    }
  }
  return html + "</ol>";
}

