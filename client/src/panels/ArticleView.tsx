// The whole article with the evidence sentence highlighted (by its character offsets) and its
// trigger marked; text is rendered as text, never as HTML.

import { useCallback, useEffect, useRef } from 'react';
import { fetchArticle } from '../api/operations';
import { useQuery } from '../state/useQuery';
import type { OpenArticle } from './DetailsPanel';
import { formatDate } from './format';
import { splitOnTriggers } from './highlight';
import { ErrorMessage, Loading } from './StatusViews';

export function ArticleView({ article, onClose }: { article: OpenArticle; onClose: () => void }) {
  const fetcher = useCallback(
    (signal: AbortSignal) => fetchArticle(article.id, signal),
    [article.id],
  );
  const [state, retry] = useQuery(article.id, fetcher);
  const dialog = useRef<HTMLDivElement>(null);
  const sentence = useRef<HTMLElement>(null);

  useEffect(() => {
    dialog.current?.focus();
  }, []);
  useEffect(() => {
    if (state.status === 'ready') sentence.current?.scrollIntoView({ block: 'center' });
  }, [state]);

  let body: React.ReactNode;
  if (state.status === 'loading') body = <Loading label="Loading the article…" />;
  else if (state.status === 'error') {
    body = <ErrorMessage title="Could not load the article" error={state.error} onRetry={retry} />;
  } else if (!state.data) body = <p className="muted">The article is no longer stored.</p>;
  else {
    const { text } = state.data;
    const start = Math.max(0, Math.min(text.length, article.start ?? 0));
    const end = Math.max(start, Math.min(text.length, article.end ?? 0));
    const highlighted = text.slice(start, end);
    body = (
      <>
        <header className="article-head">
          <h2 id="article-title">{state.data.title ?? 'Untitled article'}</h2>
          <p className="muted">
            {[state.data.source, formatDate(state.data.publishedAt), state.data.lang.toUpperCase()]
              .filter(Boolean)
              .join(' · ')}
            {state.data.url && (
              <>
                {' · '}
                <a href={state.data.url} target="_blank" rel="noreferrer">
                  original
                </a>
              </>
            )}
          </p>
        </header>
        <div className="article-text" data-testid="article-text">
          {text.slice(0, start)}
          {end > start && (
            <mark className="article-sentence" ref={sentence} data-testid="article-sentence">
              {splitOnTriggers(highlighted, article.trigger ? [article.trigger] : []).map((s, i) =>
                s.trigger ? (
                  <strong key={i} className="article-trigger">
                    {s.text}
                  </strong>
                ) : (
                  <span key={i}>{s.text}</span>
                ),
              )}
            </mark>
          )}
          {text.slice(end)}
        </div>
      </>
    );
  }

  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        ref={dialog}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="article-title"
        data-testid="article-view"
        tabIndex={-1}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <button type="button" className="panel-close" onClick={onClose} aria-label="Close article">
          ×
        </button>
        {body}
      </div>
    </div>
  );
}
