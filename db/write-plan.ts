// What storing a document means, the same on every engine: its counts, each comment's parent's
// author, and which ids a replacement retires (so old permalinks still lead somewhere).
import type { ParsedDocument } from "../contract/contract";
import { person } from "../contract/placeholder-authors";

/** Distinct commenters and the first and last comment time, for the article list. */
export function documentStats(doc: ParsedDocument): { commenters: number; first: string | null; last: string | null } {
  const authors = new Set<string>();
  let first: string | null = null;
  let last: string | null = null;
  for (const c of doc.comments) {
    const name = person(c.author);
    if (name !== null) authors.add(name);
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

export type PreviousComment = { id: string; position: number; author: string | null; parentAuthor: string | null };

/**
 * What a write changes in the per-commenter counts (how many comments, in how many articles, and
 * who replies to whom), kept in their own tables so a commenter's page reads a few rows, never
 * all their comments. Documents stored add, documents replaced subtract; a write applies the sum.
 */
export class CommenterTally {
  readonly commenters = new Map<string, { comments: number; articles: number }>();
  /** Author, then parent's author: how many replies. */
  readonly replies = new Map<string, Map<string, number>>();

  /** Counts one document's comments in (sign 1) or out (sign -1). */
  count(comments: Iterable<{ author: string | null; parentAuthor: string | null }>, sign: 1 | -1): void {
    const inThisDocument = new Set<string>();
    for (const comment of comments) {
      // Placeholders ("[deleted]") are nobody: no page of counts, no "replied to most by".
      const author = person(comment.author);
      const parentAuthor = person(comment.parentAuthor);
      if (author === null) continue;
      const row = this.commenters.get(author) ?? { comments: 0, articles: 0 };
      row.comments += sign;
      if (!inThisDocument.has(author)) {
        inThisDocument.add(author);
        row.articles += sign;
      }
      this.commenters.set(author, row);
      if (parentAuthor !== null && parentAuthor !== author) {
        const to = this.replies.get(author) ?? new Map<string, number>();
        to.set(parentAuthor, (to.get(parentAuthor) ?? 0) + sign);
        this.replies.set(author, to);
      }
    }
  }

  /**
   * The changes to apply, sorted (concurrent writers then lock rows in one order) and without
   * the ones that cancel out.
   */
  changes(): { commenters: { name: string; comments: number; articles: number }[]; replies: { author: string; parentAuthor: string; replies: number }[] } {
    const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    return {
      commenters: [...this.commenters]
        .filter(([, c]) => c.comments !== 0 || c.articles !== 0)
        .sort(byKey)
        .map(([name, c]) => ({ name, ...c })),
      replies: [...this.replies].sort(byKey).flatMap(([author, to]) =>
        [...to]
          .filter(([, n]) => n !== 0)
          .sort(byKey)
          .map(([parentAuthor, replies]) => ({ author, parentAuthor, replies })),
      ),
    };
  }
}

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

/** A commenter's page's counts should their row be missing: at least what the page shows. */
export const shownCounts = (rows: readonly { documentId: string }[]) => ({ total: rows.length, articles: new Set(rows.map((r) => r.documentId)).size });
