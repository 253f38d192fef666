// Import throughput per format against the floor of the format's parser alone on the same bytes
// (linkedom for pages, saxes for XML, JSON.parse for JSON and each line of JSON Lines).
import { parseHTML } from "linkedom";
import { SaxesParser } from "saxes";
import { detectFormat, importerFor } from "../server/importers";
import { timeIt, type Figure } from "./figures";

/** A thread of `n` comments: every fourth a reply to the one before, the rest top level. */
function thread(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    parent: i % 4 === 3 ? i : 0,
    author: `reader${i % 97}`,
    text: `Comment ${i + 1} on the harbour ferry: the timetable, the ramp and the bar on the top deck, said again in other words ${i}.`,
  }));
}
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function inputs(n: number): { name: string; file: string; text: string; floor: (text: string) => void }[] {
  const comments = thread(n);
  const html = () => {
    // Nested as WordPress prints it: a reply's <li> inside its parent's <ul class="children">.
    const items = comments.map((c) => {
      const li = `<li class="comment" id="comment-${c.id}"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${c.author}</b></div><time datetime="2024-03-05T20:12:00+00:00">March 5, 2024</time></footer><div class="comment-content"><p>${esc(c.text)}</p></div></article>`;
      return c.parent ? `<ul class="children">${li}</li></ul></li>` : `${li}`;
    });
    const body = items.map((li, i) => (comments[i + 1]?.parent ? li : li.endsWith("</li>") ? li : `${li}</li>`)).join("");
    return `<!doctype html><html><head><title>Ferry - Gazette</title></head><body><article><h1>Ferry</h1><p>${"The ferry returns. ".repeat(40)}</p></article><ol class="comment-list">${body}</ol></body></html>`;
  };
  const wxr = `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Gazette</title><link>https://gazette.example</link><item><title>Ferry</title><content:encoded><![CDATA[<p>The ferry returns.</p>]]></content:encoded><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>${comments
    .map((c) => `<wp:comment><wp:comment_id>${c.id}</wp:comment_id><wp:comment_author><![CDATA[${c.author}]]></wp:comment_author><wp:comment_date>2024-03-05 20:12:00</wp:comment_date><wp:comment_content><![CDATA[${c.text}]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>${c.parent}</wp:comment_parent></wp:comment>`)
    .join("")}</item></channel></rss>`;
  const disqus = `<?xml version="1.0"?><disqus xmlns:dsq="http://disqus.com/disqus-internals"><thread dsq:id="1"><title>Ferry</title><forum>gazette</forum></thread>${comments
    .map((c) => `<post dsq:id="${c.id}"><message><![CDATA[<p>${c.text}</p>]]></message><createdAt>2024-03-05T20:12:00Z</createdAt><author><name>${c.author}</name></author><thread dsq:id="1"/>${c.parent ? `<parent dsq:id="${c.parent}"/>` : ""}</post>`)
    .join("")}</disqus>`;
  const pushshift = comments.map((c) => JSON.stringify({ id: `c${c.id}`, link_id: "t3_f", parent_id: c.parent ? `t1_c${c.parent}` : "t3_f", author: c.author, body: c.text, created_utc: 1709669520 })).join("\n");
  const convokit = [JSON.stringify({ id: "f", speaker: "[article]", conversation_id: "f", reply_to: null, timestamp: null, text: "The ferry returns.", meta: { title: "Ferry" } }), ...comments.map((c) => JSON.stringify({ id: `u${c.id}`, speaker: c.author, conversation_id: "f", reply_to: c.parent ? `u${c.parent}` : "f", timestamp: 1709669520, text: c.text, meta: {} }))].join("\n");
  const hn = JSON.stringify({ id: 1, type: "story", title: "Ferry", author: "a", created_at: "2024-03-05T20:12:00Z", children: comments.filter((c) => !c.parent).map((c) => ({ id: c.id, type: "comment", author: c.author, created_at: "2024-03-05T20:12:00Z", text: `<p>${esc(c.text)}`, children: [] })) });
  const json = (text: string) => void JSON.parse(text);
  const lines = (text: string) => void text.split("\n").forEach((l) => JSON.parse(l));
  const xml = (text: string) => void new SaxesParser().write(text).close();
  return [
    { name: "saved page (HTML)", file: "ferry.html", text: html(), floor: (t) => void parseHTML(t) },
    { name: "WordPress WXR", file: "ferry.xml", text: wxr, floor: xml },
    { name: "Disqus XML", file: "ferry-disqus.xml", text: disqus, floor: xml },
    { name: "Pushshift NDJSON", file: "ferry.ndjson", text: pushshift, floor: lines },
    { name: "ConvoKit utterances", file: "utterances.jsonl", text: convokit, floor: lines },
    { name: "Hacker News (Algolia)", file: "item.json", text: hn, floor: json },
  ];
}

export async function benchImports(commentsPerFile: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const input of inputs(commentsPerFile)) {
    const mb = Buffer.byteLength(input.text) / 1e6;
    let comments = 0;
    const read = await importerFor(detectFormat(input.file, input.text));
    const ms = timeIt(() => void (comments = read(input.file, input.text).reduce((n, d) => n + d.comments.length, 0)));
    const floorMs = timeIt(() => input.floor(input.text));
    figures.push({ figure: `import ${input.name} (${mb.toFixed(1)} MB, ${comments} comments)`, value: ms, unit: "ms", floor: floorMs });
    figures.push({ figure: `  of which throughput`, value: mb / (ms / 1000), unit: "MB/s" });
    figures.push({ figure: `  and comments`, value: comments / (ms / 1000), unit: "comments/s" });
  }
  return figures;
}
