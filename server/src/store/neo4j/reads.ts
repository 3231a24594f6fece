// The Neo4j read path. Queries return unsorted rows; sorting, defaults and aggregation rules come
// from ../aggregate so answers match the SQLite store exactly.

import type { Actor, Article, Evidence, Modality } from '../../domain';
import { sortActors, sortArticles, sortEvidence } from '../aggregate';
import type { Gateway, Tx } from './gateway';
import { map, toActor, toArticle, toEvidenceRow } from './rows';

const ARTICLE_BY_ID = 'MATCH (a:Article {id: $id}) RETURN a {.*} AS article';
const ALL_ARTICLES = 'MATCH (a:Article) RETURN a {.*} AS article';
const COUNT_ARTICLES = 'MATCH (a:Article) RETURN count(a) AS n';
const ARTICLE_IDS = 'MATCH (a:Article) RETURN a.id AS id ORDER BY id';
const ACTORS_BY_IDS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN DISTINCT a {.id, .name, .kind, .wikidata} AS actor`;

const EVIDENCE = `
UNWIND $relationIds AS relationId
MATCH (m:Mention {relationId: relationId})-[:IN]->(a:Article)
WHERE $modalities IS NULL OR m.modality IN $modalities
RETURN DISTINCT m {.*} AS mention, a.id AS articleId, a.publishedAt AS publishedAt`;

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

export async function actorsIn(tx: Tx, ids: readonly string[]): Promise<Actor[]> {
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

    articleIds: (): Promise<string[]> =>
      gateway.read(async (tx) => (await tx.run(ARTICLE_IDS)).map((row) => String(row['id']))),

    actors: (ids: readonly string[]): Promise<Actor[]> =>
      ids.length === 0 ? Promise.resolve([]) : gateway.read((tx) => actorsIn(tx, ids)),

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
