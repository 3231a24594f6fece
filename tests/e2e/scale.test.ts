// End to end at scale: 2,000 actors and 10,000 relations (tests/support/scale-dataset.ts). The
// page must draw them all, stay responsive while fcose runs in its worker, select an actor
// without React rebuilding the graph, and draw the saved positions straight away on a reload.
// Timing bounds are deliberately generous: they catch a frozen page, not a slow machine.

import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_QUERY } from '../../client/src/api/graph';
import type { GraphData } from '../../client/src/api/types';
import { loadSettings } from '../../server/src/config';
import { openStore } from '../../server/src/store/open-store';
import { loadScaleDataset } from '../support/scale-dataset';
import { clickNode, shot } from './support/actions';
import { cyEval, openExplorer, skipE2e, type Harness } from './support/harness';

const READY_MS = 180_000;

async function fillStore(dataDir: string): Promise<void> {
  const store = await openStore(loadSettings({}, { dataDir }));
  try {
    await loadScaleDataset(store);
  } finally {
    await store.close();
  }
}

/** The nodes and edges the default view shows, as the server answers them. */
async function expectedCounts(url: string): Promise<{ nodes: number; edges: number }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: GRAPH_QUERY,
      variables: { filter: { modalities: ['ASSERTED', 'HEDGED'] } },
    }),
  });
  const { data } = (await response.json()) as { data: { graph: GraphData } };
  const used = new Set(data.graph.edges.flatMap((e) => [e.source.id, e.target.id]));
  return {
    nodes: data.graph.nodes.filter((n) => used.has(n.id)).length,
    edges: data.graph.edges.length,
  };
}

/** Milliseconds the page takes to answer a trivial evaluate(): long while its main thread is busy. */
async function roundTrip(page: Page): Promise<number> {
  const started = Date.now();
  await page.evaluate(() => 1);
  return Date.now() - started;
}

describe.skipIf(skipE2e)('the explorer with 2,000 actors and 10,000 relations', () => {
  let h: Harness;
  let expected: { nodes: number; edges: number };

  beforeAll(async () => {
    h = await openExplorer({ prepare: fillStore });
    expected = await expectedCounts(h.server.url);
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  });

  it('draws every actor and relation with the WebGL renderer and stays responsive', async () => {
    const { page } = h;
    await page.goto(h.server.url);
    await page.locator('[data-testid=graph-canvas][data-ready]').waitFor({ timeout: READY_MS });
    expect(await page.getByTestId('graph-canvas').getAttribute('data-renderer')).toBe('webgl');
    expect(expected.nodes).toBeGreaterThan(1900);
    const counts = await cyEval(page, (cy) => ({
      nodes: cy.nodes().length,
      edges: cy.edges().length,
    }));
    expect(counts).toEqual(expected);
    // fcose runs in a worker: the page answers while it lays the graph out.
    expect(await roundTrip(page)).toBeLessThan(10_000);
    await page.waitForFunction(() => !document.querySelector('[data-layout]'), null, {
      timeout: READY_MS,
    });
    await shot(page, 'scale');
    expect(h.pageErrors).toEqual([]);
  }, 400_000);

  it('selecting an actor shows its details and neither adds nor removes an element', async () => {
    const { page } = h;
    await cyEval(page, (cy) => {
      const g = globalThis as unknown as { changes: number; cyBefore: Core };
      g.changes = 0;
      g.cyBefore = cy;
      cy.on('add remove', () => {
        g.changes += 1;
      });
    });
    // The best-connected actor that no other actor covers, so the click lands on it.
    const id = await cyEval(page, (cy) => {
      const boxes = cy.nodes().map((o) => ({ id: o.id(), b: o.renderedBoundingBox({}) }));
      const covered = (id: string, p: { x: number; y: number }) =>
        boxes.some(
          ({ id: other, b }) =>
            other !== id && p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2,
        );
      const byDegree = cy
        .nodes()
        .map((n) => ({ id: n.id(), p: n.renderedPosition(), degree: n.degree(false) }))
        .sort((a, b) => b.degree - a.degree);
      const clear = byDegree.slice(0, 50).find(({ id, p }) => !covered(id, p));
      return (clear ?? byDegree[0])!.id;
    });
    await clickNode(page, id);
    const details = page.getByTestId('actor-details');
    await details.waitFor({ timeout: 10_000 });
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toContain('Actor');
    const after = await cyEval(page, (cy) => {
      const g = globalThis as unknown as { changes: number; cyBefore: Core };
      const target = cy.$(':selected');
      return {
        same: g.cyBefore === cy,
        changes: g.changes,
        selected: target.id(),
        neighbourhood: target.closedNeighborhood().length,
        near: cy.elements('.near').length,
        faded: cy.elements('.faded').length,
      };
    });
    // Dense graphs mark the neighbourhood rather than restyle every other element.
    expect(after).toMatchObject({ same: true, changes: 0, selected: id, faded: 0 });
    expect(after.near).toBe(after.neighbourhood);
    expect(after.near).toBeGreaterThan(10);
    expect(page.url()).toContain(`actor=${id}`);
    await shot(page, 'scale-selected');
  }, 120_000);

  it('a reload draws the positions the layout left', async () => {
    const { page } = h;
    await page.goto(h.server.url);
    await page.locator('[data-testid=graph-canvas][data-ready]').waitFor({ timeout: READY_MS });
    const saved = await cyEval(page, (cy) =>
      cy
        .nodes()
        .slice(0, 20)
        .map((n) => ({ id: n.id(), ...n.position() })),
    );
    await page.reload();
    await page.locator('[data-testid=graph-canvas][data-ready]').waitFor({ timeout: READY_MS });
    // With positions for every actor there is no layout to run.
    expect(await page.locator('[data-layout]').count()).toBe(0);
    const again = await cyEval(page, (cy) =>
      cy
        .nodes()
        .slice(0, 20)
        .map((n) => ({ id: n.id(), ...n.position() })),
    );
    for (const [i, p] of again.entries()) {
      expect(p.id).toBe(saved[i]!.id);
      expect(p.x).toBeCloseTo(saved[i]!.x, 0);
      expect(p.y).toBeCloseTo(saved[i]!.y, 0);
    }
  }, 400_000);
});
