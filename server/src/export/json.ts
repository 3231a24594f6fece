// The graph as the API's `graph` query returns it (nodes, edges with their CAMEO code), plus the
// evidence of every edge, for scripts and notebooks.

import { CAMEO, type Evidence, type Graph } from '../domain';

export interface JsonExport {
  nodes: Graph['nodes'];
  edges: (Graph['edges'][number] & { cameo: string })[];
  evidence: Evidence[];
}

export function toJson(graph: Graph, evidence: readonly Evidence[]): JsonExport {
  return {
    nodes: graph.nodes,
    edges: graph.edges.map((edge) => ({ ...edge, cameo: CAMEO[edge.type] })),
    evidence: [...evidence],
  };
}
