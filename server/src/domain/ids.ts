// Stable identifiers derived from content.

import { SYMMETRIC_TYPES, type RelationType } from './relation';

/** The id of the aggregated relation a mention belongs to; symmetric types ignore direction. */
export function relationId(source: string, type: RelationType, target: string): string {
  if (SYMMETRIC_TYPES.has(type) && target < source) return `${target}:${type}:${source}`;
  return `${source}:${type}:${target}`;
}
