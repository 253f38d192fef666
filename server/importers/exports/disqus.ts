// Disqus's XML export: `<thread dsq:id>`s (the pages), then `<post>`s naming their thread and
// parent by `dsq:id`, with deleted and spam flags.
import { htmlToText } from "../html/dom";
import { child, childText, type XmlElement } from "./xml";
import { keepId, type ExportedComment, type ExportedThread } from "./thread";

/** Disqus post ids are global: "dq-123". */
export const disqusId = keepId("dq-");

export function readDisqus(root: XmlElement): ExportedThread[] {
  const disqus = child(root, "disqus");
  if (!disqus) throw new Error("not a Disqus export: no <disqus> root");
  const threads = new Map<string, ExportedThread>();
  for (const t of disqus.children.filter((c) => c.name === "thread")) {
    const id = t.attributes["dsq:id"] ?? childText(t, "id") ?? String(threads.size);
    threads.set(id, { key: id, title: childText(t, "title"), site: childText(t, "forum"), body: [], comments: [] });
  }
  for (const p of disqus.children.filter((c) => c.name === "post")) {
    const threadId = child(p, "thread")?.attributes["dsq:id"];
    if (!threadId) continue;
    let thread = threads.get(threadId);
    if (!thread) threads.set(threadId, (thread = { key: threadId, title: null, site: null, body: [], comments: [] }));
    const author = child(p, "author");
    const comment: ExportedComment = {
      id: p.attributes["dsq:id"] ?? childText(p, "id") ?? "",
      parentId: child(p, "parent")?.attributes["dsq:id"] ?? null,
      author: childText(author, "name") ?? childText(author, "username"),
      time: childText(p, "createdAt"),
      text: htmlToText(childText(p, "message") ?? ""),
      removed: childText(p, "isDeleted") === "true" || childText(p, "isSpam") === "true",
    };
    thread.comments.push(comment);
  }
  return [...threads.values()].filter((t) => t.comments.length > 0);
}
