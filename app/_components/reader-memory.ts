// What a reader's browser remembers across visits, in localStorage and never on the server:
// the comments of each thread it has shown (for "new since your last visit") and the commenters
// the reader hid. Storage can be full, off or corrupt: then nothing is remembered, nothing breaks.

const SEEN_PREFIX = "rethread:seen:";
const HIDDEN_KEY = "rethread:hidden-commenters";
/** Threads whose seen comments are kept; the least recently visited go first. */
const SEEN_THREADS = 100;
/** Ids are kept as a 32-bit hash (FNV-1a): a 10,000-comment thread in ~90 KB whatever its ids. A clash only leaves one new comment unmarked. */
function short(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false; // full or off
  }
}

export interface SeenComments {
  has(id: string): boolean;
}

/** The comments of an article this browser showed on earlier visits, or null on a first visit. */
export function readSeen(articleId: string): SeenComments | null {
  const record = read<{ ids: string[]; at: number } | null>(SEEN_PREFIX + articleId, null);
  if (!record || !Array.isArray(record.ids)) return null;
  const ids = new Set(record.ids);
  return { has: (id) => ids.has(short(id)) };
}

/** Adds `ids` to what this browser has shown of the article, making room by forgetting the threads visited longest ago. */
export function rememberSeen(articleId: string, ids: Iterable<string>): void {
  const record = read<{ ids: string[]; at: number } | null>(SEEN_PREFIX + articleId, null);
  const all = new Set(record?.ids ?? []);
  for (const id of ids) all.add(short(id));
  const value = { ids: [...all], at: Date.now() };
  const others = () =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith(SEEN_PREFIX) && k !== SEEN_PREFIX + articleId)
      .map((k) => ({ k, at: read<{ at?: number }>(k, {}).at ?? 0 }))
      .sort((a, b) => a.at - b.at);
  try {
    const stale = others();
    for (const { k } of stale.slice(0, Math.max(0, stale.length - SEEN_THREADS + 1))) localStorage.removeItem(k);
    // Full: forget the oldest threads one by one until this one fits.
    for (const { k } of others()) {
      if (write(SEEN_PREFIX + articleId, value)) return;
      localStorage.removeItem(k);
    }
    write(SEEN_PREFIX + articleId, value);
  } catch {
    // storage off
  }
}

/** The commenters this reader hid, in every thread. */
export function readHidden(): string[] {
  const names = read<unknown>(HIDDEN_KEY, []);
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === "string") : [];
}

export function writeHidden(names: readonly string[]): void {
  write(HIDDEN_KEY, names);
}
