import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Store } from "../../db/store";
import { openTestStore } from "../../db/test-store";
import { PATHOLOGICAL } from "../gen/pathological";
import { documentIdFor } from "./file-names";
import { ingestFiles, listDumps } from "./ingest";
import { decodeDump } from "./read-dump";

const CORPUS = join(import.meta.dirname, "../../corpus");

describe("ingest into a real store", () => {
  let dir: string;
  let store: Store;
  let removeStore: () => Promise<void>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "rethread-ingest-"));
    for (const f of readdirSync(CORPUS)) copyFileSync(join(CORPUS, f), join(dir, f));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 au lait\n\nA short dump saved in Latin-1.\n", "latin1"));
    writeFileSync(join(dir, "garbage.txt"), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]));
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, "Zeitung München (Kopie) – 2.txt"), "\uFEFFEin Titel mit Umlauten\r\n\r\nDer Text steht hier.\r\n");
    symlinkSync(join(dir, "loop.txt"), join(dir, "loop.txt"));
    mkdirSync(join(dir, "folder.txt")); // a folder with a dump's name is a folder: read, and empty
    ({ store, remove: removeStore } = await openTestStore());
  });
  after(async () => {
    await removeStore();
    rmSync(dir, { recursive: true, force: true });
  });

  test("stores every readable dump and names each bad file with its reason", async () => {
    const summary = await ingestFiles(store, listDumps(dir));
    assert.equal(summary.stored, 7);
    const reasons = Object.fromEntries(summary.failed.map((f) => [f.file.split("/").pop(), f.reason]));
    assert.deepEqual(reasons, {
      "binary.txt": "binary file (contains NUL bytes)",
      "empty.txt": "empty file",
      "garbage.txt": "not valid UTF-8 (and not plain Windows-1252 text)",
      "loop.txt": "symbolic link (not followed)",
    });
    assert.equal((await store.getArticle(documentIdFor("Zeitung München (Kopie) – 2.txt")))?.document.title, "Ein Titel mit Umlauten");
    assert.deepEqual(summary.notes.map((n) => n.note), ["not UTF-8: decoded as Windows-1252"]);
    assert.equal((await store.getArticle("latin1"))?.document.title, "Café au lait");
    assert.deepEqual((await store.countRows()).documents, 7);
  });

  test("a second run changes nothing", async () => {
    const before = await store.countRows();
    const summary = await ingestFiles(store, listDumps(dir));
    assert.equal(summary.unchanged, 7);
    assert.equal(summary.stored + summary.replaced, 0);
    assert.deepEqual(await store.countRows(), before);
  });

  test("a changed dump is replaced and its unchanged comments keep their ids", async () => {
    const file = join(dir, "000_27b7f12d24ef8725.txt");
    const id = documentIdFor("000_27b7f12d24ef8725.txt");
    const idsBefore = (await store.getThreadComments(id)).map((c) => c.id);
    writeFileSync(file, readFileSync(file, "utf8").replace("Russia needs money.", "Russia needs cash."));
    const summary = await ingestFiles(store, [file]);
    assert.equal(summary.replaced, 1);
    const idsAfter = (await store.getThreadComments(id)).map((c) => c.id);
    assert.equal(idsAfter.length, idsBefore.length);
    const added = idsAfter.filter((i) => !idsBefore.includes(i));
    assert.equal(added.length, 1, "only the edited comment gets a new id");
    const retired = idsBefore.filter((i) => !idsAfter.includes(i));
    assert.deepEqual(await store.findRetiredComment(retired[0]!), { documentId: id, replacedBy: added[0], title: "Putin Pushes His Own Reset Button On American Relations" });
    assert.match((await store.getThreadComments(id)).map((c) => c.text).join("\n"), /Russia needs cash\./);
    assert.equal((await store.getArticle(id))?.document.title, "Putin Pushes His Own Reset Button On American Relations");
    assert.equal((await store.searchThread(id, "needs money")).size, 0, "the search index forgets the old text");
    assert.equal((await store.searchThread(id, "needs cash")).size, 1);
  });
});

test("document ids are the file name when it is URL-safe, else a slug with a hash", () => {
  assert.equal(documentIdFor("000_27b7f12d24ef8725.txt"), "000_27b7f12d24ef8725");
  const odd = documentIdFor("Münster Zeitung (copy).txt");
  assert.match(odd, /^[a-z0-9-]+$/);
  assert.notEqual(odd, documentIdFor("Munster Zeitung copy.txt"));
});

