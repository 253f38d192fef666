// Reading fields of parsed JSON whose shape nobody promised.

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A non-empty string field, or null. */
export const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
