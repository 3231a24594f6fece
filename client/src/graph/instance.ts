// The imperative side of the canvas: builds a Cytoscape core, wires its events, tears it down.

import cytoscape, { type Core, type CytoscapeOptions, type EventObject } from 'cytoscape';
import type { Selection } from '../state/selection';
import { registerFcose } from './layout';
import { setScratch } from './scratch';
import { DENSE_STYLESHEET, LABEL_MAX_WIDTH, LABEL_MIN_PX, LABEL_PX, STYLESHEET } from './style';

/** Element count above which the canvas draws with Cytoscape's WebGL renderer. */
export const WEBGL_THRESHOLD = 3000;

export interface CanvasEvents {
  onSelect: (selection: Selection) => void;
  /** Shift- or Ctrl-click on an actor: the second end of a path query. */
  onSecondary?: (id: string) => void;
  onExpand?: (id: string) => void;
  /** Right-click on an actor, at rendered (canvas) coordinates; null on the background. */
  onContext?: (target: { id: string; x: number; y: number; pinned: boolean } | null) => void;
}

export interface InstanceOptions extends CanvasEvents {
  container: HTMLElement;
  /**
   * Shows the pointer cursor over elements; by default the container. Better an element around
   * it: Cytoscape redraws everything on any attribute change of its container, `style` included.
   */
  frame?: HTMLElement;
  webgl?: boolean;
}

export function createInstance({
  container,
  frame = container,
  webgl = false,
  onSelect,
  onSecondary,
  onExpand,
  onContext,
}: InstanceOptions): Core {
  registerFcose();
  const options: CytoscapeOptions = {
    container,
    elements: [],
    style: webgl ? DENSE_STYLESHEET : STYLESHEET,
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
  };
  // The WebGL renderer is new in 3.31 and not in the typings' options yet.
  const cy = cytoscape(
    webgl
      ? ({ ...options, renderer: { name: 'canvas', webgl: true } } as CytoscapeOptions)
      : options,
  );
  if (webgl) cy.scratch('_dense', true);

  cy.on('tap', 'node', (evt: EventObject) => {
    const original = evt.originalEvent as MouseEvent | undefined;
    if (onSecondary && (original?.shiftKey || original?.ctrlKey || original?.metaKey)) {
      onSecondary(evt.target.id());
      return;
    }
    onSelect({ kind: 'actor', id: evt.target.id() });
  });
  cy.on('tap', 'edge', (evt: EventObject) => onSelect({ kind: 'relation', id: evt.target.id() }));
  cy.on('tap', (evt: EventObject) => {
    if (evt.target === cy) {
      onSelect(null);
      onContext?.(null);
    }
  });
  cy.on('dbltap', 'node', (evt: EventObject) => onExpand?.(evt.target.id()));
  cy.on('cxttap', 'node', (evt: EventObject) => {
    const p = evt.renderedPosition ?? evt.target.renderedPosition();
    onContext?.({ id: evt.target.id(), x: p.x, y: p.y, pinned: evt.target.locked() });
  });
  cy.on('cxttap', (evt: EventObject) => {
    if (evt.target === cy) onContext?.(null);
  });
  cy.on('mouseover', 'node, edge', (evt: EventObject) => {
    // On thousands of elements a hover restyle costs a whole WebGL frame; the cursor suffices.
    if (!webgl) evt.target.addClass('hover');
    frame.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node, edge', (evt: EventObject) => {
    evt.target.removeClass('hover');
    frame.style.cursor = '';
  });
  cy.on('zoom', () => keepLabelsReadable(cy));
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

/** Marks the elements of paths (and fades the rest); an empty list clears the marking. */
export function highlightPaths(cy: Core, ids: readonly string[]): void {
  if (cy.destroyed()) return;
  cy.batch(() => {
    cy.elements().removeClass('path');
    if (ids.length === 0) return;
    const on = cy.collection();
    for (const id of ids) on.merge(cy.getElementById(id));
    on.addClass('path');
    cy.elements().removeClass('faded');
    cy.elements().not(on).addClass('faded');
  });
}

/**
 * Selects `id` (or nothing) and fades everything not adjacent to it. Only elements whose fading
 * changes are touched: on 10,000 elements, restyling all of them on every click is what hurts.
 */
export function highlight(cy: Core, id: string | null): void {
  if (cy.destroyed()) return;
  if (cy.scratch('_dense') === true) {
    highlightNear(cy, id);
    return;
  }
  cy.batch(() => {
    cy.elements('.path').removeClass('path');
    const faded = cy.elements('.faded');
    const target = id ? cy.getElementById(id) : null;
    if (!target || target.empty()) {
      faded.removeClass('faded');
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
    keep.intersection(faded).removeClass('faded');
    cy.elements().not(faded).not(keep).addClass('faded');
  });
}

/**
 * Dense graphs draw every relation faint already; selecting marks the neighbourhood `near`
 * instead of fading thousands of elements, which would cost a WebGL frame and new textures.
 */
function highlightNear(cy: Core, id: string | null): void {
  cy.batch(() => {
    cy.elements('.path').removeClass('path');
    cy.elements('.near').removeClass('near');
    const target = id ? cy.getElementById(id) : null;
    cy.elements(':selected')
      .not(target ?? cy.collection())
      .unselect();
    if (!target || target.empty()) return;
    target.select();
    const near =
      target.group() === 'nodes'
        ? target.closedNeighborhood()
        : target.union(target.connectedNodes());
    near.addClass('near');
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
export function keepLabelsReadable(cy: Core): void {
  // Dense (WebGL) graphs show labels once they are big enough instead; see DENSE_STYLESHEET.
  if (cy.destroyed() || cy.scratch('_dense') === true) return;
  const labels = labelStyles(cy.zoom());
  // Only elements styled for another zoom (or new ones): restyling is what costs on big graphs.
  const nodes = cy.nodes().filter((n) => n.scratch(LABEL_KEY) !== labels.key);
  const edges = cy.edges().filter((e) => e.scratch(LABEL_KEY) !== labels.key);
  if (nodes.empty() && edges.empty()) return;
  cy.batch(() => {
    nodes.style(labels.node).forEach((n) => setScratch(n, LABEL_KEY, labels.key));
    edges.style(labels.edge).forEach((e) => setScratch(e, LABEL_KEY, labels.key));
  });
}

/** Scratchpad key of the label sizing an element was last styled with. */
export const LABEL_KEY = '_labels';

/** The label style bypasses for a zoom level (also given to elements as they are created). */
export function labelStyles(zoom: number): {
  key: string;
  node: Record<string, string | number>;
  edge: Record<string, string | number>;
} {
  const nodePx = Math.max(LABEL_PX, LABEL_MIN_PX / zoom);
  const edgePx = Math.max(11, 10 / zoom);
  const node = {
    'font-size': nodePx,
    'text-outline-width': Math.max(3, 2.5 / zoom),
    // Grow the wrap width with the font, or zoomed-out names break onto two lines.
    'text-max-width': `${Math.round((LABEL_MAX_WIDTH * nodePx) / LABEL_PX)}px`,
  };
  return {
    key: `${nodePx}|${node['text-outline-width']}|${edgePx}`,
    node,
    edge: { 'font-size': edgePx },
  };
}
