// The canvas as tables: the visible actors and relations, sortable, following the filters;
// choosing a row selects that element on the canvas too. The accessible way through the graph.

import { useMemo } from 'react';
import type { GraphData, GraphEdge, GraphNode } from '../api/types';
import type { Selection } from '../state/selection';
import { KIND_ENCODING } from '../graph/palette';
import { formatDate, relationLabel } from './format';
import { SortableTable, type Column } from './SortableTable';

interface ActorRow extends GraphNode {
  drawn: number;
}

interface RelationRow extends GraphEdge {
  sourceName: string;
  targetName: string;
}

const ACTOR_COLUMNS: Column<ActorRow>[] = [
  { key: 'name', label: 'Actor', value: (a) => a.name },
  { key: 'kind', label: 'Kind', value: (a) => KIND_ENCODING[a.kind].label },
  { key: 'drawn', label: 'Relations shown', value: (a) => a.drawn, numeric: true },
  {
    key: 'centrality',
    label: 'Centrality',
    value: (a) => a.centrality ?? 0,
    numeric: true,
    render: (a) => (a.centrality ?? 0).toFixed(3),
  },
];

const RELATION_COLUMNS: Column<RelationRow>[] = [
  {
    key: 'relation',
    label: 'Relation',
    value: (r) => `${r.sourceName} ${relationLabel(r.type)} ${r.targetName}`,
  },
  { key: 'type', label: 'Type', value: (r) => relationLabel(r.type) },
  { key: 'evidence', label: 'Sentences', value: (r) => r.evidenceCount, numeric: true },
  // Sorted by the ISO date, shown formatted.
  {
    key: 'first',
    label: 'First seen',
    value: (r) => r.firstSeen ?? '',
    render: (r) => formatDate(r.firstSeen ?? null) ?? '',
  },
  {
    key: 'last',
    label: 'Last seen',
    value: (r) => r.lastSeen ?? '',
    render: (r) => formatDate(r.lastSeen ?? null) ?? '',
  },
];

export interface TableViewProps {
  graph: GraphData;
  selection: Selection;
  onSelect: (selection: Selection) => void;
}

export function TableView({ graph, selection, onSelect }: TableViewProps) {
  const { actors, relations } = useMemo(() => {
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const drawn = new Map<string, number>();
    for (const e of graph.edges) {
      drawn.set(e.source.id, (drawn.get(e.source.id) ?? 0) + 1);
      drawn.set(e.target.id, (drawn.get(e.target.id) ?? 0) + 1);
    }
    return {
      actors: graph.nodes.map((n) => ({ ...n, drawn: drawn.get(n.id) ?? 0 })),
      relations: graph.edges.map((e) => ({
        ...e,
        sourceName: names.get(e.source.id) ?? e.source.id,
        targetName: names.get(e.target.id) ?? e.target.id,
      })),
    };
  }, [graph]);
  return (
    <section className="table-view" aria-label="Graph as tables" data-testid="table-view">
      <SortableTable
        caption="Actors"
        testId="actor-table"
        rows={actors}
        columns={ACTOR_COLUMNS}
        rowId={(a) => a.id}
        selectedId={selection?.kind === 'actor' ? selection.id : null}
        onChoose={(a) => onSelect({ kind: 'actor', id: a.id })}
      />
      <SortableTable
        caption="Relations"
        testId="relation-table"
        rows={relations}
        columns={RELATION_COLUMNS}
        rowId={(r) => r.id}
        selectedId={selection?.kind === 'relation' ? selection.id : null}
        onChoose={(r) => onSelect({ kind: 'relation', id: r.id })}
      />
    </section>
  );
}
