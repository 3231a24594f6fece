// The side panel before anything is selected: how to start, and the best-connected actors and relations.

import type { GraphData } from '../api/types';
import type { Selection } from '../state/selection';
import { relationLabel } from './format';
import { KindGlyph, RelationGlyph } from './glyphs';

const TOP = 6;

export function Overview({
  graph,
  onSelect,
}: {
  graph: GraphData;
  onSelect: (s: Selection) => void;
}) {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source.id, (degree.get(e.source.id) ?? 0) + 1);
    degree.set(e.target.id, (degree.get(e.target.id) ?? 0) + 1);
  }
  const actors = [...graph.nodes]
    .sort(
      (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name),
    )
    .slice(0, TOP);
  const relations = [...graph.edges]
    .sort((a, b) => b.evidenceCount - a.evidenceCount || a.id.localeCompare(b.id))
    .slice(0, TOP);

  return (
    <div className="overview" data-testid="overview">
      <p className="hint">
        Click an actor or a relation to read the sentences behind it. Click the background to clear.
      </p>
      <h3 className="section-title">Most connected actors</h3>
      <ul className="relation-list">
        {actors.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="relation-row"
              onClick={() => onSelect({ kind: 'actor', id: a.id })}
            >
              <KindGlyph kind={a.kind} />
              <span className="relation-row-text">
                <strong>{a.name}</strong> <span className="muted">{a.id}</span>
              </span>
              <span className="count" title="Relations">
                {degree.get(a.id) ?? 0}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <h3 className="section-title">Best-attested relations</h3>
      <ul className="relation-list">
        {relations.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              className="relation-row"
              onClick={() => onSelect({ kind: 'relation', id: r.id })}
            >
              <RelationGlyph type={r.type} width={30} />
              <span className="relation-row-text">
                <strong>{names.get(r.source.id) ?? r.source.id}</strong> {relationLabel(r.type)}{' '}
                <strong>{names.get(r.target.id) ?? r.target.id}</strong>
              </span>
              <span className="count" title="Evidence sentences">
                {r.evidenceCount}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
