import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../client/src/state/filters';
import {
  DEFAULT_VIEW,
  decodeView,
  encodeView,
  type ViewState,
} from '../../../client/src/state/view';

describe('the URL codec of the view', () => {
  it('writes nothing for the default view', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(decodeView('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips filters, selection, layout and node sizing', () => {
    const view: ViewState = {
      filters: {
        types: ['THREATENS', 'SUPPLIES'],
        modalities: ['ASSERTED', 'HEDGED', 'NEGATED', 'QUESTION'],
        from: '2024-09-01',
        to: '2024-12-31',
        claimants: ['NATO', 'ISW'],
        publishers: ['blue News', 'Reuters, London'],
        minEvidence: 3,
        includeContested: false,
        collapsePersons: true,
      },
      selection: { kind: 'relation', id: 'RUS:SUPPLIES:PRK' },
      layout: 'concentric',
      sizeBy: 'centrality',
    };
    const decoded = decodeView(`?${encodeView(view)}`);
    expect(decoded.selection).toEqual(view.selection);
    expect(decoded.layout).toBe('concentric');
    expect(decoded.sizeBy).toBe('centrality');
    // Types come back in the canonical order.
    expect(decoded.filters).toEqual({ ...view.filters, types: ['SUPPLIES', 'THREATENS'] });
  });

  it('keeps an actor selection', () => {
    expect(
      decodeView(encodeView({ ...DEFAULT_VIEW, selection: { kind: 'actor', id: 'PRK' } }))
        .selection,
    ).toEqual({
      kind: 'actor',
      id: 'PRK',
    });
  });

  it('falls back to defaults for unknown or malformed values', () => {
    const view = decodeView('types=BOGUS,FIGHTS&from=yesterday&min=-4&layout=spiral&size=x');
    expect(view.filters.types).toEqual(['FIGHTS']);
    expect(view.filters.from).toBeNull();
    expect(view.filters.minEvidence).toBe(1);
    expect(view.layout).toBe('fcose');
    expect(view.sizeBy).toBe('degree');
  });

  it('reads an empty modality list as no modality at all', () => {
    expect(decodeView('modalities=').filters.modalities).toEqual([]);
    expect(decodeView('').filters.modalities).toEqual(DEFAULT_FILTERS.modalities);
  });
});
