// A saved web page (.html) -> ParsedDocument. The reply tree is read from the markup, where it
// is exact (comment-markup.ts); the article by Mozilla's Readability over linkedom's DOM; a page
// whose markup holds no comments is read as text by the text importer. Pure: no I/O.
import { Readability } from "@mozilla/readability";
import type { BodyBlock, ParsedComment, ParsedDocument } from "../../../contract/contract";
import { commentIdAssigner, shortHash } from "../../../contract/ids";
import { parseDocument } from "../text";
import { SECTION_MARKER } from "../text/page-sections";
import { findTime } from "../text/timestamps";
import { findComments, type MarkupComment, type MarkupThread } from "./comment-markup";
import { blocksOf, isUnseen, lineOf, nameWords, nestsDeeperThan, parsePage } from "./dom";

/** Nesting beyond which a page is not given to Readability (its whole text is the article). */
const READABLE_DEPTH = 400;

export function importHtml(source: string, html: string): ParsedDocument {
  const document = parsePage(html);
  const thread = findComments(document);
  if (!thread) return parseDocument(source, pageText(document));
  const site = metaContent(document, "og:site_name");
  const headline = headlineOf(document);
  for (const c of thread.comments) c.el.remove();
  // The comment form and the section around the comments; not every form (old Reddit's post text is in one).
  for (const textarea of Array.from(document.querySelectorAll("textarea"))) textarea.closest("form")?.remove();
  for (const section of Array.from(document.querySelectorAll("#respond, #comments, .comments, #disqus_thread"))) section.remove();
  const rest = articleOf(document, headline);
  // A forum thread's first page opens with the post the thread is about: that is its article,
  // unless the posts stand in a story's comment section (Disqus names its comments `post`).
  const first = thread.comments[0]!;
  const flat = thread.comments.every((c) => c.parent === null);
  const opening = thread.forum && flat && (first.postNumber ?? 1) <= 1 && !inCommentSection(first.el) ? first : null;
  const article = opening ? { title: headline, body: opening.paragraphs.map((text): BodyBlock => ({ kind: "paragraph", text })) } : rest;
  return {
    source,
    title: article.title,
    subtitle: null,
    site,
    body: article.body,
    comments: toComments(source, thread, opening),
  };
}

const COMMENT_SECTION = new Set(["comment", "comments", "disqus", "respond"]);

function inCommentSection(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (nameWords(up).some((w) => COMMENT_SECTION.has(w))) return true;
  return false;
}

/** The page's text the way a browser shows it, one block a paragraph, for the text importer. */
function pageText(document: Document): string {
  return blocksOf(document.body).map((b) => b.text).join("\n\n");
}

function metaContent(document: Document, property: string): string | null {
  const meta = document.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  return meta?.getAttribute("content")?.trim() || null;
}

/**
 * The headline: the longest visible heading that the page's `<title>` or Open Graph title
 * repeats ("Blue LED off" of "Blue LED off - ODROID"; not the logo's "ODROID" alone), or the
 * part of the title a heading repeats ("Sort of new here" of "Thread: Sort of new here"), else
 * the Open Graph title, else `<title>`.
 */
function headlineOf(document: Document): string | null {
  const titles = [metaContent(document, "og:title"), document.querySelector("title")?.textContent ?? null]
    .filter((t): t is string => !!t)
    .map((t) => t.replace(/\s+/g, " ").trim());
  const headings = Array.from(document.querySelectorAll("h1, h2, h3"))
    .filter((h) => !isUnseen(h))
    .map(lineOf)
    .filter((h) => h.length >= 4);
  const repeated = headings.filter((h) => titles.some((t) => t.includes(h))).sort((a, b) => b.length - a.length)[0];
  // A heading counts when it is most of a title, not a word of it ("ODROID").
  if (repeated && titles.some((t) => repeated.length >= 0.3 * t.length)) return repeated;
  const parts = titles.flatMap((t) => t.split(/\s+[-|»•:–—·]+\s+/)).filter((p) => p.length >= 4);
  const part = parts.filter((p) => headings.some((h) => h.includes(p))).sort((a, b) => b.length - a.length)[0];
  return part ?? (titles[0] ? withoutSiteName(titles[0]) : null);
}

