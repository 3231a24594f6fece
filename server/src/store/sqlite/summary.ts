// The relation_summary table (see ../summary.ts): its defining query, and its upkeep inside the
// caller's write transaction for the relation ids a write touched.

import type Database from 'better-sqlite3';
import { SUMMARY_MODALITIES } from '../summary';
import { summaryDeltas, type NewArticle } from './batch-summary';

const PASS = `m.modality IN (${SUMMARY_MODALITIES.map((modality) => `'${modality}'`).join(', ')})`;

export const SUMMARY_COLUMNS = `relation_id, type, lo, hi, evidence, forward, articles,
  publishers, first_ms, last_ms, asserted, hedged, negated, question`;

/**
 * One summary row per relation with a mention in `where` (over `mentions m`): the default-view
 * aggregation of relations.ts, without minEvidence, so a relation with only NEGATED or QUESTION
 * mentions has a row with evidence 0.
 */
export const summarySelect = (where: string): string => `
  WITH picked AS (
    SELECT m.relation_id, m.type, m.source, m.target, m.modality, m.article_id,
      a.source AS publisher, a.published_ms, ${PASS} AS pass
    FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE ${where}
  )
  SELECT relation_id, type,
    min(min(source, target)), max(max(source, target)),
    sum(pass), sum(pass AND source <= target),
    count(DISTINCT CASE WHEN pass THEN article_id END),
    count(DISTINCT CASE WHEN pass THEN publisher END),
    min(CASE WHEN pass THEN published_ms END), max(CASE WHEN pass THEN published_ms END),
    sum(modality = 'ASSERTED'), sum(modality = 'HEDGED'),
    sum(modality = 'NEGATED'), sum(modality = 'QUESTION')
  FROM picked
  GROUP BY relation_id`;

/**
 * Evidence per relation and publisher over the mentions in `where` (undated included), as
 * schema migration 4 stored it.
 */
const publisherSelect = (where: string): string => `
  SELECT m.relation_id, a.source, count(*)
  FROM mentions m JOIN articles a ON a.id = m.article_id
  WHERE (${where}) AND ${PASS} AND a.source IS NOT NULL
  GROUP BY m.relation_id, a.source`;

/** The relations and publishers of the evidence in `where` (undated included). */
const publisherPairs = (where: string): string => `
  SELECT DISTINCT m.relation_id, a.source
  FROM mentions m JOIN articles a ON a.id = m.article_id
  WHERE (${where}) AND ${PASS} AND a.source IS NOT NULL`;

/**
 * Schema migration 5: a relation's publishers are its rows in relation_publisher; counting each
 * one's evidence too made every ingest rewrite a row per relation and publisher it touched,
 * while a row only needs writing when a publisher is new to the relation.
 */
export const DROP_PUBLISHER_EVIDENCE = 'ALTER TABLE relation_publisher DROP COLUMN evidence';

/** The table, its indexes and its rows for the mentions already stored (schema migration 4). */
export const CREATE_SUMMARIES = `
  -- lo and hi: the relation's two actors in code-unit order; the drawn direction follows from
  -- forward (mentions stated lo to hi) against evidence, as in details.ts.
  CREATE TABLE relation_summary (
    relation_id TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    lo          TEXT NOT NULL,
    hi          TEXT NOT NULL,
    evidence    INTEGER NOT NULL,
    forward     INTEGER NOT NULL,
    articles    INTEGER NOT NULL,
    publishers  INTEGER NOT NULL,
    first_ms    INTEGER,
    last_ms     INTEGER,
    asserted    INTEGER NOT NULL,
    hedged      INTEGER NOT NULL,
    negated     INTEGER NOT NULL,
    question    INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX relation_summary_lo ON relation_summary (lo);
  CREATE INDEX relation_summary_hi ON relation_summary (hi);
  -- Evidence per relation and publisher, so an ingest can count publishers without rereading
  -- the relation's older mentions; a relation's publishers are its rows here.
  CREATE TABLE relation_publisher (
    relation_id TEXT NOT NULL,
    publisher   TEXT NOT NULL,
    evidence    INTEGER NOT NULL,
    PRIMARY KEY (relation_id, publisher)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO relation_summary (${SUMMARY_COLUMNS}) ${summarySelect('1')};
  INSERT INTO relation_publisher (relation_id, publisher, evidence) ${publisherSelect('1')};
  `;

