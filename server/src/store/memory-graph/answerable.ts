// Which filters the in-memory relation graph answers exactly, and how: one base graph per
// modality set (the per-relation figures depend on it and do not add up across sets), from which
// the relation-level conditions (types, minEvidence, includeContested) select.

import type { GraphFilter, RelationDetail } from '../../domain';
import { compareStrings, resolveFilter } from '../aggregate';

export interface MemoryQuery {
  /** Names the base graph: one per distinct modality set. */
  baseKey: string;
  /** What the store's own graphDetail() is asked for to build that base graph. */
  baseFilter: GraphFilter;
  /** The relation-level conditions of the filter, applied to the base graph's relations. */
  keep: (relation: RelationDetail) => boolean;
}

const isSet = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * The base graph and selection that answer `filter`, or null when the filter needs mention-level
 * data the base graphs do not hold (claimants, publishers, dates): then the store answers.
 * `filter.actors` is not looked at: neighbourhoods and paths ignore it.
 */
export function memoryQuery(filter: GraphFilter | undefined): MemoryQuery | null {
  if (
    filter &&
    (isSet(filter.claimants) || isSet(filter.publishers) || isSet(filter.from) || isSet(filter.to))
  ) {
    return null;
  }
  const resolved = resolveFilter(filter);
  const modalities = [...resolved.modalities].sort(compareStrings);
  const types = resolved.types === null ? null : new Set<string>(resolved.types);
  const { minEvidence, includeContested } = resolved;
  return {
    baseKey: modalities.join(','),
    // Defaults otherwise: every type, minEvidence 1, contested relations included.
    baseFilter: { modalities },
    keep: (relation) =>
      (types === null || types.has(relation.type)) &&
      relation.evidenceCount >= minEvidence &&
      (includeContested || !relation.contested),
  };
}
