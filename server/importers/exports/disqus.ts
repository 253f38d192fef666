// Disqus's XML export: `<thread dsq:id>`s (the pages), then `<post>`s naming their thread and
// parent by `dsq:id`, with deleted and spam flags.
import { htmlToText } from "../html/dom";
import { child, childText, type XmlElement } from "./xml";
import { keepId, ThreadsByKey } from "./thread";

/** Disqus post ids are global: "dq-123". */
export const disqusId = keepId("dq-");

/** The children of `<disqus>` an element at a time: threads (in either order with their posts) and posts. */
export function disqusThreads() {
  const threads = new ThreadsByKey();
  return {
    /** Takes a child of the root: a thread's title and site, a post into its thread; categories are dropped. */
    add(el: XmlElement) {
      if (el.name === "thread") {
        const t = threads.get(el.attributes["dsq:id"] ?? childText(el, "id") ?? "");
        t.title = childText(el, "title");
        t.site = childText(el, "forum");
      } else if (el.name === "post") {
        const threadId = child(el, "thread")?.attributes["dsq:id"];
        if (!threadId) return;
        const author = child(el, "author");
        threads.get(threadId).comments.push({
          id: el.attributes["dsq:id"] ?? childText(el, "id") ?? "",
          parentId: child(el, "parent")?.attributes["dsq:id"] ?? null,
          author: childText(author, "name") ?? childText(author, "username"),
          time: childText(el, "createdAt"),
          text: htmlToText(childText(el, "message") ?? ""),
          removed: childText(el, "isDeleted") === "true" || childText(el, "isSpam") === "true",
        });
      }
    },
    threads: () => threads.all().filter((t) => t.comments.length > 0),
  };
}
