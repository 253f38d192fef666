// Comments as a saved page's markup holds them: a block per comment, named for what it is
// (`comment`, a forum's `post`, schema.org `Comment`), holding an author, maybe a time, and
// the text; a reply is a block inside its parent's block, or a block indented by its page.
import { findTime, parseTime } from "../text/timestamps";
import { descendants, lineOf, nameWords, paragraphsOf, wordsOf } from "./dom";

export interface MarkupComment {
  el: Element;
  /** The comment this one replies to, by index into the list, or null. */
  parent: number | null;
  depth: number;
  author: string | null;
  /** `<time datetime>`, a date in a title attribute, or the time as the page writes it. */
  time: string | null;
  paragraphs: string[];
  /** The page's own anchor for the comment (`comment-341163`, `p130573`, `t1_ehq47gs`). */
  anchor: string | null;
  /** A forum's post number ("#12"), when the page prints one. */
  postNumber: number | null;
}

export interface MarkupThread {
  comments: MarkupComment[];
  /** Blocks named as forum posts, not comments: the first may be the thread's opening post. */
  forum: boolean;
  /** Where the depth came from: nesting of blocks, or the page's indentation of flat blocks. */
  parentSource: "markup" | "indent";
}

/** Words that name a comment's block. */
const COMMENT_WORDS = new Set(["comment", "comtr", "answer"]);
/** Words that name a forum post's block: these repeat as siblings, unlike an article's `post`. */
const POST_WORDS = new Set(["post", "postbit", "postcontainer", "message"]);
const COMMENT_TYPES = /schema\.org\/(?:Comment|Answer|DiscussionForumPosting)$/i;

const AUTHOR_WORDS = new Set(["author", "fn", "username", "user", "hnuser", "poster", "commenter", "creator", "nickname", "nick"]);
const TIME_WORDS = new Set(["time", "date", "datetime", "published", "timestamp", "age", "postdate", "dateline", "posted", "created"]);
const TEXT_WORDS = new Set(["content", "text", "body", "message", "commtext", "cooked", "prose", "copy", "bbwrapper", "entry", "usertext", "postcontent", "richtext"]);
/** Parts that are never a comment's text: its header, its buttons, its footer. */
const CHROME_WORDS = new Set([
  "meta", "metadata", "reply", "replies", "actions", "action", "footer", "header", "vote", "votes", "like", "likes", "share",
  "signature", "sig", "avatar", "toolbar", "buttons", "button", "report", "edit", "form", "navigation", "nav",
]);
/** Links to a member's profile: the author where the page names no part as such. */
const PROFILE_LINK = /(?:^|\/)(?:user|u|users|members?|profile|profiles|author|authors)(?:\/|\.php|$)|memberlist\.php\?mode=viewprofile|member\.php\?u=|user\?id=/i;

const EMPHASIS = new Set(["A", "STRONG", "B", "CITE"]);
const NUMBER_TAGS = new Set(["A", "SPAN", "STRONG"]);
const INLINE = new Set(["A", "SPAN", "B", "I", "EM", "STRONG", "SMALL", "TIME", "ABBR", "CITE", "LABEL", "IMG", "BUTTON", "CODE", "FONT", "INPUT"]);

const has = (words: string[], set: Set<string>) => words.some((w) => set.has(w));
/** The first class name: blocks alike in a list share it (`li.comment`, `li.post`). */
const firstClass = (el: Element) => (el.getAttribute("class") ?? "").trim().split(/\s+/)[0];
/** The last word of each class name: what the element is (`comment-author` is an author). */
const lastWords = (el: Element) => (el.getAttribute("class") ?? "").split(/\s+/).map((name) => wordsOf(name).pop() ?? "");

/**
 * Finds the page's comments in document order (parents first). Returns null when the markup
 * holds none, so the caller can read the page as text instead.
 */
