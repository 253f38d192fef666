// What a reader feels in a real Chromium (issue 14): a thread page against the floor of the same
// comments as a static page of nested lists holding only their text, loaded the same way, on a
// desktop and on a phone profile with the CPU slowed four times.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { chromium, devices, type Browser, type Page } from "@playwright/test";
import type { Store } from "../db/store";
import { SELECT } from "../app/_components/comment-markup";
import { escapeHtml } from "../app/_components/escape-html";
import { buildThreadTree, forEachNode } from "../server/threads/build-tree";
import { BASE } from "./serve";
import type { Figure } from "./figures";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The floor: the thread as nested lists of its text, and the least script that makes `j` move. */
async function floorPage(store: Store, id: string): Promise<Buffer> {
  const roots = buildThreadTree(await store.getThreadComments(id));
  let html = "<!doctype html><meta charset=utf-8><title>floor</title><ol>";
  const stack: (typeof roots[number] | string)[] = [...roots].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      html += item;
      continue;
    }
    html += `<li tabindex=-1>${item.text.split("\n\n").map((p) => `<p>${escapeHtml(p)}</p>`).join("")}`;
    if (item.children.length > 0) {
      html += "<ol>";
      stack.push("</ol></li>", ...[...item.children].reverse());
    } else html += "</li>";
  }
  html += "</ol><script>let i=-1;const all=document.getElementsByTagName('li');addEventListener('keydown',e=>{if(e.key==='j'&&i<all.length-1)all[++i].focus()})</script>";
  return gzipSync(html);
}

