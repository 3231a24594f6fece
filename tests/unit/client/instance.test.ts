// The imperative canvas helpers, exercised on a headless Cytoscape core.

import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../client/src/api/types';
import { toElements } from '../../../client/src/graph/elements';
import { destroyInstance, highlight } from '../../../client/src/graph/instance';
import { layoutOptions, registerFcose } from '../../../client/src/graph/layout';

const graph: GraphData = {
  nodes: [
    { id: 'RUS', name: 'Russia', kind: 'STATE' },
    { id: 'PRK', name: 'North Korea', kind: 'STATE' },
    { id: 'USA', name: 'United States', kind: 'STATE' },
    { id: 'CHN', name: 'China', kind: 'STATE' },
  ],
  edges: [
    {
      id: 'RUS:SUPPLIES:PRK',
      type: 'SUPPLIES',
      evidenceCount: 3,
      source: { id: 'RUS' },
      target: { id: 'PRK' },
    },
    {
      id: 'CHN:THREATENS:USA',
      type: 'THREATENS',
      evidenceCount: 1,
      source: { id: 'CHN' },
      target: { id: 'USA' },
    },
  ],
};

let cy: Core | undefined;
afterEach(() => {
  if (cy) destroyInstance(cy);
  cy = undefined;
});

function headless(): Core {
  cy = cytoscape({ headless: true, elements: toElements(graph) });
  return cy;
}

describe('destroyInstance', () => {
  it('can be called twice, as StrictMode does', () => {
    const core = headless();
    destroyInstance(core);
    expect(() => destroyInstance(core)).not.toThrow();
    expect(core.destroyed()).toBe(true);
  });
});

describe('highlight', () => {
  it('selects an actor and fades what is not adjacent to it', () => {
    const core = headless();
    highlight(core, 'RUS');
    expect(core.$(':selected').map((e) => e.id())).toEqual(['RUS']);
    expect(
      core
        .$('.faded')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['CHN', 'CHN:THREATENS:USA', 'USA']);
  });

  it('keeps a selected relation and its two actors in focus', () => {
    const core = headless();
    highlight(core, 'CHN:THREATENS:USA');
    expect(core.$(':selected').map((e) => e.id())).toEqual(['CHN:THREATENS:USA']);
    expect(
      core
        .$('.faded')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['PRK', 'RUS', 'RUS:SUPPLIES:PRK']);
  });

  it('clears selection and fading for null or an unknown id', () => {
    const core = headless();
    highlight(core, 'RUS');
    highlight(core, null);
    expect(core.$(':selected')).toHaveLength(0);
    expect(core.$('.faded')).toHaveLength(0);
    highlight(core, 'RUS');
    highlight(core, 'NOPE');
    expect(core.$('.faded')).toHaveLength(0);
  });

  it('does nothing on a destroyed core', () => {
    const core = headless();
    destroyInstance(core);
    expect(() => highlight(core, 'RUS')).not.toThrow();
  });
});

describe('layout', () => {
  it('registers fcose once and lays out every actor', () => {
    expect(registerFcose()).toBe(true);
    expect(registerFcose()).toBe(true);
    const core = headless();
    const options = layoutOptions(core.nodes().length);
    expect(options.name).toBe('fcose');
    core.layout(options).run();
    const positions = core.nodes().map((n) => n.position());
    expect(positions.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(4);
  });
});
