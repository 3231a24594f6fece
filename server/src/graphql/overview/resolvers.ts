// Resolvers of the overview: store statistics, the timeline and search.

import { InputError, MODALITIES, RELATION_TYPES, type Article } from '../../domain';
import { toMs } from '../../store/dates';
import { actorIdsNamed } from '../actors/aliases';
import { pageLength } from '../connection';
import type { EntenteContext } from '../context';
import { toGraphFilter, type GraphFilterInput } from '../filter';
import { toBuckets, type Interval } from './timeline';

const MAX_SEARCH = 200;

export const overviewResolvers = {
  Query: {
    stats: async (_: unknown, __: unknown, { store }: EntenteContext) => {
      const stats = await store.stats();
      return {
        ...stats,
        byType: RELATION_TYPES.map((type) => ({
          type,
          mentions: stats.mentionsByType[type],
          relations: stats.relationsByType[type],
        })),
        byModality: MODALITIES.map((modality) => ({
          modality,
          mentions: stats.mentionsByModality[modality],
        })),
        byMonth: stats.months,
      };
    },
    timeline: async (
      _: unknown,
      args: { filter?: GraphFilterInput | null; interval?: Interval | null },
      { loaders }: EntenteContext,
    ) => {
      const filter = toGraphFilter(args.filter);
      const { edges } = await loaders.graph.load(filter);
      const lists = await loaders.evidence.loadMany(edges.map((e) => ({ id: e.id, filter })));
      const evidence = lists.flatMap((list) => {
        if (list instanceof Error) throw list;
        return list;
      });
      const articles = await loaders.article.loadMany([
        ...new Set(evidence.map((e) => e.articleId)),
      ]);
      const published = new Map<string, number>();
      for (const article of articles) {
        if (!article || article instanceof Error) continue;
        const ms = toMs(article.publishedAt);
        if (ms !== null) published.set(article.id, ms);
      }
      const dated = evidence.flatMap((e) => {
        const ms = published.get(e.articleId);
        return ms === undefined ? [] : [{ ms, type: e.type }];
      });
      return toBuckets(dated, args.interval ?? 'MONTH');
    },
    search: async (
      _: unknown,
      args: { text: string; first?: number | null },
      { store, loaders }: EntenteContext,
    ) => {
      const text = args.text.trim();
      if (text.length === 0 || text.length > MAX_SEARCH) {
        throw new InputError(`text must have 1 to ${MAX_SEARCH} characters`);
      }
      const first = pageLength(args.first ?? 20);
      const [stored, corrections, articles] = await Promise.all([
        store.actorsPage({ search: text, first }),
        loaders.corrections(),
        store.articlesPage({ search: text, first }),
      ]);
      const named = await loaders.actor.loadMany(actorIdsNamed(text, corrections));
      const byId = new Map(stored.items.map((actor) => [actor.id, actor]));
      for (const actor of named) if (actor && !(actor instanceof Error)) byId.set(actor.id, actor);
      const actors = [...byId.values()]
        .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1))
        .slice(0, first);
      return { actors, articles: articles.items as Article[] };
    },
  },
};
