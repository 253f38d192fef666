"use client";
// One client island for the whole thread, working on the server-rendered markup by event
// delegation: collapse and expand, keyboard moves, opening a permalink's target, and the
// sticky breadcrumb of ancestors. No per-comment client components.
import { useCallback, useEffect, useRef, useState } from "react";

const storageKey = (articleId: string) => `rethread:collapsed:${articleId}`;

function readCollapsed(articleId: string): Set<string> {
  try {
    return new Set(JSON.parse(sessionStorage.getItem(storageKey(articleId)) ?? "[]") as string[]);
  } catch {
    return new Set();
  }
}

/** The list item of a comment, found by its article's id. */
function itemOf(id: string): HTMLElement | null {
  return document.getElementById(`c-${id}`)?.parentElement ?? null;
}

const idOf = (item: Element) => item.querySelector(":scope > article")!.id.slice(2);

/** The list item of the comment a comment's item answers, or null at the top. */
function parentItem(item: Element): HTMLElement | null {
  return item.parentElement?.closest<HTMLElement>("li:has(> article)") ?? null;
}

function setCollapsed(item: HTMLElement, collapsed: boolean) {
  const button = item.querySelector<HTMLButtonElement>(":scope > article [data-collapse]");
  const replies = item.querySelector<HTMLElement>(":scope > [data-replies]");
  const summary = item.querySelector<HTMLElement>(":scope > article [data-summary]");
  if (!button || !replies) return;
  button.setAttribute("aria-expanded", String(!collapsed));
  button.textContent = collapsed ? "expand" : "collapse";
  replies.hidden = collapsed;
  if (summary) summary.hidden = !collapsed;
  if (collapsed) item.setAttribute("data-collapsed", "");
  else item.removeAttribute("data-collapsed");
}

/** Comments a reader can reach now: not inside a collapsed subtree. */
function visibleComments(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>("article[id^='c-']")].filter((a) => !a.closest("[data-replies][hidden]"));
}

interface Crumb {
  id: string;
  name: string;
}

