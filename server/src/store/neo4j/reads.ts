// The Neo4j read path. Queries return unsorted rows; sorting, defaults and aggregation rules come
// from ../aggregate so answers match the SQLite store exactly.

import type { Actor, Article, Evidence, Graph, GraphFilter, Modality } from '../../domain';
import {
  matchesNothing,
  resolveFilter,
  sortActors,
  sortArticles,
  sortEvidence,
  toGraph,
  toRelations,
  touchedActorIds,
} from '../aggregate';
import type { Gateway, Tx } from './gateway';
import { map, toActor, toArticle, toEvidenceRow, toRelationCount } from './rows';

const ARTICLE_BY_ID = 'MATCH (a:Article {id: $id}) RETURN a {.*} AS article';
const ALL_ARTICLES = 'MATCH (a:Article) RETURN a {.*} AS article';
const COUNT_ARTICLES = 'MATCH (a:Article) RETURN count(a) AS n';
const ACTORS_BY_IDS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN DISTINCT a {.id, .name, .kind, .wikidata} AS actor`;

// Any one mention's source/target is enough: aggregate.relationEnds canonicalises symmetric pairs.
const RELATION_COUNTS = `
MATCH (m:Mention)
WHERE m.modality IN $modalities
  AND ($types IS NULL OR m.type IN $types)
  AND ($actors IS NULL OR m.source IN $actors OR m.target IN $actors)
RETURN m.relationId AS relationId, m.type AS type, m.source AS source, m.target AS target,
  count(m) AS count`;

const EVIDENCE = `
UNWIND $relationIds AS relationId
MATCH (m:Mention {relationId: relationId})-[:IN]->(a:Article)
WHERE $modalities IS NULL OR m.modality IN $modalities
RETURN DISTINCT m {.*} AS mention, a.id AS articleId, a.publishedAt AS publishedAt`;

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

async function actorsIn(tx: Tx, ids: readonly string[]): Promise<Actor[]> {
  if (ids.length === 0) return [];
  const rows = await tx.run(ACTORS_BY_IDS, { ids: unique(ids) });
  return sortActors(rows.map((row) => toActor(map(row, 'actor'))));
}

export function createReads(gateway: Gateway) {
  return {
    article: (id: string): Promise<Article | null> =>
      gateway.read(async (tx) => {
        const [row] = await tx.run(ARTICLE_BY_ID, { id });
        return row ? toArticle(map(row, 'article')) : null;
      }),

    articles: (): Promise<Article[]> =>
      gateway.read(async (tx) => {
        const rows = await tx.run(ALL_ARTICLES);
        return sortArticles(rows.map((row) => toArticle(map(row, 'article'))));
      }),

    countArticles: (): Promise<number> =>
      gateway.read(async (tx) => {
        const [row] = await tx.run(COUNT_ARTICLES);
        return typeof row?.['n'] === 'number' ? row['n'] : 0;
      }),

    actors: (ids: readonly string[]): Promise<Actor[]> =>
      ids.length === 0 ? Promise.resolve([]) : gateway.read((tx) => actorsIn(tx, ids)),

    graph: async (filter: GraphFilter): Promise<Graph> => {
      const resolved = resolveFilter(filter);
      if (matchesNothing(resolved)) return { nodes: [], edges: [] };
      // One read transaction: the counts and the actors come from the same snapshot.
      return gateway.read(async (tx) => {
        const rows = await tx.run(RELATION_COUNTS, {
          modalities: resolved.modalities,
          types: resolved.types,
          actors: resolved.actors,
        });
        const edges = toRelations(rows.map(toRelationCount), resolved.minEvidence);
        return toGraph(edges, await actorsIn(tx, touchedActorIds(edges)));
      });
    },

    evidence: async (
      relationIds: readonly string[],
      modalities?: readonly Modality[],
    ): Promise<Evidence[]> => {
      if (relationIds.length === 0) return [];
      return gateway.read(async (tx) => {
        const rows = await tx.run(EVIDENCE, {
          relationIds: unique(relationIds),
          modalities: modalities ?? null,
        });
        return sortEvidence(rows.map(toEvidenceRow));
      });
    },
  };
}
