// Keeps the typed actor-to-actor relationships (what Neo4j Browser and Bloom users traverse) equal
// to the mentions: recomputed for every relation a write touched, deleted when none is left.

import { relationEnds, compareStrings } from '../aggregate';
import type { RelationType } from '../../domain';
import { SUMMARY_MODALITIES } from '../summary';
import type { Tx } from './gateway';

export interface RelationRef {
  id: string;
  type: RelationType;
  /** Canonical ends (relationEnds order). */
  source: string;
  target: string;
}

// Typed by relation type via Cypher 5.26 dynamic types. Writing r before counting takes its
// exclusive lock, so a concurrent write of the same relation waits for this transaction to
// commit and then counts its mentions too (no lost update). A relation whose ends no longer
// exist (an actor merged away) matches nothing: its relationships went with the actor.
// Besides the counts for Browser users, r holds the relation's summary of the default view (see
// ../summary.ts): lo/hi (its actors in code-unit order), forward (evidence stated lo to hi),
// articleCount, publishers (the distinct publishers of its evidence, so an ingest can add to
// them: increment.ts) and publisherCount, firstSeenMs, lastSeenMs; evidenceCount is its evidence.
const REFRESH_RELATIONS = `
UNWIND $relations AS rel
MATCH (s:Actor {id: rel.source}), (t:Actor {id: rel.target})
MERGE (s)-[r:$(rel.type) {id: rel.id}]->(t)
SET r.type = rel.type
WITH r, rel
CALL (rel) {
  MATCH (m:Mention {relationId: rel.id})-[:IN]->(a:Article)
  WITH m, a, m.modality IN $pass AS pass
  RETURN count(m) AS mentions,
    count(CASE WHEN m.modality = 'ASSERTED' THEN 1 END) AS asserted,
    count(CASE WHEN m.modality = 'HEDGED' THEN 1 END) AS hedged,
    count(CASE WHEN m.modality = 'NEGATED' THEN 1 END) AS negated,
    count(CASE WHEN m.modality = 'QUESTION' THEN 1 END) AS question,
    count(CASE WHEN pass THEN 1 END) AS evidence,
    count(CASE WHEN pass AND m.source <= m.target THEN 1 END) AS forward,
    count(DISTINCT CASE WHEN pass THEN a.id END) AS articles,
    collect(DISTINCT CASE WHEN pass THEN a.source END) AS publishers,
    min(CASE WHEN pass THEN a.publishedMs END) AS firstMs,
    max(CASE WHEN pass THEN a.publishedMs END) AS lastMs,
    min(CASE WHEN m.source <= m.target THEN m.source ELSE m.target END) AS lo,
    max(CASE WHEN m.source <= m.target THEN m.target ELSE m.source END) AS hi
}
SET r.evidenceCount = evidence, r.mentionCount = mentions,
  r.asserted = asserted, r.hedged = hedged, r.negated = negated, r.question = question,
  r.contested = asserted > 0 AND negated > 0,
  r.lo = lo, r.hi = hi, r.forward = forward, r.articleCount = articles,
  r.publishers = publishers, r.publisherCount = size(publishers), r.firstSeenMs = firstMs, r.lastSeenMs = lastMs
WITH r, mentions
WHERE mentions = 0
DELETE r`;

/** The relation a mention (as stated) belongs to, with its canonical ends. */
export function refOf(id: string, type: RelationType, source: string, target: string): RelationRef {
  return { id, type, ...relationEnds(source, type, target) };
}

export async function refreshRelations(tx: Tx, relations: Iterable<RelationRef>): Promise<void> {
  const byId = new Map<string, RelationRef>();
  for (const relation of relations) byId.set(relation.id, relation);
  if (byId.size === 0) return;
  // One lock order for all writes (by relation id) keeps concurrent writes from deadlocking.
  const sorted = [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
  await tx.run(REFRESH_RELATIONS, { relations: sorted, pass: SUMMARY_MODALITIES });
}
