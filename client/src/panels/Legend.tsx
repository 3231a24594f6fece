// The key to the canvas: relation type → colour, line style and arrow; actor kind → colour and shape.

import { ACTOR_KINDS, RELATION_TYPES, SYMMETRIC_TYPES, type GraphData } from '../api/types';
import type { SizeBy } from '../state/view';
import { KIND_ENCODING } from '../graph/palette';
import { relationLabel } from './format';
import { KindGlyph, RelationGlyph } from './glyphs';

/** Lists what the current graph uses; the full key when the graph is empty. */
export function Legend({ graph, sizeBy }: { graph: GraphData; sizeBy: SizeBy }) {
  const types = new Set(graph.edges.map((e) => e.type));
  const kinds = new Set(graph.nodes.map((n) => n.kind));
  const shownTypes = RELATION_TYPES.filter((t) => types.size === 0 || types.has(t));
  const shownKinds = ACTOR_KINDS.filter((k) => kinds.size === 0 || kinds.has(k));
  return (
    <aside className="legend" aria-label="Legend" data-testid="legend">
      <section className="legend-section">
        <h2 className="legend-title">Relations</h2>
        <ul className="legend-group">
          {shownTypes.map((t) => (
            <li key={t}>
              <RelationGlyph type={t} />
              <span>{relationLabel(t)}</span>
              {SYMMETRIC_TYPES.has(t) && <span className="legend-note">(mutual)</span>}
            </li>
          ))}
        </ul>
      </section>
      <section className="legend-section">
        <h2 className="legend-title">Actors</h2>
        <ul className="legend-group">
          {shownKinds.map((k) => (
            <li key={k}>
              <KindGlyph kind={k} />
              <span>{KIND_ENCODING[k].label}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="legend-section">
        <h2 className="legend-title">Marks</h2>
        <ul className="legend-group">
          <li>
            <svg className="glyph" width="34" height="12" aria-hidden="true">
              <line
                x1="2"
                y1="6"
                x2="32"
                y2="6"
                stroke="#687588"
                strokeWidth="2.5"
                strokeDasharray="3 6"
                opacity="0.6"
              />
            </svg>
            <span>only hedged</span>
          </li>
          <li>
            <svg className="glyph" width="34" height="12" aria-hidden="true">
              <line x1="2" y1="6" x2="32" y2="6" stroke="#687588" strokeWidth="2.5" />
              <path
                d="M17 1.5 21.5 6 17 10.5 12.5 6z"
                fill="#fff"
                stroke="#17202c"
                strokeWidth="1.3"
              />
            </svg>
            <span>contested</span>
          </li>
        </ul>
      </section>
      <p className="legend-foot">
        Line width = evidence sentences · node size ={' '}
        {sizeBy === 'degree' ? 'relations in view' : 'centrality (PageRank)'}
      </p>
    </aside>
  );
}
