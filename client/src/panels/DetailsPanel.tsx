// The side panel: the selected actor or relation (or an overview), and the articles tab.

import { useMemo, useState } from 'react';
import type { GraphData } from '../api/types';
import type { GraphFilterInput } from '../state/filters';
import type { Selection } from '../state/selection';
import { ActorDetails } from './ActorDetails';
import { ArticleView } from './ArticleView';
import { ArticlesPanel } from './ArticlesPanel';
import { Overview } from './Overview';
import { RelationDetails } from './RelationDetails';

export interface DetailsPanelProps {
  graph: GraphData;
  selection: Selection;
  filter: GraphFilterInput;
  onSelect: (selection: Selection) => void;
}

export interface OpenArticle {
  id: string;
  /** The sentence to highlight, as character offsets into the article text. */
  start?: number;
  end?: number;
  trigger?: string;
}

export function DetailsPanel({ graph, selection, filter, onSelect }: DetailsPanelProps) {
  const [tab, setTab] = useState<'details' | 'articles'>('details');
  const [article, setArticle] = useState<OpenArticle | null>(null);
  // The selected actor as drawn: its name and kind show before its details have loaded.
  const selectedId = selection?.kind === 'actor' ? selection.id : null;
  const known = useMemo(
    () => (selectedId === null ? undefined : graph.nodes.find((n) => n.id === selectedId)),
    [graph, selectedId],
  );
  const chooseSelection = (s: Selection) => {
    setTab('details');
    onSelect(s);
  };
  return (
    <aside className="panel" data-testid="details-panel" aria-label="Details">
      <div className="tabs" role="tablist">
        {(['details', 'articles'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            data-testid={`tab-${t}`}
            className={tab === t ? 'tab on' : 'tab'}
            onClick={() => setTab(t)}
          >
            {t === 'details' ? 'Details' : 'Articles'}
          </button>
        ))}
      </div>
      <div className="panel-body">
        {tab === 'articles' && <ArticlesPanel onOpen={setArticle} />}
        {tab === 'details' && selection && (
          <button
            type="button"
            className="panel-close"
            onClick={() => onSelect(null)}
            aria-label="Clear selection"
          >
            ×
          </button>
        )}
        {tab === 'details' && selection?.kind === 'actor' && (
          <ActorDetails
            key={selection.id}
            id={selection.id}
            known={known}
            onSelect={chooseSelection}
          />
        )}
        {tab === 'details' && selection?.kind === 'relation' && (
          <RelationDetails
            key={selection.id}
            id={selection.id}
            filter={filter}
            onSelect={chooseSelection}
            onOpenArticle={setArticle}
          />
        )}
        {tab === 'details' && selection === null && (
          <Overview graph={graph} onSelect={chooseSelection} />
        )}
      </div>
      {article && <ArticleView article={article} onClose={() => setArticle(null)} />}
    </aside>
  );
}
