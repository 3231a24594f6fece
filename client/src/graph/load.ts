// The first drawing of a graph and every later layout run. Saved positions draw at once; large
// graphs are added progressively and laid out by fcose in a worker, so the page never freezes.

import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import type { LayoutName } from '../state/view';
import { LABEL_KEY, MAX_FIT_ZOOM, labelStyles, limitZoom } from './instance';
import { placeLabels } from './labels';
import { LARGE_GRAPH, layoutSeed, runLayout } from './layout';
import { savePositions, savedPositions, spiralPositions } from './positions';
import { addProgressively, fitPositions } from './progressive';
import { setScratch } from './scratch';
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
  /** Carries `data-layout` while a worker layout runs (not Cytoscape's own container). */
  status: HTMLElement,
): Promise<void> {
  if (cy.destroyed() || cy.nodes().empty()) return;
  const run = Number(cy.scratch('_layoutRun') ?? 0) + 1;
  cy.scratch('_layoutRun', run);
  if (name === 'fcose' && isLarge(cy)) {
    status.dataset['layout'] = 'running';
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
      if (cy.scratch('_layoutRun') === run) delete status.dataset['layout'];
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
  status: HTMLElement,
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
  const placed = elements.map((el): ElementDefinition => {
    const position = el.group === 'nodes' ? positions.get(String(el.data.id)) : undefined;
    return position ? { ...el, position } : el;
  });
  const onAdd = labelSizer(cy);
  const finish = () => {
    if (!large) placeLabels(cy);
    hooks.onDone();
    // The sunflower only stands in for the real layout, which now runs.
    if (!saved) void layoutGraph(cy, layout, null, status);
  };
  if (!large) {
    cy.batch(() => onAdd(cy.add(placed)));
    hooks.onFirst();
    finish();
    return () => {};
  }
  return addProgressively(cy, placed, { onAdd, onFirst: hooks.onFirst, onDone: finish });
}

/**
 * Gives new elements their label sizes for the current zoom inside the batch that adds them, so
 * they are styled once, not twice. One bypass on the whole collection rather than a `style` in
 * each definition: Cytoscape parses it once, and warns on the console for every definition that
 * carries one (thousands of warnings cost a second on a large graph).
 */
function labelSizer(cy: Core): (added: CollectionReturnValue) => void {
  // Dense (WebGL) graphs size their labels in the stylesheet; see keepLabelsReadable.
  if (cy.scratch('_dense') === true) return () => {};
  const labels = labelStyles(cy.zoom());
  return (added) => {
    added.nodes().style(labels.node);
    added.edges().style(labels.edge);
    added.forEach((el) => setScratch(el, LABEL_KEY, labels.key));
  };
}
