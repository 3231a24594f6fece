// The relation view: source → type → target, how well it is attested, and every sentence behind it.

import { useCallback } from 'react';
import { fetchRelation } from '../api/operations';
import { SYMMETRIC_TYPES, type Modality } from '../api/types';
import type { Selection } from '../state/selection';
import { useQuery } from '../state/useQuery';
import { EvidenceCard } from './EvidenceCard';
import { corroboration, inReadingOrder, plural, relationLabel } from './format';
import { RelationGlyph } from './glyphs';
import { ErrorMessage, Loading } from './StatusViews';

export function RelationDetails({
  id,
  modalities,
  onSelect,
}: {
  id: string;
  modalities: readonly Modality[];
  onSelect: (selection: Selection) => void;
}) {
  const fetcher = useCallback(
    (signal: AbortSignal) => fetchRelation(id, modalities, signal),
    [id, modalities],
  );
  const [state, retry] = useQuery(`${id}|${modalities.join(',')}`, fetcher);

  if (state.status === 'loading') return <Loading label="Loading evidence…" />;
  if (state.status === 'error') {
    return (
      <ErrorMessage title="Could not load this relation" error={state.error} onRetry={retry} />
    );
  }
  const relation = state.data;
  if (!relation) {
    return <p className="muted">No evidence for {id} under the current filter.</p>;
  }
  const c = corroboration(relation.evidence);
  const symmetric = SYMMETRIC_TYPES.has(relation.type);
  return (
    <article className="details" data-testid="relation-details" aria-label="Relation">
      <p className="eyebrow">Relation</p>
      <h2 className="relation-title">
        <button
          type="button"
          className="link"
          onClick={() => onSelect({ kind: 'actor', id: relation.source.id })}
        >
          {relation.source.name}
        </button>
        <span className="relation-type">
          <RelationGlyph type={relation.type} width={30} />
          {relationLabel(relation.type)}
        </span>
        <button
          type="button"
          className="link"
          onClick={() => onSelect({ kind: 'actor', id: relation.target.id })}
        >
          {relation.target.name}
        </button>
      </h2>
      <p className="relation-id" data-testid="relation-id">
        <code>{relation.id}</code>
        {symmetric && <span className="badge badge-neutral">mutual</span>}
        {c.contested && (
          <span className="badge badge-contested" title="Some sentences assert it, others deny it">
            contested
          </span>
        )}
      </p>
      <dl className="facts">
        <div>
          <dt>Evidence</dt>
          <dd>{plural(relation.evidenceCount, 'sentence')}</dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd>
            {plural(c.articles, 'article')}, {plural(c.publishers, 'publisher')}
          </dd>
        </div>
        <div>
          <dt>CAMEO</dt>
          <dd>{relation.cameo}</dd>
        </div>
      </dl>
      <h3 className="section-title">Sentences</h3>
      <ol className="evidence-list">
        {inReadingOrder(relation.evidence).map((e) => (
          <EvidenceCard key={e.id} evidence={e} onSelect={onSelect} />
        ))}
      </ol>
    </article>
  );
}
