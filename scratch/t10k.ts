import { openDb } from "/work/main/db/client";
import { createCaller } from "/work/main/server/trpc/root";
import { forEachNode } from "/work/main/server/threads/build-tree";
import { renderCommentTree } from "/work/main/app/_components/comment-tree-html";
const db = openDb("/tmp/big.db");
const api = createCaller({ db });
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  const th = await api.thread.get({ articleId: "big_10000", sort: "newest" });
  const t1 = performance.now() - t;
  t = performance.now();
  const authorOf = new Map(); forEachNode(th.roots, (n) => authorOf.set(n.id, n.author));
  const html = renderCommentTree(th.roots, authorOf, {});
  console.log("thread.get", t1.toFixed(1), "render", (performance.now() - t).toFixed(1), "html", html.length, "json", JSON.stringify(html).length);
}
