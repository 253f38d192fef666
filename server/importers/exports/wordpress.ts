// WordPress's export (WXR): one `<item>` a post or page, its `<wp:comment>`s with
// `wp:comment_parent` naming the parent by `wp:comment_id`.
import { htmlToBlocks, htmlToText } from "../html/dom";
import { child, childText, type XmlElement } from "./xml";
import type { ExportedThread } from "./thread";

const DISCUSSED = new Set(["post", "page"]);

export function readWxr(root: XmlElement): { threads: ExportedThread[]; site: string } {
  const channel = child(child(root, "rss"), "channel");
  if (!channel) throw new Error("not a WordPress export: no <rss><channel>");
  const site = childText(channel, "link") ?? childText(channel, "title") ?? "wordpress";
  const siteName = childText(channel, "title");
  const threads: ExportedThread[] = [];
  for (const item of channel.children.filter((c) => c.name === "item")) {
    if (!DISCUSSED.has(childText(item, "wp:post_type") ?? "post")) continue;
    threads.push({
      key: childText(item, "wp:post_id") ?? childText(item, "guid") ?? String(threads.length),
      title: childText(item, "title"),
      site: siteName,
      body: htmlToBlocks(childText(item, "content:encoded") ?? ""),
      comments: item.children.filter((c) => c.name === "wp:comment").map((c) => comment(c)),
    });
  }
  return { threads, site };
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
