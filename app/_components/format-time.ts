const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "2016-12-30T20:59" -> "Dec 30, 2016, 8:59 PM". Dumps give local times with no zone, so
 * they are shown exactly as written, never shifted into the reader's zone. Formatted by
 * hand: a big thread formats ten thousand of these, and Intl is slow at that.
 */
export function formatPostedAt(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  const date = `${month} ${Number(m[3])}, ${m[1]}`;
  if (m[4] === undefined) return date;
  const hour = Number(m[4]);
  return `${date}, ${hour % 12 === 0 ? 12 : hour % 12}:${m[5]} ${hour < 12 ? "AM" : "PM"}`;
}
