// Writes SQLite refuses for the moment, not for what they hold: another writer has the lock, the
// file is another user's, the disk is full.
const code = (error: unknown) => String((error as { code?: unknown } | null)?.code ?? "");

/** Locked by another writer past the busy timeout. */
export const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(code(error));

/** Any write refused for the moment: locked, read-only to this process, or no room left. */
export const cannotWrite = (error: unknown) => isBusy(error) || /^SQLITE_(READONLY|FULL)/.test(code(error));
