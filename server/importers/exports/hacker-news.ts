// Hacker News: an Algolia item (`/api/v1/items/ID`: a story with nested `children`) or items of
// the official API (`/v0/item/ID.json`: `parent` and `kids`), as an array or one a line.
import type { BodyBlock } from "../../../contract/contract";
import { htmlToBlocks, htmlToText } from "../html/dom";
import { fromEpoch, keepId, type ExportedComment, type ExportedThread } from "./thread";
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

/** Official API items, grouped under their stories by following `parent` up. */
export function readOfficialItems(items: Json[]): ExportedThread[] {
  const byId = new Map(items.filter(isObject).map((i) => [String(i.id), i]));
  const storyOf = (item: Json): string => {
    let at: Json = item;
    for (let hops = 0; at.parent !== undefined && byId.has(String(at.parent)) && hops < 100_000; hops++) at = byId.get(String(at.parent))!;
    return String(at.parent ?? at.id);
  };
  const threads = new Map<string, ExportedThread>();
  for (const item of byId.values()) {
    if (item.type === "story" || item.type === "poll" || item.type === "job") {
      const t = threads.get(String(item.id)) ?? { key: String(item.id), title: null, site: "Hacker News", body: [], comments: [] };
      t.title = str(item.title);
      t.body = storyBody(item);
      threads.set(t.key, t);
      continue;
    }
    if (item.type !== "comment") continue;
    const key = storyOf(item);
    const t = threads.get(key) ?? { key, title: null, site: "Hacker News", body: [], comments: [] };
    threads.set(key, t);
    const text = str(item.text);
    t.comments.push({ id: String(item.id), parentId: item.parent === undefined ? null : String(item.parent), author: str(item.by), time: fromEpoch(item.time), text: text ? htmlToText(text) : "", removed: item.deleted === true || item.dead === true || text === null });
  }
  // The official API lists kids newest first by rank; the export's order is kept, by time within a parent.
  for (const t of threads.values()) t.comments.sort((a, b) => (a.time ?? "").localeCompare(b.time ?? ""));
  return [...threads.values()];
}
