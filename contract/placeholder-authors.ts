// Names a platform prints where a person was: Reddit's "[deleted]" and "[removed]". They are
// shown as written, but they are nobody: never counted as a person, never "replied to most by".
const PLACEHOLDER = /^\[(?:deleted|removed)\]$/i;

/** The name if it is a person's, else null. */
export const person = (author: string | null): string | null => (author !== null && !PLACEHOLDER.test(author) ? author : null);
