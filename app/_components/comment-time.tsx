const LABEL = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const DATE_ONLY = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/**
 * Dumps give local times with no zone; they are shown exactly as written, so they are
 * formatted as if UTC rather than shifted into the reader's zone.
 */
export function formatPostedAt(iso: string): string {
  const hasTime = iso.includes("T");
  const date = new Date(hasTime ? `${iso}Z` : `${iso}T00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return (hasTime ? LABEL : DATE_ONLY).format(date);
}

export function CommentTime({ postedAt, postedAtText }: { postedAt: string | null; postedAtText: string | null }) {
  if (postedAt) return <time dateTime={postedAt}>{formatPostedAt(postedAt)}</time>;
  if (postedAtText) return <span>{postedAtText}</span>;
  return null;
}
