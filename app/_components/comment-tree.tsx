import type { FlatComment } from "@/server/threads/flat-thread";
import { renderCommentTree, type TreeOptions } from "./comment-tree-html";
import { DATA, commentElementId } from "./comment-markup";
import { threadParts } from "./thread-parts";

export interface PartsOf {
  /** The address of the view's parts (app/a/[articleId]/part), without `part`. */
  url: string;
  /** Show every part now: the reader has no JavaScript to fetch them. */
  whole: boolean;
  /** The same view in one piece, for readers without JavaScript. */
  wholeUrl: string;
}

/**
 * The server-built thread markup (comment-tree-html.ts, escaped there value by value) as a server
 * component: in the HTML, and in the RSC payload React builds the page from. With `parts`, that
 * is the view's first part only; the thread's island fetches the others once each
 * (thread-parts.ts). A new view is a new element, so React replaces the markup, parts and all.
 */
export function CommentTree({ comments, options, parts }: { comments: FlatComment[]; options: TreeOptions; parts?: PartsOf }) {
  const all = parts && !parts.whole ? threadParts(comments) : [{ start: 0, end: comments.length }];
  const html = renderCommentTree(comments, options, all[0]);
  const attributes = { [DATA.parts]: all.length, [DATA.partUrl]: parts?.url };
  const firstComment = all[0] && comments[all[0].start]; // a view may have no comments
  return (
    <>
      {/* On a wide screen (Tailwind's lg), where the first comment is on the first screen (on a
          thread page, beside the article), the first frame waits until the parser has it (React
          puts this link in the head). A phone, where a thread's first comment is screens below
          the article, paints the article first: decision record 012. */}
      {firstComment && <link rel="expect" href={`#${commentElementId(firstComment.id)}`} media="(min-width: 64rem)" blocking="render" />}
      <div key={parts?.url} {...attributes} dangerouslySetInnerHTML={{ __html: html }} />
      {all.length > 1 && (
        <noscript>
          <p className="mt-3 text-sm">
            {all[0]!.end.toLocaleString("en")} of {comments.length.toLocaleString("en")} comments are shown.{" "}
            <a href={parts!.wholeUrl} className="text-blue-800 underline dark:text-blue-300">
              Show all of them on one page
            </a>
          </p>
        </noscript>
      )}
    </>
  );
}
