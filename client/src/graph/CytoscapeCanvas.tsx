// React wrapper around one Cytoscape core: created on mount, destroyed on unmount; new graph
// data is synced into it in place, so filtering keeps positions and never rebuilds the canvas.

import { memo, useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphData } from '../api/types';
import type { LayoutName, SizeBy } from '../state/view';
import { afterPaint } from './afterPaint';
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
  // Cytoscape redraws everything on any attribute change of its container (it watches them for
  // resizes), so what the canvas reports in data-* attributes goes on the wrapper around it.
  const statusRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const laidOut = useRef(false);
  // While a large graph is drawn progressively, newer data waits here for the last chunk.
  const drawing = useRef(false);
  const waiting = useRef<ElementDefinition[] | null>(null);
  const stopDrawing = useRef<() => void>(() => {});
  const highlighted = useRef<string | null>(null);
  const cancelFade = useRef<() => void>(() => {});
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
    const status = statusRef.current;
    if (!container || !status) return undefined;
    const cy = createInstance({
      container,
      frame: status,
      webgl,
      onSelect: (selection) => {
        const id = selection?.id ?? null;
        highlighted.current = id;
        cancelFade.current();
        if (cy.scratch('_dense') === true) {
          highlight(cy, id);
        } else {
          // Cytoscape has selected the tapped element itself; fading every other element
          // restyles them all, a frame of its own on thousands: the details panel shows first.
          cancelFade.current = afterPaint(() => {
            if (!cy.destroyed() && highlighted.current === id) highlight(cy, id);
          });
        }
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
    // Cytoscape follows its container's size itself (a ResizeObserver of its own).

    return () => {
      stopDrawing.current();
      cancelFade.current();
      destroyInstance(cy);
      delete status.dataset['ready'];
      if (cyRef.current === cy) cyRef.current = null;
      if (window.cy === cy) delete window.cy;
    };
  }, [webgl]);

  // New data: update in place; the first drawing lays the graph out (see load.ts).
  useEffect(() => {
    const cy = cyRef.current;
    const status = statusRef.current;
    if (!cy || cy.destroyed() || !status) return;
    const elements = toElements(graph, sizeBy);
    if (drawing.current) {
      waiting.current = elements;
      return;
    }
    if (laidOut.current || elements.length === 0) {
      update(cy, status, elements, partialRef.current);
      return;
    }
    laidOut.current = true;
    drawing.current = true;
    stopDrawing.current = drawFirst(cy, elements, layoutRef.current, status, {
      onFirst: () => keepLabelsReadable(cy),
      onDone: () => {
        drawing.current = false;
        const next = waiting.current;
        waiting.current = null;
        update(cy, status, next, partialRef.current);
      },
    });
  }, [graph, sizeBy, webgl, partial]);

  // A layout runs when it is chosen or asked for again, never on mount: the first drawing has
  // placed the actors already (saved positions, or the layout itself).
  const requested = useRef({ layout, layoutRun });
  useEffect(() => {
    if (requested.current.layout === layout && requested.current.layoutRun === layoutRun) return;
    requested.current = { layout, layoutRun };
    const cy = cyRef.current;
    const status = statusRef.current;
    if (!cy || cy.destroyed() || !status || !laidOut.current || drawing.current) return;
    const root = cy.$('node:selected').id() || null;
    void layoutGraph(cy, layout, root, status);
  }, [layout, layoutRun]);

  useImperativeHandle(
    ref,
    () => ({
      focus: (id) => {
        const cy = cyRef.current;
        if (!cy || cy.destroyed()) return;
        // The canvas highlights its own clicks (the fading follows their paint): twice is felt.
        if (id === highlighted.current && (id === null || cy.getElementById(id).selected())) return;
        highlighted.current = id;
        cancelFade.current();
        highlight(cy, id);
        if (id) revealIfHidden(cy, id);
      },
      reveal: (id) => {
        const cy = cyRef.current;
        if (!cy || cy.destroyed()) return;
        highlighted.current = id;
        cancelFade.current();
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
        // Paths replace the selection's fading; one still to come would undo them.
        cancelFade.current();
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
      ref={statusRef}
      className="canvas"
      data-testid="graph-canvas"
      data-renderer={webgl ? 'webgl' : 'canvas'}
      role="application"
      aria-label="Actor graph. Click an actor or relation to read its evidence; double-click an actor to expand it; right-click for more."
    >
      <div ref={containerRef} className="canvas-surface" />
    </div>
  );
}

/** Syncs new data into a drawn graph (`elements` null: only marks `status` ready). */
function update(
  cy: Core,
  status: HTMLElement,
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
  if (!partial) status.dataset['ready'] = 'true';
  status.dataset['elements'] = String(cy.elements().length);
}

/** Memoised: selection changes in the parent don't touch the canvas. */
export const CytoscapeCanvas = memo(CytoscapeCanvasImpl);
