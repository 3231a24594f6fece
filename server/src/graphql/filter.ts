// Turns the GraphFilter input of the API into the store's filter, rejecting nonsense early, and
// applies its mention-level parts (claimants, publishers, dates) to evidence the store lists.

import {
  DEFAULT_MODALITIES,
  InputError,
  type Article,
  type Evidence,
  type GraphFilter,
  type Modality,
  type RelationType,
} from '../domain';
import { boundMs, toMs } from '../store/dates';

export interface GraphFilterInput {
  types?: RelationType[] | null;
  modalities?: Modality[] | null;
  actors?: string[] | null;
  minEvidence?: number | null;
  claimants?: string[] | null;
  publishers?: string[] | null;
  from?: string | null;
  to?: string | null;
  includeContested?: boolean | null;
}

export interface ResolvedFilter extends GraphFilter {
  modalities: readonly Modality[];
}

const MAX_LIST = 200;

export function toGraphFilter(input: GraphFilterInput | null | undefined): ResolvedFilter {
  const minEvidence = input?.minEvidence ?? undefined;
  if (minEvidence !== undefined && minEvidence < 0) {
    throw new InputError('filter.minEvidence must not be negative');
  }
  for (const name of ['actors', 'claimants', 'publishers'] as const) {
    if ((input?.[name]?.length ?? 0) > MAX_LIST) {
      throw new InputError(`filter.${name} takes at most ${MAX_LIST} values`);
    }
  }
  const from = input?.from ?? undefined;
  const to = input?.to ?? undefined;
  // Validates the dates now, so every resolver reports them the same way.
  boundMs(from, 'filter.from', false);
  boundMs(to, 'filter.to', true);
  return {
    types: input?.types ?? undefined,
    modalities: input?.modalities?.length ? input.modalities : DEFAULT_MODALITIES,
    actors: input?.actors ?? undefined,
    minEvidence,
    claimants: input?.claimants ?? undefined,
    publishers: input?.publishers ?? undefined,
    from,
    to,
    includeContested: input?.includeContested ?? undefined,
  };
}

/** A stable key of the whole filter, for loaders and caches. */
export function filterKey(filter: ResolvedFilter): string {
  const sorted = (values: readonly string[] | undefined) => (values ? [...values].sort() : null);
  return JSON.stringify([
    sorted(filter.types),
    sorted(filter.modalities),
    sorted(filter.actors),
    filter.minEvidence ?? null,
    sorted(filter.claimants),
    sorted(filter.publishers),
    filter.from ?? null,
    filter.to ?? null,
    filter.includeContested ?? null,
  ]);
}

/** The filter without its actor restriction (neighbourhoods and paths walk past it). */
export function withoutActors(filter: ResolvedFilter): ResolvedFilter {
  return { ...filter, actors: undefined };
}

/** Whether evidence needs more than the store's modality filter: claimants, publishers, dates. */
export function filtersMentions(filter: ResolvedFilter): boolean {
  return (
    filter.claimants !== undefined ||
    filter.publishers !== undefined ||
    filter.from !== undefined ||
    filter.to !== undefined
  );
}

/** Whether this evidence passes the mention-level parts of the filter, as the store counts them. */
export function evidencePasses(
  filter: ResolvedFilter,
  evidence: Evidence,
  article: Article | null,
): boolean {
  if (
    filter.claimants &&
    (evidence.claimant === null || !filter.claimants.includes(evidence.claimant))
  ) {
    return false;
  }
  if (filter.publishers && (!article?.source || !filter.publishers.includes(article.source))) {
    return false;
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    const published = toMs(article?.publishedAt);
    if (published === null) return false;
    const from = boundMs(filter.from, 'filter.from', false);
    const to = boundMs(filter.to, 'filter.to', true);
    if (from !== null && published < from) return false;
    if (to !== null && published > to) return false;
  }
  return true;
}
