import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  filterKey,
  toGraphFilter,
  toggle,
} from '../../../client/src/state/filters';
import { mergeGraphs, typeCounts, visibleGraph } from '../../../client/src/state/visible';
import type { GraphData } from '../../../client/src/api/types';

describe('filters as GraphQL variables', () => {
  it('sends only the modalities for the default filters', () => {
    expect(toGraphFilter(DEFAULT_FILTERS)).toEqual({ modalities: ['ASSERTED', 'HEDGED'] });
  });

  it('sends every filter that differs from its default, in a canonical order', () => {
    const filter = toGraphFilter({
      types: ['THREATENS', 'SUPPLIES'],
      modalities: ['QUESTION', 'ASSERTED'],
      from: '2024-01-01',
      to: '2024-12-31',
      claimants: ['NATO', 'ISW'],
      publishers: ['b', 'a'],
      minEvidence: 2,
      includeContested: false,
      collapsePersons: true,
    });
    expect(filter).toEqual({
      types: ['SUPPLIES', 'THREATENS'],
      modalities: ['ASSERTED', 'QUESTION'],
      from: '2024-01-01',
      to: '2024-12-31',
      claimants: ['ISW', 'NATO'],
      publishers: ['a', 'b'],
      minEvidence: 2,
      includeContested: false,
    });
  });

  it('leaves the type filter to the client when asked', () => {
    const filter = toGraphFilter({ ...DEFAULT_FILTERS, types: ['FIGHTS'] }, { withTypes: false });
    expect(filter.types).toBeUndefined();
  });

  it('gives equal filters equal keys whatever their field order', () => {
    expect(filterKey({ from: 'a', modalities: ['ASSERTED'] })).toBe(
      filterKey({ modalities: ['ASSERTED'], from: 'a' }),
    );
  });

  it('toggles a value in and out of a list', () => {
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggle(['b'], 'a')).toEqual(['b', 'a']);
  });
});

const graph: GraphData = {
  nodes: [
    { id: 'RUS', name: 'Russia', kind: 'STATE' },
    { id: 'PRK', name: 'North Korea', kind: 'STATE' },
    { id: 'USA', name: 'United States', kind: 'STATE' },
  ],
  edges: [
    {
      id: 'RUS:SUPPLIES:PRK',
      type: 'SUPPLIES',
      evidenceCount: 5,
      source: { id: 'RUS' },
      target: { id: 'PRK' },
    },
    {
      id: 'PRK:THREATENS:USA',
      type: 'THREATENS',
      evidenceCount: 1,
      source: { id: 'PRK' },
      target: { id: 'USA' },
    },
  ],
};

describe('the drawn graph', () => {
  it('drops relations of unticked types and the actors left without relations', () => {
    const shown = visibleGraph(graph, { ...DEFAULT_FILTERS, types: ['SUPPLIES'] }, new Set());
    expect(shown.edges.map((e) => e.id)).toEqual(['RUS:SUPPLIES:PRK']);
    expect(shown.nodes.map((n) => n.id)).toEqual(['RUS', 'PRK']);
  });

  it('drops hidden actors with their relations', () => {
    const shown = visibleGraph(graph, DEFAULT_FILTERS, new Set(['USA']));
    expect(shown.nodes.map((n) => n.id)).toEqual(['RUS', 'PRK']);
  });

  it('merges expansions without duplicating elements', () => {
    const merged = mergeGraphs([graph, graph]);
    expect(merged.nodes).toHaveLength(3);
    expect(merged.edges).toHaveLength(2);
  });

  it('counts relations per type for the type list', () => {
    expect(Object.fromEntries(typeCounts(graph))).toEqual({ SUPPLIES: 1, THREATENS: 1 });
  });
});
