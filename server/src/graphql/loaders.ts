// Per-request DataLoaders, so nested fields cost one store call per level, not one per item.

import DataLoader from 'dataloader';
import {
  MODALITIES,
  type Actor,
  type Article,
  type Corrections,
  type DetailedGraph,
  type Evidence,
  type RelationDetail,
} from '../domain';
import type { GraphStore } from '../store/store';
import { evidencePasses, filterKey, filtersMentions, type ResolvedFilter } from './filter';

export interface FilteredKey {
  id: string;
  filter: ResolvedFilter;
}

export interface Loaders {
  actor: DataLoader<string, Actor | null>;
  article: DataLoader<string, Article | null>;
  /** The evidence of a relation that passes the filter (modalities, claimants, publishers, dates). */
  evidence: DataLoader<FilteredKey, Evidence[], string>;
  /** The graph (with relation details) a filter selects. */
  graph: DataLoader<ResolvedFilter, DetailedGraph, string>;
  /** The relations touching an actor that pass the filter. */
  actorRelations: DataLoader<FilteredKey, RelationDetail[], string>;
  /** Every stored mention of an article, any modality. */
  articleMentions: DataLoader<string, Evidence[]>;
  corrections: () => Promise<Corrections>;
}

/** Up to this many articles are read one by one; more are read in one listing. */
const ARTICLES_ONE_BY_ONE = 32;

const keyOf = ({ id, filter }: FilteredKey) => `${filterKey(filter)}|${id}`;

/** Groups keys by filter, keeping each group's filter. */
function byFilter(
  keys: readonly FilteredKey[],
): Map<string, { filter: ResolvedFilter; ids: string[] }> {
  const groups = new Map<string, { filter: ResolvedFilter; ids: string[] }>();
  for (const { id, filter } of keys) {
    const key = filterKey(filter);
    const group = groups.get(key) ?? { filter, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  return groups;
}

export function createLoaders(store: GraphStore): Loaders {
  let corrections: Promise<Corrections> | null = null;
  const article = new DataLoader<string, Article | null>(async (ids) => {
    if (ids.length <= ARTICLES_ONE_BY_ONE) return Promise.all(ids.map((id) => store.article(id)));
    // The store has no lookup of many ids at once; one listing beats hundreds of round trips.
    const byId = new Map((await store.articles()).map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const loaders: Loaders = {
    actor: new DataLoader(async (ids) => {
      const byId = new Map((await store.actors(ids)).map((actor) => [actor.id, actor]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    article,
    evidence: new DataLoader(
      async (keys) => {
        const found = new Map<string, Evidence[]>();
        for (const [key, { filter, ids }] of byFilter(keys)) {
          let list = await store.evidence(ids, filter.modalities);
          if (filtersMentions(filter)) {
            const articles = await article.loadMany([...new Set(list.map((e) => e.articleId))]);
            const byId = new Map(
              articles.flatMap((a) => (a && !(a instanceof Error) ? [[a.id, a] as const] : [])),
            );
            list = list.filter((e) => evidencePasses(filter, e, byId.get(e.articleId) ?? null));
          }
          for (const evidence of list) {
            const at = `${key}|${evidence.relationId}`;
            found.set(at, [...(found.get(at) ?? []), evidence]);
          }
        }
        return keys.map((key) => found.get(keyOf(key)) ?? []);
      },
      { cacheKeyFn: keyOf },
    ),
    graph: new DataLoader((filters) => Promise.all(filters.map((f) => store.graphDetail(f))), {
      cacheKeyFn: filterKey,
    }),
    actorRelations: new DataLoader(
      async (keys) => {
        const found = new Map<string, RelationDetail[]>();
        for (const [key, { filter, ids }] of byFilter(keys)) {
          const { edges } = await store.graphDetail({ ...filter, actors: ids });
          for (const id of ids) {
            found.set(
              `${key}|${id}`,
              edges.filter((edge) => edge.source === id || edge.target === id),
            );
          }
        }
        return keys.map((key) => found.get(keyOf(key)) ?? []);
      },
      { cacheKeyFn: keyOf },
    ),
    articleMentions: new DataLoader(async (ids) => {
      // The store lists mentions by relation only: all relations, then their mentions.
      const { edges } = await store.graph({ modalities: MODALITIES });
      const mentions = await store.evidence(
        edges.map((edge) => edge.id),
        MODALITIES,
      );
      const wanted = new Set(ids);
      const byArticle = new Map<string, Evidence[]>();
      for (const mention of mentions) {
        if (!wanted.has(mention.articleId)) continue;
        byArticle.set(mention.articleId, [...(byArticle.get(mention.articleId) ?? []), mention]);
      }
      return ids.map((id) => (byArticle.get(id) ?? []).sort((a, b) => a.start - b.start));
    }),
    corrections: () => (corrections ??= store.corrections()),
  };
  return loaders;
}
