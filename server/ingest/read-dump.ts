import { readFileSync } from "node:fs";

export type DumpText = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes a dump's bytes, or says in a few words why they are not a readable text dump. */
export function decodeDump(bytes: Uint8Array): DumpText {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: "binary file (contains NUL bytes)" };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: "not valid UTF-8" };
  }
  if (text.trim().length === 0) return { ok: false, reason: "no text (only whitespace)" };
  return { ok: true, text };
}

export function readDump(path: string): DumpText {
  try {
    return decodeDump(readFileSync(path));
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}
