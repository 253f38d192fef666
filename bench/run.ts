// `npm run bench [-- --parse-mb N]`: prints one table of figures, each against its floor and target.
import { benchParser, type Figure } from "./parse";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const full = process.argv.includes("--full");
const figures: Figure[] = [...benchParser(flag("parse-mb", full ? 100 : 50))];

const rows = figures.map((f) => ({
  figure: f.figure,
  value: `${f.value.toFixed(f.value < 10 ? 2 : 1)} ${f.unit}`,
  floor: f.floor === undefined ? "" : `${f.floor.toFixed(1)} ${f.unit}`,
  ratio: f.floor === undefined ? "" : `${(f.value / f.floor).toFixed(1)}×`,
  target: f.target ?? "",
  result: f.pass === undefined ? "" : f.pass ? "pass" : "FAIL",
}));
const columns = Object.keys(rows[0]!) as (keyof (typeof rows)[number])[];
const width = (c: (typeof columns)[number]) => Math.max(c.length, ...rows.map((r) => r[c].length));
const line = (cells: Record<string, string>) => "| " + columns.map((c) => cells[c]!.padEnd(width(c))).join(" | ") + " |";
console.log(`node ${process.version}, ${(await import("node:os")).cpus()[0]?.model ?? "unknown cpu"}, ${(await import("node:os")).cpus().length} cores`);
console.log(line(Object.fromEntries(columns.map((c) => [c, c]))));
console.log("| " + columns.map((c) => "-".repeat(width(c))).join(" | ") + " |");
for (const r of rows) console.log(line(r));
