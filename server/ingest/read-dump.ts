import { createHash } from "node:crypto";
import { closeSync, lstatSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";

export type DumpText = { ok: true; text: string; note?: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
/**
 * Windows-1252 as the Encoding Standard defines it. Node 20's TextDecoder reads 0x80–0x9F as
 * Latin-1 control characters instead of "€", "’", "—" …, so those 32 bytes are mapped here.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const windows1252 = {
  encoding: "windows-1252",
  decode: (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!),
};

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
  const declared = declaredCharset(bytes);
  if (declared) return checked(declared.decode(bytes), declared.encoding === "utf-8" ? undefined : `decoded as ${declared.encoding}, as the page declares`);
  try {
    return checked(utf8.decode(bytes));
  } catch {
    const cut = cutUtf8(bytes);
    if (cut) return checked(cut, "UTF-8 cut off inside its last character, which is dropped");
    if (looksLikeWindows1252(bytes)) return checked(windows1252.decode(bytes), "not UTF-8: decoded as Windows-1252");
    return { ok: false, reason: "not valid UTF-8 (and not plain Windows-1252 text)" };
  }
}

/**
 * The text of UTF-8 whose only fault is a character begun in its last bytes and not finished (a
 * copy or download cut short), without that character; null for any other fault. Such a file
 * read as Windows-1252 turned every accented letter into two wrong ones.
 */
function cutUtf8(bytes: Uint8Array): string | null {
  // A lead byte of a 2-, 3- or 4-byte sequence, in the last three bytes, with too few after it.
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) return null; // the text ends whole: the fault is elsewhere
    if (b < 0xc0) continue; // a continuation byte: its lead is further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    if (back >= length) return null;
    try {
      return utf8.decode(bytes.subarray(0, bytes.length - back));
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The charset a saved page declares in its first 1024 bytes (`<meta charset>`, or the
 * `http-equiv` Content-Type), as browsers honour it; read with an HTML tokenizer, not a pattern.
 */
function declaredCharset(bytes: Uint8Array): { encoding: string; decode(bytes: Uint8Array): string } | null {
  const head = windows1252.decode(bytes.subarray(0, 1024));
  if (!head.trimStart().startsWith("<")) return null;
  // htmlparser2's tokenizer, loaded only for files that start as markup.
  const { Parser } = createRequire(import.meta.url)("htmlparser2") as typeof import("htmlparser2");
  let label: string | null = null;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name !== "meta" || label) return;
      if (attributes.charset) label = attributes.charset;
      else if (attributes["http-equiv"]?.toLowerCase() === "content-type") {
        label = (attributes.content ?? "").split(";").map((p) => p.trim()).find((p) => p.toLowerCase().startsWith("charset="))?.slice(8) ?? null;
      }
    },
  });
  parser.end(head);
  const declared = label as string | null; // set in the callback above, which TypeScript cannot follow
  if (!declared) return null;
  try {
    const decoder = new TextDecoder(declared.trim().replace(/^["']|["']$/g, ""));
    if (decoder.encoding === "windows-1252") return windows1252;
    // A page that says UTF-16 but was saved as bytes of ASCII markup is not UTF-16 (the HTML standard reads it as UTF-8).
    return decoder.encoding.startsWith("utf-16") ? null : decoder;
  } catch {
    return null; // a label no decoder knows: read as any file
  }
}

function checked(text: string, note?: string): DumpText {
  if (text.trim().length === 0) return { ok: false, reason: "no text (only whitespace)" };
  return note ? { ok: true, text, note } : { ok: true, text };
}

/** Why `path` is not read (a link, a folder, missing, not permitted), or null for a regular file. */
function notARegularFile(path: string): string | null {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return "symbolic link (not followed)";
    if (!stat.isFile()) return "not a regular file";
    return null;
  } catch (error) {
    return errorReason(error);
  }
}

function errorReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code === "EACCES" ? "permission denied" : e.code === "EISDIR" ? "is a folder" : (e.code ?? String(error));
}

/** Reads a regular file; links are not followed, so a link loop or a link out of the folder cannot trap ingest. */
export function readDump(path: string): DumpText {
  const refused = notARegularFile(path);
  if (refused) return { ok: false, reason: refused };
  try {
    return decodeDump(readFileSync(path));
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  }
}

const CHUNK_BYTES = 1 << 20;

/** The bytes of a file a chunk at a time, read synchronously (in a worker thread), never all at once. */
function* fileChunks(path: string, limit = Infinity): Generator<Uint8Array> {
  const fd = openSync(path, "r");
  try {
    const buffer = new Uint8Array(Math.min(CHUNK_BYTES, limit)); // a head needs only its few kilobytes
    for (let read = 0; read < limit; ) {
      const n = readSync(fd, buffer, 0, Math.min(CHUNK_BYTES, limit - read), null);
      if (n === 0) return;
      read += n;
      yield buffer.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** A large file read as a stream of text: its first bytes (to tell the format), a hash of it all, and its text a chunk at a time. */
export interface StreamedFile {
  head: string;
  /** `onChunk` is called after each megabyte, to show progress on a file of gigabytes. */
  hash(prefix: string, onChunk?: () => void): string;
  /** UTF-8, or UTF-16 by its byte-order mark; throws on bytes that are neither. */
  text(): Generator<string>;
}

export function streamFile(path: string): { ok: true; file: StreamedFile } | { ok: false; reason: string } {
  const refused = notARegularFile(path);
  if (refused) return { ok: false, reason: refused };
  try {
    const [first] = [...fileChunks(path, 16 * 1024)];
    if (!first) return { ok: false, reason: "empty file" };
    const bytes = first.slice();
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
    const file: StreamedFile = {
      head: new TextDecoder(encoding).decode(bytes),
      hash(prefix, onChunk) {
        const hash = createHash("sha256").update(prefix);
        for (const chunk of fileChunks(path)) {
          hash.update(chunk);
          onChunk?.();
        }
        return hash.digest("hex");
      },
      *text() {
        const decoder = new TextDecoder(encoding, { fatal: true });
        let offset = 0;
        try {
          for (const chunk of fileChunks(path)) {
            yield decoder.decode(chunk, { stream: true });
            offset += chunk.length;
          }
          yield decoder.decode();
        } catch (error) {
          if (error instanceof TypeError) throw new Error(`not valid ${encoding.toUpperCase()} (in the megabyte from byte ${offset})`);
          throw error;
        }
      },
    };
    return { ok: true, file };
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  }
}
