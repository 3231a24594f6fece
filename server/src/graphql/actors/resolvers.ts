// Resolvers of actors, the actor list and the corrections users make to actors.

import {
  InputError,
  MODALITIES,
  NotFoundError,
  type Actor,
  type ActorKind,
  type Language,
} from '../../domain';
import { pageRank } from '../../analysis/centrality';
import { announce } from '../changes/pubsub';
import { storeConnection, type ConnectionArgs } from '../connection';
import { requireMutation, type EntenteContext } from '../context';
import { toGraphFilter, withoutActors, type GraphFilterInput } from '../filter';
import { withFilter } from '../relations/resolvers';
import { aliasesOf } from './aliases';

const DEFAULT_VIEW = toGraphFilter(null);
const EVERY_MODALITY = toGraphFilter({ modalities: [...MODALITIES] });
const MAX_TEXT = 200;

/** Per-request PageRank, computed once however many actors ask. */
const centralities = new WeakMap<EntenteContext, Promise<Map<string, number>>>();

function checkText(value: string, name: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TEXT) {
    throw new InputError(`${name} must have 1 to ${MAX_TEXT} characters`);
  }
  return trimmed;
}

async function existingActor(ctx: EntenteContext, id: string): Promise<Actor> {
  const [actor] = await ctx.store.actors([id]);
  if (!actor) throw new NotFoundError(`no actor ${id}`);
  return actor;
}

export const actorResolvers = {
  Query: {
    actor: (_: unknown, args: { id: string }, { loaders }: EntenteContext) =>
      loaders.actor.load(args.id),
    actors: (
      _: unknown,
      args: ConnectionArgs & { search?: string | null; kinds?: ActorKind[] | null },
      { store }: EntenteContext,
    ) => {
      const search = args.search ? checkText(args.search, 'search') : undefined;
      return storeConnection('actors', args, (page) =>
        store.actorsPage({ ...page, search, kinds: args.kinds ?? undefined }),
      );
    },
  },
  Mutation: {
    mergeActors: async (
      _: unknown,
      args: { keepId: string; dropId: string },
      ctx: EntenteContext,
    ) => {
      requireMutation(ctx);
      if (args.keepId === args.dropId) throw new InputError('cannot merge an actor into itself');
      await existingActor(ctx, args.dropId);
      await existingActor(ctx, args.keepId);
      await ctx.store.mergeActors(args.keepId, args.dropId);
      announce(ctx.changes, 'MERGE', args.keepId);
      return existingActor(ctx, args.keepId);
    },
    addAlias: async (
      _: unknown,
      args: { actorId: string; alias: string; lang?: string | null },
      ctx: EntenteContext,
    ) => {
      requireMutation(ctx);
      const alias = checkText(args.alias, 'alias');
      const lang = args.lang ?? null;
      if (lang !== null && lang !== 'de' && lang !== 'en') {
        throw new InputError('lang must be de, en or null');
      }
      // An actor merged away stands for the one it was merged into.
      const merge = (await ctx.store.corrections()).merges.find((m) => m.from === args.actorId);
      const actor = await existingActor(ctx, merge?.to ?? args.actorId);
      const added = await ctx.store.addAlias(actor.id, alias, lang as Language | null);
      announce(ctx.changes, 'ALIAS', actor.id);
      return { actor, added };
    },
  },
  Actor: {
    aliases: async (actor: Actor, _: unknown, { loaders }: EntenteContext) =>
      aliasesOf(actor, await loaders.corrections()),
    degree: async (actor: Actor, _: unknown, { loaders }: EntenteContext) => {
      const { edges } = await loaders.graph.load(DEFAULT_VIEW);
      return edges.filter((e) => e.source === actor.id || e.target === actor.id).length;
    },
    mentionCount: async (actor: Actor, _: unknown, { loaders }: EntenteContext) => {
      const { edges } = await loaders.graph.load(EVERY_MODALITY);
      return edges
        .filter((e) => e.source === actor.id || e.target === actor.id)
        .reduce((sum, e) => sum + e.evidenceCount, 0);
    },
    centrality: async (actor: Actor, _: unknown, ctx: EntenteContext) => {
      let ranks = centralities.get(ctx);
      if (!ranks) {
        ranks = ctx.loaders.graph.load(DEFAULT_VIEW).then(({ edges }) => pageRank(edges));
        centralities.set(ctx, ranks);
      }
      return (await ranks).get(actor.id) ?? 0;
    },
    relations: async (
      actor: Actor,
      args: { direction?: 'OUT' | 'IN' | 'BOTH' | null; filter?: GraphFilterInput | null },
      { loaders }: EntenteContext,
    ) => {
      const filter = withoutActors(toGraphFilter(args.filter));
      const relations = await loaders.actorRelations.load({ id: actor.id, filter });
      const direction = args.direction ?? 'BOTH';
      return relations
        .filter(
          (r) =>
            direction === 'BOTH' ||
            (direction === 'OUT' ? r.source === actor.id : r.target === actor.id),
        )
        .map(withFilter(filter));
    },
  },
};
