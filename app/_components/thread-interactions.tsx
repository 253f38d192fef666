"use client";
// One client island for the whole thread, working on the server-rendered markup by event
// delegation: collapse and expand, keyboard moves, opening a permalink's target, and the
// sticky breadcrumb of ancestors, the reader's position and the thread map, hidden commenters and
// comments new since the last visit. No per-comment client components.
import { useCallback, useEffect, useRef, useState } from "react";
import { CLASS, DATA, SELECT, commentElementId } from "./comment-markup";
import { readHidden, readSeen, rememberSeen, writeHidden, type SeenComments } from "./reader-memory";
import type { MapSegment } from "./thread-map";

/** A thread this long gets the map; a shorter one fits a few screens. */
const MAP_FROM = 50;

const storageKey = (articleId: string) => `rethread:collapsed:${articleId}`;
/** Set while a reader has every reply of the article collapsed: parts yet to come arrive collapsed too. */
const allKey = (articleId: string) => `rethread:all-collapsed:${articleId}`;

function readCollapsed(articleId: string): Set<string> {
  try {
    return new Set(JSON.parse(sessionStorage.getItem(storageKey(articleId)) ?? "[]") as string[]);
  } catch {
    return new Set();
  }
}

/** The list item of a comment, found by its article's id. */
function itemOf(id: string): HTMLElement | null {
  return document.getElementById(commentElementId(id))?.parentElement ?? null;
}

const idOf = (item: Element) => item.querySelector(":scope > article")!.id.slice(commentElementId("").length);

/** The list item of the comment a comment's item answers, or null at the top. */
function parentItem(item: Element): HTMLElement | null {
  return item.parentElement?.closest<HTMLElement>(SELECT.item) ?? null;
}

function setCollapsed(item: HTMLElement, collapsed: boolean) {
  const article = item.querySelector<HTMLElement>(":scope > article")!;
  const button = article.querySelector<HTMLButtonElement>(`:scope > ${SELECT.collapse}`);
  const replies = item.querySelector<HTMLElement>(`:scope > ${SELECT.replies}`);
  if (!button || !replies) return;
  button.setAttribute("aria-expanded", String(!collapsed));
  button.setAttribute("aria-label", button.getAttribute("aria-label")!.replace(/^\S+/, collapsed ? "Expand" : "Collapse"));
  replies.hidden = collapsed;
  // What is folded away, said where the replies were; made only when asked for.
  let summary = article.querySelector<HTMLElement>(`:scope > ${SELECT.summary}`);
  if (collapsed && !summary) {
    summary = document.createElement("p");
    summary.className = CLASS.summary;
    const pair = button.getAttribute(DATA.between);
    // A two-person exchange leads to the view of just that exchange.
    const text = pair ? summary.appendChild(document.createElement("a")) : summary;
    if (pair) (text as HTMLAnchorElement).href = `${location.pathname}?${new URLSearchParams({ between: pair })}`;
    text.textContent = button.getAttribute(DATA.summary);
    article.querySelector(":scope > h3")!.after(summary);
  }
  if (summary) summary.hidden = !collapsed;
  item.toggleAttribute(DATA.collapsed, collapsed);
}

/** What a card holds besides its text: kept in view when its commenter is hidden. */
const isFrame = (node: ChildNode) => node instanceof Element && (node.matches("h3, button") || node.classList.contains(CLASS.summary));

/** A hidden commenter's comment keeps its heading and its place (its replies stay): its text goes into a hidden element, a note says whose it is. */
function setMuted(article: HTMLElement, muted: boolean) {
  if (article.hasAttribute(DATA.muted) === muted) return;
  if (muted) {
    const name = article.parentElement!.getAttribute(DATA.author) ?? "unknown";
    const text = document.createElement("div");
    text.hidden = true;
    text.append(...[...article.childNodes].filter((n) => !isFrame(n)));
    const note = document.createElement("p");
    note.setAttribute(DATA.mutedNote, name);
    note.append(`You hid ${name}.`);
    const show = note.appendChild(document.createElement("button"));
    show.type = "button";
    show.textContent = `Show ${name}`;
    article.append(note, text);
  } else {
    article.querySelector(`:scope > [${DATA.mutedNote}]`)?.remove();
    const text = article.querySelector(":scope > div[hidden]");
    text?.replaceWith(...text.childNodes);
  }
  article.toggleAttribute(DATA.muted, muted);
}

