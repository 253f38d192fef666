// Hands server-built markup from the RSC render to the SSR render of the same request
// without putting it in the RSC payload: both renders run in this process, in module
// graphs of their own, so the store hangs off globalThis.
type Entry = { html: string; at: number };
const KEY = Symbol.for("rethread.htmlHandoff");
const store = ((globalThis as Record<symbol, Map<string, Entry> | undefined>)[KEY] ??= new Map<string, Entry>());

/** How long markup waits for an SSR render that never comes (an aborted request). */
const STALE_MS = 60_000;
/** Characters of markup waiting at most: past it the oldest goes first, whatever its age. */
export const HANDOFF_MAX_CHARS = 32 * 2 ** 20;
let waiting = 0;

const drop = (ticket: string, entry: Entry) => {
  store.delete(ticket);
  waiting -= entry.html.length;
};

/** Stores markup for this request's SSR render; returns the ticket that fetches it. */
export function handOff(html: string): string {
  const now = Date.now();
  // Insertion order: oldest first.
  for (const [ticket, entry] of store) {
    if (now - entry.at < STALE_MS && waiting + html.length <= HANDOFF_MAX_CHARS) break;
    drop(ticket, entry);
  }
  const ticket = crypto.randomUUID();
  store.set(ticket, { html, at: now });
  waiting += html.length;
  return ticket;
}

/** The markup for a ticket, once: on the server during SSR; in the browser, never. */
export function collect(ticket: string): string | undefined {
  const entry = store.get(ticket);
  if (entry) drop(ticket, entry);
  return entry?.html;
}
