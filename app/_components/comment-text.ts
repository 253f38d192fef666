// A comment's text as HTML: Markdown-lite (links, emphasis, quotes, code, lists) through
// markdown-it, which never passes raw HTML (`html: false`: tags show as text) and whose renderer
// escapes every value it writes. Why markdown-it: CommonMark, safe by default, and each construct
// and renderer rule can be switched or replaced on its own (docs/decisions/010-comment-markdown.md).
// Dumps are flattened pages, not Markdown sources, so what would misread them stays off:
// headings ("# 1 fan"), rules, tables, indented code (indentation is reply structure in a dump),
// entities ("&lt;" a commenter typed stays "&lt;") and images (a link to them instead: a reader's
// browser never fetches a picture a stranger chose).
import MarkdownIt, { type Env as MarkdownEnv } from "markdown-it";
import { DATA } from "./comment-markup";
import { escapeHtml } from "./escape-html";

/** Writes text content: escapes it, and may mark words (a search's). */
export type TextMarker = (text: string) => string;

/** Where a comment's first quote comes from: an earlier comment, linked at the quote's end. */
export interface QuoteSource {
  href: string;
  author: string;
}

/** What a render passes to the renderer's rules. */
type Env = MarkdownEnv & { mark: TextMarker; quote?: QuoteSource; quoted?: boolean };
const markOf = (env: MarkdownEnv | undefined) => (env as Env).mark;

/** Every link a commenter wrote: followed without endorsement, and without handing over this page. */
export const COMMENT_LINK_REL = "nofollow ugc noopener";

/** Only addresses a reader can follow out; `javascript:`, `data:`, relative paths and the like stay text. */
const FOLLOWABLE = /^(?:https?:\/\/|mailto:)/i;

const md = new MarkdownIt("default", { html: false, linkify: true, typographer: false });
md.disable(["heading", "lheading", "hr", "table", "code", "entity"]);
md.validateLink = (url) => FOLLOWABLE.test(url.trim());

const rules = md.renderer.rules;
rules.text = (tokens, idx, _options, env) => markOf(env)(tokens[idx]!.content);
rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx]!.attrSet("rel", COMMENT_LINK_REL);
  return self.renderToken(tokens, idx, options);
};
// A fence's language would become a class a commenter names: dropped.
const fence = rules.fence!;
rules.fence = (tokens, idx, options, env, self) => {
  tokens[idx]!.info = "";
  return fence(tokens, idx, options, env, self).trimEnd();
};
rules.blockquote_close = (tokens, idx, _options, env) => {
  const { quote, quoted } = env as Env;
  if (!quote || quoted || tokens[idx]!.level !== 0) return "</blockquote>";
  (env as Env).quoted = true;
  return `<a href="${escapeHtml(quote.href)}" ${DATA.quoteSource}>${escapeHtml(`quoting ${quote.author}`)}</a></blockquote>`;
};
rules.image = (tokens, idx, _options, env) => {
  const image = tokens[idx]!;
  const alt = markOf(env)(image.children?.map((t) => t.content).join("") || "image");
  // The address failed validateLink: its words alone.
  const src = String(image.attrGet("src") ?? "");
  return src ? `<a href="${escapeHtml(src)}" rel="${COMMENT_LINK_REL}">${alt}</a>` : alt;
};

/** What can make Markdown other than paragraphs: text without any of it is paragraphs of itself, made without the parser. */
const MARKDOWN_SIGN = /[*_~`[\]<\\]|^ {0,3}(?:[>+-]|\d{1,9}[.)])(?:[ \t]|$)|:\/\/|www\.|@/m;
const BLANK_LINES = /\n(?:[ \t]*\n)+/;

/**
 * The HTML of a comment's text. A text of one paragraph is its inline markup alone, without a
 * `<p>`: most comments are one, and a thread of ten thousand counts every node (issue 14).
 */
export function commentTextHtml(text: string, mark: TextMarker = escapeHtml, quote?: QuoteSource): string {
  if (!MARKDOWN_SIGN.test(text)) {
    // Most comments: the parser's result, ten times sooner.
    const paragraphs = text.split(BLANK_LINES).map((p) => p.trim()).filter((p) => p !== "");
    return paragraphs.length === 1 ? mark(paragraphs[0]!) : paragraphs.map((p) => `<p>${mark(p)}</p>`).join("");
  }
  const env: Env = { mark, quote };
  const tokens = md.parse(text, env);
  // No line breaks between blocks: each would be a text node of its own.
  for (const token of tokens) token.block = false;
  if (tokens.length === 3 && tokens[0]!.type === "paragraph_open") return md.renderer.renderInline(tokens[1]!.children ?? [], md.options, env);
  return md.renderer.render(tokens, md.options, env);
}
