// The articles tab: a searchable list, and a form to add one by pasting or dropping a file.

import { useCallback, useState } from 'react';
import { fetchArticles } from '../api/operations';
import { useQuery } from '../state/useQuery';
import { AddArticle } from './AddArticle';
import type { OpenArticle } from './DetailsPanel';
import { formatDate } from './format';
import { ErrorMessage, Loading } from './StatusViews';

export function ArticlesPanel({ onOpen }: { onOpen: (article: OpenArticle) => void }) {
  const [search, setSearch] = useState('');
  const [added, setAdded] = useState(0);
  const fetcher = useCallback((signal: AbortSignal) => fetchArticles(search, signal), [search]);
  const [state, retry] = useQuery(`${search}|${added}`, fetcher);

  return (
    <div className="articles" data-testid="articles-panel">
      <AddArticle onAdded={() => setAdded((n) => n + 1)} />
      <h3 className="section-title">Articles</h3>
      <input
        type="search"
        className="input"
        placeholder="Search titles and text…"
        aria-label="Search articles"
        data-testid="article-search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {state.status === 'loading' && <Loading label="Loading articles…" />}
      {state.status === 'error' && (
        <ErrorMessage title="Could not load articles" error={state.error} onRetry={retry} />
      )}
      {state.status === 'ready' && (
        <ul className="article-list">
          {state.data.length === 0 && <li className="muted">No article matches.</li>}
          {state.data.map((a) => (
            <li key={a.id} data-testid="article-item">
              <button type="button" className="article-row" onClick={() => onOpen({ id: a.id })}>
                <strong>{a.title ?? 'Untitled article'}</strong>
                <span className="muted">
                  {[a.source, formatDate(a.publishedAt), a.lang.toUpperCase()]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
