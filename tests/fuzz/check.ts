// What every extraction must satisfy, whatever the text: offsets that slice out the sentence,
// mentions whose actors are in the result, known types and modalities. Plus the hang guard.

import { expect } from 'vitest';
import { MODALITIES, RELATION_TYPES } from '../../server/src/domain';
import { EntenteError } from '../../server/src/domain';
import type { Extraction } from '../../server/src/extract';

/** FUZZ_RUNS_SCALE=0.1 for a quick look, 10 for a long night; the seed is printed on failure. */
export function runs(count: number): number {
  const scale = Number(process.env['FUZZ_RUNS_SCALE'] ?? '1');
  return Math.max(1, Math.round(count * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

export function checkExtraction(text: string, result: Extraction): void {
  const ids = new Set(result.actors.map((actor) => actor.id));
  expect(ids.size).toBe(result.actors.length);
  for (const mention of result.mentions) {
    expect(mention.start).toBeGreaterThanOrEqual(0);
    expect(mention.end).toBeGreaterThan(mention.start);
    expect(mention.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(mention.start, mention.end)).toBe(mention.sentence);
    expect(ids.has(mention.source)).toBe(true);
    expect(ids.has(mention.target)).toBe(true);
    if (mention.claimant !== null) expect(ids.has(mention.claimant)).toBe(true);
    expect(RELATION_TYPES).toContain(mention.type);
    expect(MODALITIES).toContain(mention.modality);
    expect(mention.confidence).toBeGreaterThanOrEqual(0);
    expect(mention.confidence).toBeLessThanOrEqual(1);
  }
}

/** Only Entente's own coded errors may come out of parsing; anything else is a crash. */
export function expectCoded(error: unknown): void {
  if (!(error instanceof EntenteError)) throw error;
  expect(error.code).toBe('BAD_USER_INPUT');
}

/** Milliseconds `work` takes, the best of `repeat` runs (to keep GC pauses out). */
export function timeOf(work: () => unknown, repeat = 3): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * The hang guard: four times the input may take at most 20 times as long, plus a second.
 * Linear code takes ~4×, quadratic ~16×; this catches worse-than-quadratic blow-ups and hangs,
 * and is no benchmark.
 */
export function expectRoughlyLinear(
  name: string,
  make: (n: number) => string,
  n: number,
  run: (input: string) => unknown,
): void {
  const small = make(n);
  const large = make(4 * n);
  run(small); // warm-up
  const t1 = timeOf(() => run(small));
  const t4 = timeOf(() => run(large), 1);
  expect(t4, `${name}: ${n} → ${t1.toFixed(0)} ms, ${4 * n} → ${t4.toFixed(0)} ms`).toBeLessThan(
    20 * t1 + 1000,
  );
}