/** Hides the comments in `scope` of the commenters named, and shows the others'. */
function applyHidden(scope: Element, names: ReadonlySet<string>) {
  for (const article of scope.querySelectorAll<HTMLElement>(SELECT.comment)) setMuted(article, names.has(article.parentElement!.getAttribute(DATA.author) ?? ""));
}

/** Marks the comments in `scope` this browser had not shown before; returns how many. */
function markNew(scope: Element, seen: SeenComments | null): number {
  if (!seen) return 0; // a first visit: nothing to compare with
  let count = 0;
  for (const article of scope.querySelectorAll<HTMLElement>(SELECT.comment)) {
    if (seen.has(article.id.slice(commentElementId("").length)) || article.hasAttribute(DATA.fresh)) continue;
    article.setAttribute(DATA.fresh, "");
    article.setAttribute("aria-label", `${article.getAttribute("aria-label")}, new`);
    count++;
  }
  return count;
}

/** Comments a reader can reach now: not inside a collapsed subtree. */
function visibleComments(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(SELECT.comment)].filter((a) => !a.closest(`${SELECT.replies}[hidden]`));
}

/**
 * Puts a later part of the thread (thread-parts.ts) in place: each of its top items goes at the
 * end of the replies of the comment it continues, or of the thread. Returns the items placed.
 */
function placePart(thread: HTMLElement, html: string): HTMLElement[] {
  const template = document.createElement("template");
  template.innerHTML = html;
  const top = thread.querySelector<HTMLElement>(SELECT.root)!;
  const items = [...template.content.children] as HTMLElement[];
  for (const item of items) {
    const under = item.getAttribute(DATA.under);
    const list = under ? itemOf(under)?.querySelector<HTMLElement>(`:scope > ${SELECT.replies}`) : null;
    (list ?? top).append(item);
  }
  return items;
}

/** A part the server would not give, in its words. */
class PartRefused extends Error {}

/** The first comment whose bottom is below the sticky bar. */
const topComment = (root: HTMLElement) => visibleComments(root).find((a) => a.getBoundingClientRect().bottom > 56);

/** The comment being read: the one focused, else the top one. */
function readComment(root: HTMLElement): HTMLElement | undefined {
  const focused = document.activeElement?.closest<HTMLElement>(SELECT.comment);
  if (focused && root.contains(focused)) return focused;
  return topComment(root);
}

/**
 * The reader's place (the top comment and how far down the window it was), kept for the page's
 * address as they follow a link away or leave: Back (or a reload) returns there even when it lies
 * in a part yet to load, where the browser's own restoring would stop at the page's end. Kept in
 * sessionStorage: writing history.state while the router navigates would race it.
 */
interface Place {
  id: string;
  top: number;
}
const placeKey = () => `rethread:place:${location.pathname}${location.search}`;

/** When the reader last moved through history in this document (the router's Back and Forward are popstate). */
let traversedAt = -Infinity;
let firstMount = true;
if (typeof window !== "undefined") window.addEventListener("popstate", () => void (traversedAt = performance.now()));

/** The place to return to, when this page is shown by Back, Forward or a reload rather than by a link. */
function savedPlace(): Place | undefined {
  const loadedBy = (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)?.type;
  const returning = performance.now() - traversedAt < 5000 || (firstMount && (loadedBy === "back_forward" || loadedBy === "reload"));
  firstMount = false;
  if (!returning) return undefined;
  try {
    const place = JSON.parse(sessionStorage.getItem(placeKey()) ?? "null") as Place | null;
    return typeof place?.id === "string" && typeof place.top === "number" ? place : undefined;
  } catch {
    return undefined;
  }
}

