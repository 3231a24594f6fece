// The SQLite read path: prepared statements in, domain objects out. List parameters travel as
// one JSON array bound to `json_each`, so each statement is prepared once.

import type Database from 'better-sqlite3';
import type { Actor, ActorKind, Article, Evidence, Language, Modality } from '../../domain';
import { sortActors, sortArticles, sortEvidence } from '../aggregate';
import { MENTION_ID } from './article-numbers';

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

export function prepareReads(db: Database.Database) {
  const articleById = db.prepare<[string], ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`,
  );
  const allArticles = db.prepare<[], ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles`);
  const articleCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
  const actorsByIds = db.prepare<[string], ActorRow>(
    'SELECT id, name, kind, wikidata FROM actors WHERE id IN (SELECT value FROM json_each(?))',
  );
  const evidenceByRelations = db.prepare<
    { relationIds: string; modalities: string | null },
    EvidenceRow
  >(`
    SELECT ${MENTION_ID} AS id, m.relation_id AS relationId, m.article_id AS articleId, m.source, m.type,
      m.target, m.claimant, m.claimant_name AS claimantName, m.modality, m.sentence,
      m.start_offset AS start, m.end_offset AS "end", m.trigger_word AS "trigger", m.confidence,
      a.published_at AS publishedAt
    FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.relation_id IN (SELECT value FROM json_each(@relationIds))
      AND (@modalities IS NULL OR m.modality IN (SELECT value FROM json_each(@modalities)))`);

  const articleIds = db.prepare<[], string>('SELECT id FROM articles ORDER BY id').pluck();
  const allActors = db.prepare<[], ActorRow>('SELECT id, name, kind, wikidata FROM actors');

  const article = (id: string): Article | null => articleById.get(id) ?? null;
  const actors = (ids: readonly string[]): Actor[] =>
    ids.length === 0 ? [] : sortActors(actorsByIds.all(JSON.stringify(ids)));

  return {
    article,
    articles: (): Article[] => sortArticles(allArticles.all()),
    countArticles: (): number => articleCount.get()?.n ?? 0,
    actors,
    allActors: (): Actor[] => allActors.all(),
    articleIds: (): string[] => articleIds.all(),
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
