// The SQLite write path: one IMMEDIATE transaction per batch of articles (one article for
// `ingest`), idempotent by article id, with user merges applied to the mentions as they are
// stored.

import type Database from 'better-sqlite3';
import type { Actor, Article } from '../../domain';
import { toMs } from '../dates';
import { storedArticle } from '../stored-article';
import { applyMerges, planIngest, referencedIds, type IngestPlan } from '../ingest-plan';
import type { IngestItem, IngestOutcome } from '../store';
import { prepareSummaries } from './summary';

export type IngestManyFn = (items: readonly IngestItem[]) => IngestOutcome[];

/** A plan whose article row exists, with that row's number (articles.no). */
export interface NumberedPlan {
  plan: IngestPlan;
  articleNo: number;
}

type MentionRow = [
  articleNo: number,
  index: number,
  articleId: string,
  relationId: string,
  source: string,
  type: string,
  target: string,
  claimant: string | null,
  claimantName: string | null,
  modality: string,
  sentence: string,
  start: number,
  end: number,
  trigger: string,
  confidence: number,
];

/** The statements that write an article's actors and mentions, shared with re-extraction. */
export function prepareMentionWrites(db: Database.Database) {
  const upsertActor = db.prepare(`
    INSERT INTO actors (id, name, kind, wikidata) VALUES (@id, @name, @kind, @wikidata)
    ON CONFLICT (id) DO UPDATE SET
      name = excluded.name, kind = excluded.kind, wikidata = excluded.wikidata
    WHERE (name, kind, wikidata) IS NOT (excluded.name, excluded.kind, excluded.wikidata)`);
  // Positional parameters: binding an object per mention costs more than the insert itself.
  const insertMention = db.prepare<MentionRow>(`
    INSERT INTO mentions (article_no, mention_index, article_id, relation_id, source, type, target,
      claimant, claimant_name, modality, sentence, start_offset, end_offset, trigger_word, confidence)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const mergesOf = db.prepare<[string], { from: string; to: string }>(`
    SELECT from_id AS "from", to_id AS "to" FROM actor_merges
    WHERE from_id IN (SELECT value FROM json_each(?))`);

  /**
   * Writes the plans' actors and mentions, merges applied, and returns the plans as written
   * (their relations are those whose summaries the caller brings up to date). One merge lookup
   * and one upsert per actor for the whole batch; an actor in several plans takes its fields
   * from the last, as one-by-one writes would leave it. Actors go first: mentions reference them.
   */
  return (numbered: readonly NumberedPlan[]): NumberedPlan[] => {
    if (numbered.length === 0) return [];
    const ids = new Set(numbered.flatMap(({ plan }) => referencedIds(plan)));
    const merges = new Map(mergesOf.all(JSON.stringify([...ids])).map((m) => [m.from, m.to]));
    const plans = numbered.map(({ plan, articleNo }) => ({
      plan: applyMerges(plan, merges),
      articleNo,
    }));
    const actors = new Map<string, Actor>();
    for (const { plan } of plans) for (const actor of plan.actors) actors.set(actor.id, actor);
    for (const actor of actors.values()) {
      upsertActor.run({
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        wikidata: actor.wikidata ?? null,
      });
    }
    for (const { plan, articleNo } of plans) {
      plan.mentions.forEach((m, index) => {
        insertMention.run(
          articleNo,
          index,
          m.articleId,
          m.relationId,
          m.source,
          m.type,
          m.target,
          m.claimant,
          m.claimantName,
          m.modality,
          m.sentence,
          m.start,
          m.end,
          m.trigger,
          m.confidence,
        );
      });
    }
    return plans;
  };
}

export function prepareWrites(
  db: Database.Database,
  readArticle: (id: string) => Article | null,
): IngestManyFn {
  const insertArticle = db.prepare(`
    INSERT INTO articles (id, title, url, source, author, published_at, published_ms, lang, text,
      ingested_at)
    VALUES (@id, @title, @url, @source, @author, @publishedAt, @publishedMs, @lang, @text,
      @ingestedAt)
    ON CONFLICT (id) DO NOTHING`);
  const writeMentions = prepareMentionWrites(db);
  const summaries = prepareSummaries(db);

  /**
   * The article row inside the caller's transaction; a repeated id in a batch finds the first.
   * The plan goes to `created` when the article is new: its actors and mentions are to write.
   */
  function writeArticle(plan: IngestPlan, created: NumberedPlan[]): IngestOutcome {
    const { article } = plan;
    const stored = storedArticle(article);
    const inserted = insertArticle.run({ ...stored, publishedMs: toMs(article.publishedAt) });
    if (inserted.changes === 0) {
      const existing = readArticle(article.id);
      if (!existing) throw new Error(`article ${article.id} conflicted but cannot be read`);
      return { article: existing, created: false };
    }
    created.push({ plan, articleNo: Number(inserted.lastInsertRowid) });
    return { article: stored, created: true };
  }

  // IMMEDIATE: take the write lock up front so busy_timeout applies, rather than failing with
  // SQLITE_BUSY when a deferred read transaction tries to upgrade. One commit (one fsync) for
  // the whole batch; every article in it is whole or absent.
  // The new articles' mentions are written together, then added to the relation summaries once.
  const ingestBatch = db.transaction((plans: readonly IngestPlan[]) => {
    const created: NumberedPlan[] = [];
    const outcomes = plans.map((plan) => writeArticle(plan, created));
    summaries.addArticles(
      writeMentions(created).map(({ plan }) => ({
        articleId: plan.article.id,
        publisher: plan.article.source ?? null,
        publishedMs: toMs(plan.article.publishedAt),
        mentions: plan.mentions,
      })),
    );
    return outcomes;
  });

  // Planning is pure and validates every graph, so a bad graph fails before the transaction.
  return (items) => {
    const plans = items.map(({ article, graph }) => planIngest(article, graph));
    return plans.length === 0 ? [] : ingestBatch.immediate(plans);
  };
}
