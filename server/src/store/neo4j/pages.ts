// Paged lists and statistics in Neo4j: keyset pages in the order the GraphStore contract names
// (the same keys as SQLite), and whole-store counts.

import type { Actor, Article, Evidence, Modality, RelationType, StoreStats } from '../../domain';
import { boundMs } from '../dates';
import { pageActors, toAlias, toStats } from '../listing';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../paging';
import type { ActorPageOptions, ArticlePageOptions, EvidencePageOptions, Page } from '../store';
import type { Gateway } from './gateway';
import { map, num, str, strOrNull, toActor, toArticle, toEvidence } from './rows';

/** Sort keys that put undated articles last: oldest-first evidence, newest-first articles. */
const UNDATED_LAST_ASC = Number.MAX_SAFE_INTEGER;
const UNDATED_LAST_DESC = -Number.MAX_SAFE_INTEGER;

const EVIDENCE_WHERE = `
MATCH (m:Mention {relationId: $relationId})
WHERE $modalities IS NULL OR m.modality IN $modalities`;

const EVIDENCE_PAGE = `${EVIDENCE_WHERE}
MATCH (m)-[:IN]->(a:Article)
WITH m, a, coalesce(a.publishedMs, $undated) AS k
WHERE $k IS NULL OR k > $k OR (k = $k AND (a.id > $articleId OR (a.id = $articleId
  AND (m.start > $start OR (m.start = $start AND m.index > $idx)))))
RETURN m {.*} AS mention, a.id AS articleId, k
ORDER BY k, a.id, m.start, m.index
LIMIT toInteger($limit)`;

const EVIDENCE_COUNT = `${EVIDENCE_WHERE}
RETURN count(m) AS n`;

// Folded with toLower on the fly: search is rare, and a stored lower-case copy would double
// every text. The needle is folded by the caller.
const ARTICLE_WHERE = `
MATCH (a:Article)
WHERE ($needle IS NULL OR toLower(a.title) CONTAINS $needle OR toLower(a.text) CONTAINS $needle)
  AND ($fromMs IS NULL OR a.publishedMs >= $fromMs)
  AND ($toMs IS NULL OR a.publishedMs <= $toMs)`;

const ARTICLE_PAGE = `${ARTICLE_WHERE}
WITH a, coalesce(a.publishedMs, $undated) AS k
WHERE $k IS NULL OR k < $k OR (k = $k AND a.id > $id)
RETURN a {.*} AS article, k
ORDER BY k DESC, a.id
LIMIT toInteger($limit)`;

const ARTICLE_COUNT = `${ARTICLE_WHERE}
RETURN count(a) AS n`;

const ALL_ACTORS = 'MATCH (a:Actor) RETURN a {.id, .name, .kind, .wikidata} AS actor';
const ALL_ALIASES =
  'MATCH (x:ActorAlias) RETURN x.actorId AS actorId, x.alias AS alias, x.lang AS lang';

const TOTALS = `
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (m:Mention) RETURN count(m) AS mentions, count(DISTINCT m.relationId) AS relations }
RETURN actors, articles, mentions, relations`;
const BY_TYPE = `
MATCH (m:Mention)
RETURN m.type AS type, count(m) AS mentions, count(DISTINCT m.relationId) AS relations`;
const BY_MODALITY = 'MATCH (m:Mention) RETURN m.modality AS modality, count(m) AS mentions';
const DATED = `
MATCH (a:Article) WHERE a.publishedMs IS NOT NULL
RETURN a.publishedMs AS ms, COUNT { (a)<-[:IN]-(:Mention) } AS mentions`;

const count = (rows: Record<string, unknown>[]): number => {
  const n = rows[0]?.['n'];
  return typeof n === 'number' ? n : 0;
};

export function createPages(gateway: Gateway) {
  return {
    evidencePage: async (
      relationId: string,
      options: EvidencePageOptions = {},
    ): Promise<Page<Evidence>> => {
      const size = pageSize(options.first);
      const after = decodeCursor(options.after, 'evidence', 'nsnn');
      const where = { relationId, modalities: options.modalities ?? null };
      return gateway.read(async (tx) => {
        const rows = await tx.run(EVIDENCE_PAGE, {
          ...where,
          undated: UNDATED_LAST_ASC,
          k: after?.[0] ?? null,
          articleId: after?.[1] ?? null,
          start: after?.[2] ?? null,
          idx: after?.[3] ?? null,
          limit: size + 1,
        });
        const items = rows.map((row) => {
          const mention = map(row, 'mention');
          return {
            evidence: toEvidence(mention, str(row, 'articleId')),
            key: [
              num(row, 'k'),
              str(row, 'articleId'),
              num(mention, 'start'),
              num(mention, 'index'),
            ],
          };
        });
        const page = toPage(items, size, count(await tx.run(EVIDENCE_COUNT, where)), (item) =>
          encodeCursor('evidence', item.key),
        );
        return { ...page, items: page.items.map((item) => item.evidence) };
      });
    },

    articlesPage: async (options: ArticlePageOptions = {}): Promise<Page<Article>> => {
      const size = pageSize(options.first);
      const after = decodeCursor(options.after, 'article', 'ns');
      const where = {
        needle: options.search ? options.search.toLowerCase() : null,
        fromMs: boundMs(options.from, 'from', false),
        toMs: boundMs(options.to, 'to', true),
      };
      return gateway.read(async (tx) => {
        const rows = await tx.run(ARTICLE_PAGE, {
          ...where,
          undated: UNDATED_LAST_DESC,
          k: after?.[0] ?? null,
          id: after?.[1] ?? null,
          limit: size + 1,
        });
        const items = rows.map((row) => ({
          article: toArticle(map(row, 'article')),
          k: num(row, 'k'),
        }));
        const page = toPage(items, size, count(await tx.run(ARTICLE_COUNT, where)), (item) =>
          encodeCursor('article', [item.k, item.article.id]),
        );
        return { ...page, items: page.items.map((item) => item.article) };
      });
    },

    actorsPage: async (options: ActorPageOptions = {}): Promise<Page<Actor>> =>
      gateway.read(async (tx) => {
        const actors = (await tx.run(ALL_ACTORS)).map((row) => toActor(map(row, 'actor')));
        const aliases = (await tx.run(ALL_ALIASES)).map((row) =>
          toAlias({
            actorId: str(row, 'actorId'),
            alias: str(row, 'alias'),
            lang: strOrNull(row, 'lang'),
          }),
        );
        return pageActors(actors, aliases, options);
      }),

    stats: async (): Promise<StoreStats> =>
      gateway.read(async (tx) => {
        const [totals] = await tx.run(TOTALS);
        return toStats(
          {
            actors: totals ? num(totals, 'actors') : 0,
            articles: totals ? num(totals, 'articles') : 0,
            mentions: totals ? num(totals, 'mentions') : 0,
            relations: totals ? num(totals, 'relations') : 0,
          },
          (await tx.run(BY_TYPE)).map((row) => ({
            type: str(row, 'type') as RelationType,
            mentions: num(row, 'mentions'),
            relations: num(row, 'relations'),
          })),
          (await tx.run(BY_MODALITY)).map((row) => ({
            modality: str(row, 'modality') as Modality,
            mentions: num(row, 'mentions'),
          })),
          (await tx.run(DATED)).map((row) => ({
            ms: num(row, 'ms'),
            mentions: num(row, 'mentions'),
          })),
        );
      }),
  };
}
