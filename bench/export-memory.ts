// Peak memory of `npm run ingest` on one large export, against the same process ingesting one
// small dump as the floor: an export streamed a chunk at a time should not need memory in
// proportion to its size. Each run is its own process, so peaks do not mix.
import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Figure } from "./figures";

/** Writes `megabytes` of export through `piece(i)` between `head` and `tail`. */
function writeExport(path: string, megabytes: number, head: string, piece: (i: number) => string, tail = ""): void {
  const fd = openSync(path, "w");
  writeSync(fd, head);
  for (let i = 0, size = 0; size < megabytes * 1e6; i++) size += writeSync(fd, piece(i));
  writeSync(fd, tail);
  closeSync(fd);
}

const TEXT = "on the harbour ferry: the timetable, the ramp and the bar on the top deck. I took it twice last week and both times it left late.";

/** A WordPress post with 50 comments, every fourth a reply. */
const wxrPost = (p: number) =>
  `<item><title>Post ${p}</title><content:encoded><![CDATA[<p>${"The ferry returns. ".repeat(20)}</p>]]></content:encoded><wp:post_id>${p}</wp:post_id><wp:post_type>post</wp:post_type>` +
  Array.from({ length: 50 }, (_, k) => {
    const c = p * 50 + k;
    return `<wp:comment><wp:comment_id>${c}</wp:comment_id><wp:comment_author><![CDATA[reader${c % 977}]]></wp:comment_author><wp:comment_date_gmt>2024-03-05 20:12:00</wp:comment_date_gmt><wp:comment_content><![CDATA[<p>Comment ${c} ${TEXT}</p>]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>${k % 4 === 3 ? c - 1 : 0}</wp:comment_parent></wp:comment>\n`;
  }).join("") +
  "</item>\n";

/** A Pushshift comment with the fields its dumps carry, threads interleaved as in a month's dump. */
const pushshiftComment = (i: number) => {
  const thread = `t3_${(i * 7919) % 3000}`;
  return (
    JSON.stringify({
      all_awardings: [], author: `reader${i % 5000}`, author_flair_css_class: null, author_flair_text: null, author_fullname: `t2_${i % 5000}`,
      body: `Comment ${i} ${TEXT}`, created_utc: 1551398400 + i, gilded: 0, gildings: {}, id: `c${i}`, is_submitter: false, link_id: thread, locked: false,
      parent_id: i % 3 ? `t1_c${i - 1}` : thread, permalink: `/r/ferries/comments/${thread}/_/c${i}/`, retrieved_on: 1556000000, score: 1 + (i % 17),
      stickied: false, subreddit: "ferries", subreddit_id: "t5_2qh1i",
    }) + "\n"
  );
};

/** Peak resident memory (MB) of ingest over `dir`, in a process of its own. */
function peakIngestMb(dir: string): number {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "peak-ingest.ts"), dir], { encoding: "utf8" });
  return Number(out.trim().split("\n").at(-1)) / 1024;
}

export function benchExportMemory(megabytes: number): Figure[] {
  const root = mkdtempSync(join(tmpdir(), "rethread-exports-"));
  try {
    const folder = (name: string) => {
      const dir = join(root, name);
      mkdirSync(dir);
      return dir;
    };
    const small = folder("small");
    writeFileSync(join(small, "one.txt"), `A small dump\n\nreader says:\nMarch 1, 2020 at 9:00 am\n\nThe one comment.\n`);
    const floor = peakIngestMb(small);
    const wxr = folder("wxr");
    writeExport(join(wxr, "site.xml"), megabytes, `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Gazette</title>\n`, wxrPost, "</channel></rss>\n");
    const pushshift = folder("pushshift");
    writeExport(join(pushshift, "RC_2019-03.ndjson"), megabytes, "", pushshiftComment);
    return [
      { figure: `peak memory: ingest a ${megabytes} MB WordPress export`, value: peakIngestMb(wxr), unit: "MB", floor, target: "flat in the export's size" },
      { figure: `peak memory: ingest a ${megabytes} MB Pushshift dump`, value: peakIngestMb(pushshift), unit: "MB", floor, target: "the comments kept, not the file" },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
