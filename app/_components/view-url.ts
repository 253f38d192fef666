// Every view is a URL: these build the query strings that links, forms and controls share.

export interface ViewParams {
  sort?: string;
  author?: string;
  q?: string;
  depth?: number | string;
  from?: number | string;
  between?: string;
  context?: number | string;
  /** "1": the whole view in one piece, for readers without JavaScript (thread-parts.ts). */
  all?: string;
  /** The thread's version, on a part's address (app/a/[articleId]/part). */
  v?: string;
}

/** `?a=1&b=2` with defaults and empty values left out, or "" when nothing is set. */
export function viewQuery(params: ViewParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if ((key === "sort" && value === "thread") || (key === "from" && Number(value) === 0)) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
