// The explorer: the view (filters, selection, layout) lives in the URL, the fetched graph and the
// user's edits in React, the drawing in Cytoscape — which React never rebuilds on selection.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, errorMessage } from './api/client';
import type { GraphData } from './api/types';
import { fetchGraph, fetchNeighborhood, fetchPaths } from './api/graph';
import { subscribeGraphChanges } from './api/subscribe';
import { CytoscapeCanvas, type CanvasHandle } from './graph/CytoscapeCanvas';
import { WEBGL_THRESHOLD } from './graph/instance';
import { CanvasToolbar } from './panels/CanvasToolbar';
import { ContextMenu, type ContextTarget } from './panels/ContextMenu';
import { DetailsPanel } from './panels/DetailsPanel';
import { FiltersPanel } from './panels/FiltersPanel';
import { Header } from './panels/Header';
import { Legend } from './panels/Legend';
import { EmptyState, ErrorMessage, Loading } from './panels/StatusViews';
import { TableView } from './panels/TableView';
import { filterKey, toGraphFilter, type Filters } from './state/filters';
import { sameSelection, type Selection } from './state/selection';
import { useEdits } from './state/useEdits';
import { menuTarget } from './state/menuTarget';
import { useKeyboard } from './state/useKeyboard';
import { usePersonCollapse } from './state/usePersonCollapse';
import { useQuery } from './state/useQuery';
import { useViewState } from './state/useViewState';
import type { LayoutName, SizeBy } from './state/view';
import { mergeGraphs, visibleGraph } from './state/visible';

function serverHint(error: Error): string {
  if (error instanceof ApiError && error.kind === 'graphql') {
    return 'The server is up but could not answer; its log has the details.';
  }
  return 'Check that the Entente server is running (npm start) and try again.';
}

/** Above WEBGL_THRESHOLD elements, WebGL; `?renderer=canvas|webgl` overrides (benchmarks). */
function useWebgl(elements: number): boolean {
  const forced = useMemo(() => new URLSearchParams(window.location.search).get('renderer'), []);
  if (forced === 'webgl') return true;
  if (forced === 'canvas') return false;
  return elements > WEBGL_THRESHOLD;
}

