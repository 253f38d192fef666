import { renderDump } from "./render-dump";
import { seededRandom, syntheticDocument } from "./synthetic-thread";

export interface CorpusShape {
  commentsPerDoc: number;
  maxDepth: number;
  seed: number;
}

/**
 * Endless deterministic dumps, alternating Legal-Insurrection and WordPress formats. Thread
 * sizes are exponential around the mean: most threads small, a few very large.
 */
export function* syntheticDumps(shape: CorpusShape): Generator<{ text: string; comments: number }> {
  const random = seededRandom(shape.seed);
  for (let i = 0; ; i++) {
    const comments = Math.round(-Math.log(1 - random()) * shape.commentsPerDoc);
    const doc = syntheticDocument(random, { comments, maxDepth: shape.maxDepth });
    yield { text: renderDump(doc, i % 2 ? "wordpress" : "legal-insurrection"), comments };
  }
}
