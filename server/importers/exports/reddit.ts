// Reddit: a thread's JSON (what `…/comments/ID.json` returns: the post's listing, then the
// comments' with nested `replies`) and Pushshift-style NDJSON (one comment or post a line,
// `link_id` naming the thread, `parent_id` the parent).
import type { BodyBlock } from "../../../contract/contract";
import { htmlToText } from "../html/dom";
import { fromEpoch, keepId, ThreadsByKey, type ExportedComment, type ExportedThread } from "./thread";
import { isObject, str, type Json } from "./json";

/** Reddit ids are global (`t1_ab1`): kept, so permalinks read like Reddit's own. */
export const redditId = keepId();

const REMOVED = new Set(["[deleted]", "[removed]"]);

function comment(data: Json, parentFallback: string | null): ExportedComment {
  const body = str(data.body) ?? (str(data.body_html) ? htmlToText(String(data.body_html)) : "");
  const author = str(data.author);
  return {
    id: str(data.name) ?? `t1_${String(data.id)}`,
    parentId: str(data.parent_id) ?? parentFallback,
    author: author && !REMOVED.has(author) ? author : null,
    time: fromEpoch(data.created_utc),
    text: body,
    removed: REMOVED.has(body.trim()),
  };
}

function postBody(post: Json): BodyBlock[] {
  const text = str(post.selftext) ?? "";
  const link = str(post.url);
  const blocks: BodyBlock[] = text.split(/\n{2,}/).filter((p) => p.trim()).map((p) => ({ kind: "paragraph", text: p.trim() }));
  if (blocks.length === 0 && link) blocks.push({ kind: "paragraph", text: link });
  return blocks;
}

/** A thread's JSON: `[postListing, commentListing]`. `more` stubs (comments not loaded) are counted, not invented. */
export function readRedditThread(json: unknown): { threads: ExportedThread[]; unloaded: number } {
  if (!Array.isArray(json) || json.length < 2 || !json.every((l) => isObject(l) && l.kind === "Listing")) throw new Error("not a Reddit thread: expected [post listing, comment listing]");
  const post = (((json[0] as Json).data as Json)?.children as Json[] | undefined)?.[0]?.data as Json | undefined;
  if (!isObject(post)) throw new Error("Reddit thread without its post");
  const comments: ExportedComment[] = [];
  let unloaded = 0;
  // Replies nest as listings inside each comment: walked with a stack, not recursion.
  const stack: Json[] = [...(((json[1] as Json).data as Json)?.children as Json[] | undefined) ?? []].reverse();
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (!isObject(child) || !isObject(child.data)) continue;
    if (child.kind === "more") {
      unloaded += Number((child.data as Json).count ?? 0) || 0;
      continue;
    }
    if (child.kind !== "t1") continue;
    comments.push(comment(child.data, str(post.name)));
    const replies = (child.data as Json).replies;
    const kids = isObject(replies) && isObject(replies.data) ? ((replies.data as Json).children as Json[] | undefined) ?? [] : [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  const key = str(post.name) ?? `t3_${String(post.id)}`;
  return { threads: [{ key, title: str(post.title), site: str(post.subreddit_name_prefixed), body: postBody(post), comments }], unloaded };
}

/** Pushshift NDJSON, a record at a time: comments (and optionally their posts) grouped into threads by `link_id`. */
export function pushshiftThreads() {
  const threads = new ThreadsByKey();
  return {
    add(r: Json) {
      if (str(r.link_id)) {
        threads.get(String(r.link_id)).comments.push(comment(r, String(r.link_id)));
      } else if (str(r.title)) {
        const t = threads.get(str(r.name) ?? `t3_${String(r.id)}`);
        t.title = str(r.title);
        t.site = str(r.subreddit_name_prefixed) ?? (str(r.subreddit) ? `r/${String(r.subreddit)}` : null);
        t.body = postBody(r);
      }
    },
    threads: () => threads.all(),
  };
}