test("a 50 MB dump is stored whole", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-big-"));
  const { store, remove } = await openTestStore();
  try {
    const paragraph = "A long article paragraph that repeats to make a very large dump, as scrapes of live blogs do.";
    const lines = ["A Very Long Live Blog", ""];
    for (let i = 0; lines.length < 1_000_000; i++) lines.push(`${paragraph} Entry ${i}.`, "");
    lines.push("reader | March 1, 2020 at 9:00 am", "", "The one comment at the end.");
    writeFileSync(join(dir, "huge.txt"), lines.join("\n"));
    const summary = await ingestFiles(store, [join(dir, "huge.txt")]);
    assert.equal(summary.stored, 1, JSON.stringify(summary.failed));
    assert.equal((await store.getArticle("huge"))?.body.length, 499_999);
    assert.deepEqual((await store.getThreadComments("huge")).map((c) => c.author), ["reader"]);
  } finally {
    await remove();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an export cut off part way keeps the posts whole before the cut, names the file, and is read again on the next ingest", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-cut-"));
  const { store, remove } = await openTestStore();
  try {
    const item = (n: number) =>
      `<item><title>Post ${n}</title><wp:post_id>${n}</wp:post_id><wp:post_type>post</wp:post_type>` +
      `<wp:comment><wp:comment_id>${n}00</wp:comment_id><wp:comment_author>reader${n}</wp:comment_author><wp:comment_content>Comment on post ${n}.</wp:comment_content><wp:comment_parent>0</wp:comment_parent></wp:comment></item>`;
    const wxr = `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Cut</title>${[1, 2, 3].map(item).join("")}</channel></rss>`;
    writeFileSync(join(dir, "cut.xml"), wxr.slice(0, wxr.indexOf("<item><title>Post 3") + 40));
    for (const run of ["first", "second"]) {
      const summary = await ingestFiles(store, [join(dir, "cut.xml")]);
      assert.equal(summary.stored + summary.replaced, 2, `${run} run`);
      assert.equal(summary.failed.length, 1, `${run} run: the file is reported again, not taken as unchanged`);
      assert.match(summary.failed[0]!.reason, /not well-formed XML.*the 2 articles whole before it were kept/);
    }
    assert.deepEqual((await store.getThreadComments(documentIdFor("cut.xml#2"))).map((c) => c.text), ["Comment on post 2."]);
  } finally {
    await remove();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a file that keeps the importer busy past the time budget is given up, named, and the other files are stored", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-slow-"));
  const { store, remove } = await openTestStore();
  try {
    // Linear, but seconds of parsing: with a budget of a fraction of that it stands for a file built to hang.
    writeFileSync(join(dir, "a-slow.txt"), PATHOLOGICAL.repliesToNobody.dump(200_000));
    for (const name of ["b-one", "c-two", "d-three"]) writeFileSync(join(dir, `${name}.txt`), `${name}\n\nAn article.\n\nreader | March 1, 2020 at 9:00 am\n\nA comment on ${name}.\n`);
    const summary = await ingestFiles(store, listDumps(dir), { workers: 1, fileTimeoutMs: 300 });
    assert.deepEqual(summary.failed.map((f) => f.file.split("/").pop()), ["a-slow.txt"]);
    assert.match(summary.failed[0]!.reason, /gave up after 0\.3 s without progress/);
    assert.equal(summary.stored, 3, "the files queued behind it on the same worker are stored");
    assert.equal(await store.getArticle("a-slow"), undefined);
  } finally {
    await remove();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("files in folders, files of one name in two folders, and names that differ only in case are all stored, none replacing another", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-names-"));
  const { store, remove } = await openTestStore();
  const dump = (title: string) => `${title}\n\nAn article.\n\nreader | March 1, 2020 at 9:00 am\n\nA comment on ${title}.\n`;
  try {
    for (const [path, title] of [["one/same.txt", "From folder one"], ["one/deep/inner.txt", "Deep inside"], ["two/same.txt", "From folder two"], ["two/Case.txt", "Lower case extension"], ["two/Case.TXT", "Upper case extension"]] as const) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), dump(title));
    }
    const first = await ingestFiles(store, listDumps(join(dir, "one")), { root: join(dir, "one") });
    assert.equal(first.stored, 2, JSON.stringify(first));
    assert.equal((await store.getArticle("same"))?.document.title, "From folder one");
    const second = await ingestFiles(store, listDumps(join(dir, "two")), { root: join(dir, "two") });
    assert.deepEqual(second.failed, []);
    assert.equal(second.stored, 3, "nothing replaced");
    assert.match(second.notes.map((n) => n.note).join("\n"), /a different same\.txt is stored already \(from .*one\/same\.txt\): this one is stored beside it as “same \([0-9a-f]{6}\)\.txt”/);
    assert.equal((await store.getArticle("same"))?.document.title, "From folder one", "the first article keeps its id and text");
    const titles = (await store.listArticles({})).map((a) => a.title).sort();
    assert.deepEqual(titles, ["Deep inside", "From folder one", "From folder two", "Lower case extension", "Upper case extension"]);
    const again = await ingestFiles(store, listDumps(join(dir, "two")), { root: join(dir, "two") });
    assert.equal(again.unchanged, 3, "the file stored beside is found again, unchanged");
  } finally {
    await remove();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a UTF-8 dump cut inside its last character is read as UTF-8, without that character, and said so", () => {
  const whole = Buffer.from("Café crème\n\nUne phrase coupée à la fin : é", "utf8");
  const read = decodeDump(whole.subarray(0, whole.length - 1));
  assert.ok(read.ok);
  assert.equal(read.text, "Café crème\n\nUne phrase coupée à la fin : ");
  assert.equal(read.note, "UTF-8 cut off inside its last character, which is dropped");
  const broken = Buffer.concat([Buffer.from("Caf", "latin1"), Buffer.from([0xe9]), Buffer.from(" au lait, a Latin-1 dump", "latin1")]);
  const latin = decodeDump(broken);
  assert.equal(latin.ok && latin.note, "not UTF-8: decoded as Windows-1252", "a fault before the end is not a cut");
});