/** A restored place is held at most this long, and no longer than the page takes to settle. */
const HOLD_PLACE_MS = 2000;
/** Frames the place must stay put, with the whole view in the page, for the page to count as settled. */
const SETTLED_FRAMES = 10;

/**
 * Scrolls the place's comment back to where it was, and holds it there while the page around it
 * settles, until the reader moves: sub-threads drawn as they come near (content-visibility, see
 * globals.css) and later parts can move it, and scroll anchoring does not always follow it.
 * False while the comment is not in the page.
 */
function restorePlace(place: Place): boolean {
  const article = document.getElementById(commentElementId(place.id));
  if (!article) return false;
  /** Puts the comment back; false when it had not moved. */
  const align = () => {
    const off = article.getBoundingClientRect().top - place.top;
    if (Math.abs(off) < 1) return false;
    window.scrollBy(0, off);
    return true;
  };
  align();
  const until = performance.now() + HOLD_PLACE_MS;
  const moved = new AbortController();
  let frame = 0;
  let still = 0;
  const release = () => {
    cancelAnimationFrame(frame);
    moved.abort();
  };
  const hold = (now: number) => {
    still = align() || !document.querySelector(SELECT.complete) ? 0 : still + 1;
    if (now > until || still >= SETTLED_FRAMES || !article.isConnected) return release();
    frame = requestAnimationFrame(hold);
  };
  for (const type of ["wheel", "touchstart", "keydown", "pointerdown"]) window.addEventListener(type, release, { capture: true, passive: true, signal: moved.signal });
  frame = requestAnimationFrame(hold);
  return true;
}

/** Moves to the next (1) or previous (-1) top-level comment from the one being read. */
function jumpTopLevel(root: HTMLElement, direction: 1 | -1): void {
  const tops = [...root.querySelectorAll<HTMLElement>(`${SELECT.root} > li > article`)];
  const current = readComment(root);
  const at = current ? tops.indexOf(current.closest(`${SELECT.root} > li`)!.querySelector<HTMLElement>(":scope > article")!) : -1;
  const target = tops[at === -1 ? 0 : Math.min(Math.max(at + direction, 0), tops.length - 1)];
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "start" });
}

interface Crumb {
  id: string;
  name: string;
}

