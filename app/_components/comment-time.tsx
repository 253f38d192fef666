import { formatPostedAt } from "./format-time";

export function CommentTime({ postedAt, postedAtText }: { postedAt: string | null; postedAtText: string | null }) {
  if (postedAt) return <time dateTime={postedAt}>{formatPostedAt(postedAt)}</time>;
  if (postedAtText) return <span>{postedAtText}</span>;
  return null;
}