export function findComments(document: Document): MarkupThread | null {
  // A comment's inner wrappers are named like it (`li.comment > div.comment-body`): nested blocks
  // with the same first author (or, without one, the same text part) are one comment, the outermost.
  const groups = new Map<Element, { el: Element; forum: boolean; inner: Element }>();
  for (const block of withoutLists(commentBlocks(document).filter((b) => !inForm(b.el)))) {
    const key = firstAuthorPart(block.el) ?? textPart(block.el, () => true, null) ?? block.el;
    const group = groups.get(key);
    if (group) group.inner = block.el;
    else groups.set(key, { ...block, inner: block.el });
  }
  // Only blocks with an author or a time are comments (a `comment-reply-link` is not).
  const isComment = (el: Element) => {
    const own = ownTo(el, blockEls);
    return firstAuthorPart(el, own) !== null || timePart(el, own) !== null;
  };
  const blockEls = blockSet([...groups.values()].map((g) => g.el));
  const elements = new Set([...blockEls.all].filter(isComment));
  const commentSet = blockSet(elements);
  const found: MarkupComment[] = [];
  const indexOf = new Map<Element, number>();
  const placeholders = new Set<Element>();
  const withoutTextPart = new Set<Element>();
  let forum = false;
  for (const { el, inner, forum: isPost } of groups.values()) {
    if (!elements.has(el)) continue;
    const own = ownTo(el, commentSet);
    const author = firstAuthorPart(el, own);
    // The comment form is not a comment, nor is a list that holds the comments and the form (a
    // form without a text field is just markup: old Reddit wraps each comment's text in one).
    if (descendants(el).some((e) => e.tagName === "TEXTAREA" && own(e))) continue;
    const text = textPart(el, own, author);
    if (!text) withoutTextPart.add(el);
    // Without a part named as its text, the text is the comment's innermost block without its header.
    const paragraphs = text
      ? paragraphsOf(text, (e) => elements.has(e) || isChrome(e))
      : paragraphsOf(inner, (e) => elements.has(e) || isChrome(e) || isHeader(e));
    const parent = enclosing(el, indexOf);
    indexOf.set(el, found.length);
    forum ||= isPost;
    if (!author && !text) placeholders.add(el);
    found.push({
      el,
      parent,
      depth: parent === null ? 0 : found[parent]!.depth + 1,
      author: author ? authorName(author) : el.getAttribute("data-author") || null,
      time: timeOf(el, own, author),
      paragraphs,
      anchor: anchorOf(el),
      postNumber: postNumberOf(el, own),
    });
  }
  // Placeholders ("Comment deleted by user": no author, no part named as text; or, where a page
  // names its comments' text parts, a collapsed comment without one) and blocks without words (a
  // sidebar's latest posts) are kept only where replies hang from them, so the replies keep their place.
  if (withoutTextPart.size < found.length / 2) for (const el of withoutTextPart) placeholders.add(el);
  const parents = new Set(found.map((c) => c.parent));
  const comments = found.filter((c, i) => (c.paragraphs.length > 0 && !placeholders.has(c.el)) || parents.has(i));
  if (comments.length === 0) return null;
  const flat = comments.every((c) => c.parent === null);
  return { comments: reindexed(comments, found), forum, parentSource: flat && indentDepths(comments) ? "indent" : "markup" };
}

/**
 * Drops the blocks that are lists of comments (`ol.comment-list`): their first author is inside
 * one of two or more alike blocks right under them. Under a comment, the block holding its first
 * author is its own wrapper (`li.comment > article.comment`), unlike the replies' blocks.
 */
function withoutLists<B extends { el: Element }>(blocks: B[]): B[] {
  const set = new Set(blocks.map((b) => b.el));
  const under = new Map<Element, Element[]>();
  for (const { el } of blocks) {
    let up = el.parentElement;
    while (up && !set.has(up)) up = up.parentElement;
    if (up) {
      const items = under.get(up);
      if (items) items.push(el);
      else under.set(up, [el]);
    }
  }
  const signature = (e: Element) => `${e.tagName} ${firstClass(e)}`;
  return blocks.filter(({ el }) => {
    const items = under.get(el) ?? [];
    const author = firstAuthorPart(el);
    const first = author && items.find((i) => i.contains(author));
    return !first || items.filter((i) => signature(i) === signature(first)).length < 2;
  });
}

