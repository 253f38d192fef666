// One definition of a thread's markup and the hooks on it. comment-tree-html.ts writes it,
// globals.css styles it (comment-markup.test.ts checks that the two agree), the client island
// (thread-interactions.tsx) finds things by it, and the e2e tests select by it. A comment is:
//
//   <li data-author data-depth [data-role] [data-under]>       one per comment, in an <ol class=c-list>
//     <article id=c-ID class="c-card [c-hl|c-ctx]" tabindex=-1 aria-label="Reply from A to B, level N">
//       [<button data-collapse>]                                   when it has replies: folds them
//       <h3><a>author</a> [<small>] <a data-permalink><time/></a> [<a data-up>]</h3>
//       text (comment-text.ts: Markdown-lite; one paragraph is its inline markup alone, no <p>)
//     </article>
//     [<ol class=c-list data-replies>…] or [<a class=c-more>]  its replies, or a link to them
//   </li>
//
// Every node counts: a 10,000-comment thread is mostly this markup (issue 14), so a comment has
// ~10 nodes: counts, summaries and labels are attributes, the collapse and parent links' words come
// from the styles, and what only scripts use is made by them.

/** Classes, each styled in globals.css. */
export const CLASS = {
  /** Every list of comments: the thread's and each comment's replies. */
  list: "c-list",
  card: "c-card",
  /** A comment a search or a permalink is about. */
  highlighted: "c-hl",
  /** A comment shown only as context for one a filter kept. */
  context: "c-ctx",
  /** Replies past the indented levels: they stop moving right on a phone. */
  flat: "c-flat",
  /** "Continue this thread" where the depth limit stops. */
  more: "c-more",
  /** What a collapsed comment's replies are: made by the island from the button's DATA.summary. */
  summary: "c-summary",
  /** A comment's text outside a thread's card (commenter page, a comment's ancestors): styled as in the card. */
  text: "c-text",
} as const;

/** Data attributes: what scripts and tests read. */
export const DATA = {
  /** The thread's outer list. */
  root: "data-thread-root",
  author: "data-author",
  depth: "data-depth",
  /** "match" or "context" in a filtered view. */
  role: "data-role",
  /** On the first comments of a part loaded later: the comment whose replies they continue. */
  under: "data-under",
  /** A comment's list of replies. */
  replies: "data-replies",
  collapse: "data-collapse",
  /** On the collapse button: what the replies are, shown while they are collapsed. */
  summary: "data-summary",
  /** On the collapse button of a two-person exchange: the two names, for the link to their exchange (`?between=`). */
  between: "data-between",
  collapsed: "data-collapsed",
  permalink: "data-permalink",
  /** The link to a reply's parent. */
  up: "data-up",
  /** In the heading of a comment by the article's author. */
  articleAuthor: "data-article-author",
  /** At the end of a quote whose words are an earlier comment's: the link to that comment. */
  quoteSource: "data-quote-source",
  /** The island is hydrated: keys and toggles work. */
  ready: "data-ready",
  /** On the thread's container: how many parts the view has, where they are, and that all are in place (thread-parts.ts). */
  parts: "data-parts",
  partUrl: "data-part-url",
  /** Set by the island: how many parts are in place, and that all are. */
  placed: "data-placed",
  complete: "data-complete",
  /** The island's line saying how far the parts have come, or why they stopped. */
  partsStatus: "data-parts-status",
  /** Set by the island on the card of a commenter the reader hid: its text put away in a hidden element, a note in its place. */
  muted: "data-muted",
  mutedNote: "data-muted-note",
  /** Set by the island on the card of a comment this browser had not shown on the reader's last visit (reader-memory.ts). */
  fresh: "data-new",
} as const;

/** A comment's element id. */
export const commentElementId = (id: string) => `c-${id}`;

/** Selectors of the same, for scripts and tests. */
export const SELECT = {
  root: `[${DATA.root}]`,
  /** A comment's card; its id is commentElementId. */
  comment: "article[id^='c-']",
  /** The list item holding a comment and its replies. */
  item: "li:has(> article)",
  replies: `[${DATA.replies}]`,
  collapse: `[${DATA.collapse}]`,
  summary: `.${CLASS.summary}`,
  up: `a[${DATA.up}]`,
  permalink: `a[${DATA.permalink}]`,
  ready: `[${DATA.ready}]`,
  /** The container of the thread's markup. */
  thread: `[${DATA.parts}]`,
  complete: `[${DATA.complete}]`,
} as const;
