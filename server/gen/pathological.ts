// Dumps shaped to make a parser slow: each once took seconds to hours here (quadratic searches,
// a header rule that backtracked exponentially). The tests, the fuzz and the bench's
// linear-time check all build them from this one list.

export interface PathologicalShape {
  name: string;
  /** A dump of `n` repeats of the shape. */
  dump(n: number): string;
}

/** Lines that nearly match a run-of-chrome or header rule and fail at their end. */
export const NEAR_MISS_LINES = [
  "1".repeat(70) + "x",
  "□".repeat(70) + "x",
  "#1".repeat(35) + "x",
  "reply".repeat(14) + "x",
  "Anna 30.05.2019 " + "- ".repeat(60) + "x",
  "Anna " + ":, ".repeat(40) + "30.05.2019 x",
];

const page = (lines: string[]) => ["A Title", "", "Body text of the article, long enough to be prose.", "", ...lines].join("\n");

export const PATHOLOGICAL = {
  hackerNewsHeaders: {
    name: "Hacker News headers with '| on:' repeated",
    dump: (n) => page(Array.from({ length: n }, (_, i) => `user${i} 1 hour ago${" | on:".repeat(28)}\r\n\ntext ${i}\n`)),
  },
  disqusMissingParents: {
    name: "Disqus-style replies to a missing parent",
    dump: (n) => page(["5 Comments", "", ...Array.from({ length: n }, (_, i) => `user${i}  missing${i} • 2 years ago\nreply ${i}\n`)]),
  },
  repliesToNobody: {
    name: "'X in reply to nobodyN.' headers",
    dump: (n) => page(Array.from({ length: n }, (_, i) => `X${i} in reply to nobody${i}. | December 30, 2016 at 1:21 pm\n\ntext ${i}\n`)),
  },
  captions: {
    name: "'Photo:' captions that all differ",
    dump: (n) => page(Array.from({ length: n }, (_, i) => `Photo: caption number ${i}\n`)),
  },
  nearMisses: {
    name: "lines that nearly match a rule and fail at the end",
    dump: (n) => page(Array.from({ length: n }, (_, i) => NEAR_MISS_LINES[i % NEAR_MISS_LINES.length]! + "\n")),
  },
} satisfies Record<string, PathologicalShape>;

export const PATHOLOGICAL_SHAPES: PathologicalShape[] = Object.values(PATHOLOGICAL);
