// One evidence sentence: the trigger marked, its modality, who claims it, and which article it is from.

import type { Evidence } from '../api/types';
import type { Selection } from '../state/selection';
import { MODALITY_HINT, formatDate } from './format';
import { Sentence } from './Sentence';

export function EvidenceCard({
  evidence,
  onSelect,
  onOpenArticle,
}: {
  evidence: Evidence;
  onSelect: (selection: Selection) => void;
  onOpenArticle?: () => void;
}) {
  const { article, claimant, claimantName } = evidence;
  const date = formatDate(article.publishedAt);
  return (
    <li className="evidence" data-testid="evidence">
      <div className="evidence-badges">
        <span
          className={`badge modality modality-${evidence.modality.toLowerCase()}`}
          title={MODALITY_HINT[evidence.modality]}
        >
          {evidence.modality.toLowerCase()}
        </span>
        <span className="evidence-confidence" title="Extraction confidence">
          confidence {evidence.confidence.toFixed(2)}
        </span>
      </div>
      <Sentence text={evidence.sentence} triggers={[evidence.trigger]} />
      <p className="evidence-claimant">
        {claimant || claimantName ? (
          <>
            <span className="evidence-label">Claimed by</span>
            {claimantName && <q>{claimantName}</q>}
            {claimant && (
              <button
                type="button"
                className="chip"
                onClick={() => onSelect({ kind: 'actor', id: claimant.id })}
                title={`Show ${claimant.name}`}
              >
                {claimant.name} <span className="chip-code">{claimant.id}</span>
              </button>
            )}
          </>
        ) : (
          <span className="evidence-label">Stated by the article itself</span>
        )}
      </p>
      <p className="evidence-source">
        {article.url ? (
          <a href={article.url} target="_blank" rel="noreferrer" className="evidence-title">
            {article.title ?? article.url}
          </a>
        ) : (
          <span className="evidence-title">{article.title ?? 'Untitled article'}</span>
        )}
        <span className="evidence-meta">
          {[article.source, date, `chars ${evidence.start}–${evidence.end}`]
            .filter(Boolean)
            .join(' · ')}
        </span>
        {onOpenArticle && (
          <button
            type="button"
            className="link small"
            data-testid="open-article"
            onClick={onOpenArticle}
          >
            Read in the article
          </button>
        )}
      </p>
    </li>
  );
}