export function ThreadInteractions({
  articleId,
  viewKey,
  showCollapseAll = false,
  total,
  map,
  commenters = [],
  children,
}: {
  articleId: string;
  viewKey: string;
  showCollapseAll?: boolean;
  /** Comments in the view, and its map (thread-map.ts): the reader's position is shown against them. */
  total?: number;
  map?: MapSegment[];
  /** Names a reader can hide. */
  commenters?: string[];
  children: React.ReactNode;
}) {
  const root = useRef<HTMLDivElement>(null);
  const [crumbs, setCrumbs] = useState<{ path: Crumb[]; words: string } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [allCollapsed, setAllCollapsed] = useState(false);
  /** Hydrated: controls that need a script show from now on. */
  const [ready, setReady] = useState(false);
  /** A permalink target that the current filter or depth limit leaves out. */
  const [missing, setMissing] = useState<string | null>(null);
  /** How far the view's later parts have come in, or why they stopped. */
  const [parts, setParts] = useState<{ placed: number; count: number; problem?: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  /** A permalink target not in place yet: looked for again as parts come in. */
  const awaited = useRef<string | null>(null);
  const allCollapsedRef = useRef(false);
  /** Commenters the reader hid, in every thread (reader-memory.ts). */
  const [hidden, setHidden] = useState<string[]>([]);
  const hiddenRef = useRef<ReadonlySet<string>>(new Set());
  /** What this browser showed of the thread before this visit, read once a visit; how many comments are new since. */
  const seen = useRef<SeenComments | null>(null);
  const [fresh, setFresh] = useState(0);
  /** The place (from 1) in the view of the comment being read; every comment in the page, in order, found again when parts come in. */
  const [position, setPosition] = useState<number | null>(null);
  const inOrder = useRef<HTMLElement[] | null>(null);
  /** The place Back returned to, not in the page yet: restored when its part arrives. */
  const awaitedPlace = useRef<Place | null>(null);

  /** Saves the state of the comments in view; comments a filter hides keep theirs. */
  const persist = useCallback(() => {
    const ids = readCollapsed(articleId);
    for (const item of root.current!.querySelectorAll<HTMLElement>(`li:has(> ${SELECT.replies})`)) {
      if (item.hasAttribute(DATA.collapsed)) ids.add(idOf(item));
      else ids.delete(idOf(item));
    }
    sessionStorage.setItem(storageKey(articleId), JSON.stringify([...ids]));
  }, [articleId]);

  const toggle = useCallback(
    (item: HTMLElement) => {
      setCollapsed(item, !item.hasAttribute(DATA.collapsed));
      persist();
    },
    [persist],
  );

  /** Opens every collapsed ancestor of a comment, then scrolls to it and focuses it. */
  const reveal = useCallback((id: string, focus = true) => {
    const article = document.getElementById(commentElementId(id));
    if (!article) return;
    for (let li = parentItem(article.parentElement!); li; li = parentItem(li)) if (li.hasAttribute(DATA.collapsed)) setCollapsed(li, false);
    article.scrollIntoView({ block: "center" });
    if (focus) article.focus({ preventScroll: true });
    // Comments drawn only as they come near (content-visibility) take their real height in the
    // next frames and can push it out of view at the end of a long page: look again once they have.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const box = article.getBoundingClientRect();
        if (box.bottom <= 0 || box.top >= innerHeight) article.scrollIntoView({ block: "center" });
      }),
    );
  }, []);

  const hide = useCallback((name: string, hidden: boolean) => {
    const names = new Set(hiddenRef.current);
    if (hidden) names.add(name);
    else names.delete(name);
    hiddenRef.current = names;
    writeHidden([...names]);
    setHidden([...names]);
    applyHidden(root.current!, names);
  }, []);

  /** Moves to the next comment new since the last visit, after the one being read, round to the first. */
  const nextNew = useCallback(() => {
    const news = [...root.current!.querySelectorAll<HTMLElement>(`${SELECT.comment}[${DATA.fresh}]`)];
    const current = readComment(root.current!);
    const next = news.find((a) => current && current.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) ?? news[0];
    if (next) reveal(next.id.slice(commentElementId("").length));
  }, [reveal]);

  useEffect(() => {
    seen.current = readSeen(articleId);
  }, [articleId]);

  // Collapsed state survives sorting and filtering; a permalink target always opens.
  useEffect(() => {
    const el = root.current!;
    el.setAttribute(DATA.ready, ""); // hydrated: the keys and toggles work from now on
    setReady(true);
    inOrder.current = null;
    const names = readHidden();
    hiddenRef.current = new Set(names);
    setHidden(names);
    applyHidden(el, hiddenRef.current);
    setFresh(markNew(el, seen.current));
    for (const id of readCollapsed(articleId)) {
      const item = itemOf(id);
      if (item && el.contains(item)) setCollapsed(item, true);
    }
    // "Collapse all" is remembered as such, so its button says what it will do after a reload.
    const all = sessionStorage.getItem(allKey(articleId)) === "1";
    allCollapsedRef.current = all;
    setAllCollapsed(all);
    if (all) for (const item of el.querySelectorAll<HTMLElement>(`li:has(> ${SELECT.replies})`)) setCollapsed(item, true);
    const revealHash = () => {
      const target = location.hash.match(/^#c-([A-Za-z0-9_-]+)$/)?.[1];
      if (!target) {
        // Once: the place is where this visit began.
        if (place && !restorePlace(place)) awaitedPlace.current = place;
        place = undefined;
        return;
      }
      if (document.getElementById(commentElementId(target))) reveal(target);
      else if (el.querySelector(SELECT.complete)) setMissing(target);
      else awaited.current = target;
    };
    // A link to a comment opens there, not where the browser last was (it would win on a
    // reload); any other return to the page keeps the reader's place, as the browser restores it.
    let place = /^#c-/.test(location.hash) ? undefined : savedPlace();
    history.scrollRestoration = /^#c-/.test(location.hash) || place ? "manual" : "auto";
    const frame = requestAnimationFrame(revealHash);
    window.addEventListener("hashchange", revealHash);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", revealHash);
    };
  }, [articleId, viewKey, reveal]);

  // The view's later parts, fetched once each, the next while one is put in place, and put in
  // place one a task, so the reader can read, scroll and press keys meanwhile (thread-parts.ts).
  useEffect(() => {
    const thread = root.current!.querySelector<HTMLElement>(SELECT.thread);
    if (!thread || thread.hasAttribute(DATA.complete)) return;
    const count = Number(thread.getAttribute(DATA.parts) ?? "1");
    const url = thread.getAttribute(DATA.partUrl);
    const done = () => {
      thread.setAttribute(DATA.complete, "");
      rememberSeen(articleId, [...thread.querySelectorAll(SELECT.comment)].map((a) => a.id.slice(commentElementId("").length)));
      const target = awaited.current;
      awaited.current = null;
      if (target) {
        if (document.getElementById(commentElementId(target))) reveal(target);
        else setMissing(target);
      }
    };
    if (!url || count <= 1) return done();
    const abort = new AbortController();
    const fetchPart = async (k: number) => {
      const address = new URL(url, location.href);
      address.searchParams.set("part", String(k));
      // Asked for as a page is, so `npm start`'s page cache keeps parts as it keeps pages.
      const response = await fetch(address, { signal: abort.signal, headers: { accept: "text/html" } });
      if (!response.ok) throw new PartRefused((await response.text()).trim());
      return response.text();
    };
    // Parts in place so far: the page's own, and any a failed attempt placed before it stopped.
    let placed = Number(thread.getAttribute(DATA.placed) ?? "1");
    void (async () => {
      let next = fetchPart(placed);
      for (; placed < count; ) {
        next.catch(() => {}); // a later failure is reported when that part is awaited
        const html = await next;
        if (placed + 1 < count) next = fetchPart(placed + 1);
        const items = placePart(thread, html);
        placed++;
        inOrder.current = null;
        const added = items.reduce((n, item) => n + markNew(item, seen.current), 0);
        if (added > 0) setFresh((n) => n + added);
        if (hiddenRef.current.size > 0) for (const item of items) applyHidden(item, hiddenRef.current);
        thread.setAttribute(DATA.placed, String(placed));
        const collapsed = readCollapsed(articleId);
        for (const item of items) {
          for (const li of [item, ...item.querySelectorAll<HTMLElement>(`li:has(> ${SELECT.replies})`)]) {
            if (allCollapsedRef.current || collapsed.has(idOf(li))) setCollapsed(li, true);
          }
        }
        if (awaitedPlace.current && restorePlace(awaitedPlace.current)) awaitedPlace.current = null;
        if (awaited.current && document.getElementById(commentElementId(awaited.current))) {
          reveal(awaited.current);
          awaited.current = null;
        }
        setParts({ placed, count });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      done();
      setParts(null);
    })().catch((error: unknown) => {
      if (abort.signal.aborted) return;
      setParts({ placed, count, problem: error instanceof PartRefused ? error.message : "The rest of the discussion could not be loaded (the server did not answer)." });
    });
    return () => abort.abort();
  }, [articleId, viewKey, reveal, attempt]);

  useEffect(() => {
    const el = root.current!;
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      // The collapse button, or the thread line: the replies list itself, not a comment in it.
      const toggler = target.closest(SELECT.collapse) ?? (target.matches(SELECT.replies) ? target : null);
      if (toggler) {
        event.preventDefault();
        toggle(toggler.closest<HTMLElement>(SELECT.item)!);
        return;
      }
      const unhide = target.closest(`[${DATA.mutedNote}] > button`);
      if (unhide) {
        hide(unhide.parentElement!.getAttribute(DATA.mutedNote)!, false);
        return;
      }
      const parentLink = target.closest<HTMLAnchorElement>(SELECT.up);
      if (parentLink) {
        event.preventDefault();
        const id = parentLink.getAttribute("href")!.slice(`#${commentElementId("")}`.length);
        history.replaceState(null, "", `#${commentElementId(id)}`);
        reveal(id);
      }
    };
    el.addEventListener("click", onClick);
    return () => el.removeEventListener("click", onClick);
  }, [toggle, reveal, hide]);

  // Following a link away, or leaving the page (a reload too), keeps the reader's place (see
  // Place). The click is seen first, before the router handles it and the address changes.
  useEffect(() => {
    const keepPlace = () => {
      const top = topComment(root.current!);
      if (!top) return;
      const place: Place = { id: top.id.slice(commentElementId("").length), top: top.getBoundingClientRect().top };
      try {
        sessionStorage.setItem(placeKey(), JSON.stringify(place));
      } catch {
        // storage off or full: Back keeps what the browser restores
      }
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (link && !link.getAttribute("href")!.startsWith("#")) keepPlace();
    };
    document.addEventListener("click", onClick, true);
    window.addEventListener("pagehide", keepPlace);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("pagehide", keepPlace);
    };
  }, []);

  const collapseAll = (collapse: boolean) => {
    for (const item of root.current!.querySelectorAll<HTMLElement>(`li:has(> ${SELECT.replies})`)) setCollapsed(item, collapse);
    setAllCollapsed(collapse);
    allCollapsedRef.current = collapse;
    if (collapse) sessionStorage.setItem(allKey(articleId), "1");
    else sessionStorage.removeItem(allKey(articleId));
    persist();
  };

  // Keyboard: j/k next/previous, h parent, Enter/Space collapse, / search, ? help.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable]")) return;
      const el = root.current!;
      const current = target.closest<HTMLElement>(SELECT.comment);
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
        case "n":
        case "p":
          event.preventDefault();
          return jumpTopLevel(el, event.key === "n" ? 1 : -1);
        case "x": {
          const name = current?.parentElement!.getAttribute(DATA.author);
          if (name) {
            event.preventDefault();
            hide(name, !hiddenRef.current.has(name));
            current!.focus();
          }
          return;
        }
        case "u":
          event.preventDefault();
          return nextNew();
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
  }, [toggle, reveal, hide, nextNew]);

  // The breadcrumb follows the comment at the top of the viewport.
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      // The comment being read is the one crossing the bar's lower edge.
      const top = topComment(root.current!);
      // The position is the comment being read: the focused one (keys move the focus), else the top one.
      const all = (inOrder.current ??= [...root.current!.querySelectorAll<HTMLElement>(SELECT.comment)]);
      const focused = document.activeElement?.closest<HTMLElement>(SELECT.comment);
      const reading = focused && root.current!.contains(focused) ? focused : top;
      setPosition(reading ? all.indexOf(reading) + 1 || null : null);
      const item = top?.parentElement;
      if (!top || !item || !parentItem(item)) return setCrumbs(null);
      const path: Crumb[] = [];
      for (let li: HTMLElement | null = item; li; li = parentItem(li)) path.unshift({ id: idOf(li), name: li.getAttribute(DATA.author) ?? "unknown" });
      // The comment's text: what follows its heading (one paragraph bare, more in elements).
      const text = [...top.childNodes].filter((n) => !isFrame(n) && !(n instanceof HTMLElement && n.hidden)).map((n) => n.textContent).join(" ");
      const words = text.trim().split(/\s+/).slice(0, 8).join(" ");
      setCrumbs({ path, words });
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    document.addEventListener("focusin", onScroll);
    frame = requestAnimationFrame(update);
    return () => {
      window.removeEventListener("scroll", onScroll);
      document.removeEventListener("focusin", onScroll);
      cancelAnimationFrame(frame);
    };
  }, []);

  return (
    <div ref={root}>
      {ready && (
        <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          {showCollapseAll && (
            <button type="button" onClick={() => collapseAll(!allCollapsed)} className="min-h-6 text-blue-800 hover:underline dark:text-blue-300">
              {allCollapsed ? "Expand all replies" : "Collapse all replies"}
            </button>
          )}
          {commenters.some((name) => !hidden.includes(name)) && (
            <label className="flex items-center gap-1">
              <span className="text-stone-600 dark:text-stone-400">Hide</span>
              <select
                value=""
                onChange={(e) => e.target.value && hide(e.target.value, true)}
                aria-label="Hide the comments of (key x on a comment)"
                className="max-w-40 rounded border border-stone-300 bg-white px-1 py-0.5 dark:border-stone-600 dark:bg-stone-900"
              >
                <option value="">a commenter…</option>
                {commenters
                  .filter((name) => !hidden.includes(name))
                  .map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
              </select>
            </label>
          )}
          {hidden.length > 0 && (
            <span data-hidden-commenters>
              Hidden:{" "}
              {hidden.map((name, i) => (
                <span key={name}>
                  {i > 0 && ", "}
                  {name}{" "}
                  <button type="button" onClick={() => hide(name, false)} aria-label={`Show ${name}`} className="min-h-6 text-blue-800 underline dark:text-blue-300">
                    show
                  </button>
                </span>
              ))}
            </span>
          )}
        </div>
      )}
      {fresh > 0 && (
        <p role="status" className="mb-2 rounded bg-emerald-50 px-3 py-1.5 text-sm text-stone-900 dark:bg-emerald-950 dark:text-white">
          {fresh.toLocaleString("en")} {fresh === 1 ? "comment" : "comments"} new since your last visit, marked new.{" "}
          <button type="button" onClick={nextNew} className="min-h-6 font-medium underline">
            Next new comment (u)
          </button>
        </p>
      )}
      {ready && map && total !== undefined && total >= MAP_FROM && map.length > 1 && (
        // Where the big sub-threads are and where the reader is; a click goes there.
        <nav aria-label="Thread map" data-thread-map className="fixed top-24 right-0.5 bottom-20 z-10 hidden w-3 flex-col gap-px md:flex">
          {map.map((segment) => (
            <a
              key={segment.first}
              href={`#${commentElementId(segment.first)}`}
              aria-label={`${segment.starter ? `${segment.starter}'s sub-thread` : "Comments"} ${(segment.start + 1).toLocaleString("en")} to ${(segment.start + segment.count).toLocaleString("en")}`}
              title={`${segment.starter ? `${segment.starter}'s sub-thread: ` : ""}${segment.count.toLocaleString("en")} ${segment.count === 1 ? "comment" : "comments"}`}
              style={{ flexGrow: segment.count }}
              className={`min-h-0.5 basis-0 rounded-sm ${segment.starter ? "bg-blue-700/70 hover:bg-blue-700 dark:bg-blue-400/70" : "bg-stone-300 hover:bg-stone-400 dark:bg-stone-600"}`}
            />
          ))}
          {position !== null && <span aria-hidden className="pointer-events-none absolute inset-x-0 h-1 -translate-y-1/2 rounded bg-amber-500" style={{ top: `${((position - 0.5) / total) * 100}%` }} />}
        </nav>
      )}
      {ready && (
        // Always at hand while reading: where one is, and the previous and next top-level comment (keys p and n).
        <nav aria-label="Top-level comments" className="fixed right-3 bottom-3 z-10 flex items-center gap-1 text-sm">
          {position !== null && total !== undefined && (
            <span data-position className="rounded-full bg-white px-2 py-1 text-xs shadow ring-1 ring-stone-300 dark:bg-stone-800 dark:ring-stone-600">
              <span className="sr-only">Comment </span>
              {position.toLocaleString("en")} of {total.toLocaleString("en")}
            </span>
          )}
          {([[-1, "Previous top-level comment", "↑"], [1, "Next top-level comment", "↓"]] as const).map(([direction, label, arrow]) => (
            <button
              key={direction}
              type="button"
              aria-label={label}
              title={`${label} (${direction === 1 ? "n" : "p"})`}
              onClick={() => jumpTopLevel(root.current!, direction)}
              className="min-h-11 min-w-11 rounded-full bg-white shadow ring-1 ring-stone-300 hover:bg-stone-100 dark:bg-stone-800 dark:ring-stone-600 dark:hover:bg-stone-700"
            >
              {arrow}
            </button>
          ))}
        </nav>
      )}
      {missing && (
        <p role="status" className="mb-3 rounded bg-amber-100 px-3 py-2 text-sm text-stone-900 dark:bg-amber-900 dark:text-white">
          The comment this link points to is not in the current view.{" "}
          <a href={`${location.pathname}#${commentElementId(missing)}`} onClick={() => setMissing(null)} className="font-medium underline">
            Show it in the whole thread
          </a>
        </p>
      )}
      {crumbs && (
        <nav aria-label="Where you are in the thread" data-breadcrumb className="sticky top-0 z-10 -mx-1 mb-2 truncate rounded-b-md border-b border-stone-200 bg-white/95 px-2 py-1.5 text-sm shadow-sm dark:border-stone-700 dark:bg-stone-900/95">
          {/* The top comment and the nearest ones: on a phone, the middle of a deep path goes first. */}
          {(crumbs.path.length > 4 ? [crumbs.path[0]!, null, ...crumbs.path.slice(-3)] : crumbs.path).map((c, i) =>
            c === null ? (
              <span key="skipped" aria-hidden>
                {" "}› …
              </span>
            ) : (
              <span key={c.id}>
                {i > 0 && <span aria-hidden> › </span>}
                <a href={`#${commentElementId(c.id)}`} onClick={(e) => (e.preventDefault(), reveal(c.id))} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
                  {c.name}
                </a>
              </span>
            ),
          )}
          <span className="text-stone-600 dark:text-stone-400">: {crumbs.words}…</span>
        </nav>
      )}
      {helpOpen && (
        <div role="dialog" aria-label="Keyboard shortcuts" className="fixed right-4 bottom-4 z-20 rounded-lg bg-white p-4 text-sm shadow-lg ring-1 ring-stone-300 dark:bg-stone-900 dark:ring-stone-700">
          <h2 className="mb-2 font-semibold">Keyboard shortcuts</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {[["j / k", "next / previous comment"], ["n / p", "next / previous top-level comment"], ["h", "parent comment"], ["u", "next comment new since your last visit"], ["x", "hide or show the comment's commenter"], ["Enter, Space", "collapse or expand replies"], ["/", "search this thread"], ["?", "show or hide these keys"]].map(([k, v]) => (
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
      {parts && (
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400" {...{ [DATA.partsStatus]: "" }}>
          {parts.problem ? (
            <>
              {parts.problem}{" "}
              <button type="button" onClick={() => setAttempt((n) => n + 1)} className="font-medium text-blue-800 underline dark:text-blue-300">
                Try again
              </button>
            </>
          ) : (
            `Loading the rest of the discussion: part ${parts.placed + 1} of ${parts.count}…`
          )}
        </p>
      )}
    </div>
  );
}
