// The left column: relation types with counts, modalities, dates (histogram + brush), claimants,
// publishers, minimum evidence and contested relations. Every change keeps the canvas positions.

import { useCallback, useMemo } from 'react';
import { fetchFacets } from '../api/graph';
import { MODALITIES, RELATION_TYPES, type GraphData } from '../api/types';
import { DEFAULT_FILTERS, toggle, typeVisible, type Filters } from '../state/filters';
import { useQuery } from '../state/useQuery';
import { typeCounts } from '../state/visible';
import { MODALITY_HINT, relationLabel } from './format';
import { RelationGlyph } from './glyphs';
import { Timeline } from './Timeline';

export interface FiltersPanelProps {
  filters: Filters;
  /** The fetched graph before the type filter: the source of the type counts. */
  graph: GraphData | null;
  onChange: (update: (f: Filters) => Filters) => void;
}

export function FiltersPanel({ filters, graph, onChange }: FiltersPanelProps) {
  const counts = useMemo(() => (graph ? typeCounts(graph) : new Map()), [graph]);
  const facetsFetcher = useCallback((signal: AbortSignal) => fetchFacets(signal), []);
  const [facets] = useQuery('facets', facetsFetcher);
  const set = (patch: Partial<Filters>) => onChange((f) => ({ ...f, ...patch }));
  const changed = JSON.stringify(filters) !== JSON.stringify(DEFAULT_FILTERS);

  return (
    <aside className="filters" aria-label="Filters" data-testid="filters">
      <div className="filters-head">
        <h2 className="filters-title">Filters</h2>
        {changed && (
          <button
            type="button"
            className="link small"
            onClick={() => onChange(() => DEFAULT_FILTERS)}
          >
            Reset
          </button>
        )}
      </div>

      <fieldset className="filter-group">
        <legend>Relation types</legend>
        <ul className="check-list">
          {RELATION_TYPES.map((t) => {
            const n = counts.get(t) ?? 0;
            return (
              <li key={t}>
                <label className={n === 0 ? 'muted' : ''}>
                  <input
                    type="checkbox"
                    data-testid={`type-${t}`}
                    checked={typeVisible(filters, t)}
                    onChange={() =>
                      set({
                        // From "all" (empty list), unticking one means every other type.
                        types: toggle(
                          filters.types.length === 0 ? [...RELATION_TYPES] : filters.types,
                          t,
                        ),
                      })
                    }
                  />
                  <RelationGlyph type={t} width={24} />
                  <span className="check-label">{relationLabel(t)}</span>
                  <span className="count-badge">{n}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <fieldset className="filter-group">
        <legend>Modality</legend>
        <ul className="check-list check-list-inline">
          {MODALITIES.map((m) => (
            <li key={m}>
              <label title={MODALITY_HINT[m]}>
                <input
                  type="checkbox"
                  data-testid={`modality-${m}`}
                  checked={filters.modalities.includes(m)}
                  onChange={() => set({ modalities: toggle(filters.modalities, m) })}
                />
                <span className={`badge modality modality-${m.toLowerCase()}`}>
                  {m.toLowerCase()}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <label className="check-row">
          <input
            type="checkbox"
            data-testid="include-contested"
            checked={filters.includeContested}
            onChange={(e) => set({ includeContested: e.target.checked })}
          />
          Include contested relations
        </label>
      </fieldset>

      <fieldset className="filter-group">
        <legend>Published</legend>
        <Timeline filters={filters} onRange={(from, to) => set({ from, to })} />
      </fieldset>

      <fieldset className="filter-group">
        <legend>Minimum evidence</legend>
        <label className="range-row">
          <input
            type="range"
            min={1}
            max={10}
            value={filters.minEvidence}
            data-testid="min-evidence"
            aria-label="Minimum evidence sentences"
            onChange={(e) => set({ minEvidence: Number(e.target.value) })}
          />
          <span className="count-badge">
            ≥ {filters.minEvidence} sentence{filters.minEvidence === 1 ? '' : 's'}
          </span>
        </label>
      </fieldset>

      <fieldset className="filter-group">
        <legend>Persons</legend>
        <label className="check-row">
          <input
            type="checkbox"
            data-testid="collapse-persons"
            checked={filters.collapsePersons}
            onChange={(e) => set({ collapsePersons: e.target.checked })}
          />
          Collapse persons into the actor they act for
        </label>
      </fieldset>

      <fieldset className="filter-group">
        <legend>Claimed by</legend>
        {facets.status === 'ready' && facets.data.claimants.length > 0 ? (
          <ul className="check-list">
            {facets.data.claimants.map((c) => (
              <li key={c.id}>
                <label>
                  <input
                    type="checkbox"
                    data-testid={`claimant-${c.id}`}
                    checked={filters.claimants.includes(c.id)}
                    onChange={() => set({ claimants: toggle(filters.claimants, c.id) })}
                  />
                  <span className="check-label">{c.name}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">No claimants yet.</p>
        )}
        <p className="muted small">None ticked: any claimant, and the articles’ own statements.</p>
      </fieldset>

      <fieldset className="filter-group">
        <legend>Publishers</legend>
        {facets.status === 'ready' && facets.data.publishers.length > 0 ? (
          <ul className="check-list">
            {facets.data.publishers.map((p) => (
              <li key={p}>
                <label>
                  <input
                    type="checkbox"
                    data-testid={`publisher-${p}`}
                    checked={filters.publishers.includes(p)}
                    onChange={() => set({ publishers: toggle(filters.publishers, p) })}
                  />
                  <span className="check-label">{p}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">No publishers yet.</p>
        )}
      </fieldset>
    </aside>
  );
}
