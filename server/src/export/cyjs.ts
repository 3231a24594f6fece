// Cytoscape desktop's JSON (.cyjs, File → Import → Network from File): elements with `data`;
// `name` is the node label and `interaction` the edge type, as Cytoscape's own exports have them.

import { CAMEO, SYMMETRIC_TYPES, type Graph } from '../domain';

export interface Cyjs {
  format_version: string;
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string };
  elements: {
    nodes: { data: Record<string, string | number | boolean | null> & { id: string } }[];
    edges: {
      data: Record<string, string | number | boolean | null> & {
        id: string;
        source: string;
        target: string;
      };
    }[];
  };
}

export function toCyjs(graph: Graph): Cyjs {
  return {
    format_version: '1.0',
    generated_by: 'entente',
    target_cytoscapejs_version: '~3.0',
    data: { name: 'Entente actor graph' },
    elements: {
      nodes: graph.nodes.map((node) => ({
        data: {
          id: node.id,
          name: node.name,
          shared_name: node.name,
          kind: node.kind,
          wikidata: node.wikidata,
        },
      })),
      edges: graph.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          name: `${edge.source} (${edge.type}) ${edge.target}`,
          interaction: edge.type,
          type: edge.type,
          cameo: CAMEO[edge.type],
          symmetric: SYMMETRIC_TYPES.has(edge.type),
          evidenceCount: edge.evidenceCount,
          weight: edge.evidenceCount,
        },
      })),
    },
  };
}