export function App() {
  const [view, setView] = useViewState();
  const { filters, selection, layout, sizeBy } = view;
  const serverKey = filterKey(toGraphFilter(filters, { withTypes: false }));
  const serverFilter = useMemo(
    () => toGraphFilter(filters, { withTypes: false }),
    // serverKey stands for the fields toGraphFilter reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [serverKey],
  );
  const [revision, setRevision] = useState(0);
  // Until a first graph is shown, a light preview of it is drawn while the full one loads.
  const [preview, setPreview] = useState<{ key: string; graph: GraphData } | null>(null);
  const loadedOnce = useRef(false);
  const fetcher = useCallback(
    (signal: AbortSignal) =>
      fetchGraph(
        serverFilter,
        signal,
        loadedOnce.current ? undefined : (graph) => setPreview({ key: serverKey, graph }),
      ),
    [serverFilter, serverKey],
  );
  const [graphState, retry, lastGraph] = useQuery(`${serverKey}|${revision}`, fetcher);
  useEffect(() => {
    if (graphState.status === 'ready') loadedOnce.current = true;
  }, [graphState.status]);
  const previewed = lastGraph === null && preview?.key === serverKey ? preview.graph : null;
  const fetched = graphState.status === 'ready' ? graphState.data : (lastGraph ?? previewed);

  const edits = useEdits();
  const merged = useMemo(
    () => (fetched ? mergeGraphs([fetched, ...edits.expansions]) : null),
    [fetched, edits.expansions],
  );
  const shown = usePersonCollapse(merged, filters.collapsePersons);
  const graph = useMemo(
    () => (shown ? visibleGraph(shown, filters, edits.hidden) : null),
    [shown, filters, edits.hidden],
  );

  const canvas = useRef<CanvasHandle>(null);
  /** Ids an expansion added, to glow once the canvas has drawn them. */
  const pendingFlash = useRef<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [context, setContext] = useState<ContextTarget | null>(null);
  const [pathFrom, setPathFrom] = useState<string | null>(null);
  const [layoutRun, setLayoutRun] = useState(0);
  const [tableOpen, setTableOpen] = useState(false);

  const select = useCallback(
    (next: Selection) =>
      setView((v) => (sameSelection(v.selection, next) ? v : { ...v, selection: next })),
    [setView],
  );
  const setFilters = useCallback(
    (update: (f: Filters) => Filters) => setView((v) => ({ ...v, filters: update(v.filters) })),
    [setView],
  );
  const setLayout = useCallback(
    (next: LayoutName) => {
      setView((v) => ({ ...v, layout: next }));
      setLayoutRun((n) => n + 1);
    },
    [setView],
  );
  const setSizeBy = useCallback(
    (next: SizeBy) => setView((v) => ({ ...v, sizeBy: next })),
    [setView],
  );

  // Panel-initiated selections are mirrored onto the canvas imperatively.
  useEffect(() => {
    canvas.current?.focus(selection?.id ?? null);
  }, [selection, graph]);

  const expand = useCallback(
    async (id: string) => {
      setContext(null);
      try {
        const neighbourhood = await fetchNeighborhood(id, serverFilter);
        const known = new Set(
          canvas.current
            ?.core()
            ?.elements()
            .map((e) => e.id()) ?? [],
        );
        const added = [...neighbourhood.nodes, ...neighbourhood.edges]
          .map((el) => el.id)
          .filter((x) => !known.has(x));
        edits.expand(id, neighbourhood);
        setNotice(
          added.length > 0
            ? `Expanded ${id}: ${added.length} new element${added.length === 1 ? '' : 's'}.`
            : `${id} has no further relations under the current filters.`,
        );
        // Glowed once the canvas has drawn them (see the effect on graph below).
        pendingFlash.current = added;
      } catch (error) {
        setNotice(`Could not expand ${id}: ${errorMessage(error)}`);
      }
    },
    [serverFilter, edits],
  );

  const showPaths = useCallback(
    async (from: string, to: string) => {
      setPathFrom(null);
      setContext(null);
      try {
        const paths = await fetchPaths(from, to, serverFilter);
        const shortest = paths.length > 0 ? Math.min(...paths.map((p) => p.length)) : 0;
        const best = paths.filter((p) => p.length === shortest);
        const ids = best.flatMap((p) => [
          ...p.actors.map((a) => a.id),
          ...p.steps.map((s) => s.relation.id),
        ]);
        canvas.current?.paths(ids);
        setNotice(
          best.length > 0
            ? `${best.length} shortest path${best.length === 1 ? '' : 's'} from ${from} to ${to}, ${shortest} relation${shortest === 1 ? '' : 's'} long.`
            : `No path from ${from} to ${to} within 4 relations.`,
        );
      } catch (error) {
        setNotice(`Could not find paths: ${errorMessage(error)}`);
      }
    },
    [serverFilter],
  );

  const onExpand = useCallback((id: string) => void expand(id), [expand]);
  const onSecondary = useCallback(
    (id: string) => {
      const from = pathFrom ?? (selection?.kind === 'actor' ? selection.id : null);
      if (from && from !== id) void showPaths(from, id);
    },
    [pathFrom, selection, showPaths],
  );
  const onCanvasSelect = useCallback(
    (next: Selection) => {
      if (pathFrom && next?.kind === 'actor' && next.id !== pathFrom) {
        void showPaths(pathFrom, next.id);
      }
      select(next);
    },
    [pathFrom, select, showPaths],
  );

  // New articles through this server: refetch, then glow what is new.
  const previousIds = useRef<Set<string>>(new Set());
  const flashNext = useRef(false);
  useEffect(
    () =>
      subscribeGraphChanges((change) => {
        flashNext.current = true;
        setNotice(`The graph changed (${change.kind.toLowerCase()}); updated.`);
        setRevision((n) => n + 1);
      }),
    [],
  );
  useEffect(() => {
    if (!graph) return;
    const ids = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
    const fresh = pendingFlash.current.filter((id) => ids.has(id));
    pendingFlash.current = [];
    if (flashNext.current) {
      flashNext.current = false;
      fresh.push(...[...ids].filter((id) => !previousIds.current.has(id)));
    }
    if (fresh.length > 0) requestAnimationFrame(() => canvas.current?.flash(fresh));
    previousIds.current = ids;
  }, [graph]);

  const fit = useCallback(() => canvas.current?.fit(), []);
  useKeyboard({
    onEscape: () => {
      select(null);
      setContext(null);
      setPathFrom(null);
      canvas.current?.paths([]);
    },
    onFit: fit,
    onMenu: () => setContext(menuTarget(canvas.current?.core(), selection)),
  });

  const webgl = useWebgl((graph?.nodes.length ?? 0) + (graph?.edges.length ?? 0));
  const empty = graph !== null && graph.nodes.length === 0;
  let stage: React.ReactNode;
  if (graph === null) {
    stage =
      graphState.status === 'error' ? (
        <ErrorMessage
          title="The graph could not be loaded"
          error={graphState.error}
          hint={serverHint(graphState.error)}
          onRetry={retry}
        />
      ) : (
        <Loading label="Loading the actor graph…" />
      );
  } else {
    stage = (
      <>
        <CytoscapeCanvas
          key={webgl ? 'webgl' : 'canvas'}
          ref={canvas}
          graph={graph}
          sizeBy={sizeBy}
          layout={layout}
          layoutRun={layoutRun}
          webgl={webgl}
          partial={fetched === previewed}
          onSelect={onCanvasSelect}
          onSecondary={onSecondary}
          onExpand={onExpand}
          onContext={setContext}
        />
        {tableOpen && <TableView graph={graph} selection={selection} onSelect={onCanvasSelect} />}
        {empty && <EmptyState filtered={fetched !== null && fetched.nodes.length > 0} />}
        {graphState.status === 'loading' && (
          <div className="stage-busy" role="status">
            Updating…
          </div>
        )}
        {graphState.status === 'error' && (
          <div className="stage-busy stage-error" role="alert">
            Could not update: {graphState.error.message}
          </div>
        )}
        {context && (
          <ContextMenu
            target={context}
            onClose={() => setContext(null)}
            onHide={() => {
              edits.hide([context.id]);
              if (selection?.id === context.id) select(null);
              setContext(null);
            }}
            onPin={() => {
              const node = canvas.current?.core()?.getElementById(context.id);
              if (node && node.nonempty()) {
                if (node.locked()) node.unlock().removeClass('pinned');
                else node.lock().addClass('pinned');
              }
              setContext(null);
            }}
            onExpand={() => void expand(context.id)}
            onPathsFrom={() => {
              setPathFrom(context.id);
              setNotice(`Click the actor to find paths from ${context.id} to (Esc to cancel).`);
              setContext(null);
            }}
          />
        )}
      </>
    );
  }

  return (
    <div className="app">
      <Header
        graph={graph}
        filters={filters}
        canvas={canvas}
        onSelect={select}
        onReveal={(id) => {
          select({ kind: 'actor', id });
          if (canvas.current?.core()?.getElementById(id).nonempty()) canvas.current.reveal(id);
          else void expand(id).then(() => requestAnimationFrame(() => canvas.current?.reveal(id)));
        }}
      />
      <main className="main">
        <FiltersPanel filters={filters} graph={shown} onChange={setFilters} />
        <section className="stage" aria-label="Graph">
          <CanvasToolbar
            layout={layout}
            sizeBy={sizeBy}
            onLayout={setLayout}
            onRelayout={() => setLayoutRun((n) => n + 1)}
            onSizeBy={setSizeBy}
            onFit={fit}
            canUndo={edits.canUndo}
            undoLabel={edits.lastEdit}
            onUndo={edits.undo}
            notice={notice}
            pathFrom={pathFrom}
            tableOpen={tableOpen}
            onTable={() => setTableOpen((open) => !open)}
          />
          <div className="canvas-wrap">{stage}</div>
          {graph && !empty && <Legend graph={graph} sizeBy={sizeBy} />}
        </section>
        <DetailsPanel
          graph={graph ?? { nodes: [], edges: [] }}
          selection={selection}
          filter={serverFilter}
          onSelect={select}
        />
      </main>
    </div>
  );
}
