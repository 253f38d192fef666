// Parser throughput on one core against the floor of a bare line split over the same text.
import { commentIdAssigner } from "../contract/ids";
import { parseDocument } from "../server/importers/text";
import { isFurniture } from "../server/importers/text/boilerplate";
import { PATHOLOGICAL_SHAPES } from "../server/gen/pathological";
import { generatedDumps } from "./corpus";
import { timeIt, type Figure } from "./figures";

export function benchParser(megabytes: number): Figure[] {
  const dumps = generatedDumps(megabytes * 1e6);
  const bytes = dumps.reduce((n, d) => n + Buffer.byteLength(d), 0);
  let sink = 0;
  const floorMs = timeIt(() => {
    for (const d of dumps) sink += d.split("\n").length;
  });
  const parseMs = timeIt(() => {
    for (const d of dumps) sink += parseDocument("bench.txt", d).comments.length;
  });
  // One part of parsing on its own: the stable ids, a hash of each comment's whole text.
  // Dump by dump, so the parsed comments are not all held at once (the ingest figures
  // that follow measure this process's memory).
  let idsMs = 0;
  for (const d of dumps) {
    const comments = parseDocument("bench.txt", d).comments;
    const start = performance.now();
    const idFor = commentIdAssigner("bench.txt");
    for (const c of comments) sink += idFor(c.author, c.text).length;
    idsMs += performance.now() - start;
  }
  // Another: one of the parser's passes over every line, the furniture rules (one regex).
  const furnitureMs = timeIt(() => {
    for (const d of dumps) for (const line of d.split("\n")) if (isFurniture(line)) sink++;
  });
  const mbps = bytes / 1e6 / (parseMs / 1000);
  const ratio = parseMs / floorMs;

  const oneLine = "word ".repeat(200_000);
  const tiny = Array.from({ length: 20_000 }, (_, i) => `user${i % 50} | March 1, 2020 at 9:${String(i % 60).padStart(2, "0")} am\n\nok ${i}.\n`).join("\n");
  const oneLineMs = timeIt(() => void parseDocument("line.txt", oneLine));
  const tinyMs = timeIt(() => void parseDocument("tiny.txt", tiny));
  // Shapes once quadratic or worse here: four times the repeats must take about four times as
  // long. The floor is four times the smaller size's time: linear growth from it.
  const small = 5_000;
  const shapes = PATHOLOGICAL_SHAPES.map((shape): Figure => {
    const [few, many] = [shape.dump(small), shape.dump(4 * small)];
    const fewMs = timeIt(() => void parseDocument("shape.txt", few));
    const manyMs = timeIt(() => void parseDocument("shape.txt", many));
    const linear = 4 * fewMs;
    return { figure: `parse ${(4 * small).toLocaleString("en")} × ${shape.name} (floor: 4 × ${small.toLocaleString("en")})`, value: manyMs, unit: "ms", floor: linear, target: "≤ 1.5×", pass: manyMs <= 1.5 * linear };
  });
  if (sink < 0) console.log(sink);
  return [
    { figure: `parse throughput (${(bytes / 1e6).toFixed(0)} MB, ${dumps.length} dumps)`, value: mbps, unit: "MB/s", target: "≥ 50", pass: mbps >= 50 },
    { figure: "parse time vs bare line split", value: parseMs, unit: "ms", floor: floorMs, target: "≤ 4×", pass: ratio <= 4 },
    { figure: "of which: comment ids alone (hashing the same texts)", value: idsMs, unit: "ms", floor: floorMs },
    { figure: "of which: the split and one pass of furniture rules", value: furnitureMs, unit: "ms", floor: floorMs },
    { figure: "parse 1 MB single line", value: oneLineMs, unit: "ms", target: "< 1000", pass: oneLineMs < 1000 },
    { figure: `parse ${(Buffer.byteLength(tiny) / 1e6).toFixed(1)} MB of 20,000 tiny comments`, value: tinyMs, unit: "ms", target: "< 1000", pass: tinyMs < 1000 },
    ...shapes,
  ];
}
