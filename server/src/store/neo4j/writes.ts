// The Neo4j write path: one managed write transaction per batch of articles (one for `ingest`),
// each statement UNWINDing the whole batch's rows. executeWrite may replay the function after a
// transient error, so the first statement decides, inside the transaction, which articles are
// new; a replay starts from a rolled-back state and decides again.

import type { Actor, Article, ArticleGraph } from '../../domain';
import { compareStrings } from '../aggregate';
import { toMs } from '../dates';
import { applyMerges, planIngest, referencedIds, type IngestPlan } from '../ingest-plan';
import type { IngestItem, IngestOutcome } from '../store';
import type { Gateway, Tx } from './gateway';
import { addToRelations } from './increment';
import type { RelationRef } from './refresh';
import { map, toArticle } from './rows';

// MERGE on the uniquely constrained id locks it, so two concurrent ingests of one article
// serialise and the second sees created = false. The marker only lives inside this statement.
// The ids are distinct (a batch's repeats are settled before), so rows do not see each other.
const MERGE_ARTICLES = `
UNWIND $articles AS row
MERGE (a:Article {id: row.article.id})
ON CREATE SET a += row.article, a.publishedMs = toInteger(row.publishedMs), a._created = true
WITH a, a._created IS NOT NULL AS created
REMOVE a._created
RETURN a {.*} AS article, created`;

const MERGES_OF = `
MATCH (x:ActorMerge) WHERE x.from IN $ids
RETURN x.from AS from, x.to AS to`;

const UPSERT_ACTORS = `
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.kind = row.kind, a.wikidata = row.wikidata`;

const CREATE_MENTIONS = `
UNWIND $mentions AS row
MATCH (article:Article {id: row.articleId})
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
OPTIONAL MATCH (c:Actor {id: row.claimant})
CREATE (m:Mention {
  id: row.id, index: toInteger(row.index), relationId: row.relationId, type: row.type,
  modality: row.modality, sentence: row.sentence, start: toInteger(row.start),
  end: toInteger(row.end), trigger: row.trigger, confidence: toFloat(row.confidence),
  claimantName: row.claimantName, source: row.source, target: row.target, claimant: row.claimant
})
CREATE (m)-[:SOURCE]->(s), (m)-[:TARGET]->(t), (m)-[:IN]->(article)
FOREACH (claimant IN CASE WHEN c IS NULL THEN [] ELSE [c] END |
  CREATE (m)-[:CLAIMED_BY]->(claimant))
RETURN count(m) AS created`;

/**
 * Writes the plans' actors and mentions (their article nodes must exist), with user merges
 * applied, and returns the relations the mentions belong to, for refreshRelations. An actor in
 * several plans takes its fields from the last, as one-by-one ingests would leave it.
 */
export async function writeMentions(
  tx: Tx,
  planned: readonly IngestPlan[],
): Promise<RelationRef[]> {
  if (planned.length === 0) return [];
  const merges = await mergesOf(tx, planned);
  const plans = planned.map((plan) => applyMerges(plan, merges));
  await sendMentions(tx, plans);
  return plans.flatMap((plan) => plan.relations);
}

/** The user merges of the actors the plans refer to, from → to. */
async function mergesOf(tx: Tx, plans: readonly IngestPlan[]): Promise<Map<string, string>> {
  const ids = new Set(plans.flatMap(referencedIds));
  const found = await tx.run(MERGES_OF, { ids: [...ids] });
  return new Map(found.map((row) => [String(row['from']), String(row['to'])]));
}

/**
 * Writes the actors and mentions of plans with merges applied. Both statements are sent before
 * either answers (the driver pipelines statements in a transaction; Neo4j runs them in order),
 * so a batch costs fewer round trips.
 */
async function sendMentions(tx: Tx, plans: readonly IngestPlan[]): Promise<void> {
  if (plans.length === 0) return;
  const actors = new Map<string, Actor>();
  for (const actor of plans.flatMap((plan) => plan.actors)) actors.set(actor.id, actor);
  const upserted = tx.run(UPSERT_ACTORS, {
    actors: [...actors.values()]
      .map((a) => ({ ...a, wikidata: a.wikidata ?? null }))
      .sort((a, b) => compareStrings(a.id, b.id)),
  });
  const mentions = plans.flatMap((plan) =>
    plan.mentions.map((mention, index) => ({ ...mention, index })),
  );
  const created = mentions.length > 0 ? tx.run(CREATE_MENTIONS, { mentions }) : null;
  const [, rows] = await Promise.all([upserted, created]);
  const written = rows?.[0]?.['created'] ?? 0;
  // Every actor was merged above, so a shortfall means the model is broken: roll back.
  if (written !== mentions.length) {
    const articles = plans.map((plan) => plan.article.id).join(', ');
    throw new Error(`articles ${articles}: wrote ${String(written)} mentions`);
  }
}

const articleProperties = (article: Article) => ({
  article: {
    id: article.id,
    title: article.title ?? null,
    url: article.url ?? null,
    source: article.source ?? null,
    author: article.author ?? null,
    publishedAt: article.publishedAt ?? null,
    lang: article.lang,
    text: article.text,
    ingestedAt: article.ingestedAt,
  },
  publishedMs: toMs(article.publishedAt),
});

/**
 * Writes the plans in the caller's transaction. A replay of executeWrite starts again from a
 * rolled-back state, so MERGE decides afresh which articles are new.
 */
async function writePlans(tx: Tx, plans: readonly IngestPlan[]): Promise<IngestOutcome[]> {
  // The first occurrence of an id is written; later ones in the batch report it unchanged.
  const first = new Map<string, IngestPlan>();
  for (const plan of plans) if (!first.has(plan.article.id)) first.set(plan.article.id, plan);
  // The merge lookup does not depend on the articles' MERGE, so both go out together.
  const [rows, merges] = await Promise.all([
    tx.run(MERGE_ARTICLES, {
      articles: [...first.values()].map((plan) => articleProperties(plan.article)),
    }),
    mergesOf(tx, [...first.values()]),
  ]);
  const merged = new Map<string, { article: Article; created: boolean }>();
  for (const row of rows) {
    const article = toArticle(map(row, 'article'));
    merged.set(article.id, { article, created: row['created'] === true });
  }
  const created = [...first.values()]
    .filter((plan) => merged.get(plan.article.id)?.created)
    .map((plan) => applyMerges(plan, merges));
  // The new articles' mentions are added to the relation summaries, not recounted; the three
  // statements go out together and run in order.
  await Promise.all([sendMentions(tx, created), addToRelations(tx, created)]);
  const reported = new Set<string>();
  return plans.map((plan): IngestOutcome => {
    const { id } = plan.article;
    const outcome = merged.get(id);
    if (!outcome) throw new Error(`MERGE of article ${id} returned no row`);
    const isFirst = !reported.has(id);
    reported.add(id);
    return { article: outcome.article, created: outcome.created && isFirst };
  });
}

export async function ingestMany(
  gateway: Gateway,
  items: readonly IngestItem[],
): Promise<IngestOutcome[]> {
  // Planning validates every graph before the transaction opens.
  const plans = items.map(({ article, graph }) => planIngest(article, graph));
  if (plans.length === 0) return [];
  return gateway.write((tx) => writePlans(tx, plans));
}

export async function ingest(
  gateway: Gateway,
  article: Article,
  graph: ArticleGraph,
): Promise<IngestOutcome> {
  const [outcome] = await ingestMany(gateway, [{ article, graph }]);
  if (!outcome) throw new Error(`ingest of article ${article.id} reported nothing`);
  return outcome;
}
