// What one request may ask for: shared by the server's handler (http.ts), the procedures, and
// the browser's batch link, which must send no more.

/** Calls in one batch. */
export const MAX_BATCH = 8;
/** Bytes of one answer; a larger one is refused with 413. */
export const MAX_RESPONSE_BYTES = 32 * 2 ** 20;
/**
 * Comments of one thread a procedure reads and builds at once; a larger thread is read in windows
 * of this many (`from`). A 2-million-comment thread took 31 s and 3.7 GB in one request, and
 * every other reader waited.
 */
export const THREAD_WINDOW = 20_000;
