// The whole shareable view (filters, selection, layout, node sizing) and its URL encoding.

import { MODALITIES, RELATION_TYPES, type Modality, type RelationType } from '../api/types';
import { DEFAULT_FILTERS, type Filters } from './filters';
import type { Selection } from './selection';

export const LAYOUTS = ['fcose', 'concentric', 'circle', 'grid', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const SIZE_BY = ['degree', 'centrality'] as const;
export type SizeBy = (typeof SIZE_BY)[number];

export interface ViewState {
  filters: Filters;
  selection: Selection;
  layout: LayoutName;
  sizeBy: SizeBy;
}

export const DEFAULT_VIEW: ViewState = {
  filters: DEFAULT_FILTERS,
  selection: null,
  layout: 'fcose',
  sizeBy: 'degree',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(params: URLSearchParams, key: string): string[] {
  const value = params.get(key);
  return value ? value.split(',').filter(Boolean) : [];
}

function oneOf<T extends string>(all: readonly T[], values: readonly string[]): T[] {
  return all.filter((v) => values.includes(v));
}

/** Only values that differ from the default are written, so the default view has a bare URL. */
export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  const f = view.filters;
  if (f.types.length > 0) params.set('types', oneOf(RELATION_TYPES, f.types).join(','));
  const modalities = oneOf(MODALITIES, f.modalities);
  if (modalities.join(',') !== DEFAULT_FILTERS.modalities.join(',')) {
    params.set('modalities', modalities.join(','));
  }
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  if (f.claimants.length > 0) params.set('claimants', f.claimants.join(','));
  if (f.publishers.length > 0) params.set('publishers', f.publishers.join('|'));
  if (f.minEvidence > 1) params.set('min', String(f.minEvidence));
  if (!f.includeContested) params.set('contested', '0');
  if (f.collapsePersons) params.set('persons', 'collapse');
  if (view.selection) {
    params.set(view.selection.kind === 'actor' ? 'actor' : 'relation', view.selection.id);
  }
  if (view.layout !== DEFAULT_VIEW.layout) params.set('layout', view.layout);
  if (view.sizeBy !== DEFAULT_VIEW.sizeBy) params.set('size', view.sizeBy);
  return params.toString();
}

/** Unknown or malformed values fall back to the defaults rather than failing. */
export function decodeView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const types = oneOf<RelationType>(RELATION_TYPES, list(params, 'types'));
  const modalityParam = params.get('modalities');
  const modalities =
    modalityParam === null
      ? [...DEFAULT_FILTERS.modalities]
      : oneOf<Modality>(MODALITIES, modalityParam.split(','));
  const from = params.get('from');
  const to = params.get('to');
  const min = Number.parseInt(params.get('min') ?? '', 10);
  const publishers = params.get('publishers');
  const actor = params.get('actor');
  const relation = params.get('relation');
  const layout = params.get('layout');
  const size = params.get('size');
  return {
    filters: {
      types,
      modalities,
      from: from && DATE.test(from) ? from : null,
      to: to && DATE.test(to) ? to : null,
      claimants: list(params, 'claimants'),
      publishers: publishers ? publishers.split('|').filter(Boolean) : [],
      minEvidence: Number.isFinite(min) && min > 1 ? min : 1,
      includeContested: params.get('contested') !== '0',
      collapsePersons: params.get('persons') === 'collapse',
    },
    selection: actor
      ? { kind: 'actor', id: actor }
      : relation
        ? { kind: 'relation', id: relation }
        : null,
    layout: (LAYOUTS as readonly string[]).includes(layout ?? '')
      ? (layout as LayoutName)
      : DEFAULT_VIEW.layout,
    sizeBy: (SIZE_BY as readonly string[]).includes(size ?? '')
      ? (size as SizeBy)
      : DEFAULT_VIEW.sizeBy,
  };
}
