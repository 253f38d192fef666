import { CLASS } from "./comment-markup";
import { commentTextHtml } from "./comment-text";

/** A comment's text outside a thread (commenter page, a reply's ancestors), rendered as in the thread. */
export function CommentText({ text, className }: { text: string; className: string }) {
  // commentTextHtml escapes every value and passes no raw HTML from the text.
  return <div className={`${CLASS.text} ${className}`} dangerouslySetInnerHTML={{ __html: commentTextHtml(text) }} />;
}
