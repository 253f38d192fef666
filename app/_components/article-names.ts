// Dumps of the same page (or pages of one title) list alike: where two articles on a list share a
// title, each also says which stored file it is, so readers can tell them apart.

/** The name a list shows for each of its items: the title, and the file's id where the title is not unique on the list. */
export function articleNames<T>(items: readonly T[], title: (item: T) => string | null, id: (item: T) => string): (item: T) => { title: string; file: string | null } {
  const documents = new Map<string, Set<string>>();
  for (const item of items) {
    const name = title(item) ?? id(item);
    documents.set(name, (documents.get(name) ?? new Set()).add(id(item)));
  }
  return (item) => {
    const name = title(item) ?? id(item);
    return { title: name, file: documents.get(name)!.size > 1 ? id(item) : null };
  };
}
