// React wrapper around one Cytoscape core: created once per graph load, destroyed on unmount.

import { memo, useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import type { Core } from 'cytoscape';
import type { GraphData } from '../api/types';
import type { Selection } from '../state/selection';
import { createInstance, destroyInstance, fitAll, highlight, revealIfHidden } from './instance';

export interface CanvasHandle {
  /** Selects and highlights an element without re-rendering React. */
  focus(id: string | null): void;
  fit(): void;
}

export interface CytoscapeCanvasProps {
  graph: GraphData;
  onSelect: (selection: Selection) => void;
  ref?: Ref<CanvasHandle>;
}

function CytoscapeCanvasImpl({ graph, onSelect, ref }: CytoscapeCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // Read through a ref so a new callback identity never rebuilds the instance.
  const onSelectRef = useRef(onSelect);
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const cy = createInstance({
      container,
      graph,
      onSelect: (selection) => {
        highlight(cy, selection?.id ?? null);
        onSelectRef.current(selection);
      },
    });
    cyRef.current = cy;
    window.cy = cy;

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
  }, [graph]);

  useImperativeHandle(
    ref,
    () => ({
      focus: (id) => {
        const cy = cyRef.current;
        if (!cy || cy.destroyed()) return;
        highlight(cy, id);
        if (id) revealIfHidden(cy, id);
      },
      fit: () => {
        if (cyRef.current) fitAll(cyRef.current);
      },
    }),
    [],
  );

  return (
    <div
      ref={containerRef}
      className="canvas"
      data-testid="graph-canvas"
      role="application"
      aria-label="Actor graph. Click an actor or relation to read its evidence."
    />
  );
}

/** Memoised: selection changes in the parent don't touch the canvas. */
export const CytoscapeCanvas = memo(CytoscapeCanvasImpl);