function serveFloor(body: Buffer): Promise<Server> {
  const server = createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip", "content-length": body.length });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

interface Feel {
  firstComment: number;
  /** When the last comment is in the page (the page's later parts fetched and placed). */
  whole: number;
  largestPaint: number;
  responsive: number;
  blocked: number;
  longestTask: number;
  nodes: number;
  bytes: number;
  heapMb: number;
}

/**
 * Records, from the first frame on, the start of the first frame that has an element matching
 * `selector` in the page ("first comment painted": that frame lays it out, and paints it if it is
 * on screen), and the long tasks and largest paint.
 */
const OBSERVE = (selector: string) => `
  window.__feel = { first: null, lcp: 0, tasks: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__feel.lcp = e.startTime; }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__feel.tasks.push(e.duration); }).observe({ type: "longtask", buffered: true });
  const look = (t) => { if (document.querySelector(${JSON.stringify(selector)})) window.__feel.first = t; else requestAnimationFrame(look); };
  requestAnimationFrame(look);
`;

/** A fresh tab of the profile, its CPU slowed for the phone. */
async function open(browser: Browser, phone: boolean) {
  const context = await browser.newContext(phone ? { ...devices["Pixel 7"] } : { ...devices["Desktop Chrome"] });
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (phone) await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return { context, page, cdp };
}

/** Presses `j` from the first moment until it moves the focus to a comment: the page is then in the reader's hands. */
async function responsiveAt(browser: Browser, url: string, phone: boolean): Promise<number> {
  const { context, page } = await open(browser, phone);
  await page.goto(url, { waitUntil: "commit" });
  let responsive = NaN;
  for (let tries = 0; tries < 3000 && Number.isNaN(responsive); tries++) {
    await page.keyboard.press("j").catch(() => undefined);
    responsive = (await page.evaluate(() => (document.activeElement?.closest("li") ? performance.now() : NaN)).catch(() => NaN)) as number;
  }
  await context.close();
  return responsive;
}

/**
 * One load left alone (a key pressed would end the largest-paint record) until the whole thread
 * is in the page (`complete`: a selector there once it is), then one pressing `j`. Bytes are what
 * the network delivered for every response of the load, as CDP counts them, headers included.
 */
async function feel(browser: Browser, url: string, selector: string, complete: string, phone: boolean): Promise<Feel> {
  const { context, page, cdp } = await open(browser, phone);
  let bytes = 0;
  await cdp.send("Network.enable");
  cdp.on("Network.loadingFinished", (e) => void (bytes += e.encodedDataLength));
  await page.addInitScript(OBSERVE(selector));
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector(complete, { state: "attached", timeout: 600_000 });
  const whole = await page.evaluate(() => performance.now());
  await page.waitForTimeout(500); // late long tasks and paints
  const seen = await page.evaluate(() => (window as unknown as { __feel: { first: number; lcp: number; tasks: number[] } }).__feel);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const { nodes } = await cdp.send("Memory.getDOMCounters");
  await context.close();
  return {
    firstComment: seen.first ?? NaN,
    whole,
    largestPaint: seen.lcp,
    responsive: await responsiveAt(browser, url, phone),
    blocked: seen.tasks.reduce((n, d) => n + Math.max(0, d - 50), 0),
    longestTask: Math.max(0, ...seen.tasks),
    nodes,
    bytes,
    heapMb: usedSize / 2 ** 20,
  };
}

/** The median of each figure over loads. */
function median(all: Feel[]): Feel {
  const mid = (pick: (f: Feel) => number) => all.map(pick).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
  return {
    firstComment: mid((f) => f.firstComment),
    whole: mid((f) => f.whole),
    largestPaint: mid((f) => f.largestPaint),
    responsive: mid((f) => f.responsive),
    blocked: mid((f) => f.blocked),
    longestTask: mid((f) => f.longestTask),
    nodes: mid((f) => f.nodes),
    bytes: mid((f) => f.bytes),
    heapMb: mid((f) => f.heapMb),
  };
}

/** `runs` loads of the page and of its floor taken in turn, so that a slower moment of the machine falls on both. */
async function medians(runs: number, app: () => Promise<Feel>, floor: () => Promise<Feel>): Promise<[Feel, Feel]> {
  const apps: Feel[] = [];
  const floors: Feel[] = [];
  for (let i = 0; i < runs; i++) {
    apps.push(await app());
    floors.push(await floor());
  }
  return [median(apps), median(floors)];
}

/**
 * Threads by article id, each loaded on both profiles beside its floor; the server runs at BASE.
 * Five loads each, the page's and its floor's in turn: a first paint on the phone profile varies by
 * a third from load to load.
 */
export async function benchBrowser(store: Store, threads: string[], runs = 5): Promise<Figure[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-background-networking"] });
  const figures: Figure[] = [];
  try {
    for (const id of threads) {
      const { document } = (await store.getArticle(id))!;
      const floor = await serveFloor(await floorPage(store, id));
      const floorUrl = `http://127.0.0.1:${(floor.address() as AddressInfo).port}/`;
      try {
        for (const phone of [false, true]) {
          const load = () => feel(browser, `${BASE}/a/${id}`, SELECT.comment, SELECT.complete, phone);
          await load(); // the page cache and the browser warmed
          const [app, base] = await medians(runs, load, () => feel(browser, floorUrl, "li", "body", phone));
          const what = `browser, ${phone ? "phone (4× slower CPU)" : "desktop"}, ${document.commentCount.toLocaleString("en")} comments`;
          const big = document.commentCount >= 10_000 && phone;
          const row = (name: string, pick: (f: Feel) => number, unit: string, limit?: number) =>
            figures.push({
              figure: `${what}: ${name}`,
              value: pick(app),
              unit,
              floor: pick(base),
              ...(limit !== undefined ? { target: `≤ ${limit}×`, pass: pick(app) <= limit * pick(base) } : {}),
            });
          row("first comment painted", (f) => f.firstComment, "ms", big ? 1.5 : undefined);
          row("largest paint", (f) => f.largestPaint, "ms");
          row("whole thread in the page", (f) => f.whole, "ms");
          row("responsive (a j key handled)", (f) => f.responsive, "ms", big ? 2 : undefined);
          row("main thread blocked (long tasks past 50 ms)", (f) => f.blocked, "ms");
          figures.push({ figure: `${what}: longest task`, value: app.longestTask, unit: "ms", floor: base.longestTask, ...(big ? { target: "≤ 200", pass: app.longestTask <= 200 } : {}) });
          // Both with the whole thread in the page.
          row("DOM nodes", (f) => f.nodes, "", document.commentCount >= 10_000 ? 2.5 : undefined);
          row("bytes received (compressed, every response)", (f) => f.bytes / 1024, "KB", document.commentCount >= 10_000 ? 2 : undefined);
          row("JS heap", (f) => f.heapMb, "MB");
        }
      } finally {
        floor.close();
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}
