// The first drawing of a graph and every later layout run. Saved positions draw at once; large
// graphs are added progressively and laid out by fcose in a worker, so the page never freezes.

import type { Core, ElementDefinition } from 'cytoscape';
import type { LayoutName } from '../state/view';
import { LABEL_KEY, MAX_FIT_ZOOM, labelStyles, limitZoom } from './instance';
import { placeLabels } from './labels';
import { LARGE_GRAPH, layoutSeed, runLayout } from './layout';
import { savePositions, savedPositions, spiralPositions } from './positions';
import { addProgressively, fitPositions } from './progressive';
import { applyPositions, layoutOffThread } from './workerLayout';

export interface DrawHooks {
  /** The first elements are in the graph (drawn on the next frame). */
  onFirst: () => void;
  /** Every element is in the graph. */
  onDone: () => void;
}

export const isLarge = (cy: Core): boolean => cy.nodes().length > LARGE_GRAPH;

/**
 * Runs `name` and keeps the result for the next visit. fcose on a large graph runs in a worker:
 * the promise settles when its positions are applied (or dropped, if a newer run started).
 */
export async function layoutGraph(
  cy: Core,
  name: LayoutName,
  rootId: string | null,
  container: HTMLElement,
): Promise<void> {
  if (cy.destroyed() || cy.nodes().empty()) return;
  const run = Number(cy.scratch('_layoutRun') ?? 0) + 1;
  cy.scratch('_layoutRun', run);
  if (name === 'fcose' && isLarge(cy)) {
    container.dataset['layout'] = 'running';
    try {
      const positions = await layoutOffThread(cy, layoutSeed(cy, name));
      if (cy.destroyed() || cy.scratch('_layoutRun') !== run) return;
      applyPositions(cy, positions);
      fitPositions(cy, positions.values(), MAX_FIT_ZOOM);
    } catch (error) {
      // Keep the placement the actors have; the page stays usable.
      console.warn('the layout worker failed; keeping the current positions', error);
      return;
    } finally {
      if (cy.scratch('_layoutRun') === run) delete container.dataset['layout'];
    }
  } else {
    runLayout(cy, name, rootId);
    limitZoom(cy);
  }
  if (!isLarge(cy)) placeLabels(cy);
  savePositions(cy, name);
}

/** Draws `elements` into an empty core; returns a function that stops a progressive drawing. */
export function drawFirst(
  cy: Core,
  elements: readonly ElementDefinition[],
  layout: LayoutName,
  container: HTMLElement,
  hooks: DrawHooks,
): () => void {
  const nodes = elements.filter((el) => el.group === 'nodes');
  const ids = nodes.map((n) => String(n.data.id));
  const saved = savedPositions(layout, ids);
  const large = nodes.length > LARGE_GRAPH;
  if (!saved && !large) {
    cy.batch(() => cy.add([...elements]));
    runLayout(cy, layout, null);
    limitZoom(cy);
    placeLabels(cy);
    savePositions(cy, layout);
    hooks.onFirst();
    hooks.onDone();
    return () => {};
  }
  const positions =
    saved ??
    spiralPositions(
      nodes.map((n) => ({ id: String(n.data.id), degree: Number(n.data['degree']) })),
    );
  fitPositions(cy, positions.values(), MAX_FIT_ZOOM);
  // Created with their label sizes for this zoom, so they are styled once, not twice.
  const labels = cy.scratch('_dense') === true ? null : labelStyles(cy.zoom());
  const placed = elements.map((el): ElementDefinition => {
    const isNode = el.group === 'nodes';
    const position = isNode ? positions.get(String(el.data.id)) : undefined;
    if (!labels) return isNode ? { ...el, position } : el;
    const scratch = { ...el.scratch, [LABEL_KEY]: labels.key };
    return { ...el, position, scratch, style: isNode ? labels.node : labels.edge };
  });
  const finish = () => {
    if (!large) placeLabels(cy);
    hooks.onDone();
    // The sunflower only stands in for the real layout, which now runs.
    if (!saved) void layoutGraph(cy, layout, null, container);
  };
  if (!large) {
    cy.batch(() => cy.add(placed));
    hooks.onFirst();
    finish();
    return () => {};
  }
  return addProgressively(cy, placed, { onFirst: hooks.onFirst, onDone: finish });
}