export function ThreadInteractions({ articleId, viewKey, showCollapseAll = false, children }: { articleId: string; viewKey: string; showCollapseAll?: boolean; children: React.ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const [crumbs, setCrumbs] = useState<{ path: Crumb[]; words: string } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [allCollapsed, setAllCollapsed] = useState(false);
  /** A permalink target that the current filter or depth limit leaves out. */
  const [missing, setMissing] = useState<string | null>(null);

  /** Saves the state of the comments in view; comments a filter hides keep theirs. */
  const persist = useCallback(() => {
    const ids = readCollapsed(articleId);
    for (const item of root.current!.querySelectorAll<HTMLElement>("li:has(> [data-replies])")) {
      if (item.hasAttribute("data-collapsed")) ids.add(idOf(item));
      else ids.delete(idOf(item));
    }
    sessionStorage.setItem(storageKey(articleId), JSON.stringify([...ids]));
  }, [articleId]);

  const toggle = useCallback(
    (item: HTMLElement) => {
      setCollapsed(item, !item.hasAttribute("data-collapsed"));
      persist();
    },
    [persist],
  );

  /** Opens every collapsed ancestor of a comment, then scrolls to it and focuses it. */
  const reveal = useCallback((id: string, focus = true) => {
    const article = document.getElementById(`c-${id}`);
    if (!article) return;
    for (let li = parentItem(article.parentElement!); li; li = parentItem(li)) if (li.hasAttribute("data-collapsed")) setCollapsed(li, false);
    article.scrollIntoView({ block: "center" });
    if (focus) article.focus({ preventScroll: true });
  }, []);

  // Collapsed state survives sorting and filtering; a permalink target always opens.
  useEffect(() => {
    const el = root.current!;
    el.dataset.ready = ""; // hydrated: the keys and toggles work from now on
    for (const id of readCollapsed(articleId)) {
      const item = itemOf(id);
      if (item && el.contains(item)) setCollapsed(item, true);
    }
    const revealHash = () => {
      const target = location.hash.match(/^#c-([A-Za-z0-9_-]+)$/)?.[1];
      if (!target) return;
      if (document.getElementById(`c-${target}`)) reveal(target);
      else setMissing(target);
    };
    // After the browser's own scroll restoration, which would otherwise win on a reload.
    history.scrollRestoration = "manual";
    const frame = requestAnimationFrame(revealHash);
    window.addEventListener("hashchange", revealHash);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", revealHash);
    };
  }, [articleId, viewKey, reveal]);

  useEffect(() => {
    const el = root.current!;
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      const toggler = target.closest("[data-collapse], [data-line]");
      if (toggler) {
        event.preventDefault();
        toggle(toggler.closest<HTMLElement>("li")!);
        return;
      }
      const parentLink = target.closest<HTMLAnchorElement>("a[data-up]");
      if (parentLink) {
        event.preventDefault();
        const id = parentLink.getAttribute("href")!.slice(3);
        history.replaceState(null, "", `#c-${id}`);
        reveal(id);
      }
    };
    el.addEventListener("click", onClick);
    return () => el.removeEventListener("click", onClick);
  }, [toggle, reveal]);

  const collapseAll = (collapse: boolean) => {
    for (const item of root.current!.querySelectorAll<HTMLElement>("li:has(> [data-replies])")) setCollapsed(item, collapse);
    setAllCollapsed(collapse);
    persist();
  };

  // Keyboard: j/k next/previous, h parent, Enter/Space collapse, / search, ? help.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable]")) return;
      const el = root.current!;
      const current = target.closest<HTMLElement>("article[id^='c-']");
      const list = visibleComments(el);
      const index = current ? list.indexOf(current) : -1;
      const focus = (article: HTMLElement | undefined) => {
        if (!article) return;
        event.preventDefault();
        article.focus();
        article.scrollIntoView({ block: "nearest" });
      };
      switch (event.key) {
        case "j":
          return focus(list[index + 1]);
        case "k":
          return focus(list[Math.max(index - 1, 0)]);
        case "h": {
          const parent = current && parentItem(current.parentElement!);
          if (parent) {
            event.preventDefault();
            reveal(idOf(parent));
          }
          return;
        }
        case "Enter":
        case " ":
          if (current && target === current) {
            event.preventDefault();
            toggle(current.parentElement!);
          }
          return;
        case "/": {
          const search = document.querySelector<HTMLInputElement>("[data-thread-search]");
          if (search) {
            event.preventDefault();
            search.focus();
          }
          return;
        }
        case "?":
          event.preventDefault();
          setHelpOpen((open) => !open);
          return;
        case "Escape":
          setHelpOpen(false);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [toggle, reveal]);

  // The breadcrumb follows the comment at the top of the viewport.
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const list = visibleComments(root.current!);
      // The comment being read is the one crossing the bar's lower edge.
      const top = list.find((a) => a.getBoundingClientRect().bottom > 56);
      const item = top?.parentElement;
      if (!top || !item || !parentItem(item)) return setCrumbs(null);
      const path: Crumb[] = [];
      for (let li: HTMLElement | null = item; li; li = parentItem(li)) path.unshift({ id: idOf(li), name: li.dataset.author ?? "unknown" });
      const words = top.querySelector("p")?.textContent?.split(/\s+/).slice(0, 8).join(" ") ?? "";
      setCrumbs({ path, words });
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.removeEventListener("scroll", onScroll);
      cancelAnimationFrame(frame);
    };
  }, []);

  return (
    <div ref={root}>
      {showCollapseAll && (
        <button type="button" onClick={() => collapseAll(!allCollapsed)} className="mb-2 text-sm text-blue-800 hover:underline dark:text-blue-300">
          {allCollapsed ? "Expand all replies" : "Collapse all replies"}
        </button>
      )}
      {missing && (
        <p role="status" className="mb-3 rounded bg-amber-100 px-3 py-2 text-sm text-stone-900 dark:bg-amber-900 dark:text-white">
          The comment this link points to is not in the current view.{" "}
          <a href={`${location.pathname}#c-${missing}`} onClick={() => setMissing(null)} className="font-medium underline">
            Show it in the whole thread
          </a>
        </p>
      )}
      {crumbs && (
        <nav aria-label="Where you are in the thread" data-breadcrumb className="sticky top-0 z-10 -mx-1 mb-2 truncate rounded-b-md border-b border-stone-200 bg-white/95 px-2 py-1.5 text-sm shadow-sm dark:border-stone-700 dark:bg-stone-900/95">
          {crumbs.path.map((c, i) => (
            <span key={c.id}>
              {i > 0 && <span aria-hidden> › </span>}
              <a href={`#c-${c.id}`} onClick={(e) => (e.preventDefault(), reveal(c.id))} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
                {c.name}
              </a>
            </span>
          ))}
          <span className="text-stone-600 dark:text-stone-400">: {crumbs.words}…</span>
        </nav>
      )}
      {helpOpen && (
        <div role="dialog" aria-label="Keyboard shortcuts" className="fixed right-4 bottom-4 z-20 rounded-lg bg-white p-4 text-sm shadow-lg ring-1 ring-stone-300 dark:bg-stone-900 dark:ring-stone-700">
          <h2 className="mb-2 font-semibold">Keyboard shortcuts</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {[["j / k", "next / previous comment"], ["h", "parent comment"], ["Enter, Space", "collapse or expand replies"], ["/", "search this thread"], ["?", "show or hide these keys"]].map(([k, v]) => (
              <div key={k} className="contents">
                <dt><kbd className="rounded border border-stone-300 px-1 dark:border-stone-600">{k}</kbd></dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          <button type="button" onClick={() => setHelpOpen(false)} className="mt-3 rounded border border-stone-300 px-2 py-0.5 dark:border-stone-600">
            Close
          </button>
        </div>
      )}
      {children}
    </div>
  );
}
