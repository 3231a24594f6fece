// Seeded layouts: the same graph lands in the same place on every load.

import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../client/src/api/types';
import { toElements } from '../../../client/src/graph/elements';
import { layoutOptions } from '../../../client/src/graph/layout';
import { hashSeed, mulberry32, withSeededRandom } from '../../../client/src/graph/seeded';

const ids = ['RUS', 'PRK', 'CHN', 'USA', 'UKR', 'CAN', 'NATO', 'EUR'];
const graph: GraphData = {
  nodes: ids.map((id) => ({ id, name: id, kind: 'STATE' })),
  edges: [
    ['RUS', 'PRK'],
    ['RUS', 'USA'],
    ['PRK', 'USA'],
    ['CHN', 'USA'],
    ['RUS', 'UKR'],
    ['NATO', 'UKR'],
    ['RUS', 'EUR'],
    ['CHN', 'CAN'],
  ].map(([s, t]) => ({
    id: `${s}:THREATENS:${t}`,
    type: 'THREATENS',
    evidenceCount: 1,
    source: { id: s! },
    target: { id: t! },
  })),
};

function layOut(seed: number): string {
  const cy = cytoscape({ headless: true, elements: toElements(graph) });
  withSeededRandom(seed, () => cy.layout(layoutOptions(ids.length)).run());
  const positions = cy.nodes().map((n) => [Math.round(n.position().x), Math.round(n.position().y)]);
  cy.destroy();
  return JSON.stringify(positions);
}

describe('seeded layout', () => {
  it('places the same graph identically with the same seed', () => {
    expect(layOut(hashSeed('graph'))).toBe(layOut(hashSeed('graph')));
  });

  it('restores Math.random afterwards, also when the layout throws', () => {
    const original = Math.random;
    expect(() =>
      withSeededRandom(1, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Math.random).toBe(original);
  });

  it('generates numbers in [0, 1) that depend on the seed', () => {
    const a = mulberry32(1);
    const values = Array.from({ length: 100 }, () => a());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(mulberry32(1)()).toBe(mulberry32(1)());
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
    expect(hashSeed('RUS PRK')).not.toBe(hashSeed('PRK RUS'));
  });
});
