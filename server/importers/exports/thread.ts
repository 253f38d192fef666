// What every export importer hands over: a thread's comments as the export lists them, each
// naming its parent by the export's own id; turned here into the contract's pre-order tree.
import type { BodyBlock, ParsedComment, ParsedDocument } from "../../../contract/contract";
import { shortHash } from "../../../contract/ids";

export interface ExportedComment {
  /** The export's own id, unique within the export. */
  id: string;
  /** The export's id of the comment replied to, or null (or an id not in the export: top level). */
  parentId: string | null;
  author: string | null;
  /** ISO 8601 (`2019-03-02T11:04:00Z`), or null. */
  time: string | null;
  text: string;
  /** Deleted, removed or spam: kept as a placeholder only where replies hang from it. */
  removed?: boolean;
}

export interface ExportedThread {
  /** The export's own id for the thread: with the file name, the document's source. */
  key: string;
  title: string | null;
  site: string | null;
  body: BodyBlock[];
  comments: ExportedComment[];
  /** A document source the export carries (Rethread's own exports), used instead of FILE#KEY. */
  source?: string;
}

/** Exports that interleave threads (Pushshift, Disqus, ConvoKit): each thread by its key, made on first mention. */
export class ThreadsByKey {
  private readonly threads = new Map<string, ExportedThread>();
  constructor(private readonly site: string | null = null) {}
  get(key: string): ExportedThread {
    let t = this.threads.get(key);
    if (!t) this.threads.set(key, (t = { key, title: null, site: this.site, body: [], comments: [] }));
    return t;
  }
  all(): ExportedThread[] {
    return [...this.threads.values()];
  }
}

/** Where an export's own ids are globally unique they are kept, made URL-safe; others are hashed. */
export type IdRule = (id: string) => string;

const URL_SAFE = /^[A-Za-z0-9_-]{1,64}$/;
/** What a removed comment that keeps its place for its replies says. */
export const REMOVED_TEXT = "[deleted]";

/** An id of the export, kept as it is when URL-safe (so permalinks read like the source's), else hashed. */
export const keepId =
  (prefix = ""): IdRule =>
  (id) => {
    const kept = `${prefix}${id}`;
    return URL_SAFE.test(kept) ? kept : shortHash(kept);
  };

/** Ids unique only within one site (WordPress comment numbers): namespaced by a hash of the site. */
export const siteId =
  (site: string): IdRule =>
  (id) =>
    `wp-${shortHash(site).slice(0, 6)}-${id}`.replace(/[^A-Za-z0-9_-]/g, "_");

/**
 * The contract's document: comments in pre-order (each after its parent), depth from the chain
 * of parents, orphans (parent missing from the export) at the top level. Removed comments
 * without replies are left out; with replies they stay, empty, so the replies keep their place.
 * No recursion: a chain thousands deep is walked with a stack.
 */
export function toDocument(file: string, thread: ExportedThread, idOf: IdRule): ParsedDocument {
  const byId = new Map(thread.comments.map((c) => [c.id, c]));
  const children = new Map<string | null, ExportedComment[]>();
  for (const c of thread.comments) {
    const parent = c.parentId !== null && c.parentId !== c.id && byId.has(c.parentId) ? c.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(c);
    else children.set(parent, [c]);
  }
  const hasReplies = (c: ExportedComment) => (children.get(c.id)?.length ?? 0) > 0;
  const out: ParsedComment[] = [];
  const seen = new Set<string>();
  const stack: { c: ExportedComment; parent: ParsedComment | null }[] = (children.get(null) ?? []).map((c) => ({ c, parent: null })).reverse();
  while (stack.length > 0) {
    const { c, parent } = stack.pop()!;
    if (seen.has(c.id)) continue; // a cycle of parents in a broken export
    seen.add(c.id);
    const comment = !c.removed || hasReplies(c) ? toComment(c, parent, idOf) : null;
    if (comment) out.push(comment);
    const replies = children.get(c.id) ?? [];
    for (let i = replies.length - 1; i >= 0; i--) stack.push({ c: replies[i]!, parent: comment ?? parent });
  }
  // Comments caught in a cycle of parents were never reached from the top: they stand at the top level.
  for (const c of thread.comments) if (!seen.has(c.id) && (!c.removed || hasReplies(c))) out.push(toComment(c, null, idOf));
  return { source: thread.source ?? `${file}#${thread.key}`, title: thread.title, subtitle: null, site: thread.site, body: thread.body, comments: uniqueIds(out) };
}

/** One exported comment in the contract's shape, under `parent` (a removed one keeps only its place). */
function toComment(c: ExportedComment, parent: ParsedComment | null, idOf: IdRule): ParsedComment {
  return {
    id: idOf(c.id),
    parentId: parent?.id ?? null,
    depth: parent ? parent.depth + 1 : 0,
    author: c.removed ? null : c.author,
    authorSource: c.author && !c.removed ? "header" : null,
    parentSource: parent ? "export" : "none",
    replyTo: null,
    postedAt: c.time ? c.time.slice(0, 16) : null,
    postedAtText: c.time,
    text: c.removed ? REMOVED_TEXT : c.text,
  };
}

/** An export that repeats an id keeps the first; later copies get a suffix, so ids stay unique. */
function uniqueIds(comments: ParsedComment[]): ParsedComment[] {
  const seen = new Set<string>();
  for (const c of comments) {
    let id = c.id;
    for (let n = 2; seen.has(id); n++) id = `${c.id}-${n}`;
    if (id !== c.id) {
      for (const r of comments) if (r.parentId === c.id && !seen.has(r.id)) r.parentId = id;
      c.id = id;
    }
    seen.add(id);
  }
  return comments;
}

/** Seconds since 1970 (Reddit, Hacker News) as ISO 8601, or null. */
export function fromEpoch(seconds: unknown): string | null {
  const n = typeof seconds === "string" ? Number(seconds) : seconds;
  return typeof n === "number" && Number.isFinite(n) ? new Date(n * 1000).toISOString() : null;
}
