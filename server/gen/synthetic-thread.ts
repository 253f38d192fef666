// Deterministic synthetic discussions: the ground truth that generated dumps are checked against.

export interface SyntheticComment {
  author: string;
  /** Index of the parent in `comments`, or null for top level; always smaller than the comment's own. */
  parent: number | null;
  depth: number;
  postedAt: string;
  paragraphs: string[];
}

export interface SyntheticDocument {
  title: string;
  body: string[];
  comments: SyntheticComment[];
}

export interface ThreadShape {
  comments: number;
  maxDepth: number;
}

/** mulberry32: a tiny seeded PRNG, so every generated corpus can be reproduced from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "the a council vote budget road train city river school park market price rent wage union plan law court " +
  "mayor voter tax bridge harbour station library doctor nurse teacher farmer driver worker neighbour family " +
  "is was will could should might never always often rarely really clearly simply honestly frankly " +
  "build close open raise cut fund delay approve reject explain ignore remember expect doubt agree argue " +
  "new old big small cheap costly late early fair unfair public private local national quiet busy"
).split(" ");
const NAMES = (
  "alice bob carol dave erin frank grace heidi ivan judy mallory niaj olivia peggy rupert sybil trent victor walter " +
  "Henry_Hawkins tyates Granny redc1c4 dunce1239 Mary_K Tom_R Greg Sam Lee Pat Riley Jordan"
).split(" ").map((n) => n.replace(/_/g, " "));

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: () => number, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

export function sentence(random: () => number): string {
  const words = Array.from({ length: between(random, 4, 18) }, () => pick(random, WORDS));
  const text = words.join(" ");
  return text[0]!.toUpperCase() + text.slice(1) + pick(random, [".", ".", ".", "?", "!"]);
}

export function paragraph(random: () => number): string {
  return Array.from({ length: between(random, 1, 4) }, () => sentence(random)).join(" ");
}

/**
 * A thread whose reply structure is realistic: most comments answer something recent,
 * a few run into long back-and-forth chains, depth never exceeds `maxDepth`.
 */
export function syntheticDocument(random: () => number, shape: ThreadShape): SyntheticDocument {
  const title = sentence(random).replace(/[.?!]$/, "").split(" ").slice(0, 9).join(" ");
  const body = Array.from({ length: between(random, 3, 12) }, () => paragraph(random));
  const comments: SyntheticComment[] = [];
  let minute = Math.floor(random() * 60 * 24 * 365 * 5);
  for (let i = 0; i < shape.comments; i++) {
    let parent: number | null = null;
    const roll = random();
    if (comments.length > 0 && roll < 0.65) {
      // Answer a recent comment, or keep a chain going by answering the very last one.
      const candidate = roll < 0.3 ? comments.length - 1 : Math.max(0, comments.length - 1 - Math.floor(random() * 20));
      if (comments[candidate]!.depth < shape.maxDepth) parent = candidate;
    }
    minute += between(random, 1, 240);
    comments.push({
      author: pick(random, NAMES),
      parent,
      depth: parent === null ? 0 : comments[parent]!.depth + 1,
      postedAt: minuteToIso(minute),
      paragraphs: Array.from({ length: random() < 0.7 ? 1 : between(random, 2, 4) }, () => paragraph(random)),
    });
  }
  return { title, body, comments: preorder(comments) };
}

/** Dumps list a thread in pre-order (a reply right under its parent's subtree), so reorder to match. */
function preorder(comments: SyntheticComment[]): SyntheticComment[] {
  const children = comments.map(() => [] as number[]);
  const roots: number[] = [];
  comments.forEach((c, i) => (c.parent === null ? roots : children[c.parent]!).push(i));
  const order: number[] = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const i = stack.pop()!;
    order.push(i);
    for (let k = children[i]!.length - 1; k >= 0; k--) stack.push(children[i]![k]!);
  }
  const newIndex = new Map(order.map((old, position) => [old, position]));
  return order.map((old) => {
    const c = comments[old]!;
    return { ...c, parent: c.parent === null ? null : newIndex.get(c.parent)! };
  });
}

function minuteToIso(minute: number): string {
  return new Date(Date.UTC(2015, 0, 1) + minute * 60_000).toISOString().slice(0, 16);
}
