// Resolvers of the graph, neighbourhood and path queries.

import { InputError, NotFoundError, type ActorPath } from '../../domain';
import type { EntenteContext } from '../context';
import { toGraphFilter, withoutActors, type GraphFilterInput } from '../filter';
import { withFilter } from '../relations/resolvers';

type FilterArgs = { filter?: GraphFilterInput | null };

function integerIn(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

async function requireKnownActor(ctx: EntenteContext, id: string, name: string): Promise<void> {
  if (!(await ctx.loaders.actor.load(id))) throw new NotFoundError(`${name}: no actor ${id}`);
}

export const graphResolvers = {
  Query: {
    graph: async (_: unknown, args: FilterArgs, { loaders }: EntenteContext) => {
      const filter = toGraphFilter(args.filter);
      const graph = await loaders.graph.load(filter);
      return { nodes: graph.nodes, edges: graph.edges.map(withFilter(filter, graph.nodes)) };
    },
    neighborhood: async (
      _: unknown,
      args: FilterArgs & { actorId: string; depth?: number | null },
      ctx: EntenteContext,
    ) => {
      const depth = integerIn(args.depth ?? 1, 'depth', 1, 3);
      const filter = withoutActors(toGraphFilter(args.filter));
      await requireKnownActor(ctx, args.actorId, 'actorId');
      const graph = await ctx.store.neighbourhood(args.actorId, depth, filter);
      return { nodes: graph.nodes, edges: graph.edges.map(withFilter(filter, graph.nodes)) };
    },
    paths: async (
      _: unknown,
      args: FilterArgs & {
        from: string;
        to: string;
        maxLength?: number | null;
        limit?: number | null;
      },
      ctx: EntenteContext,
    ) => {
      const maxLength = integerIn(args.maxLength ?? 4, 'maxLength', 1, 6);
      const limit = integerIn(args.limit ?? 10, 'limit', 1, 100);
      const filter = withoutActors(toGraphFilter(args.filter));
      await requireKnownActor(ctx, args.from, 'from');
      await requireKnownActor(ctx, args.to, 'to');
      const paths = await ctx.store.paths(args.from, args.to, { maxLength, limit, filter });
      const node = withFilter(filter);
      return paths.map((path: ActorPath) => ({
        actors: path.actorIds.map((id) => ctx.loaders.actor.load(id)),
        steps: path.relations.map((relation, i) => ({
          relation: node(relation),
          forward: path.forward[i] ?? true,
        })),
        length: path.relations.length,
      }));
    },
  },
};
