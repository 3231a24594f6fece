// The fetched graph with persons folded into the actors they act for, when the filter asks for it.

import { useCallback, useMemo } from 'react';
import { fetchActsFor } from '../api/persons';
import type { GraphData } from '../api/types';
import { collapsePersons } from './collapse';
import { useQuery } from './useQuery';

export function usePersonCollapse(graph: GraphData | null, enabled: boolean): GraphData | null {
  // Keyed on the persons drawn, so a new article's person is looked up too.
  const persons = useMemo(
    () =>
      (graph?.nodes ?? [])
        .filter((n) => n.kind === 'PERSON')
        .map((n) => n.id)
        .sort()
        .join(','),
    [graph],
  );
  const fetcher = useCallback((signal: AbortSignal) => fetchActsFor(signal), []);
  const [state, , latest] = useQuery(enabled && persons ? `acts-for|${persons}` : null, fetcher);
  const actsFor = state.status === 'ready' ? state.data : latest;
  return useMemo(
    () => (graph && enabled && actsFor ? collapsePersons(graph, actsFor) : graph),
    [graph, enabled, actsFor],
  );
}