const IDS = '(SELECT value FROM json_each(?))';

type SummaryRow = [
  relationId: string,
  type: string,
  lo: string,
  hi: string,
  evidence: number,
  forward: number,
  articles: number,
  publishers: number,
  firstMs: number | null,
  lastMs: number | null,
  asserted: number,
  hedged: number,
  negated: number,
  question: number,
];

export function prepareSummaries(db: Database.Database) {
  const drop = db.prepare<[string]>(`DELETE FROM relation_summary WHERE relation_id IN ${IDS}`);
  const fill = db.prepare<[string]>(
    `INSERT INTO relation_summary (${SUMMARY_COLUMNS}) ${summarySelect(`m.relation_id IN ${IDS}`)}`,
  );
  const dropPublishers = db.prepare<[string]>(
    `DELETE FROM relation_publisher WHERE relation_id IN ${IDS}`,
  );
  const fillPublishers = db.prepare<[string]>(
    `INSERT INTO relation_publisher (relation_id, publisher)
     ${publisherPairs(`m.relation_id IN ${IDS}`)}`,
  );
  // A batch's deltas (batch-summary.ts) added to the existing rows: the batch's articles are new,
  // so article counts add up; publishers are counted from relation_publisher, which the batch's
  // pairs are added to first (a new relation's count is already right).
  const addPublisher = db.prepare<[string, string]>(`
    INSERT INTO relation_publisher (relation_id, publisher) VALUES (?, ?)
    ON CONFLICT (relation_id, publisher) DO NOTHING`);
  const addSummary = db.prepare<SummaryRow>(`
    INSERT INTO relation_summary (${SUMMARY_COLUMNS})
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (relation_id) DO UPDATE SET
      evidence = evidence + excluded.evidence, forward = forward + excluded.forward,
      articles = articles + excluded.articles,
      publishers = (SELECT count(*) FROM relation_publisher p
        WHERE p.relation_id = excluded.relation_id),
      first_ms = coalesce(min(first_ms, excluded.first_ms), first_ms, excluded.first_ms),
      last_ms = coalesce(max(last_ms, excluded.last_ms), last_ms, excluded.last_ms),
      asserted = asserted + excluded.asserted, hedged = hedged + excluded.hedged,
      negated = negated + excluded.negated, question = question + excluded.question`);
  const ofArticle = db
    .prepare<[string], string>(
      `SELECT DISTINCT relation_id FROM mentions
       WHERE article_no = (SELECT no FROM articles WHERE id = ?)`,
    )
    .pluck();

  return {
    /** Recomputes these relations' rows from their mentions; call inside the write. */
    refresh(relationIds: Iterable<string>): void {
      const ids = [...new Set(relationIds)];
      if (ids.length === 0) return;
      const list = JSON.stringify(ids);
      drop.run(list);
      fill.run(list);
      dropPublishers.run(list);
      fillPublishers.run(list);
    },
    /**
     * Adds the mentions of these newly written articles (nothing else written since they were
     * created) to the summaries, without rereading older mentions.
     */
    addArticles(articles: readonly NewArticle[]): void {
      for (const delta of summaryDeltas(articles)) {
        for (const publisher of delta.publishers) addPublisher.run(delta.relationId, publisher);
        addSummary.run(
          delta.relationId,
          delta.type,
          delta.lo,
          delta.hi,
          delta.evidence,
          delta.forward,
          delta.articles,
          delta.publishers.length,
          delta.firstMs,
          delta.lastMs,
          delta.asserted,
          delta.hedged,
          delta.negated,
          delta.question,
        );
      }
    },
    /** The relations the article's stored mentions belong to. */
    relationsOfArticle: (articleId: string): string[] => ofArticle.all(articleId),
  };
}

export type SqliteSummaries = ReturnType<typeof prepareSummaries>;
