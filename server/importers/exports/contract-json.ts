// Rethread's own documents (`npm run export -- --format jsonl`), read back as they were
// written, after checking each against the contract's shape.
import { z } from "zod";
import type { ParsedDocument } from "../../../contract/contract";

const comment = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  parentId: z.string().nullable(),
  depth: z.number().int().min(0),
  author: z.string().nullable(),
  authorSource: z.enum(["header", "inferred"]).nullable(),
  parentSource: z.enum(["indent", "reply-to", "level", "markup", "export", "none"]).catch("export"),
  replyTo: z.string().nullable(),
  postedAt: z.string().nullable(),
  postedAtText: z.string().nullable(),
  text: z.string(),
});

const document = z.object({
  source: z.string().min(1),
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  site: z.string().nullable(),
  body: z.array(z.object({ kind: z.enum(["paragraph", "heading", "quote", "list-item", "caption"]), text: z.string() })),
  comments: z.array(comment),
});

/** The `n`th document of the file, checked; throws naming it and what is wrong. */
export function readContractDocument(record: unknown, n: number): ParsedDocument {
  const parsed = document.safeParse(record);
  if (!parsed.success) throw new Error(`document ${n} is not a Rethread document: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`);
  const depths = new Map<string, number>();
  for (const c of parsed.data.comments) {
    const parentDepth = c.parentId === null ? -1 : depths.get(c.parentId);
    if (parentDepth === undefined || c.depth !== parentDepth + 1 || depths.has(c.id)) throw new Error(`document ${n}: comment ${c.id} breaks the tree (its parent must come first, its depth be the parent's + 1, its id be unique)`);
    depths.set(c.id, c.depth);
  }
  return parsed.data;
}
