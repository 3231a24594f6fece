// Per-relation summaries of the default view (modalities ASSERTED + HEDGED, no date, claimant or
// publisher filter), kept by both stores inside every write transaction for exactly the relations
// the write touches, so the common reads need not aggregate mentions. A summary is the
// RelationStatsRow the mention-level aggregation gives for the default filter, so answers
// computed from it are identical by construction.

import { DEFAULT_MODALITIES } from '../domain';
import type { ResolvedFilter } from './aggregate';

/** Store options both stores accept. */
export interface SummaryOptions {
  /**
   * Answer reads from the relation summaries when the filter allows it; default true. False
   * always aggregates mentions (tests compare the two paths on the same data).
   */
  readSummaries?: boolean | undefined;
}

/** The modalities a summary counts as evidence, in a stable order. */
export const SUMMARY_MODALITIES: readonly string[] = [...DEFAULT_MODALITIES].sort();

/**
 * True when the summaries answer the filter exactly: the default modalities and no
 * mention-level condition. Relation-level conditions (types, actors, minEvidence,
 * includeContested) apply to summaries as they apply to aggregated mentions.
 */
export function summariesAnswer(filter: ResolvedFilter): boolean {
  return (
    filter.modalities.length === SUMMARY_MODALITIES.length &&
    SUMMARY_MODALITIES.every((modality) => (filter.modalities as string[]).includes(modality)) &&
    filter.claimants === null &&
    filter.publishers === null &&
    filter.fromMs === null &&
    filter.toMs === null
  );
}