/** Parts of `el` that are not inside one of the other `blocks` within it (a reply's are the reply's). */
function ownTo(el: Element, blocks: BlockSet): (part: Element) => boolean {
  // Most comments hold no other block: then every part is theirs, without a walk up per part.
  if (!blocks.holders.has(el)) return () => true;
  return (part) => {
    for (let e = part.parentElement; e && e !== el; e = e.parentElement) if (blocks.all.has(e)) return false;
    return true;
  };
}

/** Blocks, and those of them that hold another (found in one walk up from each block). */
interface BlockSet {
  all: Set<Element>;
  holders: Set<Element>;
}

function blockSet(elements: Iterable<Element>): BlockSet {
  const all = new Set(elements);
  const holders = new Set<Element>();
  for (const el of all) {
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (!all.has(up)) continue;
      holders.add(up);
      break;
    }
  }
  return { all, holders };
}

/** Elements named as comments or forum posts, outermost first (document order). */
function commentBlocks(document: Document): { el: Element; forum: boolean }[] {
  const out: { el: Element; forum: boolean }[] = [];
  // Not `querySelectorAll("body *")`: a descendant selector costs linkedom a walk up per element.
  for (const el of descendants(document.body)) {
    if (INLINE.has(el.tagName)) continue; // a link to `#comment-12` is not a comment
    const words = nameWords(el);
    // `comment-author`, `comment-content`, `comment-meta` are parts of a comment, not one
    // (while WordPress's `comment-author-admin` on a comment's block names its member).
    const last = lastWords(el);
    if (has(last, AUTHOR_WORDS) || has(last, TIME_WORDS) || has(last, CHROME_WORDS)) continue;
    const itemType = el.getAttribute("itemtype") ?? "";
    if (COMMENT_TYPES.test(itemType) || el.tagName.toLowerCase() === "shreddit-comment") {
      out.push({ el, forum: /DiscussionForumPosting/i.test(itemType) });
    } else if (has(words, COMMENT_WORDS) && !has(last, TEXT_WORDS)) {
      out.push({ el, forum: false });
    } else if (has(words, POST_WORDS) && /\d/.test(el.getAttribute("id") ?? "") && hasSiblingLike(el, words)) {
      out.push({ el, forum: true });
    }
  }
  return out;
}

/** A forum's posts stand in a row: another element of the same tag and name beside this one (or around it). */
function hasSiblingLike(el: Element, words: string[]): boolean {
  const named = words.filter((w) => POST_WORDS.has(w));
  const like = (s: Element) => s.tagName === el.tagName && /\d/.test(s.getAttribute("id") ?? "") && nameWords(s).some((w) => named.includes(w));
  // Posts may alternate with separators or ads: a few steps each way.
  for (let s = el.previousElementSibling, hops = 0; s && hops < 3; s = s.previousElementSibling, hops++) if (like(s)) return true;
  for (let s = el.nextElementSibling, hops = 0; s && hops < 3; s = s.nextElementSibling, hops++) if (like(s)) return true;
  // A lone reply nested in a post like it (Disqus's `li.post > ul.children > li.post`).
  for (let up = el.parentElement, hops = 0; up && hops < 6; up = up.parentElement, hops++) if (like(up) && firstClass(up) === firstClass(el)) return true;
  return false;
}

function inForm(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.tagName === "FORM" || e.id === "respond") return true;
  return false;
}

function enclosing(el: Element, byEl: Map<Element, number>): number | null {
  for (let e = el.parentElement; e; e = e.parentElement) {
    const i = byEl.get(e);
    if (i !== undefined) return i;
  }
  return null;
}

const isChrome = (el: Element) => has(nameWords(el), CHROME_WORDS) && !has(nameWords(el), TEXT_WORDS);

