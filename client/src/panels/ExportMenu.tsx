// Export the view: PNG and SVG pictures, Cytoscape JSON, GraphML, CSV of the visible relations
// with their evidence, and the view's query opened in GraphiQL.

import { useState, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import { errorMessage, request } from '../api/client';
import type { Evidence, GraphData, RelationType } from '../api/types';
import { SYMMETRIC_TYPES } from '../api/types';
import { toCsv, type CsvRelation } from '../export/csv';
import { download } from '../export/download';
import { graphiqlUrl } from '../export/graphiql';
import { toGraphML } from '../export/graphml';
import { toSvg } from '../export/svg';
import type { CanvasHandle } from '../graph/CytoscapeCanvas';
import { DASH_PATTERN, KIND_ENCODING, RELATION_ENCODING } from '../graph/palette';
import { toGraphFilter, type Filters, type GraphFilterInput } from '../state/filters';
import type { ActorKind } from '../api/types';

const EVIDENCE_QUERY = /* GraphQL */ `
  query ExplorerExportEvidence($filter: GraphFilter) {
    graph(filter: $filter) {
      edges {
        id
        type
        source {
          id
        }
        target {
          id
        }
        evidence {
          id
          sentence
          start
          end
          trigger
          modality
          confidence
          claimantName
          claimant {
            id
            name
          }
          article {
            id
            title
            source
            publishedAt
            url
          }
        }
      }
    }
  }
`;

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

function svgOf(cy: Core): string {
  const nodes = cy.nodes().map((n) => {
    const kind = KIND_ENCODING[n.data('kind') as ActorKind] ?? KIND_ENCODING.STATE;
    return {
      id: n.id(),
      label: String(n.data('label')),
      x: n.position('x'),
      y: n.position('y'),
      size: Number(n.data('size')) || 30,
      fill: kind.fill,
      border: kind.border,
      round: kind.shape === 'ellipse',
    };
  });
  const edges = cy.edges().map((e) => {
    const type = e.data('type') as RelationType;
    const enc = RELATION_ENCODING[type];
    const hedged = e.hasClass('hedged');
    return {
      source: e.source().id(),
      target: e.target().id(),
      colour: enc.colour,
      width: Number(e.data('width')) || 2,
      dash: hedged ? [3, 6] : DASH_PATTERN[enc.line],
      arrow: !SYMMETRIC_TYPES.has(type),
      opacity: hedged ? 0.5 : 0.9,
    };
  });
  return toSvg(nodes, edges);
}

async function csvOf(cy: Core, filter: GraphFilterInput): Promise<string> {
  const data = await request<
    { graph: { edges: (CsvRelation & { evidence: Evidence[] })[] } },
    { filter: GraphFilterInput }
  >(EVIDENCE_QUERY, { filter });
  const visible = new Set(cy.edges().map((e) => e.id()));
  return toCsv(data.graph.edges.filter((e) => visible.has(e.id)));
}

export function ExportMenu({
  graph,
  filters,
  canvas,
}: {
  graph: GraphData | null;
  filters: Filters;
  canvas: RefObject<CanvasHandle | null>;
}) {
  const [error, setError] = useState<string | null>(null);
  const run = (fn: (cy: Core) => Promise<void> | void) => async () => {
    const cy = canvas.current?.core();
    if (!cy) return;
    try {
      setError(null);
      await fn(cy);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const disabled = !graph || graph.nodes.length === 0;
  const filter = toGraphFilter(filters);
  return (
    <details
      className="menu"
      data-testid="export-menu"
      onKeyDown={(e) => {
        // Esc closes the menu and returns to its button.
        if (e.key !== 'Escape' || !e.currentTarget.open) return;
        e.currentTarget.open = false;
        e.currentTarget.querySelector('summary')?.focus();
      }}
    >
      <summary className="button button-quiet">Export</summary>
      <div className="menu-body" role="menu">
        <button
          type="button"
          role="menuitem"
          disabled={disabled}
          onClick={run(async (cy) => {
            const blob = await cy.png({
              output: 'blob-promise',
              full: true,
              scale: 2,
              bg: '#ffffff',
            });
            download(`entente-${stamp()}.png`, blob);
          })}
        >
          Picture (PNG)
        </button>
        <button
          type="button"
          role="menuitem"
          disabled={disabled}
          onClick={run((cy) => download(`entente-${stamp()}.svg`, svgOf(cy), 'image/svg+xml'))}
        >
          Picture (SVG)
        </button>
        <button
          type="button"
          role="menuitem"
          disabled={disabled}
          onClick={run((cy) =>
            download(
              `entente-${stamp()}.cyjs`,
              JSON.stringify(cy.json(), null, 2),
              'application/json',
            ),
          )}
        >
          Cytoscape JSON (.cyjs)
        </button>
        <button
          type="button"
          role="menuitem"
          disabled={disabled}
          onClick={run((cy) => {
            const nodes = cy.nodes().map((n) => ({
              id: n.id(),
              label: String(n.data('label')),
              kind: String(n.data('kind')),
              x: n.position('x'),
              y: n.position('y'),
            }));
            const edges = cy.edges().map((e) => ({
              id: e.id(),
              source: e.source().id(),
              target: e.target().id(),
              type: String(e.data('type')),
              evidenceCount: Number(e.data('evidenceCount')),
            }));
            download(`entente-${stamp()}.graphml`, toGraphML(nodes, edges), 'application/xml');
          })}
        >
          GraphML
        </button>
        <button
          type="button"
          role="menuitem"
          disabled={disabled}
          onClick={run(async (cy) =>
            download(`entente-edges-${stamp()}.csv`, await csvOf(cy, filter), 'text/csv'),
          )}
        >
          Visible edges with evidence (CSV)
        </button>
        <a
          role="menuitem"
          href={graphiqlUrl(filter)}
          target="_blank"
          rel="noreferrer"
          data-testid="graphiql-link"
        >
          Open this view’s query in GraphiQL
        </a>
        {error && (
          <p className="menu-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
