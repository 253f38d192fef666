// The article's author, where its body names them in a byline ("By Dana Reyes", "Von Tomas
// Spahn", "Posted by ann"): their comments in the thread are marked, as forums mark the original
// poster. Read from the stored body at view time, so every dump already stored gains it.
import type { BodyBlock } from "../../contract/contract";

/** A byline's first blocks: it stands under the headline, before the text. */
const WITHIN = 6;
/** The words that open a byline, any case. */
const OPENING = /^(?:(?:posted|written)\s+by|by|von|por|par|di|door|av|af|author:|autor:|autora:|auteur\s*:)\s+/i;
/** The name: one to four words, each beginning with a capital ("Dana Reyes", "J. R. Smith"), or one handle with a digit or an underscore ("ann_k"); then the line ends, or a date follows a separator. */
const NAME = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|[\p{L}\d.-]*[\d_][\p{L}\d_.-]*)\s*(?:[|,·•–—-].*)?$/u;

/** The author a byline names: the subtitle (a short line under the headline is taken for one), or one of the body's first blocks. */
export function articleAuthor(subtitle: string | null, body: readonly BodyBlock[]): string | null {
  for (const line of [subtitle ?? "", ...body.slice(0, WITHIN).map((b) => b.text)]) {
    if (line.length > 120) continue;
    const text = line.trim();
    const opening = OPENING.exec(text);
    const name = opening && NAME.exec(text.slice(opening[0].length))?.[1];
    if (name) return name.trim();
  }
  return null;
}

/** Whether a comment's author is the article's: names as people write them, case aside. */
export const isArticleAuthor = (author: string | null, byline: string | null) => author !== null && byline !== null && author.trim().toLowerCase() === byline.toLowerCase();
