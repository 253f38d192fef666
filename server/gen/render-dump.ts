// Renders a synthetic document as a flattened dump in one of the formats the parser reads.
import type { SyntheticComment, SyntheticDocument } from "./synthetic-thread";

export type DumpFormat = "legal-insurrection" | "wordpress";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `2016-12-30T13:21` -> `December 30, 2016 at 1:21 pm`. */
export function humanTime(iso: string): string {
  const [date, time] = iso.split("T") as [string, string];
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [h, min] = time.split(":").map(Number) as [number, number];
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${MONTHS[m - 1]} ${d}, ${y} at ${hour12}:${String(min).padStart(2, "0")} ${h < 12 ? "am" : "pm"}`;
}

export function renderDump(doc: SyntheticDocument, format: DumpFormat, indentUnit = "    "): string {
  const out: string[] = [doc.title, ""];
  for (const p of doc.body) out.push(p, "");
  out.push("");
  if (format === "wordpress") out.push(`${doc.comments.length} thoughts on “${doc.title}”`, "");
  for (const c of doc.comments) {
    const pad = indentUnit.repeat(c.depth);
    const lines = format === "wordpress" ? wordpressComment(c) : legalInsurrectionComment(c, doc.comments);
    for (const line of lines) out.push(line === "" ? "" : pad + line);
  }
  if (format === "wordpress") out.push("Leave a Reply", "Your email address will not be published. Required fields are marked *", "");
  return out.join("\n");
}

function legalInsurrectionComment(c: SyntheticComment, all: readonly SyntheticComment[]): string[] {
  const parent = c.parent === null ? null : all[c.parent]!;
  const who = parent ? `${c.author} in reply to ${parent.author}.` : c.author;
  return [`${who} | ${humanTime(c.postedAt)}`, "", ...c.paragraphs.flatMap((p) => [p, ""])];
}

function wordpressComment(c: SyntheticComment): string[] {
  return [`${c.author} says:`, humanTime(c.postedAt), ...c.paragraphs, "Reply", ""];
}

/** A flat dump where each comment answers the one before by name: a chain `length` deep. */
export function chainDump(length: number): string {
  const lines = ["A chain of replies", "", "Two people answer each other for a very long time.", ""];
  for (let i = 0; i < length; i++) {
    const [me, other] = i % 2 ? ["bob", "alice"] : ["alice", "bob"];
    const time = humanTime(new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString().slice(0, 16));
    lines.push(i === 0 ? `${me} | ${time}` : `${me} in reply to ${other}. | ${time}`, "", `Reply number ${i} in the chain.`, "");
  }
  return lines.join("\n");
}