/** "Show HN: Tides | Hacker News" -> "Show HN: Tides": a short last part after a bar or dash is the site's name. */
function withoutSiteName(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  const last = parts[parts.length - 1]!;
  return parts.length >= 2 && last.length <= 30 && last.length < title.length / 2 ? title.slice(0, title.length - last.length).replace(/\s+[|–—-]\s+$/, "") : title;
}

/** The article by Readability, on the page without its comments. */
function articleOf(document: Document, headline: string | null): { title: string | null; body: BodyBlock[] } {
  // Readability's cleaning costs the square of the nesting depth; real pages nest a few dozen deep.
  if (nestsDeeperThan(document.body, READABLE_DEPTH)) return { title: headline, body: blocksOf(document.body) };
  let result: ReturnType<Readability<string>["parse"]> = null;
  try {
    result = new Readability(document, { charThreshold: 100 }).parse();
  } catch {
    result = null; // Readability gives up on some broken pages: an article without body, not a failed file.
  }
  if (!result?.content) return { title: headline, body: [] };
  const content = parsePage(`<!doctype html><html><body>${result.content}</body></html>`);
  // A heading that counts the comments ("2 Answers", "38 Kommentare") is the comments' chrome.
  const body = blocksOf(content.body).filter((b) => !SECTION_MARKER.test(b.text));
  const title = headline ?? (result.title?.trim() || null);
  // Readability often repeats the headline as the article's first line.
  if (body[0] && title && body[0].text === title) body.shift();
  // It takes the byline out of the text: it goes back at the top, where pages print it (and where
  // the thread finds the article's author, server/threads/article-author.ts).
  const byline = result.byline?.replace(/\s+/g, " ").trim();
  if (byline && byline.length <= 120 && !body.some((b) => b.text.includes(byline))) body.unshift({ kind: "paragraph", text: /^by\b/i.test(byline) ? byline : `By ${byline}` });
  return { title, body };
}

function toComments(source: string, thread: MarkupThread, opening: MarkupComment | null): ParsedComment[] {
  const idFor = commentIdAssigner(source);
  const kept = thread.comments.filter((c) => c !== opening);
  const ids = new Map<MarkupComment, string>();
  const depths = new Map<string, number>();
  const seen = new Set<string>();
  return kept.map((c) => {
    const text = c.paragraphs.join("\n\n");
    // The page's own anchor names a comment for good (its text may be edited); a hash of it keeps ids URL-safe.
    let id = c.anchor ? shortHash(`${source}\u0000#${c.anchor}`) : idFor(c.author, text);
    if (seen.has(id)) id = idFor(c.author, text);
    seen.add(id);
    ids.set(c, id);
    const parent = c.parent === null ? null : thread.comments[c.parent]!;
    const parentId = parent && parent !== opening ? ids.get(parent)! : null;
    const time = c.time ? timeOf(c.time) : null;
    depths.set(id, parentId === null ? 0 : depths.get(parentId)! + 1);
    return {
      id,
      parentId,
      depth: depths.get(id)!,
      author: c.author,
      authorSource: c.author ? "header" : null,
      parentSource: parentId === null ? "none" : thread.parentSource,
      replyTo: null,
      postedAt: time?.iso ?? null,
      postedAtText: time?.raw ?? null,
      text,
    };
  });
}

/** `2019-04-06T21:29:00+00:00` from a datetime attribute, or a time as the page writes it. */
function timeOf(value: string): { iso: string | null; raw: string } | null {
  const machine = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(value);
  if (machine) return { iso: machine[2] ? `${machine[1]}T${machine[2]}` : machine[1]!, raw: value };
  const found = findTime(value);
  return found ? { iso: found.iso, raw: found.raw } : { iso: null, raw: value };
}
