// The top bar: product name, what is on the canvas, search and export.

import type { RefObject } from 'react';
import type { GraphData } from '../api/types';
import type { CanvasHandle } from '../graph/CytoscapeCanvas';
import type { Filters } from '../state/filters';
import type { Selection } from '../state/selection';
import { ExportMenu } from './ExportMenu';
import { SearchBox } from './SearchBox';

export interface HeaderProps {
  graph: GraphData | null;
  filters: Filters;
  canvas: RefObject<CanvasHandle | null>;
  onSelect: (selection: Selection) => void;
  onReveal: (id: string) => void;
}

export function Header({ graph, filters, canvas, onReveal }: HeaderProps) {
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
      {graph && (
        <p className="visually-hidden" role="status" aria-live="polite" data-testid="graph-status">
          {graph.nodes.length} actor{graph.nodes.length === 1 ? '' : 's'}, {graph.edges.length}{' '}
          relation{graph.edges.length === 1 ? '' : 's'} shown
        </p>
      )}
      <div className="header-actions">
        <SearchBox onChoose={onReveal} />
        <ExportMenu graph={graph} filters={filters} canvas={canvas} />
        <a className="button button-quiet" href="/graphql" target="_blank" rel="noreferrer">
          GraphQL
        </a>
      </div>
    </header>
  );
}
