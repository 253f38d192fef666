// The discussion as nested lists (the markup in comment-markup.ts), built as one HTML string
// from the thread's flat list in display order. A thread can hold tens of thousands of
// comments: building the markup directly is ~50× faster than a React tree of the same, and the
// walk needs no recursion, so depth is limited only by MAX_NESTING. A page shows the thread in
// parts (thread-parts.ts): each part is a slice of the list, and a part that starts inside a
// sub-thread says under which comment it continues. Every dump-derived value goes through
// escapeHtml. Attributes are single-quoted: a part inside the RSC payload is JSON-escaped, where
// every double quote costs four bytes.
import { isArticleAuthor } from "@/server/threads/article-author";
import type { FlatComment } from "@/server/threads/flat-thread";
import { CLASS, DATA, commentElementId } from "./comment-markup";
import { commentTextHtml } from "./comment-text";
import { quoteFinder } from "./quoted-source";
import { escapeHtml } from "./escape-html";
import { formatPostedAt } from "./format-time";

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
  /** The article's author, where its byline names them (server/threads/article-author.ts): their comments are marked. */
  articleAuthor?: string | null;
}

export interface Part {
  /** The first and one past the last comment of the list this part holds. */
  start: number;
  end: number;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summary(c: FlatComment): string {
  return `${count(c.descendantCount, "reply", "replies")} · ${count(c.people, "person", "people")} · longest chain ${c.longestChain}`;
}

/** A long exchange between just two people folds into "alice ↔ bob (14)": the comments below `at` form one chain of two names. */
function backAndForth(flat: readonly FlatComment[], at: number): [string, string] | null {
  const top = flat[at]!;
  if (top.descendantCount < 4 || top.people > 2 || top.author === null) return null;
  const names = new Set<string>();
  for (let i = at; i <= at + top.descendantCount; i++) {
    const c = flat[i];
    // A chain: each comment the only reply of the one before it, all in the list.
    if (!c || c.author === null || (i > at && c.parentId !== flat[i - 1]!.id)) return null;
    names.add(c.author);
  }
  if (names.size !== 2) return null;
  return [...names] as [string, string];
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

/** The comment's time, which is also its permalink (as on Hacker News and Reddit). */
function permalinkHtml(c: FlatComment, href: string): string {
  const time = c.postedAt
    ? `<time datetime='${escapeHtml(c.postedAt)}'>${escapeHtml(formatPostedAt(c.postedAt))}</time>`
    : c.postedAtText
      ? `<time>${escapeHtml(c.postedAtText)}</time>`
      : "permalink";
  return `<a href='${href}' ${DATA.permalink}>${time}</a>`;
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

/**
 * The comments `part` of `flat` (the view's list in display order, each parent before its
 * replies) as list items. The first part (start 0) comes wrapped in the thread's list; a later
 * one is bare items, those that continue a sub-thread marked with the comment they go under.
 */
export function renderCommentTree(flat: readonly FlatComment[], options: TreeOptions, part: Part = { start: 0, end: flat.length }): string {
  const baseDepth = flat[0]?.depth ?? 0;
  const levels = Math.min(options.depth ?? MAX_NESTING, MAX_NESTING);
  const mark = highlighter(options.words ?? []);
  const carry = escapeHtml(options.carry ?? "");
  // Where each comment is in the list, and how many of its replies the list shows.
  const index = new Map<string, number>();
  const shownReplies = new Map<string, number>();
  flat.forEach((c, i) => {
    index.set(c.id, i);
    if (c.parentId !== null && index.has(c.parentId)) shownReplies.set(c.parentId, (shownReplies.get(c.parentId) ?? 0) + 1);
  });

  const quoted = quoteFinder(flat, index);
  // Plain concatenation: V8 builds a rope and flattens it once, with far less garbage than push-and-join.
  let html = part.start === 0 ? `<ol class='${CLASS.list}' ${DATA.root}>` : "";
  /** Ids of the comments whose list items are open, innermost last. */
  const open: string[] = [];
  for (let i = part.start; i < part.end; i++) {
    const c = flat[i]!;
    const level = c.depth - baseDepth;
    if (level >= levels) continue; // behind its ancestor's "continue this thread"
    while (open.length > 0 && open[open.length - 1] !== c.parentId) {
      open.pop();
      html += "</ol></li>";
    }
    const parentAt = c.parentId === null ? undefined : index.get(c.parentId);
    // The first of a part that continues a sub-thread begun in an earlier part.
    const under = open.length === 0 && parentAt !== undefined && parentAt < part.start ? ` ${DATA.under}='${escapeHtml(c.parentId!)}'` : "";
    const id = escapeHtml(c.id);
    const replies = shownReplies.get(c.id) ?? 0;
    const showReplies = replies > 0 && level + 1 < levels;
    const pair = showReplies ? backAndForth(flat, i) : null;
    const cardClass = c.role === "match" || options.highlightId === c.id ? `${CLASS.card} ${CLASS.highlighted}` : c.role === "context" ? `${CLASS.card} ${CLASS.context}` : CLASS.card;
    const name = c.author ?? "unknown";
    // In a filtered view, the replies a button folds are those shown, not the thread's.
    const folds = c.role ? count(replies, "shown reply", "shown replies") : count(c.descendantCount, "reply", "replies");
    const label = c.parentId === null ? `Comment from ${name}, level 1` : `Reply from ${name} to ${c.parentAuthor ?? "unknown"}, level ${c.depth + 1}`;

    html +=
      `<li ${DATA.depth}='${c.depth}'` +
      (c.author ? ` ${DATA.author}='${escapeHtml(c.author)}'` : "") +
      (c.role ? ` ${DATA.role}='${c.role}'` : "") +
      under +
      `><article id='${commentElementId(id)}' tabindex='-1' class='${cardClass}' aria-label='${escapeHtml(label)}'>` +
      (showReplies
        ? `<button type='button' ${DATA.collapse} aria-expanded='true' aria-label='Collapse ${folds}' ${DATA.summary}='${escapeHtml(pair ? `${pair[0]} ↔ ${pair[1]} (${c.descendantCount + 1})` : summary(c))}'` +
          (pair ? ` ${DATA.between}='${escapeHtml(pair.join(","))}'` : "") +
          "></button>"
        : "") +
      "<h3>" +
      (c.author ? `<a href='/u/${escapeHtml(encodeURIComponent(c.author))}'>${escapeHtml(c.author)}</a>` : "<i>unknown</i>") +
      (c.authorSource === "inferred" ? "<small title='Name inferred from a reply that answers this comment'>(name inferred)</small>" : "") +
      (isArticleAuthor(c.author, options.articleAuthor ?? null) ? `<small ${DATA.articleAuthor}>article’s author</small>` : "") +
      (c.role === "context" ? "<small>context</small>" : "") +
      permalinkHtml(c, `/c/${id}${carry}`) +
      (c.parentId ? `<a href='#${commentElementId(escapeHtml(c.parentId))}' ${DATA.up} aria-label='parent'${parentHint(c.parentSource)}></a>` : "") +
      "</h3>";
    const source = c.text.includes(">") ? quoted(i) : undefined;
    html += commentTextHtml(c.text, mark, source === undefined ? undefined : { href: `#${commentElementId(flat[source]!.id)}`, author: flat[source]!.author ?? "unknown" });
    html += "</article>";
    if (showReplies) {
      html += `<ol class='${c.depth < INDENTED_LEVELS ? CLASS.list : `${CLASS.list} ${CLASS.flat}`}' ${DATA.replies}>`;
      open.push(c.id);
    } else {
      if (replies > 0) html += `<a class='${CLASS.more}' href='/c/${id}${carry}'>continue this thread (${count(c.descendantCount, "reply", "replies")}) →</a>`;
      html += "</li>";
    }
  }
  for (let k = 0; k < open.length; k++) html += "</ol></li>";
  return part.start === 0 ? `${html}</ol>` : html;
}
