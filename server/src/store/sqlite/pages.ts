// Paged lists and statistics in SQLite: keyset pages in the order the GraphStore contract
// names, and whole-store counts.

import type Database from 'better-sqlite3';
import type { Actor, Article, Evidence, Modality, RelationType, StoreStats } from '../../domain';
import { boundMs } from '../dates';
import { pageActors, toAlias, toStats } from '../listing';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../paging';
import type { ActorPageOptions, ArticlePageOptions, EvidencePageOptions, Page } from '../store';
import { MENTION_ID } from './article-numbers';

/** Sort keys that put undated articles last: oldest-first evidence, newest-first articles. */
const UNDATED_LAST_ASC = Number.MAX_SAFE_INTEGER;
const UNDATED_LAST_DESC = -Number.MAX_SAFE_INTEGER;

interface EvidenceRow extends Evidence {
  k: number;
  idx: number;
}

interface ArticleRow extends Article {
  k: number;
}

type Params = Record<string, string | number | null>;

/** The row without its sort-key columns. */
function withoutKeys<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Omit<T, K> {
  const drop = new Set<PropertyKey>(keys);
  return Object.fromEntries(Object.entries(row).filter(([key]) => !drop.has(key))) as Omit<T, K>;
}

export function preparePages(db: Database.Database, actorList: () => Actor[]) {
  // Case folding as JavaScript does it, so search matches Neo4j's toLower on the same text.
  db.function('entente_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? text.toLowerCase() : null,
  );
  const evidenceWhere = `m.relation_id = @relationId
    AND (@modalities IS NULL OR m.modality IN (SELECT value FROM json_each(@modalities)))`;
  const evidencePage = db.prepare<[Params], EvidenceRow>(`
    SELECT ${MENTION_ID} AS id, m.relation_id AS relationId, m.article_id AS articleId, m.source, m.type,
      m.target, m.claimant, m.claimant_name AS claimantName, m.modality, m.sentence,
      m.start_offset AS start, m.end_offset AS "end", m.trigger_word AS "trigger", m.confidence,
      coalesce(a.published_ms, ${UNDATED_LAST_ASC}) AS k, m.mention_index AS idx
    FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE ${evidenceWhere}
      AND (@k IS NULL OR (coalesce(a.published_ms, ${UNDATED_LAST_ASC}), m.article_id,
        m.start_offset, m.mention_index) > (@k, @articleId, @start, @idx))
    ORDER BY k, m.article_id, m.start_offset, m.mention_index
    LIMIT @limit`);
  const evidenceCount = db
    .prepare<[Params], number>(`SELECT count(*) FROM mentions m WHERE ${evidenceWhere}`)
    .pluck();

  const LISTING_KEY = `coalesce(published_ms, ${UNDATED_LAST_DESC})`;
  const articleWhere = `(@needle IS NULL OR instr(entente_fold(title), @needle) > 0
      OR instr(entente_fold(text), @needle) > 0)
    AND (@fromMs IS NULL OR published_ms >= @fromMs)
    AND (@toMs IS NULL OR published_ms <= @toMs)`;
  const articlePage = db.prepare<[Params], ArticleRow>(`
    SELECT id, title, url, source, author, published_at AS publishedAt, lang, text,
      ingested_at AS ingestedAt, ${LISTING_KEY} AS k
    FROM articles
    WHERE ${articleWhere}
      AND (@k IS NULL OR ${LISTING_KEY} < @k OR (${LISTING_KEY} = @k AND id > @id))
    ORDER BY ${LISTING_KEY} DESC, id
    LIMIT @limit`);
  const articleCount = db
    .prepare<[Params], number>(`SELECT count(*) FROM articles WHERE ${articleWhere}`)
    .pluck();
  // Without a search the count reads only the listing index, never the texts: a dated article's
  // key is its published_ms (no date is as early as UNDATED_LAST_DESC), an undated one's is that.
  const datedCount = db
    .prepare<[Params], number>(
      `SELECT count(*) FROM articles
       WHERE (@fromMs IS NULL OR ${LISTING_KEY} >= @fromMs)
         AND (@toMs IS NULL OR ${LISTING_KEY} BETWEEN ${UNDATED_LAST_DESC + 1} AND @toMs)`,
    )
    .pluck();

  const aliases = db.prepare<[], { actorId: string; alias: string; lang: string }>(
    'SELECT actor_id AS actorId, alias, lang FROM actor_aliases',
  );

  const totals = db.prepare<
    [],
    { actors: number; articles: number; mentions: number; relations: number }
  >(`
    SELECT (SELECT count(*) FROM actors) AS actors, (SELECT count(*) FROM articles) AS articles,
      (SELECT count(*) FROM mentions) AS mentions,
      (SELECT count(DISTINCT relation_id) FROM mentions) AS relations`);
  const byType = db.prepare<[], { type: RelationType; mentions: number; relations: number }>(
    'SELECT type, count(*) AS mentions, count(DISTINCT relation_id) AS relations FROM mentions GROUP BY type',
  );
  const byModality = db.prepare<[], { modality: Modality; mentions: number }>(
    'SELECT modality, count(*) AS mentions FROM mentions GROUP BY modality',
  );
  const dated = db.prepare<[], { ms: number; mentions: number }>(`
    SELECT a.published_ms AS ms, (SELECT count(*) FROM mentions m WHERE m.article_no = a.no) AS mentions
    FROM articles a WHERE a.published_ms IS NOT NULL`);

  return {
    evidencePage: (relationId: string, options: EvidencePageOptions = {}): Page<Evidence> => {
      const size = pageSize(options.first);
      const after = decodeCursor(options.after, 'evidence', 'nsnn');
      const where = {
        relationId,
        modalities: options.modalities ? JSON.stringify(options.modalities) : null,
      };
      const rows = evidencePage.all({
        ...where,
        k: after?.[0] ?? null,
        articleId: after?.[1] ?? null,
        start: after?.[2] ?? null,
        idx: after?.[3] ?? null,
        limit: size + 1,
      });
      const page = toPage(rows, size, evidenceCount.get(where) ?? 0, (row) =>
        encodeCursor('evidence', [row.k, row.articleId, row.start, row.idx]),
      );
      return { ...page, items: page.items.map((row) => withoutKeys(row, ['k', 'idx'])) };
    },

    articlesPage: (options: ArticlePageOptions = {}): Page<Article> => {
      const size = pageSize(options.first);
      const after = decodeCursor(options.after, 'article', 'ns');
      const where = {
        needle: options.search ? options.search.toLowerCase() : null,
        fromMs: boundMs(options.from, 'from', false),
        toMs: boundMs(options.to, 'to', true),
      };
      const rows = articlePage.all({
        ...where,
        k: after?.[0] ?? null,
        id: after?.[1] ?? null,
        limit: size + 1,
      });
      const total =
        (where.needle === null
          ? datedCount.get({ fromMs: where.fromMs, toMs: where.toMs })
          : articleCount.get(where)) ?? 0;
      const page = toPage(rows, size, total, (row) => encodeCursor('article', [row.k, row.id]));
      return { ...page, items: page.items.map((row) => withoutKeys(row, ['k'])) };
    },

    actorsPage: (options: ActorPageOptions = {}): Page<Actor> =>
      pageActors(actorList(), aliases.all().map(toAlias), options),

    stats: (): StoreStats =>
      toStats(
        totals.get() ?? { actors: 0, articles: 0, mentions: 0, relations: 0 },
        byType.all(),
        byModality.all(),
        dated.all(),
      ),
  };
}

export type SqlitePages = ReturnType<typeof preparePages>;
