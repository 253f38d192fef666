// The discussion as nested lists, rendered on the server. Interaction (collapse, keys,
// breadcrumb) is one client island for the whole thread: see thread-interactions.tsx.
import Link from "next/link";
import type { Role } from "@/server/threads/filter-thread";
import type { TreeNode } from "@/server/threads/build-tree";
import type { CommentRow } from "@/db/schema";
import { CommentTime } from "./comment-time";
import { Highlight } from "./highlight";

export type ThreadNode = TreeNode<CommentRow>;

/** Nesting deeper than this continues on the reply's own page, as on Reddit. */
const MAX_NESTING = 40;
/** Past this depth replies stop moving right, so a deep chain stays readable on a phone; the thread line stays. */
const INDENTED_LEVELS = 8;

export interface TreeOptions {
  roles?: Record<string, Role>;
  words?: string[];
  /** Levels to show below the first one rendered; deeper replies sit behind "continue this thread". */
  depth?: number;
  highlightId?: string;
  /** Query string (sort and such) that links to other comments carry along. */
  carry?: string;
}

export function CommentTree({ roots, options, authorOf }: { roots: ThreadNode[]; options: TreeOptions; authorOf: Map<string, string | null> }) {
  const baseDepth = roots[0]?.depth ?? 0;
  return (
    <ol className="space-y-3" data-thread-root>
      {roots.map((node) => (
        <CommentItem key={node.id} node={node} options={options} authorOf={authorOf} baseDepth={baseDepth} />
      ))}
    </ol>
  );
}

function summary(node: ThreadNode): string {
  const replies = `${node.descendantCount} ${node.descendantCount === 1 ? "reply" : "replies"}`;
  return `${replies} · ${node.people} ${node.people === 1 ? "person" : "people"} · longest chain ${node.longestChain}`;
}

/** A long exchange between just two people folds into "alice ↔ bob (14)". */
function backAndForth(node: ThreadNode): string | null {
  if (node.descendantCount < 4 || node.people > 2 || node.author === null) return null;
  const names = new Set<string>([node.author]);
  for (let n: ThreadNode | undefined = node; n; n = n.children.length === 1 ? n.children[0] : undefined) {
    if (n.children.length > 1 || n.author === null) return null;
    names.add(n.author);
  }
  if (names.size !== 2) return null;
  const [a, b] = [...names];
  return `${a} ↔ ${b} (${node.descendantCount + 1})`;
}

function CommentItem({ node, options, authorOf, baseDepth }: { node: ThreadNode; options: TreeOptions; authorOf: Map<string, string | null>; baseDepth: number }) {
  const role = options.roles?.[node.id];
  const level = node.depth - baseDepth;
  const showChildren = node.children.length > 0 && level + 1 < Math.min(options.depth ?? MAX_NESTING, MAX_NESTING);
  const parentAuthor = node.parentId ? authorOf.get(node.parentId) : undefined;
  const name = node.author ?? "unknown";
  const highlighted = role === "match" || options.highlightId === node.id;
  const fold = backAndForth(node);
  return (
    <li data-comment={node.id} data-parent={node.parentId ?? undefined} data-author={node.author ?? undefined} data-depth={node.depth} data-role={role} className="relative">
      <article
        id={`c-${node.id}`}
        tabIndex={-1}
        aria-labelledby={`h-${node.id}`}
        className={`rounded-md p-3 shadow-sm ring-1 outline-none focus-visible:ring-2 focus-visible:ring-blue-600 target:ring-2 target:ring-amber-500 ${
          highlighted ? "bg-amber-50 ring-amber-400 dark:bg-amber-950 dark:ring-amber-600" : "bg-white ring-stone-200 dark:bg-stone-900 dark:ring-stone-800"
        } ${role === "context" ? "opacity-80" : ""}`}
      >
        <h3 id={`h-${node.id}`} className="flex flex-wrap items-baseline gap-x-2 text-sm font-normal">
          {node.author ? (
            <Link href={`/u/${encodeURIComponent(node.author)}`} className="font-semibold hover:underline">
              {node.author}
            </Link>
          ) : (
            <span className="font-semibold italic text-stone-600 dark:text-stone-400">unknown</span>
          )}
          {node.authorSource === "inferred" && (
            <span className="text-xs text-stone-600 dark:text-stone-400" title="Name inferred from a reply that answers this comment">
              (name inferred)
            </span>
          )}
          <span className="text-stone-600 dark:text-stone-400">
            <CommentTime postedAt={node.postedAt} postedAtText={node.postedAtText} />
          </span>
          <span className="sr-only">
            {node.parentId ? `, reply from ${name} to ${parentAuthor ?? "unknown"}, level ${node.depth + 1}` : `, comment from ${name}, level 1`}
          </span>
        </h3>
        <div className={`mt-1 space-y-2 break-words ${role === "context" ? "line-clamp-3" : ""}`}>
          {node.text.split("\n\n").map((p, i) => (
            <p key={i} className={p.startsWith(">") ? "border-l-2 border-stone-300 pl-2 text-stone-600 dark:border-stone-600 dark:text-stone-400" : ""}>
              <Highlight text={p} words={options.words ?? []} />
            </p>
          ))}
        </div>
        <footer className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-600 dark:text-stone-400">
          <span>
            {node.descendantCount} {node.descendantCount === 1 ? "reply" : "replies"}
          </span>
          <Link href={`/c/${node.id}${options.carry ?? ""}`} className="underline-offset-2 hover:underline">
            permalink
          </Link>
          {node.parentId && (
            <a href={`#c-${node.parentId}`} className="underline-offset-2 hover:underline" data-parent-link>
              parent
            </a>
          )}
          {node.children.length > 0 && showChildren && (
            <button type="button" data-collapse={node.id} aria-expanded="true" aria-controls={`r-${node.id}`} className="rounded px-1 underline-offset-2 hover:underline">
              collapse
            </button>
          )}
          <span data-summary className="hidden font-medium text-stone-700 dark:text-stone-300">
            {fold ?? summary(node)}
          </span>
        </footer>
      </article>
      {showChildren ? (
        <div id={`r-${node.id}`} data-replies className={`relative mt-3 ${node.depth < INDENTED_LEVELS ? "ml-1 pl-3 sm:ml-3 sm:pl-4" : "pl-2"}`}>
          <span aria-hidden data-thread-line={node.id} className="absolute inset-y-0 left-0 w-2 cursor-pointer border-l-2 border-stone-300 hover:border-blue-500 dark:border-stone-700" />
          <ol className="space-y-3">
            {node.children.map((child) => (
              <CommentItem key={child.id} node={child} options={options} authorOf={authorOf} baseDepth={baseDepth} />
            ))}
          </ol>
        </div>
      ) : (
        node.children.length > 0 && (
          <Link href={`/c/${node.id}${options.carry ?? ""}`} className="mt-2 ml-4 inline-block text-sm text-blue-800 hover:underline dark:text-blue-300">
            continue this thread ({node.descendantCount} {node.descendantCount === 1 ? "reply" : "replies"}) →
          </Link>
        )
      )}
    </li>
  );
}
