// Hacker News: an Algolia item (`/api/v1/items/ID`: a story with nested `children`) or items of
// the official API (`/v0/item/ID.json`: `parent` and `kids`), as an array or one a line.
import type { BodyBlock } from "../../../contract/contract";
import { htmlToBlocks, htmlToText } from "../html/dom";
import { fromEpoch, keepId, ThreadsByKey, type ExportedComment, type ExportedThread } from "./thread";
import { isObject, str, type Json } from "./json";

/** HN ids are global numbers: "hn-8863", readable and unique. */
export const hnId = keepId("hn-");

const storyBody = (item: Json): BodyBlock[] => {
  const blocks = str(item.text) ? htmlToBlocks(String(item.text)) : [];
  if (blocks.length === 0 && str(item.url)) blocks.push({ kind: "paragraph", text: String(item.url) });
  return blocks;
};

/** Algolia's nested item: the story and every comment under it. */
export function readAlgoliaItem(root: Json): ExportedThread {
  const comments: ExportedComment[] = [];
  const stack: { item: Json; parent: string | null }[] = [...((root.children as Json[] | undefined) ?? [])].reverse().map((item) => ({ item, parent: null }));
  while (stack.length > 0) {
    const { item, parent } = stack.pop()!;
    if (!isObject(item)) continue;
    const id = String(item.id);
    const text = str(item.text);
    comments.push({ id, parentId: parent, author: str(item.author), time: str(item.created_at) ?? fromEpoch(item.created_at_i), text: text ? htmlToText(text) : "", removed: text === null });
    const kids = (item.children as Json[] | undefined) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ item: kids[i]!, parent: id });
  }
  return { key: String(root.id), title: str(root.title), site: "Hacker News", body: storyBody(root), comments };
}

/** Official API items a record at a time, grouped under their stories by following `parent` up at the end. */
export function officialItemThreads() {
  const threads = new ThreadsByKey("Hacker News");
  const parentOf = new Map<string, string>();
  const comments: { comment: ExportedComment; parent: string | null }[] = [];
  return {
    add(item: Json) {
      const id = String(item.id);
      if (item.type === "story" || item.type === "poll" || item.type === "job") {
        const t = threads.get(id);
        t.title = str(item.title);
        t.body = storyBody(item);
      } else if (item.type === "comment") {
        const text = str(item.text);
        const parent = item.parent === undefined ? null : String(item.parent);
        if (parent !== null) parentOf.set(id, parent);
        comments.push({
          comment: { id, parentId: parent, author: str(item.by), time: fromEpoch(item.time), text: text ? htmlToText(text) : "", removed: item.deleted === true || item.dead === true || text === null },
          parent,
        });
      }
    },
    threads() {
      // Each item's story, remembered along the way, so the walk up is linear in all; a cycle of parents ends it.
      const story = new Map<string, string>();
      const storyOf = (start: string): string => {
        const path = new Set<string>();
        let at = start;
        while (!story.has(at) && parentOf.has(at) && !path.has(at)) {
          path.add(at);
          at = parentOf.get(at)!;
        }
        const found = story.get(at) ?? at;
        for (const id of path) story.set(id, found);
        return found;
      };
      for (const { comment, parent } of comments) threads.get(parent === null ? comment.id : storyOf(parent)).comments.push(comment);
      // The official API lists kids by rank; the export's order is kept, by time within a parent.
      const all = threads.all();
      for (const t of all) t.comments.sort((a, b) => (a.time ?? "").localeCompare(b.time ?? ""));
      return all;
    },
  };
}
