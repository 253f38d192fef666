// What storing a document means, the same on every engine: its counts, each comment's parent's
// author, and which ids a replacement retires (so old permalinks still lead somewhere).
import type { ParsedDocument } from "../contract/contract";

/** Distinct commenters and the first and last comment time, for the article list. */
export function documentStats(doc: ParsedDocument): { commenters: number; first: string | null; last: string | null } {
  const authors = new Set<string>();
  let first: string | null = null;
  let last: string | null = null;
  for (const c of doc.comments) {
    if (c.author !== null) authors.add(c.author);
    if (c.postedAt !== null) {
      if (first === null || c.postedAt < first) first = c.postedAt;
      if (last === null || c.postedAt > last) last = c.postedAt;
    }
  }
  return { commenters: authors.size, first, last };
}

/** Each comment's parent's author (null at the top), in document order: "who replies to whom" from indexes alone. */
export function parentAuthors(doc: ParsedDocument): (string | null)[] {
  const authorOf = new Map<string, string | null>();
  return doc.comments.map((c) => {
    authorOf.set(c.id, c.author);
    return c.parentId === null ? null : (authorOf.get(c.parentId) ?? null);
  });
}

export type PreviousComment = { id: string; position: number; author: string | null };

/**
 * A replaced document keeps permalinks alive: an id that vanished points to the comment now at
 * its place by the same author (an edit), or at least to its article; an id that came back is
 * no longer retired.
 */
export function retirements(previous: readonly PreviousComment[], doc: ParsedDocument): { retire: { id: string; replacedBy: string | null }[]; unretire: string[] } {
  const now = new Set(doc.comments.map((c) => c.id));
  const before = new Set(previous.map((p) => p.id));
  const retire: { id: string; replacedBy: string | null }[] = [];
  for (const old of previous) {
    if (now.has(old.id)) continue;
    const there = doc.comments[old.position];
    retire.push({ id: old.id, replacedBy: there && there.author === old.author && !before.has(there.id) ? there.id : null });
  }
  return { retire, unretire: [...now].filter((id) => !before.has(id)) };
}
