// Writes the actors and mentions of ingest plans (their articles' nodes already written in the
// same transaction), and reads the user merges a batch's actor ids are subject to.

import type { Actor } from '../../domain';
import { compareStrings } from '../aggregate';
import { referencedIds, type IngestPlan } from '../ingest-plan';
import type { Tx } from './gateway';

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

/** The actor ids the plans refer to, before merges. */
export const referencedBy = (plans: readonly IngestPlan[]): string[] => [
  ...new Set(plans.flatMap(referencedIds)),
];

/** The user merges of the given actor ids, from → to. */
export async function mergesOf(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  const found = await tx.run(MERGES_OF, { ids });
  return new Map(found.map((row) => [String(row['from']), String(row['to'])]));
}

/**
 * Writes the actors and mentions of plans with merges applied. Both statements are sent before
 * either answers (the driver pipelines statements in a transaction; Neo4j runs them in order),
 * so a batch costs fewer round trips. An actor in several plans takes its fields from the last,
 * as one-by-one ingests would leave it.
 */
export async function sendMentions(tx: Tx, plans: readonly IngestPlan[]): Promise<void> {
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
