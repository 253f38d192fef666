// ConvoKit corpora's `utterances.jsonl`: one utterance a line, `conversation_id` naming the
// conversation (its root utterance, whose id it is, is the post), `reply_to` the parent.
// Rethread's own ConvoKit export puts the article's title, site, body and source in the root's meta.
import type { BodyBlock } from "../../../contract/contract";
import { fromEpoch, keepId, ThreadsByKey } from "./thread";
import { isObject, str, type Json } from "./json";

/** ConvoKit ids are kept (Rethread's exports carry its own comment ids: a round trip keeps them). */
export const convokitId = keepId();

/** Utterances a record at a time, gathered into their conversations. */
export function utteranceThreads() {
  const threads = new ThreadsByKey();
  const add = (u: Json) => {
    if (u.id === undefined) return;
    const key = String(u.conversation_id ?? u.root ?? u.id);
    const t = threads.get(key);
    const meta = isObject(u.meta) ? u.meta : {};
    const speaker = str(u.speaker) ?? (isObject(u.user) ? str(u.user.id) : null);
    if (String(u.id) === key && (u.reply_to === null || u.reply_to === undefined)) {
      // The root: the post, not a comment.
      t.title = str(meta.title);
      t.site = str(meta.site);
      if (str(meta.source)) t.source = String(meta.source);
      const body = Array.isArray(meta.body) ? (meta.body as BodyBlock[]).filter((b) => isObject(b) && typeof b.text === "string") : null;
      t.body = body ?? (str(u.text) ? String(u.text).split(/\n{2,}/).map((text): BodyBlock => ({ kind: "paragraph", text })) : []);
      return;
    }
    const timestamp = u.timestamp;
    t.comments.push({
      id: String(u.id),
      parentId: u.reply_to === null || u.reply_to === undefined || String(u.reply_to) === key ? null : String(u.reply_to),
      author: speaker === "[deleted]" ? null : speaker,
      time: str(meta.postedAt) ?? (typeof timestamp === "number" ? fromEpoch(timestamp) : str(timestamp)),
      text: typeof u.text === "string" ? u.text : "",
      removed: meta.removed === true,
    });
  };
  return { add, threads: () => threads.all() };
}
