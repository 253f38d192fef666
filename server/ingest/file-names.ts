// Which stored document each file is: its name (the documents' source), where it lies, and the
// article id each of its documents gets. A file is the document of the same name only if it
// lies where that one was read from; a file of that name from elsewhere is stored beside it, so
// nothing a reader links to is ever replaced by an unrelated article.
import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import type { KnownDocument } from "../../db/store";
import { shortHash } from "../../contract/ids";

export interface FileIdentity {
  /** What its documents' sources start with: the path under the ingest's folder, `/`-separated. */
  name: string;
  /** Its absolute path. */
  origin: string;
  /** The hash stored for it, when it was stored before: equal means unchanged. */
  knownHash: string | undefined;
  /** Said of it in the ingest's summary. */
  note?: string;
}

/** The folder all of `files` lie in. */
function commonFolder(files: readonly string[]): string {
  let folder = dirname(resolve(files[0]!));
  for (const file of files) while (!resolve(file).startsWith(folder + sep) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder; // gone or unreadable: each file reports it when read
  }
}

const hashOf = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 6);

export function identifyFiles(files: readonly string[], root: string | undefined, known: ReadonlyMap<string, KnownDocument>): Map<string, FileIdentity> {
  const base = resolve(root ?? (files.length > 0 ? commonFolder(files) : "."));
  // Where the folder really is, so the same files reached by another path (a link) are the same.
  const real = realFolder(base);
  // A file that holds several documents (`export.xml#thread-7`) stored its hash and origin with each.
  const byName = new Map<string, KnownDocument>();
  for (const [source, document] of known) byName.set(source.split("#")[0]!, document);
  const identities = new Map<string, FileIdentity>();
  for (const file of files) {
    const path = relative(base, resolve(file));
    const origin = join(real, path);
    const name = path.split(sep).join("/");
    const stored = byName.get(name);
    if (!stored || stored.origin === null || stored.origin === origin) {
      identities.set(file, { name, origin, knownHash: stored?.hash });
      continue;
    }
    // Another file of this name was stored from elsewhere: this one goes beside it, under a name
    // made from its own path, so the next ingest of the same file finds it again.
    const ext = extname(name); // kept last: formats are told by it
    const beside = `${name.slice(0, name.length - ext.length)} (${hashOf(origin)})${ext}`;
    const note = `a different ${name} is stored already (from ${stored.origin}): this one is stored beside it as “${beside}”`;
    identities.set(file, { name: beside, origin, knownHash: byName.get(beside)?.hash, note });
  }
  return identities;
}

/** The article's URL id: the file name without its extension when that is URL-safe, else a slug plus a hash of the name. */
export function documentIdFor(source: string): string {
  const stem = source.replace(/\.(?:txt|html?)$/i, "");
  if (/^[A-Za-z0-9_-]{1,80}$/.test(stem)) return stem;
  const slug = stem.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60).toLowerCase();
  return `${slug || "doc"}-${shortHash(source).slice(-6)}`;
}

/**
 * Ids for documents by source: a stored document keeps its id; a new one gets documentIdFor's,
 * or, where another source has that id already (`Foo.txt` and `Foo.TXT`), it with a hash of its source.
 */
export function idAssigner(known: ReadonlyMap<string, KnownDocument>): (source: string) => string {
  const owner = new Map<string, string>();
  for (const [source, { id }] of known) owner.set(id, source);
  return (source) => {
    const stored = known.get(source);
    if (stored) return stored.id;
    let id = documentIdFor(source);
    if (owner.has(id) && owner.get(id) !== source) id = `${id}-${hashOf(source)}`;
    owner.set(id, source);
    return id;
  };
}
