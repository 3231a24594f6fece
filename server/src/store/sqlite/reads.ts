// The SQLite read path: prepared statements in, domain objects out. List parameters travel as
// one JSON array bound to `json_each`, so each statement is prepared once.

import type Database from 'better-sqlite3';
import type {
  Actor,
  ActorKind,
  Article,
  Evidence,
  Graph,
  GraphFilter,
  Language,
  Modality,
} from '../../domain';
import {
  matchesNothing,
  resolveFilter,
  sortActors,
  sortArticles,
  sortEvidence,
  toGraph,
  toRelations,
  touchedActorIds,
  type RelationCountRow,
} from '../aggregate';

interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  author: string | null;
  publishedAt: string | null;
  lang: Language;
  text: string;
  ingestedAt: string;
}

interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  wikidata: string | null;
}

interface EvidenceRow extends Evidence {
  publishedAt: string | null;
}

const ARTICLE_COLUMNS = `id, title, url, source, author, published_at AS publishedAt, lang, text,
  ingested_at AS ingestedAt`;

/** `null` (no restriction) stays SQL NULL; a list becomes a JSON array for json_each. */
const list = (values: readonly string[] | null): string | null =>
  values === null ? null : JSON.stringify(values);

export function prepareReads(db: Database.Database) {
  const articleById = db.prepare<[string], ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`,
  );
  const allArticles = db.prepare<[], ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles`);
  const articleCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
  const actorsByIds = db.prepare<[string], ActorRow>(
    'SELECT id, name, kind, wikidata FROM actors WHERE id IN (SELECT value FROM json_each(?))',
  );
  // One row per direction as stated; aggregate.toRelations merges the directions of symmetric types.
  const relationCounts = db.prepare<
    { modalities: string; types: string | null; actors: string | null },
    RelationCountRow
  >(`
    SELECT relation_id AS relationId, type, source, target,
      count(*) AS count
    FROM mentions
    WHERE modality IN (SELECT value FROM json_each(@modalities))
      AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types)))
      AND (@actors IS NULL
        OR source IN (SELECT value FROM json_each(@actors))
        OR target IN (SELECT value FROM json_each(@actors)))
    GROUP BY relation_id, source, target`);
  const evidenceByRelations = db.prepare<
    { relationIds: string; modalities: string | null },
    EvidenceRow
  >(`
    SELECT m.id, m.relation_id AS relationId, m.article_id AS articleId, m.source, m.type,
      m.target, m.claimant, m.claimant_name AS claimantName, m.modality, m.sentence,
      m.start_offset AS start, m.end_offset AS "end", m.trigger_word AS "trigger", m.confidence,
      a.published_at AS publishedAt
    FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.relation_id IN (SELECT value FROM json_each(@relationIds))
      AND (@modalities IS NULL OR m.modality IN (SELECT value FROM json_each(@modalities)))`);

  const article = (id: string): Article | null => articleById.get(id) ?? null;
  const actors = (ids: readonly string[]): Actor[] =>
    ids.length === 0 ? [] : sortActors(actorsByIds.all(JSON.stringify(ids)));

  return {
    article,
    articles: (): Article[] => sortArticles(allArticles.all()),
    countArticles: (): number => articleCount.get()?.n ?? 0,
    actors,
    graph: (filter: GraphFilter): Graph => {
      const resolved = resolveFilter(filter);
      if (matchesNothing(resolved)) return { nodes: [], edges: [] };
      const rows = relationCounts.all({
        modalities: JSON.stringify(resolved.modalities),
        types: list(resolved.types),
        actors: list(resolved.actors),
      });
      const edges = toRelations(rows, resolved.minEvidence);
      return toGraph(edges, actors(touchedActorIds(edges)));
    },
    evidence: (relationIds: readonly string[], modalities?: readonly Modality[]): Evidence[] => {
      if (relationIds.length === 0) return [];
      const rows = evidenceByRelations.all({
        relationIds: JSON.stringify(relationIds),
        modalities: modalities ? JSON.stringify(modalities) : null,
      });
      return sortEvidence(rows.map(({ publishedAt, ...evidence }) => ({ evidence, publishedAt })));
    },
  };
}

export type SqliteReads = ReturnType<typeof prepareReads>;
