// The side panel: the selected actor or relation, or an overview when nothing is selected.

import type { GraphData, Modality } from '../api/types';
import type { Selection } from '../state/selection';
import { ActorDetails } from './ActorDetails';
import { Overview } from './Overview';
import { RelationDetails } from './RelationDetails';

export interface DetailsPanelProps {
  graph: GraphData;
  selection: Selection;
  modalities: readonly Modality[];
  onSelect: (selection: Selection) => void;
}

export function DetailsPanel({ graph, selection, modalities, onSelect }: DetailsPanelProps) {
  return (
    <aside className="panel" data-testid="details-panel" aria-label="Details">
      {selection && (
        <button
          type="button"
          className="panel-close"
          onClick={() => onSelect(null)}
          aria-label="Clear selection"
        >
          ×
        </button>
      )}
      {selection?.kind === 'actor' && (
        <ActorDetails key={selection.id} id={selection.id} onSelect={onSelect} />
      )}
      {selection?.kind === 'relation' && (
        <RelationDetails
          key={selection.id}
          id={selection.id}
          modalities={modalities}
          onSelect={onSelect}
        />
      )}
      {selection === null && <Overview graph={graph} onSelect={onSelect} />}
    </aside>
  );
}
