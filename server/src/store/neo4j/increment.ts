// Adds newly ingested articles' mentions to the typed actor relationships' summaries (see
// refresh.ts for what they hold) without rereading the relations' older mentions: the deltas are
// counted here from the plans, and one statement adds them, creating relationships as needed.
// Only for mentions of articles created in the same transaction; every other write (delete,
// re-extraction, merge) recounts through refreshRelations.

import { compareStrings } from '../aggregate';
import { toMs } from '../dates';
import type { IngestPlan, TouchedRelation } from '../ingest-plan';
import { SUMMARY_MODALITIES } from '../summary';
import type { Tx } from './gateway';

/** What one batch's new mentions add to one relation. */
export interface RelationDelta {
  id: string;
  type: string;
  /** Canonical ends (relationEnds order): the relationship runs source → target. */
  source: string;
  target: string;
  lo: string;
  hi: string;
  mentions: number;
  asserted: number;
  hedged: number;
  negated: number;
  question: number;
  evidence: number;
  forward: number;
  articles: number;
  /** Distinct publishers of the evidence (mentions passing the default view). */
  publishers: string[];
  firstMs: number | null;
  lastMs: number | null;
}

const PASS = new Set(SUMMARY_MODALITIES);

const earlier = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);
const later = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.max(a, b);

/** A delta being counted, with the distinct articles of its evidence. */
interface Counting {
  delta: RelationDelta;
  articleIds: Set<string>;
}

function counting(relation: TouchedRelation): Counting {
  const { id, type, source, target } = relation;
  const [lo, hi] = source <= target ? [source, target] : [target, source];
  return {
    delta: {
      id,
      type,
      source,
      target,
      lo,
      hi,
      mentions: 0,
      asserted: 0,
      hedged: 0,
      negated: 0,
      question: 0,
      evidence: 0,
      forward: 0,
      articles: 0,
      publishers: [],
      firstMs: null,
      lastMs: null,
    },
    articleIds: new Set(),
  };
}

/**
 * Per-relation deltas of these plans (merges already applied), sorted by relation id. Objects
 * are built field by field: this runs for every ingested batch, on the same core as the driver.
 */
export function relationDeltas(plans: readonly IngestPlan[]): RelationDelta[] {
  const byId = new Map<string, Counting>();
  for (const plan of plans) {
    const publisher = plan.article.source ?? null;
    const ms = toMs(plan.article.publishedAt);
    let ends: Map<string, TouchedRelation> | undefined;
    for (const mention of plan.mentions) {
      let entry = byId.get(mention.relationId);
      if (!entry) {
        ends ??= new Map(plan.relations.map((relation) => [relation.id, relation]));
        const relation = ends.get(mention.relationId);
        if (!relation) throw new Error(`mention ${mention.id} has no planned relation`);
        entry = counting(relation);
        byId.set(mention.relationId, entry);
      }
      const { delta } = entry;
      delta.mentions += 1;
      if (mention.modality === 'ASSERTED') delta.asserted += 1;
      else if (mention.modality === 'HEDGED') delta.hedged += 1;
      else if (mention.modality === 'NEGATED') delta.negated += 1;
      else delta.question += 1;
      if (!PASS.has(mention.modality)) continue;
      delta.evidence += 1;
      if (mention.source <= mention.target) delta.forward += 1;
      entry.articleIds.add(mention.articleId);
      if (publisher !== null && !delta.publishers.includes(publisher)) {
        delta.publishers.push(publisher);
      }
      delta.firstMs = earlier(delta.firstMs, ms);
      delta.lastMs = later(delta.lastMs, ms);
    }
  }
  const deltas: RelationDelta[] = [];
  for (const { delta, articleIds } of byId.values()) {
    delta.articles = articleIds.size;
    deltas.push(delta);
  }
  return deltas.sort((a, b) => compareStrings(a.id, b.id));
}

// The first SET writes r, which takes its exclusive lock before anything of r is read (a direct
// dependency in SET), so concurrent ingests of one relation add up instead of losing an update;
// the values computed after it read r under that lock. A relationship written before
// `publishers` existed is given it by createSchema, so a missing list means a new relationship.
const ADD_TO_RELATIONS = `
UNWIND $deltas AS d
MATCH (s:Actor {id: d.source}), (t:Actor {id: d.target})
MERGE (s)-[r:$(d.type) {id: d.id}]->(t)
SET r.type = d.type, r.mentionCount = coalesce(r.mentionCount, 0) + d.mentions
WITH r, d, coalesce(r.publishers, []) AS known,
  coalesce(r.asserted, 0) + d.asserted AS asserted,
  coalesce(r.negated, 0) + d.negated AS negated,
  CASE WHEN r.firstSeenMs IS NULL OR d.firstMs < r.firstSeenMs THEN coalesce(d.firstMs, r.firstSeenMs)
    ELSE r.firstSeenMs END AS firstMs,
  CASE WHEN r.lastSeenMs IS NULL OR d.lastMs > r.lastSeenMs THEN coalesce(d.lastMs, r.lastSeenMs)
    ELSE r.lastSeenMs END AS lastMs
WITH r, d, asserted, negated, firstMs, lastMs,
  known + [p IN d.publishers WHERE NOT p IN known] AS publishers
SET r.asserted = asserted, r.negated = negated,
  r.hedged = coalesce(r.hedged, 0) + d.hedged, r.question = coalesce(r.question, 0) + d.question,
  r.evidenceCount = coalesce(r.evidenceCount, 0) + d.evidence,
  r.forward = coalesce(r.forward, 0) + d.forward,
  r.articleCount = coalesce(r.articleCount, 0) + d.articles,
  r.publishers = publishers, r.publisherCount = size(publishers),
  r.firstSeenMs = firstMs, r.lastSeenMs = lastMs,
  r.contested = asserted > 0 AND negated > 0, r.lo = d.lo, r.hi = d.hi
RETURN count(r) AS updated`;

/**
 * Adds the plans' mentions (just written, of articles created in this transaction, merges
 * applied) to their relations' summaries. The deltas come sorted by relation id: one lock order
 * for all writes keeps concurrent ones from deadlocking.
 */
export async function addToRelations(tx: Tx, plans: readonly IngestPlan[]): Promise<void> {
  const deltas = relationDeltas(plans);
  if (deltas.length === 0) return;
  const [row] = await tx.run(ADD_TO_RELATIONS, { deltas });
  // Every end was merged as an actor before, so a shortfall means the model is broken.
  if (row?.['updated'] !== deltas.length) {
    throw new Error(`relation summaries: updated ${String(row?.['updated'])} of ${deltas.length}`);
  }
}
