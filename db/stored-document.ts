// A stored article back in the document contract's shape (for exports), the same on every engine.
import type { ParsedDocument } from "../contract/contract";
import type { Article, CommentRow } from "./store";

export function toStoredDocument({ document, body }: Article, comments: readonly CommentRow[]): ParsedDocument {
  return {
    source: document.source,
    title: document.title,
    subtitle: document.subtitle,
    site: document.site,
    body,
    comments: comments.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      depth: c.depth,
      author: c.author,
      authorSource: c.authorSource,
      parentSource: c.parentSource ?? "none",
      replyTo: c.replyTo,
      postedAt: c.postedAt,
      postedAtText: c.postedAtText,
      text: c.text,
    })),
  };
}
