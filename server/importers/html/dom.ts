// What the HTML importer reads of an element: the words its class names are made of, and its
// text as paragraphs the way a browser lays it out (blocks apart, inline runs together).

import { parseHTML } from "linkedom";
import type { BlockKind, BodyBlock } from "../../../contract/contract";

// Elements are typed with lib.dom's `Element`; linkedom's documents implement that interface.
type El = Element;

/**
 * A page's DOM by linkedom. Text that is not a whole document (no `<html>`) is given one, as a
 * browser would; linkedom leaves such a document without root.
 */
export function parsePage(html: string): Document {
  if (/<html[\s>]|<body[\s>]/i.test(html.slice(0, 65536))) {
    const { document } = parseHTML(html) as unknown as { document: Document };
    if (document.documentElement?.tagName === "HTML" && document.body) return document;
  }
  return (parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`) as unknown as { document: Document }).document;
}

/** Every element under `root` in document order, by a walk that needs no stack of calls. */
export function descendants(root: El): El[] {
  const out: El[] = [];
  const stack: El[] = [];
  const pushChildren = (el: El) => {
    const at = stack.length;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
    stack.splice(at, stack.length - at, ...stack.slice(at).reverse());
  };
  pushChildren(root);
  while (stack.length > 0) {
    const el = stack.pop()!;
    out.push(el);
    pushChildren(el);
  }
  return out;
}

/** How deep elements nest under `root`, counted up to `limit`. */
export function nestsDeeperThan(root: El, limit: number): boolean {
  const stack: [El, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}

const ELEMENT = 1;
const TEXT = 3;

/**
 * The words an element's class, id and microdata name it by, lower case: `comment-author`,
 * `commentAuthor` and `comment_author` all give "comment" and "author".
 */
export function nameWords(el: El): string[] {
  return wordsOf(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""} ${el.getAttribute("itemprop") ?? ""}`);
}

/** The words of one name: `wc-comment-text` gives "wc", "comment", "text". */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])|([A-Za-z])(\d)|(\d)([A-Za-z])/g, (_, a, b, c, d, e, f) => `${a ?? c ?? e} ${b ?? d ?? f}`)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Elements a reader never sees as text. */
const UNSEEN = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "SELECT", "TEXTAREA", "INPUT", "BUTTON", "HEAD", "TITLE", "META", "LINK"]);

/** Elements that start a new line in a browser's layout. */
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIALOG", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION",
  "SUMMARY", "TABLE", "TBODY", "TD", "TH", "THEAD", "TFOOT", "TR", "UL", "CENTER",
]);

const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200d|\ufe0f|\p{Emoji_Modifier})+$/u;

export const isUnseen = (el: El) => UNSEEN.has(el.tagName.toUpperCase()) || el.hasAttribute("hidden") || /display:\s*none/i.test(el.getAttribute("style") ?? "");

const KIND: Record<string, BlockKind> = {
  H1: "heading", H2: "heading", H3: "heading", H4: "heading", H5: "heading", H6: "heading",
  BLOCKQUOTE: "quote", LI: "list-item", DT: "list-item", FIGCAPTION: "caption", CAPTION: "caption",
};

/**
 * The text of `root` as blocks: every block element ends one, `<br>` breaks a line inside one,
 * whitespace collapses as a browser collapses it (kept in `<pre>`); a block's kind is that of the
 * innermost heading, quote, list item or caption holding it. `skip` leaves out elements (a nested
 * reply, a reply button) with everything in them. No recursion: a page nested thousands deep
 * cannot overflow the stack.
 */
export function blocksOf(root: El, skip: (el: El) => boolean = () => false): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const kinds: BlockKind[] = [];
  let current = "";
  const end = () => {
    const text = current.replace(/[ \t]*\n[ \t]*/g, "\n").trim();
    if (text) blocks.push({ kind: kinds[kinds.length - 1] ?? "paragraph", text });
    current = "";
  };
  // A stack of nodes still to visit, and markers for "this element ends here".
  const stack: (Node | { close: El })[] = [root];
  let pre = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ("close" in item) {
      const tag = item.close.tagName.toUpperCase();
      if (BLOCK.has(tag) || KIND[tag]) end();
      if (tag === "PRE") pre--;
      if (KIND[tag]) kinds.pop();
      continue;
    }
    if (item.nodeType === TEXT) {
      const text = item.textContent ?? "";
      current += pre > 0 ? text : text.replace(/\s+/g, " ");
      continue;
    }
    if (item.nodeType !== ELEMENT) continue;
    const el = item as El;
    const tag = el.tagName.toUpperCase();
    if (el !== root && (isUnseen(el) || skip(el))) continue;
    if (tag === "BR") {
      current = current.trimEnd() + "\n";
      continue;
    }
    if (tag === "IMG") {
      // An emoji drawn as an image (WordPress's `img.emoji alt="😀"`) is a character of the text;
      // other images, smileys' codes (":D") included, are not text, as in a browser's copy.
      const alt = el.getAttribute("alt")?.trim() ?? "";
      if (EMOJI.test(alt)) current += alt;
      continue;
    }
    if (BLOCK.has(tag) || KIND[tag]) end();
    if (tag === "PRE") pre++;
    if (KIND[tag]) kinds.push(KIND[tag]);
    stack.push({ close: el });
    // Sibling links, not `childNodes`: linkedom builds that list by walking the whole subtree.
    const at = stack.length;
    for (let child = el.firstChild; child; child = child.nextSibling) stack.push(child);
    stack.splice(at, stack.length - at, ...stack.slice(at).reverse());
  }
  end();
  return blocks;
}

/** The text of `root` as paragraphs (see blocksOf). */
export const paragraphsOf = (root: El, skip?: (el: El) => boolean): string[] => blocksOf(root, skip).map((b) => b.text);

/** An element's visible text on one line. */
export const lineOf = (el: El): string => paragraphsOf(el).join(" ").replace(/\s+/g, " ").trim();

/** HTML from an export (a comment body, a post's content) as the blocks a reader sees: markup never reaches the page. */
export function htmlToBlocks(html: string): BodyBlock[] {
  // Most exported comments are plain text: no markup, no entity, nothing to parse.
  if (!/[<&]/.test(html)) return html.split(/\n\s*\n/).map((p) => p.replace(/[ \t]+/g, " ").trim()).filter(Boolean).map((text) => ({ kind: "paragraph", text }));
  return blocksOf(parsePage(html).body);
}

/** The same as one text, its paragraphs apart. */
export const htmlToText = (html: string): string => htmlToBlocks(html).map((b) => b.text).join("\n\n");
