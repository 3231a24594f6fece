// The Neo4j write path: one managed write transaction per article. executeWrite may replay the
// function after a transient error, so the first statement decides, inside the transaction,
// whether the article is new; a replay starts from a rolled-back state and decides again.

import type { Article, ArticleGraph } from '../../domain';
import { compareStrings } from '../aggregate';
import { planIngest, type IngestPlan } from '../ingest-plan';
import type { IngestOutcome } from '../store';
import type { Gateway, Tx } from './gateway';
import { map, toArticle } from './rows';

// MERGE on the uniquely constrained id locks it, so two concurrent ingests of one article
// serialise and the second sees created = false. The marker only lives inside this statement.
const MERGE_ARTICLE = `
MERGE (a:Article {id: $article.id})
ON CREATE SET a += $article, a._created = true
WITH a, a._created IS NOT NULL AS created
REMOVE a._created
RETURN a {.*} AS article, created`;

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
  id: row.id, relationId: row.relationId, type: row.type, modality: row.modality,
  sentence: row.sentence, start: toInteger(row.start), end: toInteger(row.end),
  trigger: row.trigger, confidence: toFloat(row.confidence), claimantName: row.claimantName,
  source: row.source, target: row.target, claimant: row.claimant
})
CREATE (m)-[:SOURCE]->(s), (m)-[:TARGET]->(t), (m)-[:IN]->(article)
FOREACH (claimant IN CASE WHEN c IS NULL THEN [] ELSE [c] END |
  CREATE (m)-[:CLAIMED_BY]->(claimant))
RETURN count(m) AS created`;

// The actor-to-actor relationship Neo4j Browser users see, typed by relation type via
// Cypher 5.26 dynamic types; recomputed from the mentions for every relation this ingest touched.
// Writing r before counting takes its exclusive lock, so a concurrent ingest of the same relation
// waits for this transaction to commit and then counts its mentions too (no lost update).
const REFRESH_RELATIONS = `
UNWIND $relations AS rel
MATCH (s:Actor {id: rel.source}), (t:Actor {id: rel.target})
MERGE (s)-[r:$(rel.type) {id: rel.id}]->(t)
SET r.type = rel.type
WITH r, rel
CALL (rel) {
  MATCH (m:Mention {relationId: rel.id})
  RETURN count(m) AS mentions,
    count(CASE WHEN m.modality = 'ASSERTED' THEN 1 END) AS asserted,
    count(CASE WHEN m.modality = 'HEDGED' THEN 1 END) AS hedged,
    count(CASE WHEN m.modality = 'NEGATED' THEN 1 END) AS negated,
    count(CASE WHEN m.modality = 'QUESTION' THEN 1 END) AS question
}
SET r.evidenceCount = asserted + hedged, r.mentionCount = mentions,
  r.asserted = asserted, r.hedged = hedged, r.negated = negated, r.question = question`;

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
  });
  if (!merged) throw new Error(`MERGE of article ${article.id} returned no row`);
  const stored = toArticle(map(merged, 'article'));
  if (merged['created'] !== true) return { article: stored, created: false };

  await tx.run(UPSERT_ACTORS, {
    actors: plan.actors
      .map((a) => ({ ...a, wikidata: a.wikidata ?? null }))
      .sort((a, b) => compareStrings(a.id, b.id)),
  });
  const [mentions] = await tx.run(CREATE_MENTIONS, {
    articleId: article.id,
    mentions: plan.mentions,
  });
  // Every actor was merged above, so a shortfall means the model is broken: roll back.
  if (mentions?.['created'] !== plan.mentions.length) {
    throw new Error(`article ${article.id}: wrote ${String(mentions?.['created'])} mentions`);
  }
  // One lock order for all ingests (by relation id) keeps concurrent ingests from deadlocking.
  const relations = [...plan.relations].sort((a, b) => compareStrings(a.id, b.id));
  await tx.run(REFRESH_RELATIONS, { relations });
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
