// The imperative side of the canvas: builds a Cytoscape core, wires its events, tears it down.

import cytoscape, { type Core, type EventObject } from 'cytoscape';
import type { GraphData } from '../api/types';
import type { Selection } from '../state/selection';
import { toElements } from './elements';
import { placeLabels } from './labels';
import { layoutOptions, registerFcose } from './layout';
import { hashSeed, withSeededRandom } from './seeded';
import { LABEL_MAX_WIDTH, LABEL_MIN_PX, LABEL_PX, STYLESHEET } from './style';

export interface InstanceOptions {
  container: HTMLElement;
  graph: GraphData;
  onSelect: (selection: Selection) => void;
}

export function createInstance({ container, graph, onSelect }: InstanceOptions): Core {
  registerFcose();
  const elements = toElements(graph);
  const cy = cytoscape({
    container,
    elements,
    style: STYLESHEET,
    layout: { name: 'preset' },
    minZoom: 0.15,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });

  cy.on('tap', 'node', (evt: EventObject) => onSelect({ kind: 'actor', id: evt.target.id() }));
  cy.on('tap', 'edge', (evt: EventObject) => onSelect({ kind: 'relation', id: evt.target.id() }));
  cy.on('tap', (evt: EventObject) => {
    if (evt.target === cy) onSelect(null);
  });
  cy.on('mouseover', 'node, edge', (evt: EventObject) => {
    evt.target.addClass('hover');
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node, edge', (evt: EventObject) => {
    evt.target.removeClass('hover');
    container.style.cursor = '';
  });
  cy.on('zoom', () => keepLabelsReadable(cy));

  if (cy.nodes().length > 0) {
    const seed = hashSeed(
      graph.nodes.map((n) => n.id).join(' ') + '|' + graph.edges.map((e) => e.id).join(' '),
    );
    withSeededRandom(seed, () => cy.layout(layoutOptions(cy.nodes().length)).run());
    limitZoom(cy);
    placeLabels(cy);
  }
  // A dragged actor changes which sides its edges arrive from.
  cy.on('dragfree', 'node', () => placeLabels(cy));
  keepLabelsReadable(cy);
  container.dataset['ready'] = 'true';
  return cy;
}

/** Fitting a small graph would blow it up; past this zoom, fit centres instead. */
export const MAX_FIT_ZOOM = 1.15;

export function limitZoom(cy: Core): void {
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

/** Fits every element into view, without zooming in past MAX_FIT_ZOOM. */
export function fitAll(cy: Core, padding = 60): void {
  if (cy.destroyed() || cy.elements().empty()) return;
  cy.fit(cy.elements(), padding);
  limitZoom(cy);
}

/** Safe to call twice (StrictMode runs effects' cleanups and setups twice in development). */
export function destroyInstance(cy: Core): void {
  if (!cy.destroyed()) cy.destroy();
}

/** Selects `id` (or nothing) and fades everything not adjacent to it. */
export function highlight(cy: Core, id: string | null): void {
  if (cy.destroyed()) return;
  cy.batch(() => {
    cy.elements().removeClass('faded');
    const target = id ? cy.getElementById(id) : null;
    if (!target || target.empty()) {
      cy.elements(':selected').unselect();
      return;
    }
    cy.elements(':selected').not(target).unselect();
    target.select();
    // group() rather than isNode(): the type guard would narrow the edge branch to never.
    const keep =
      target.group() === 'nodes'
        ? target.closedNeighborhood()
        : target.union(target.connectedNodes());
    cy.elements().not(keep).addClass('faded');
  });
}

/** Pans to an element that lies (partly) outside the viewport, e.g. one picked in the panel. */
export function revealIfHidden(cy: Core, id: string): void {
  const target = cy.getElementById(id);
  if (target.empty()) return;
  const box = target.renderedBoundingBox({});
  const inside = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
  if (!inside) cy.animate({ center: { eles: target }, duration: 250 });
}

// Cytoscape scales labels with the zoom; below zoom 1 we grow them in model units so that they
// never render smaller than LABEL_MIN_PX on screen.
function keepLabelsReadable(cy: Core): void {
  const zoom = cy.zoom();
  const nodePx = Math.max(LABEL_PX, LABEL_MIN_PX / zoom);
  const edgePx = Math.max(11, 10 / zoom);
  cy.batch(() => {
    cy.nodes().style({
      'font-size': nodePx,
      'text-outline-width': Math.max(3, 2.5 / zoom),
      // Grow the wrap width with the font, or zoomed-out names break onto two lines.
      'text-max-width': `${Math.round((LABEL_MAX_WIDTH * nodePx) / LABEL_PX)}px`,
    });
    cy.edges().style({ 'font-size': edgePx });
  });
}