/** The element naming the comment's author: the innermost part named so, or a profile link. */
function firstAuthorPart(el: Element, own: (e: Element) => boolean = () => true): Element | null {
  // Microdata names the author for sure; otherwise the first part named so that is not a time ("user-action-time").
  const declared = descendants(el).find((p) => (p.getAttribute("itemprop") ?? "").split(/\s+/).includes("author") && own(p) && nameIn(p));
  for (const part of declared ? [declared] : descendants(el)) {
    if (!own(part) || (!isAuthorNamed(part) && part !== declared) || has(nameWords(part), TIME_WORDS)) continue;
    const name = nameIn(part);
    if (!name || name.length > 80) continue;
    // `.comment-author` holds an avatar, `cite.fn` and "says:": the innermost named part is the name.
    return descendants(part).find((e) => isAuthorNamed(e) && nameIn(e)) ?? part;
  }
  for (const link of descendants(el)) {
    if (link.tagName !== "A" || !link.hasAttribute("href")) continue;
    if (own(link) && PROFILE_LINK.test(link.getAttribute("href")!) && lineOf(link) && lineOf(link).length <= 80) return link;
  }
  return null;
}

/** The name an author part writes: its text without the time, the reply button or "says:". */
function nameIn(part: Element): string {
  return paragraphsOf(part, (e) => isTimeLike(e) || isChrome(e))
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/\s+(?:says|said|sagt|schreibt|schrieb|a écrit|dit|dice|dijo|escribió|wrote)\s*:?$/i, "")
    .replace(/^[\s\-–—|·:]+|[\s\-–—|·:]+$/g, "");
}

const isTimeLike = (el: Element) => el.tagName === "TIME" || has(nameWords(el), TIME_WORDS) || (el.childElementCount === 0 && findTime((el.textContent ?? "").trim()) !== null);

// Old themes mark the name with a bare `<cite>` ("<cite><strong>Ramón</strong> dijo:</cite>").
const isAuthorNamed = (el: Element) => (has(nameWords(el), AUTHOR_WORDS) || (el.tagName === "CITE" && !el.closest("blockquote"))) && !has(nameWords(el), TEXT_WORDS);
/** A comment's header parts: who wrote it, when, and its buttons. */
const isHeader = (el: Element) => isAuthorNamed(el) || has(nameWords(el), TIME_WORDS) || el.tagName === "TIME";

function authorName(part: Element): string | null {
  const name = nameIn(part);
  // "par <strong>camille59</strong> » Lun 8 Jan", "<strong>Ben</strong> 19. Juni 2018": the emphasized name.
  for (const e of descendants(part)) {
    if (!EMPHASIS.has(e.tagName)) continue;
    const inner = nameIn(e);
    if (inner && inner !== name && name.includes(inner) && !isTimeLike(e) && !isChrome(e)) return inner;
  }
  return name || null;
}

/**
 * The comment's text: the first part named as text (`comment-content`, `message-body`,
 * `itemprop=text`; failing those, any name with such a word) that does not hold its header
 * (its `author` part; a quote's or a mention's names may be inside) and is not a menu of links.
 */
function textPart(el: Element, own: (e: Element) => boolean, author: Element | null): Element | null {
  let loose: Element | null = null;
  for (const part of descendants(el)) {
    const words = nameWords(part);
    if (!own(part) || !has(words, TEXT_WORDS) || has(words, AUTHOR_WORDS) || has(words, TIME_WORDS) || has(words, CHROME_WORDS)) continue;
    if (part.closest("a")) continue; // a link is a button ("Private Nachricht"), not what was said
    const named = part.getAttribute("itemprop") === "text" || has(lastWords(part), TEXT_WORDS);
    if (!named && loose) continue;
    if (author && part.contains(author)) continue;
    const text = lineOf(part);
    if (!text && part.getAttribute("itemprop") !== "text") continue;
    const links = descendants(part).filter((e) => e.tagName === "A");
    if (links.length > 1 && links.reduce((n, a) => n + lineOf(a).length, 0) > 0.8 * text.length) continue;
    if (named) return part;
    loose = part;
  }
  return loose;
}

