// Resolvers of actors, the actor list and the corrections users make to actors.

import {
  InputError,
  MODALITIES,
  NotFoundError,
  type Actor,
  type ActorKind,
  type Language,
  type RelationDetail,
} from '../../domain';
import { pageRank } from '../../analysis/centrality';
import { defaultLexicon } from '../../extract';
import { announce } from '../changes/pubsub';
import { storeConnection, type ConnectionArgs } from '../connection';
import { requireMutation, type EntenteContext } from '../context';
import {
  toGraphFilter,
  withoutActors,
  type GraphFilterInput,
  type ResolvedFilter,
} from '../filter';
import { withFilter } from '../relations/resolvers';
import { wellFormed } from '../../ingest/validate';
import { actsForId } from './acts-for';
import { aliasesOf } from './aliases';

const DEFAULT_VIEW = toGraphFilter(null);
const EVERY_MODALITY = toGraphFilter({ modalities: [...MODALITIES] });
const MAX_TEXT = 200;

/** Per-request PageRank, computed once however many actors ask. */
const centralities = new WeakMap<EntenteContext, Promise<Map<string, number>>>();
/** Per-request relation counts and evidence sums per actor, likewise. */
const degrees = new WeakMap<EntenteContext, Promise<Map<string, number>>>();
const mentionCounts = new WeakMap<EntenteContext, Promise<Map<string, number>>>();

/** Sums `weight` over the relations each actor is part of, once per request and filter. */
function perActor(
  cache: WeakMap<EntenteContext, Promise<Map<string, number>>>,
  ctx: EntenteContext,
  filter: ResolvedFilter,
  weight: (edge: RelationDetail) => number,
): Promise<Map<string, number>> {
  let sums = cache.get(ctx);
  if (!sums) {
    sums = ctx.loaders.graph.load(filter).then(({ edges }) => {
      const out = new Map<string, number>();
      for (const edge of edges) {
        out.set(edge.source, (out.get(edge.source) ?? 0) + weight(edge));
        if (edge.target !== edge.source) {
          out.set(edge.target, (out.get(edge.target) ?? 0) + weight(edge));
        }
      }
      return out;
    });
    cache.set(ctx, sums);
  }
  return sums;
}

function checkText(value: string, name: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TEXT) {
    throw new InputError(`${name} must have 1 to ${MAX_TEXT} characters`);
  }
  // Stored as every store stores text: a lone surrogate becomes one U+FFFD.
  return wellFormed(trimmed);
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
    actsFor: async (actor: Actor, _: unknown, { loaders }: EntenteContext) => {
      const id = actor.kind === 'PERSON' ? actsForId(actor.id) : null;
      if (id === null) return null;
      return (await loaders.actor.load(id)) ?? defaultLexicon().actors.get(id) ?? null;
    },
    aliases: async (actor: Actor, _: unknown, { loaders }: EntenteContext) =>
      aliasesOf(actor, await loaders.corrections()),
    degree: async (actor: Actor, _: unknown, ctx: EntenteContext) =>
      (await perActor(degrees, ctx, DEFAULT_VIEW, () => 1)).get(actor.id) ?? 0,
    mentionCount: async (actor: Actor, _: unknown, ctx: EntenteContext) =>
      (await perActor(mentionCounts, ctx, EVERY_MODALITY, (e) => e.evidenceCount)).get(actor.id) ??
      0,
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
