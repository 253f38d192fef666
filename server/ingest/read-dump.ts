import { lstatSync, readFileSync } from "node:fs";

export type DumpText = { ok: true; text: string; note?: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const windows1252 = new TextDecoder("windows-1252");

/**
 * Bytes that are not UTF-8 but read as text in Windows-1252 (a superset of Latin-1, what
 * older pages were saved in): mostly ASCII, no control characters besides layout.
 */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  return high / bytes.length < 0.1;
}

/** Decodes a dump's bytes, or says in a few words why they are not a readable text dump. */
export function decodeDump(bytes: Uint8Array): DumpText {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "decoded as UTF-16");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "decoded as UTF-16");
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: "binary file (contains NUL bytes)" };
  try {
    return checked(utf8.decode(bytes));
  } catch {
    if (looksLikeWindows1252(bytes)) return checked(windows1252.decode(bytes), "not UTF-8: decoded as Windows-1252");
    return { ok: false, reason: "not valid UTF-8 (and not plain Windows-1252 text)" };
  }
}

function checked(text: string, note?: string): DumpText {
  if (text.trim().length === 0) return { ok: false, reason: "no text (only whitespace)" };
  return note ? { ok: true, text, note } : { ok: true, text };
}

/** Reads a regular file; links are not followed, so a link loop or a link out of the folder cannot trap ingest. */
export function readDump(path: string): DumpText {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return { ok: false, reason: "symbolic link (not followed)" };
    if (!stat.isFile()) return { ok: false, reason: "not a regular file" };
    return decodeDump(readFileSync(path));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { ok: false, reason: e.code === "EACCES" ? "permission denied" : e.code === "EISDIR" ? "is a folder" : (e.code ?? String(error)) };
  }
}
