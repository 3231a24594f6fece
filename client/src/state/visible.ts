// What the canvas draws: the fetched graph plus expanded neighbourhoods, minus hidden actors and
// relation types switched off (the type filter runs here so its counts need no request).

import type { GraphData, GraphEdge, GraphNode, RelationType } from '../api/types';
import { typeVisible, type Filters } from './filters';

export function mergeGraphs(graphs: readonly GraphData[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export function visibleGraph(
  graph: GraphData,
  filters: Filters,
  hidden: ReadonlySet<string>,
): GraphData {
  const edges = graph.edges.filter(
    (e) =>
      typeVisible(filters, e.type) &&
      e.evidenceCount >= filters.minEvidence &&
      !hidden.has(e.source.id) &&
      !hidden.has(e.target.id),
  );
  const used = new Set<string>();
  for (const e of edges) {
    used.add(e.source.id);
    used.add(e.target.id);
  }
  return { nodes: graph.nodes.filter((n) => used.has(n.id)), edges };
}

/** Relations per type in the graph before the type filter: the counts the filter list shows. */
export function typeCounts(graph: GraphData): Map<RelationType, number> {
  const counts = new Map<RelationType, number>();
  for (const e of graph.edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return counts;
}
