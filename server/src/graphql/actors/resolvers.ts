// Resolvers of actors.

import { DEFAULT_MODALITIES, type Actor } from '../../domain';
import type { EntenteContext } from '../context';
import type { RelationNode } from '../relations/resolvers';

export const actorResolvers = {
  Query: {
    actor: (_: unknown, args: { id: string }, { loaders }: EntenteContext) =>
      loaders.actor.load(args.id),
  },
  Actor: {
    relations: async (actor: Actor, _: unknown, { loaders }: EntenteContext) => {
      const relations = await loaders.actorRelations.load(actor.id);
      return relations.map((relation): RelationNode => ({
        ...relation,
        modalities: DEFAULT_MODALITIES,
      }));
    },
  },
};
