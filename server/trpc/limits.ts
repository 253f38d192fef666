// What one HTTP request to the procedures may ask for: shared by the server's handler
// (http.ts) and the browser's batch link, which must send no more.

/** Calls in one batch. */
export const MAX_BATCH = 8;
/** Bytes of one answer; a larger one is refused with 413. */
export const MAX_RESPONSE_BYTES = 32 * 2 ** 20;
