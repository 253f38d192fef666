// Compact thread rows for tests: [id, parentId, author, postedAt, text?].
export type RowSpec = [string, string | null, string | null, string | null, string?];

export function rows(specs: RowSpec[]) {
  return specs.map(([id, parentId, author, postedAt, text], position) => ({
    id,
    parentId,
    author,
    postedAt,
    position,
    text: text ?? `comment ${id}`,
  }));
}
