// The explorer: loads the graph once per filter, keeps the selection in React, the drawing in Cytoscape.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from './api/client';
import { fetchGraph } from './api/operations';
import { DEFAULT_MODALITIES, MODALITIES, type Modality } from './api/types';
import { CytoscapeCanvas, type CanvasHandle } from './graph/CytoscapeCanvas';
import { DetailsPanel } from './panels/DetailsPanel';
import { Header } from './panels/Header';
import { Legend } from './panels/Legend';
import { EmptyState, ErrorMessage, Loading } from './panels/StatusViews';
import { sameSelection, type Selection } from './state/selection';
import { useQuery } from './state/useQuery';

function serverHint(error: Error): string {
  if (error instanceof ApiError && error.kind === 'graphql') {
    return 'The server is up but could not answer; its log has the details.';
  }
  return 'Check that the Entente server is running (npm start) and try again.';
}

export function App() {
  const [includeAll, setIncludeAll] = useState(false);
  const modalities: readonly Modality[] = includeAll ? MODALITIES : DEFAULT_MODALITIES;
  const fetcher = useCallback(
    (signal: AbortSignal) => fetchGraph(modalities, signal),
    [modalities],
  );
  const [graphState, retry] = useQuery(modalities.join(','), fetcher);
  const graph = graphState.status === 'ready' ? graphState.data : null;

  const [selection, setSelection] = useState<Selection>(null);
  const select = useCallback(
    (next: Selection) => setSelection((prev) => (sameSelection(prev, next) ? prev : next)),
    [],
  );
  const canvas = useRef<CanvasHandle>(null);

  // Panel-initiated selections are mirrored onto the canvas imperatively, without re-rendering it.
  useEffect(() => {
    canvas.current?.focus(selection?.id ?? null);
  }, [selection, graph]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select]);

  const fit = useCallback(() => canvas.current?.fit(), []);
  const empty = graph !== null && graph.nodes.length === 0;
  const stage = useMemo(() => {
    if (graphState.status === 'loading') return <Loading label="Loading the actor graph…" />;
    if (graphState.status === 'error') {
      return (
        <ErrorMessage
          title="The graph could not be loaded"
          error={graphState.error}
          hint={serverHint(graphState.error)}
          onRetry={retry}
        />
      );
    }
    if (graphState.data.nodes.length === 0) return <EmptyState filtered={false} />;
    return <CytoscapeCanvas ref={canvas} graph={graphState.data} onSelect={select} />;
  }, [graphState, retry, select]);

  return (
    <div className="app">
      <Header
        graph={graph}
        includeAllModalities={includeAll}
        onToggleModalities={setIncludeAll}
        onFit={fit}
        canFit={graph !== null && !empty}
        onSelect={select}
      />
      <main className="main">
        <section className="stage" aria-label="Graph">
          <div className="canvas-wrap">{stage}</div>
          {graph && !empty && <Legend graph={graph} />}
        </section>
        {graph && !empty && (
          <DetailsPanel
            graph={graph}
            selection={selection}
            modalities={modalities}
            onSelect={select}
          />
        )}
      </main>
    </div>
  );
}
