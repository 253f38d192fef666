export interface Figure {
  figure: string;
  value: number;
  unit: string;
  /** The same work done the simplest possible way, measured in the same run. */
  floor?: number;
  target?: string;
  pass?: boolean;
}

export function timeIt(fn: () => void, repeat = 3): number {
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function samples(n: number, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}
