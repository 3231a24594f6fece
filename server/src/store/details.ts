// Relation details from per-relation rows that both stores compute the same way: one row per
// relation id, counting filtered mentions (`evidence`, ...) and all mentions (per modality).

import type { Relation, RelationDetail, RelationType } from '../domain';
import { compareStrings, type ResolvedFilter } from './aggregate';
import { isoOrNull } from './dates';

/** What each store's aggregation query returns for one relation. */
export interface RelationStatsRow {
  relationId: string;
  type: RelationType;
  /** The relation's two actors in code-unit order (equal for a self-relation). */
  lo: string;
  hi: string;
  /** Filtered mentions. */
  evidence: number;
  /** Filtered mentions stated from `lo` to `hi`. */
  forward: number;
  articles: number;
  publishers: number;
  firstMs: number | null;
  lastMs: number | null;
  /** All mentions, per modality. */
  asserted: number;
  hedged: number;
  negated: number;
  question: number;
}

/**
 * One RelationDetail per row that passes minEvidence and includeContested, sorted by id. The
 * drawn direction is the one most filtered mentions state; a tie takes `lo`→`hi` (the order of a
 * symmetric relation's id). A directed relation is always stated one way, so this gives its own.
 */
export function toRelationDetails(
  rows: readonly RelationStatsRow[],
  filter: ResolvedFilter,
): RelationDetail[] {
  return rows
    .filter((row) => row.evidence >= filter.minEvidence && row.evidence > 0)
    .map((row): RelationDetail => {
      const forward = 2 * row.forward >= row.evidence;
      return {
        id: row.relationId,
        source: forward ? row.lo : row.hi,
        type: row.type,
        target: forward ? row.hi : row.lo,
        evidenceCount: row.evidence,
        articleCount: row.articles,
        publisherCount: row.publishers,
        firstSeen: isoOrNull(row.firstMs),
        lastSeen: isoOrNull(row.lastMs),
        modalityCounts: {
          ASSERTED: row.asserted,
          HEDGED: row.hedged,
          NEGATED: row.negated,
          QUESTION: row.question,
        },
        contested: row.asserted > 0 && row.negated > 0,
      };
    })
    .filter((relation) => filter.includeContested || !relation.contested)
    .sort((a, b) => compareStrings(a.id, b.id));
}

/** Just the Relation fields, for `graph()`, whose answers stay as they were. */
export function toPlainRelation({ id, source, type, target, evidenceCount }: Relation): Relation {
  return { id, source, type, target, evidenceCount };
}