function timePart(el: Element, own: (e: Element) => boolean): Element | null {
  let written: Element | null = null;
  for (const part of descendants(el)) {
    if (!own(part)) continue;
    if (part.tagName === "TIME") return part;
    // Unnamed parts are read only at the leaves: reading every element of a deep chain would cost its depth squared.
    const line = has(nameWords(part), TIME_WORDS) ? lineOf(part) : !written && part.childElementCount === 0 ? (part.textContent ?? "").trim() : "";
    if (!line || line.length > 80) continue;
    // A named part with neither a digit nor a time word in it is a separator ("•").
    if (has(nameWords(part), TIME_WORDS) && (/\d/.test(line + (part.getAttribute("title") ?? "")) || parseTime(line))) return part;
    // Unnamed, but nothing but a time ("6 years ago"): kept in case no part is named as one.
    if (line.length <= 40 && parseTime(line)) written = part;
  }
  return written;
}

function timeOf(el: Element, own: (e: Element) => boolean, author: Element | null): string | null {
  // The time beside the author ("answered May 4" by the answerer, not "edited May 6" by an editor).
  let part: Element | null = null;
  for (let up = author?.parentElement ?? null; up && up !== el && !part; up = up.parentElement) part = timePart(up, own);
  part ??= timePart(el, own);
  if (part) {
    const precise = part.getAttribute("datetime") ?? part.querySelector("[datetime]")?.getAttribute("datetime") ?? part.getAttribute("title");
    return precise?.trim() || lineOf(part) || null;
  }
  // Many themes write the time as the text of the comment's permalink, in its `meta` line.
  for (const a of descendants(el)) {
    if (!((a.tagName === "A" && (a.getAttribute("href") ?? "").includes("#")) || (a.getAttribute("class") ?? "").includes("meta"))) continue;
    if (!own(a)) continue;
    const line = lineOf(a);
    if (line.length <= 80 && findTime(line)) return line;
  }
  return null;
}

/** The comment's anchor: its own id, or the id of the first element in it that has one. */
function anchorOf(el: Element): string | null {
  return el.getAttribute("id") || descendants(el).find((e) => e.id)?.id || null;
}

function postNumberOf(el: Element, own: (e: Element) => boolean): number | null {
  for (const a of descendants(el)) {
    if (!NUMBER_TAGS.has(a.tagName)) continue;
    if (a.childElementCount > 0 || !own(a)) continue; // "#12" is a leaf; reading every wrapper would cost depth squared
    const m = /^(?:post\s*)?#\s?(\d{1,7})$/i.exec(lineOf(a));
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * Flat blocks the page indents (Hacker News' spacer cells, new Reddit's padding): depth is the
 * rank of the indentation, the parent the nearest earlier comment one level up. Returns false
 * when the page indents nothing.
 */
function indentDepths(comments: MarkupComment[]): boolean {
  const indents = comments.map((c) => indentOf(c.el));
  const levels = [...new Set(indents)].sort((a, b) => a - b);
  if (levels.length < 2) return false;
  const last: number[] = [];
  comments.forEach((c, i) => {
    let depth = levels.indexOf(indents[i]!);
    depth = Math.min(depth, last.length); // a level cannot be skipped
    last.length = depth;
    c.depth = depth;
    c.parent = depth === 0 ? null : last[depth - 1]!;
    last.push(i);
  });
  return true;
}

function indentOf(el: Element): number {
  const spacer = el.querySelector("td.ind, [indent]");
  if (spacer) {
    const indent = Number(spacer.getAttribute("indent") ?? spacer.querySelector("img")?.getAttribute("width") ?? NaN);
    if (Number.isFinite(indent)) return indent;
  }
  for (let e: Element | null = el, hops = 0; e && hops < 3; e = e.parentElement, hops++) {
    const m = /(?:padding|margin)-left:\s*(\d+(?:\.\d+)?)px/i.exec(e.getAttribute("style") ?? "");
    if (m) return Number(m[1]);
  }
  const depthAttr = el.getAttribute("depth");
  return depthAttr !== null && /^\d+$/.test(depthAttr) ? Number(depthAttr) : 0;
}

/** Parents as indexes into `kept` (a subset of `all`, in the same order). */
function reindexed(kept: MarkupComment[], all: MarkupComment[]): MarkupComment[] {
  if (kept.length === all.length) return kept;
  const index = new Map(kept.map((c, i) => [c, i]));
  for (const c of kept) c.parent = c.parent === null ? null : index.get(all[c.parent]!)!;
  return kept;
}
