// The Neo4j write path: one managed write transaction per article. executeWrite may replay the
// function after a transient error, so the first statement decides, inside the transaction,
// whether the article is new; a replay starts from a rolled-back state and decides again.

import type { Article, ArticleGraph } from '../../domain';
import { compareStrings } from '../aggregate';
import { toMs } from '../dates';
import { applyMerges, planIngest, referencedIds, type IngestPlan } from '../ingest-plan';
import type { IngestOutcome } from '../store';
import type { Gateway, Tx } from './gateway';
import { refreshRelations, type RelationRef } from './refresh';
import { map, toArticle } from './rows';

// MERGE on the uniquely constrained id locks it, so two concurrent ingests of one article
// serialise and the second sees created = false. The marker only lives inside this statement.
const MERGE_ARTICLE = `
MERGE (a:Article {id: $article.id})
ON CREATE SET a += $article, a.publishedMs = toInteger($publishedMs), a._created = true
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
MATCH (article:Article {id: $articleId})
UNWIND $mentions AS row
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
 * Writes a plan's actors and mentions (its article node must exist), with user merges applied,
 * and returns the relations the mentions belong to, for refreshRelations.
 */
export async function writeMentions(tx: Tx, planned: IngestPlan): Promise<RelationRef[]> {
  const found = await tx.run(MERGES_OF, { ids: referencedIds(planned) });
  const merges = new Map(found.map((row) => [String(row['from']), String(row['to'])]));
  const plan = applyMerges(planned, merges);
  await tx.run(UPSERT_ACTORS, {
    actors: plan.actors
      .map((a) => ({ ...a, wikidata: a.wikidata ?? null }))
      .sort((a, b) => compareStrings(a.id, b.id)),
  });
  const [mentions] = await tx.run(CREATE_MENTIONS, {
    articleId: plan.article.id,
    mentions: plan.mentions.map((mention, index) => ({ ...mention, index })),
  });
  // Every actor was merged above, so a shortfall means the model is broken: roll back.
  if (mentions?.['created'] !== plan.mentions.length) {
    throw new Error(`article ${plan.article.id}: wrote ${String(mentions?.['created'])} mentions`);
  }
  return plan.relations;
}

async function writePlan(tx: Tx, plan: IngestPlan): Promise<IngestOutcome> {
  const { article } = plan;
  const [merged] = await tx.run(MERGE_ARTICLE, {
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
  if (!merged) throw new Error(`MERGE of article ${article.id} returned no row`);
  const stored = toArticle(map(merged, 'article'));
  if (merged['created'] !== true) return { article: stored, created: false };
  await refreshRelations(tx, await writeMentions(tx, plan));
  return { article: stored, created: true };
}

export async function ingest(
  gateway: Gateway,
  article: Article,
  graph: ArticleGraph,
): Promise<IngestOutcome> {
  // Planning validates the graph before any transaction opens.
  const plan = planIngest(article, graph);
  return gateway.write((tx) => writePlan(tx, plan));
}
