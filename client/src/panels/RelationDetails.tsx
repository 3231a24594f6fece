// The relation view: source → type → target, how well it is attested, and every sentence behind it.

import { useCallback } from 'react';
import { fetchRelation } from '../api/operations';
import { SYMMETRIC_TYPES } from '../api/types';
import type { GraphFilterInput } from '../state/filters';
import type { Selection } from '../state/selection';
import { useQuery } from '../state/useQuery';
import type { OpenArticle } from './DetailsPanel';
import { EvidenceCard } from './EvidenceCard';
import { formatDate, inReadingOrder, plural, relationLabel } from './format';
import { RelationGlyph } from './glyphs';
import { ErrorMessage, Loading } from './StatusViews';

export function RelationDetails({
  id,
  filter,
  onSelect,
  onOpenArticle,
}: {
  id: string;
  filter: GraphFilterInput;
  onSelect: (selection: Selection) => void;
  onOpenArticle: (article: OpenArticle) => void;
}) {
  const fetcher = useCallback(
    (signal: AbortSignal) => fetchRelation(id, filter, signal),
    [id, filter],
  );
  const [state, retry] = useQuery(`${id}|${JSON.stringify(filter)}`, fetcher);

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
  const m = relation.modalities;
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
        {relation.contested && (
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
          <dt>Corroboration</dt>
          <dd data-testid="corroboration">
            {plural(relation.articleCount, 'article')},{' '}
            {plural(relation.publisherCount, 'publisher')}
          </dd>
        </div>
        <div>
          <dt>First seen</dt>
          <dd>{formatDate(relation.firstSeen) ?? '—'}</dd>
        </div>
        <div>
          <dt>Last seen</dt>
          <dd>{formatDate(relation.lastSeen) ?? '—'}</dd>
        </div>
        <div>
          <dt>All mentions</dt>
          <dd className="modality-counts">
            {m.asserted} asserted · {m.hedged} hedged · {m.negated} negated · {m.question}{' '}
            {m.question === 1 ? 'question' : 'questions'}
          </dd>
        </div>
        <div>
          <dt>Claimed by</dt>
          <dd>
            {relation.claimants.length === 0 ? (
              <span className="muted">the articles themselves</span>
            ) : (
              relation.claimants.map((c) => (
                <button
                  key={c.id}
                  type="button"
                  className="chip"
                  onClick={() => onSelect({ kind: 'actor', id: c.id })}
                >
                  {c.name}
                </button>
              ))
            )}
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
          <EvidenceCard
            key={e.id}
            evidence={e}
            onSelect={onSelect}
            onOpenArticle={() =>
              onOpenArticle({ id: e.article.id, start: e.start, end: e.end, trigger: e.trigger })
            }
          />
        ))}
      </ol>
    </article>
  );
}
