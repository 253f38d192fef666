// Inputs shared by the procedures and by the pages that read the same values from the URL.
import { z } from "zod";
import { ARTICLE_SORTS } from "../../db/store";
import { THREAD_SORTS } from "../threads/sort-thread";

const urlId = (what: string) => z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, `${what} is letters, digits, '-' and '_'`);

export const articleId = urlId("an article id");
export const commentId = urlId("a comment id");
export const authorName = z.string().trim().min(1, "a name is needed").max(100, "a name is at most 100 characters");
export const searchText = z.string().trim().max(200, "a search is at most 200 characters");

/** A choice of words, with a message that lists them. */
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `expected one of ${values.join(", ")}` });

/** A whole number in a range, from a URL or JSON, with one message for every way it can be wrong. */
const wholeNumber = (min: number, max: number) => {
  const error = `expected a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int(error).min(min, error).max(max, error);
};

export const articleListInput = z.object({
  sort: oneOf(ARTICLE_SORTS).default("discussed"),
  q: searchText.optional(),
});

export const threadView = z.object({
  sort: oneOf(THREAD_SORTS).default("thread"),
  author: authorName.optional(),
  q: searchText.optional(),
  depth: wholeNumber(1, 200).optional(),
  /** The first comment (by document position) of the window a thread larger than THREAD_WINDOW is read in. */
  from: wholeNumber(0, 1e9).optional(),
  between: z
    .string()
    .max(201)
    .transform((s) => s.split(",").map((n) => n.trim()))
    .refine((names) => names.length === 2 && names.every((n) => n.length > 0 && n.length <= 100), "between is two names separated by a comma")
    .optional(),
});

export const threadInput = threadView.extend({ articleId });

export const articleInput = z.object({ id: articleId, from: wholeNumber(0, 1e9).optional() });

/** A commenter's page: with `with`, their exchange with that commenter. */
export const authorView = z.object({ with: authorName.optional() });

export const commentView = z.object({
  context: wholeNumber(0, 50).default(3),
  sort: oneOf(THREAD_SORTS).default("thread"),
});

export const commentInput = commentView.extend({ id: commentId });

export type ThreadView = z.infer<typeof threadView>;

/** The words of a search as readers typed them, for marking matches. */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return q.split(/[^\p{L}\p{N}_'’-]+/u).filter((w) => w.length > 1).slice(0, 12);
}

/** An article's download: the document contract as JSON, CSV, or a zipped ConvoKit corpus. */
export const exportView = z.object({ format: z.enum(["json", "csv", "convokit"], { message: "expected json, csv or convokit" }) });
