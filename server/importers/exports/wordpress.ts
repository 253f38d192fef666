// WordPress's export (WXR): one `<item>` a post or page, its `<wp:comment>`s with
// `wp:comment_parent` naming the parent by `wp:comment_id`.
import { htmlToBlocks, htmlToText } from "../html/dom";
import { child, childText, type XmlElement } from "./xml";
import type { ExportedThread } from "./thread";

const DISCUSSED = new Set(["post", "page"]);

/** The export's site, from the `<channel>`'s elements before its first item: it namespaces comment ids. */
export function wxrSite(channel: XmlElement): { key: string; name: string | null } {
  return { key: childText(channel, "link") ?? childText(channel, "title") ?? "wordpress", name: childText(channel, "title") };
}

/** One `<item>`, a whole thread; null for what is not discussed (attachments, menus). */
export function wxrThread(item: XmlElement, siteName: string | null): ExportedThread | null {
  if (!DISCUSSED.has(childText(item, "wp:post_type") ?? "post")) return null;
  return {
    key: childText(item, "wp:post_id") ?? childText(item, "guid") ?? "",
    title: childText(item, "title"),
    site: siteName,
    body: htmlToBlocks(childText(item, "content:encoded") ?? ""),
    comments: item.children.filter((c) => c.name === "wp:comment").map((c) => comment(c)),
  };
}

function comment(c: XmlElement) {
  const parent = childText(c, "wp:comment_parent");
  const approved = childText(c, "wp:comment_approved") ?? "1";
  const type = childText(c, "wp:comment_type") ?? "";
  const date = childText(c, "wp:comment_date_gmt") ?? childText(c, "wp:comment_date");
  return {
    id: childText(c, "wp:comment_id") ?? "",
    parentId: parent && parent !== "0" ? parent : null,
    author: childText(c, "wp:comment_author"),
    time: date ? date.replace(" ", "T") : null,
    text: htmlToText(childText(c, "wp:comment_content") ?? ""),
    // Spam, trash and pingbacks are not the discussion; they stay only as placeholders for replies.
    removed: approved === "spam" || approved === "trash" || type === "pingback" || type === "trackback",
  };
}
