// The top bar: product name, what is on the canvas, and the modality switch.

import type { GraphData } from '../api/types';
import type { Selection } from '../state/selection';
import { ActorSearch } from './ActorSearch';

export interface HeaderProps {
  graph: GraphData | null;
  includeAllModalities: boolean;
  onToggleModalities: (value: boolean) => void;
  onFit: () => void;
  canFit: boolean;
  onSelect: (selection: Selection) => void;
}

export function Header({
  graph,
  includeAllModalities,
  onToggleModalities,
  onFit,
  canFit,
  onSelect,
}: HeaderProps) {
  const sentences = graph?.edges.reduce((sum, e) => sum + e.evidenceCount, 0) ?? 0;
  return (
    <header className="header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <svg width="22" height="22" viewBox="0 0 22 22">
            <circle cx="5" cy="16" r="3.2" fill="#0072B2" />
            <circle cx="17" cy="16" r="3.2" fill="#D55E00" />
            <circle cx="11" cy="5" r="3.2" fill="#009E73" />
            <path d="M5 16 11 5 17 16Z" fill="none" stroke="#334155" strokeWidth="1.3" />
          </svg>
        </span>
        <h1>Entente</h1>
        <span className="brand-tagline">actor graph explorer</span>
      </div>
      {graph && (
        <dl className="counts" aria-label="Graph size">
          <div>
            <dt>actors</dt>
            <dd data-testid="actor-count">{graph.nodes.length}</dd>
          </div>
          <div>
            <dt>relations</dt>
            <dd data-testid="relation-count">{graph.edges.length}</dd>
          </div>
          <div>
            <dt>{sentences === 1 ? 'sentence' : 'sentences'}</dt>
            <dd>{sentences}</dd>
          </div>
        </dl>
      )}
      <div className="header-actions">
        {graph && graph.nodes.length > 0 && <ActorSearch nodes={graph.nodes} onSelect={onSelect} />}
        <label className="toggle" title="By default only asserted and hedged evidence is drawn">
          <input
            type="checkbox"
            checked={includeAllModalities}
            onChange={(e) => onToggleModalities(e.target.checked)}
          />
          Include negated &amp; questions
        </label>
        <button type="button" className="button button-quiet" onClick={onFit} disabled={!canFit}>
          Fit to view
        </button>
        <a className="button button-quiet" href="/graphql" target="_blank" rel="noreferrer">
          GraphQL
        </a>
      </div>
    </header>
  );
}
