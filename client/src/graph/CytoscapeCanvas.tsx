// React wrapper around one Cytoscape core: created on mount, destroyed on unmount; new graph
// data is synced into it in place, so filtering keeps positions and never rebuilds the canvas.

import { memo, useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphData } from '../api/types';
import type { LayoutName, SizeBy } from '../state/view';
import { toElements } from './elements';
import {
  createInstance,
  destroyInstance,
  fitAll,
  highlight,
  highlightPaths,
  keepLabelsReadable,
  revealIfHidden,
  type CanvasEvents,
} from './instance';
import { placeLabels } from './labels';
import { drawFirst, isLarge, layoutGraph } from './load';
import { savePositions } from './positions';
import { syncElements } from './sync';

export interface CanvasHandle {
  /** Selects and highlights an element without re-rendering React. */
  focus(id: string | null): void;
  /** Centres an actor and highlights its neighbourhood. */
  reveal(id: string): void;
  fit(): void;
  paths(ids: readonly string[]): void;
  /** Glows these elements for a few seconds (new through the subscription or an expansion). */
  flash(ids: readonly string[]): void;
  core(): Core | null;
}

export interface CytoscapeCanvasProps extends CanvasEvents {
  graph: GraphData;
  sizeBy: SizeBy;
  layout: LayoutName;
  /** Increment to run the layout again. */
  layoutRun: number;
  webgl: boolean;
  /** A preview without the relations' aggregates: drawn, but not yet marked ready. */
  partial?: boolean;
  ref?: Ref<CanvasHandle>;
}

const FLASH_MS = 6000;

function CytoscapeCanvasImpl(props: CytoscapeCanvasProps) {
  const { graph, sizeBy, layout, layoutRun, webgl, partial = false, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const laidOut = useRef(false);
  // While a large graph is drawn progressively, newer data waits here for the last chunk.
  const drawing = useRef(false);
  const waiting = useRef<ElementDefinition[] | null>(null);
  const stopDrawing = useRef<() => void>(() => {});
  const highlighted = useRef<string | null>(null);
  const partialRef = useRef(partial);
  // Read through refs so new callback identities never rebuild the instance.
  const events = useRef<CanvasEvents>(props);
  const layoutRef = useRef(layout);
  useLayoutEffect(() => {
    events.current = props;
    layoutRef.current = layout;
    partialRef.current = partial;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const cy = createInstance({
      container,
      webgl,
      onSelect: (selection) => {
        highlighted.current = selection?.id ?? null;
        highlight(cy, highlighted.current);
        events.current.onSelect(selection);
      },
      onSecondary: (id) => events.current.onSecondary?.(id),
      onExpand: (id) => events.current.onExpand?.(id),
      onContext: (target) => events.current.onContext?.(target),
    });
    cyRef.current = cy;
    laidOut.current = false;
    drawing.current = false;
    window.cy = cy;
    // A dragged actor changes which sides its edges arrive from, and is kept for the next visit.
    cy.on('dragfree', 'node', () => {
      if (!isLarge(cy)) placeLabels(cy);
      savePositions(cy, layoutRef.current);
    });

    const observer = new ResizeObserver(() => {
      if (!cy.destroyed()) cy.resize();
    });
    observer.observe(container);

    return () => {
      observer.disconnect();
      stopDrawing.current();
      destroyInstance(cy);
      delete container.dataset['ready'];
      if (cyRef.current === cy) cyRef.current = null;
      if (window.cy === cy) delete window.cy;
    };
  }, [webgl]);

  // New data: update in place; the first drawing lays the graph out (see load.ts).
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || cy.destroyed() || !container) return;
    const elements = toElements(graph, sizeBy);
    if (drawing.current) {
      waiting.current = elements;
      return;
    }
    if (laidOut.current || elements.length === 0) {
      update(cy, container, elements, partialRef.current);
      return;
    }
    laidOut.current = true;
    drawing.current = true;
    stopDrawing.current = drawFirst(cy, elements, layoutRef.current, container, {
      onFirst: () => keepLabelsReadable(cy),
      onDone: () => {
        drawing.current = false;
        const next = waiting.current;
        waiting.current = null;
        update(cy, container, next, partialRef.current);
      },
    });
  }, [graph, sizeBy, webgl, partial]);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || cy.destroyed() || !container || !laidOut.current || drawing.current) return;
    const root = cy.$('node:selected').id() || null;
    void layoutGraph(cy, layout, root, container);
  }, [layout, layoutRun]);

  useImperativeHandle(
    ref,
    () => ({
      focus: (id) => {
        const cy = cyRef.current;
        if (!cy || cy.destroyed()) return;
        // The canvas already highlighted its own click: fading 10,000 elements twice is felt.
        if (id === highlighted.current && (id === null || cy.getElementById(id).selected())) return;
        highlighted.current = id;
        highlight(cy, id);
        if (id) revealIfHidden(cy, id);
      },
      reveal: (id) => {
        const cy = cyRef.current;
        if (!cy || cy.destroyed()) return;
        highlighted.current = id;
        highlight(cy, id);
        const node = cy.getElementById(id);
        if (node.nonempty()) {
          cy.animate({ fit: { eles: node.closedNeighborhood(), padding: 80 }, duration: 300 });
        }
      },
      fit: () => {
        if (cyRef.current) fitAll(cyRef.current);
      },
      paths: (ids) => {
        if (cyRef.current) highlightPaths(cyRef.current, ids);
      },
      flash: (ids) => {
        const cy = cyRef.current;
        if (!cy || cy.destroyed() || ids.length === 0) return;
        const els = cy.collection();
        for (const id of ids) els.merge(cy.getElementById(id));
        els.addClass('fresh');
        setTimeout(() => {
          if (!cy.destroyed()) els.removeClass('fresh');
        }, FLASH_MS);
      },
      core: () => cyRef.current,
    }),
    [],
  );

  return (
    <div
      ref={containerRef}
      className="canvas"
      data-testid="graph-canvas"
      data-renderer={webgl ? 'webgl' : 'canvas'}
      role="application"
      aria-label="Actor graph. Click an actor or relation to read its evidence; double-click an actor to expand it; right-click for more."
    />
  );
}

/** Syncs new data into a drawn graph (`elements` null: only marks it ready). */
function update(
  cy: Core,
  container: HTMLElement,
  elements: ElementDefinition[] | null,
  partial: boolean,
): void {
  if (cy.destroyed()) return;
  if (elements) {
    const selected = cy.$(':selected').id();
    const result = syncElements(cy, elements);
    const changed = result.addedNodes + result.addedEdges + result.removed > 0;
    if (changed && !isLarge(cy)) placeLabels(cy);
    keepLabelsReadable(cy);
    if (selected) highlight(cy, selected);
  } else if (cy.$(':selected').nonempty()) {
    // Relations added after the selection was made must fade too.
    highlight(cy, cy.$(':selected').id());
  }
  if (!partial) container.dataset['ready'] = 'true';
  container.dataset['elements'] = String(cy.elements().length);
}

/** Memoised: selection changes in the parent don't touch the canvas. */
export const CytoscapeCanvas = memo(CytoscapeCanvasImpl);
