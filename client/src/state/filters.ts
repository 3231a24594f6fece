// What the canvas shows: the user's filters, and how they become the GraphQL `GraphFilter`.

import {
  DEFAULT_MODALITIES,
  MODALITIES,
  RELATION_TYPES,
  type Modality,
  type RelationType,
} from '../api/types';

export interface Filters {
  /** Relation types to draw; empty means every type. Applied on the client (see App). */
  types: RelationType[];
  modalities: Modality[];
  /** YYYY-MM-DD, inclusive; null for open. */
  from: string | null;
  to: string | null;
  /** Claimant actor ids; empty means any claimant (and none). */
  claimants: string[];
  publishers: string[];
  /** At least this many evidence sentences; 1 shows everything. */
  minEvidence: number;
  includeContested: boolean;
  /** Draw persons as the actor they act for (client-side, like the type filter). */
  collapsePersons: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  types: [],
  modalities: [...DEFAULT_MODALITIES],
  from: null,
  to: null,
  claimants: [],
  publishers: [],
  minEvidence: 1,
  includeContested: true,
  collapsePersons: false,
};

/** The GraphQL `GraphFilter` input; fields at their defaults are left out. */
export interface GraphFilterInput {
  types?: RelationType[];
  modalities?: Modality[];
  from?: string;
  to?: string;
  claimants?: string[];
  publishers?: string[];
  minEvidence?: number;
  includeContested?: boolean;
  actors?: string[];
}

function inOrder<T extends string>(all: readonly T[], chosen: readonly T[]): T[] {
  return all.filter((v) => chosen.includes(v));
}

/**
 * `withTypes: false` leaves the type filter to the client, so the type list can show counts for
 * every type and toggling a type needs no request.
 */
export function toGraphFilter(filters: Filters, { withTypes = true } = {}): GraphFilterInput {
  const out: GraphFilterInput = { modalities: inOrder(MODALITIES, filters.modalities) };
  if (withTypes && filters.types.length > 0) out.types = inOrder(RELATION_TYPES, filters.types);
  if (filters.from) out.from = filters.from;
  if (filters.to) out.to = filters.to;
  if (filters.claimants.length > 0) out.claimants = [...filters.claimants].sort();
  if (filters.publishers.length > 0) out.publishers = [...filters.publishers].sort();
  if (filters.minEvidence > 1) out.minEvidence = filters.minEvidence;
  if (!filters.includeContested) out.includeContested = false;
  return out;
}

/** A stable string for a filter: equal filters give equal keys (request caching, effects). */
export function filterKey(filter: GraphFilterInput): string {
  return JSON.stringify(filter, Object.keys(filter).sort());
}

export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function typeVisible(filters: Filters, type: RelationType): boolean {
  return filters.types.length === 0 || filters.types.includes(type);
}
