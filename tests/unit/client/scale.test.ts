// The pieces that keep large graphs smooth: placements, progressive adding, in-place syncing and
// highlighting that touch only what changes — on a headless Cytoscape core.

import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlight } from '../../../client/src/graph/instance';
import { spiralPositions, spreadOut } from '../../../client/src/graph/positions';
import { addProgressively, FIRST_EDGES } from '../../../client/src/graph/progressive';
import { syncElements } from '../../../client/src/graph/sync';

let cy: Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
});

/** A star of `n` leaves around hub 0, each edge with `i` sentences of evidence. */
function star(n: number): ElementDefinition[] {
  const nodes = Array.from({ length: n + 1 }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `n${i}` },
    position: { x: i * 10, y: 0 },
  }));
  const edges = Array.from({ length: n }, (_, i) => ({
    group: 'edges' as const,
    data: { id: `e${i + 1}`, source: 'n0', target: `n${i + 1}`, evidenceCount: i + 1 },
  }));
  return [...nodes, ...edges];
}

describe('large graph helpers', () => {
  it('places the best-connected actor in the middle of the sunflower, nobody on top of another', () => {
    const placed = spiralPositions([
      { id: 'a', degree: 1 },
      { id: 'hub', degree: 9 },
      { id: 'b', degree: 2 },
    ]);
    expect(placed.get('hub')).toEqual({ x: 0, y: 0 });
    const points = [...placed.values()];
    const keys = new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(keys.size).toBe(points.length);
  });

  it('spreads a clump out while keeping who is central and on which side', () => {
    const spread = spreadOut([
      { id: 'centre', x: 1, y: 1 },
      { id: 'east', x: 3, y: 1 },
      { id: 'west', x: -2, y: 1 },
    ]);
    const [cx, cy0] = spread['centre']!;
    expect(Math.hypot(cx, cy0)).toBeLessThan(Math.hypot(...spread['east']!));
    expect(spread['east']![0]).toBeGreaterThan(0);
    expect(spread['west']![0]).toBeLessThan(0);
  });

  it('adds every actor and the strongest relations first, the rest on later frames', async () => {
    // Node has no animation frames: a task stands in for one.
    vi.stubGlobal('requestAnimationFrame', (fn: () => void) => setTimeout(fn, 0));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
    cy = cytoscape({ headless: true });
    const core = cy;
    const done = new Promise<void>((resolve) => {
      addProgressively(core, star(3 * FIRST_EDGES), { onDone: resolve });
    });
    expect(core.nodes().length).toBe(3 * FIRST_EDGES + 1);
    expect(core.edges().length).toBe(FIRST_EDGES);
    expect(core.$id(`e${3 * FIRST_EDGES}`).nonempty()).toBe(true);
    expect(core.$id('e1').empty()).toBe(true);
    await done;
    expect(core.edges().length).toBe(3 * FIRST_EDGES);
    vi.unstubAllGlobals();
  });

  it('syncing the same elements again touches none of them', () => {
    cy = cytoscape({ headless: true, elements: star(20) });
    let events = 0;
    cy.on('data add remove', () => {
      events += 1;
    });
    syncElements(cy, star(20));
    expect(events).toBe(0);
  });

  it('syncing new centralities updates the scratchpad without restyling any actor', () => {
    cy = cytoscape({ headless: true, elements: star(20) });
    let restyled = 0;
    cy.on('style', () => {
      restyled += 1;
    });
    const withCentrality = star(20).map((el) =>
      el.group === 'nodes' ? { ...el, scratch: { _centrality: 0.5 } } : el,
    );
    syncElements(cy, withCentrality);
    expect(restyled).toBe(0);
    expect(cy.$id('n3').scratch('_centrality')).toBe(0.5);
  });

  it('reports a graph that fits in one chunk done at once, each chunk to onAdd', () => {
    cy = cytoscape({ headless: true });
    const chunks: number[] = [];
    let done = false;
    addProgressively(cy, star(10), {
      onAdd: (added) => chunks.push(added.length),
      onDone: () => {
        done = true;
      },
    });
    expect(done).toBe(true);
    expect(chunks).toEqual([21]);
  });

  it('moving the selection restyles only the elements whose fading changes', () => {
    cy = cytoscape({ headless: true, elements: star(50) });
    highlight(cy, 'n1');
    expect(cy.elements('.faded').length).toBe(cy.elements().length - 3);
    let restyled = 0;
    cy.on('style', () => {
      restyled += 1;
    });
    highlight(cy, 'n2');
    // n1 and its edge fade; n2 and its edge come back: nothing else changes.
    expect(cy.$id('n1').hasClass('faded')).toBe(true);
    expect(cy.$id('e2').hasClass('faded')).toBe(false);
    expect(restyled).toBeLessThanOrEqual(6);
  });
});
