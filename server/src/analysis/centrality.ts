// PageRank of actors over the relation graph (graphology): relations point from source to
// target, symmetric ones both ways, weighted by their evidence.

import { DirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { SYMMETRIC_TYPES, type Relation } from '../domain';

/** PageRank per actor id (summing to 1 over the actors the relations touch). */
export function pageRank(relations: readonly Relation[]): Map<string, number> {
  const graph = new DirectedGraph<Record<string, never>, { weight: number }>();
  const link = (from: string, to: string, weight: number) => {
    graph.mergeNode(from);
    graph.mergeNode(to);
    if (from === to) return;
    graph.updateDirectedEdge(from, to, (attributes) => ({
      weight: (attributes.weight ?? 0) + weight,
    }));
  };
  for (const relation of relations) {
    link(relation.source, relation.target, relation.evidenceCount);
    if (SYMMETRIC_TYPES.has(relation.type)) {
      link(relation.target, relation.source, relation.evidenceCount);
    }
  }
  if (graph.order === 0) return new Map();
  return new Map(Object.entries(pagerank(graph, { getEdgeWeight: 'weight' })));
}
