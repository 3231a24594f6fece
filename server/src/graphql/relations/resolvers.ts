// Resolvers of relations and their evidence.

import { CAMEO, NotFoundError, type Actor, type Evidence, type RelationDetail } from '../../domain';
import { listConnection, storeConnection, type ConnectionArgs } from '../connection';
import type { EntenteContext } from '../context';
import {
  filtersMentions,
  toGraphFilter,
  type GraphFilterInput,
  type ResolvedFilter,
} from '../filter';

/** A relation as the API hands it on: with the filter its evidence was counted under. */
export interface RelationNode extends RelationDetail {
  filter: ResolvedFilter;
  /** Actors already at hand (a graph's nodes), so source and target need no lookup. */
  known?: ReadonlyMap<string, Actor>;
}

export const withFilter =
  (filter: ResolvedFilter, nodes?: readonly Actor[]) =>
  (relation: RelationDetail): RelationNode => ({ ...relation, filter, known: byId(nodes) });

const indexes = new WeakMap<readonly Actor[], ReadonlyMap<string, Actor>>();

/** One index per node list, however many relations share it. */
function byId(nodes: readonly Actor[] | undefined): ReadonlyMap<string, Actor> | undefined {
  if (!nodes) return undefined;
  let index = indexes.get(nodes);
  if (!index) {
    index = new Map(nodes.map((node) => [node.id, node]));
    indexes.set(nodes, index);
  }
  return index;
}

type FilterArgs = { filter?: GraphFilterInput | null };

export const relationResolvers = {
  Query: {
    relation: async (_: unknown, args: { id: string } & FilterArgs, { store }: EntenteContext) => {
      const filter = toGraphFilter(args.filter);
      const relation = await store.relation(args.id, filter);
      return relation && withFilter(filter)(relation);
    },
    relations: async (
      _: unknown,
      args: FilterArgs & ConnectionArgs,
      { loaders }: EntenteContext,
    ) => {
      const filter = toGraphFilter(args.filter);
      const { edges } = await loaders.graph.load(filter);
      return listConnection('relations', edges.map(withFilter(filter)), (r) => r.id, args);
    },
    evidence: async (
      _: unknown,
      args: FilterArgs & ConnectionArgs,
      { loaders }: EntenteContext,
    ) => {
      const filter = toGraphFilter(args.filter);
      const { edges } = await loaders.graph.load(filter);
      const lists = await loaders.evidence.loadMany(edges.map((edge) => ({ id: edge.id, filter })));
      const all = lists.flatMap((list) => {
        if (list instanceof Error) throw list;
        return list;
      });
      return listConnection('evidence', all, (e) => e.id, args);
    },
  },
  Relation: {
    // Synchronous when the actor is at hand: thousands of edges resolve without a promise each.
    source: (relation: RelationNode, _: unknown, ctx: EntenteContext) =>
      relation.known?.get(relation.source) ?? requireActor(ctx, relation.source),
    target: (relation: RelationNode, _: unknown, ctx: EntenteContext) =>
      relation.known?.get(relation.target) ?? requireActor(ctx, relation.target),
    cameo: (relation: RelationNode) => CAMEO[relation.type],
    modalities: ({ modalityCounts: m }: RelationNode) => ({
      asserted: m.ASSERTED,
      hedged: m.HEDGED,
      negated: m.NEGATED,
      question: m.QUESTION,
    }),
    claimants: async (relation: RelationNode, _: unknown, { loaders }: EntenteContext) => {
      const evidence = await loaders.evidence.load({ id: relation.id, filter: relation.filter });
      const ids = [...new Set(evidence.flatMap((e) => (e.claimant ? [e.claimant] : [])))].sort();
      const actors = await loaders.actor.loadMany(ids);
      return actors.filter((actor) => actor !== null && !(actor instanceof Error));
    },
    evidence: (relation: RelationNode, _: unknown, { loaders }: EntenteContext) =>
      loaders.evidence.load({ id: relation.id, filter: relation.filter }),
    evidenceConnection: async (
      relation: RelationNode,
      args: ConnectionArgs,
      { store, loaders }: EntenteContext,
    ) => {
      if (!filtersMentions(relation.filter)) {
        const modalities = relation.filter.modalities;
        return storeConnection('relation-evidence', args, (page) =>
          store.evidencePage(relation.id, { ...page, modalities }),
        );
      }
      const evidence = await loaders.evidence.load({ id: relation.id, filter: relation.filter });
      return listConnection('relation-evidence-filtered', evidence, (e) => e.id, args);
    },
  },
  Evidence: {
    claimant: (evidence: Evidence, _: unknown, { loaders }: EntenteContext) =>
      evidence.claimant === null ? null : loaders.actor.load(evidence.claimant),
    article: async (evidence: Evidence, _: unknown, { loaders }: EntenteContext) => {
      const article = await loaders.article.load(evidence.articleId);
      if (!article) throw new NotFoundError(`article ${evidence.articleId} not found`);
      return article;
    },
  },
};

async function requireActor(ctx: EntenteContext, id: string) {
  const actor = await ctx.loaders.actor.load(id);
  if (!actor) throw new NotFoundError(`actor ${id} not found`);
  return actor;
}
