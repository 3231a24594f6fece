// Resolvers of the graph query.

import type { EntenteContext } from '../context';
import { toGraphFilter, type GraphFilterInput } from '../filter';
import type { RelationNode } from '../relations/resolvers';

export const graphResolvers = {
  Query: {
    graph: async (
      _: unknown,
      args: { filter?: GraphFilterInput | null },
      { store }: EntenteContext,
    ) => {
      const filter = toGraphFilter(args.filter);
      const graph = await store.graph(filter);
      const edges: RelationNode[] = graph.edges.map((edge) => ({
        ...edge,
        modalities: filter.modalities,
      }));
      return { nodes: graph.nodes, edges };
    },
  },
};
