// Turns the GraphFilter input of the API into the store's filter, rejecting nonsense early.

import { DEFAULT_MODALITIES, InputError, type GraphFilter, type Modality } from '../domain';
import type { RelationType } from '../domain';

export interface GraphFilterInput {
  types?: RelationType[] | null;
  modalities?: Modality[] | null;
  actors?: string[] | null;
  minEvidence?: number | null;
}

export interface ResolvedFilter extends GraphFilter {
  modalities: readonly Modality[];
}

export function toGraphFilter(input: GraphFilterInput | null | undefined): ResolvedFilter {
  const minEvidence = input?.minEvidence ?? undefined;
  if (minEvidence !== undefined && minEvidence < 0) {
    throw new InputError('filter.minEvidence must not be negative');
  }
  return {
    types: input?.types ?? undefined,
    modalities: input?.modalities?.length ? input.modalities : DEFAULT_MODALITIES,
    actors: input?.actors ?? undefined,
    minEvidence,
  };
}
