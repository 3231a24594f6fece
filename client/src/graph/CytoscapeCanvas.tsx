// React wrapper around one Cytoscape core: created on mount, destroyed on unmount; new graph
// data is synced into it in place, so filtering keeps positions and never rebuilds the canvas.

import { memo, useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import type { Core } from 'cytoscape';
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
  limitZoom,
  revealIfHidden,
  type CanvasEvents,
} from './instance';
import { placeLabels } from './labels';
import { runLayout } from './layout';
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
  ref?: Ref<CanvasHandle>;
}

const FLASH_MS = 6000;

function CytoscapeCanvasImpl(props: CytoscapeCanvasProps) {
  const { graph, sizeBy, layout, layoutRun, webgl, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const laidOut = useRef(false);
  // Read through refs so new callback identities never rebuild the instance.
  const events = useRef<CanvasEvents>(props);
  const layoutRef = useRef(layout);
  useLayoutEffect(() => {
    events.current = props;
    layoutRef.current = layout;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const cy = createInstance({
      container,
      webgl,
      onSelect: (selection) => {
        highlight(cy, selection?.id ?? null);
        events.current.onSelect(selection);
      },
      onSecondary: (id) => events.current.onSecondary?.(id),
      onExpand: (id) => events.current.onExpand?.(id),
      onContext: (target) => events.current.onContext?.(target),
    });
    cyRef.current = cy;
    laidOut.current = false;
    window.cy = cy;
    // A dragged actor changes which sides its edges arrive from.
    cy.on('dragfree', 'node', () => placeLabels(cy));

    const observer = new ResizeObserver(() => {
      if (!cy.destroyed()) cy.resize();
    });
    observer.observe(container);

    return () => {
      observer.disconnect();
      destroyInstance(cy);
      delete container.dataset['ready'];
      if (cyRef.current === cy) cyRef.current = null;
      if (window.cy === cy) delete window.cy;
    };
  }, [webgl]);

  // New data: update in place; the layout runs only the first time.
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || cy.destroyed() || !container) return;
    const selected = cy.$(':selected').id();
    const result = syncElements(cy, toElements(graph, sizeBy));
    if (!laidOut.current && cy.nodes().nonempty()) {
      runLayout(cy, layoutRef.current, null);
      limitZoom(cy);
      laidOut.current = true;
    }
    if (result.addedNodes + result.addedEdges + result.removed > 0) placeLabels(cy);
    keepLabelsReadable(cy);
    if (selected) highlight(cy, selected);
    container.dataset['ready'] = 'true';
    container.dataset['elements'] = String(cy.elements().length);
  }, [graph, sizeBy, webgl]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || cy.destroyed() || !laidOut.current) return;
    const root = cy.$('node:selected').id() || null;
    runLayout(cy, layout, root);
    limitZoom(cy);
    placeLabels(cy);
  }, [layout, layoutRun]);

  useImperativeHandle(
    ref,
    () => ({
      focus: (id) => {
        const cy = cyRef.current;
        if (!cy || cy.destroyed()) return;
        highlight(cy, id);
        if (id) revealIfHidden(cy, id);
      },
      reveal: (id) => {
        const cy = cyRef.current;
        if (!cy || cy.destroyed()) return;
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

/** Memoised: selection changes in the parent don't touch the canvas. */
export const CytoscapeCanvas = memo(CytoscapeCanvasImpl);
