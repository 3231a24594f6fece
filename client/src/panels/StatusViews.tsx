// What the page shows instead of a graph: loading, an API failure, or an empty store.

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="status status-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function ErrorMessage({
  title,
  error,
  hint,
  onRetry,
}: {
  title: string;
  error: Error;
  hint?: string;
  onRetry?: () => void;
}) {
  return (
    <div className="status status-error" role="alert" data-testid="error">
      <strong>{title}</strong>
      <p className="status-detail">{error.message}</p>
      {hint && <p className="status-hint">{hint}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ filtered }: { filtered: boolean }) {
  return (
    <div className="empty-state" data-testid="empty-state">
      <h2>No relations to draw yet</h2>
      {filtered ? (
        <p>No relation matches the current filter.</p>
      ) : (
        <>
          <p>
            The store holds no articles. Ingest one and reload this page. From the command line:
          </p>
          <pre>
            <code>npx entente ingest seed/articles/blue-news-2024-11-10-putin-kim.md</code>
          </pre>
          <p>
            or with a GraphQL mutation at <a href="/graphql">/graphql</a>:
          </p>
          <pre>
            <code>{`mutation {
  ingestArticle(input: { text: "…", title: "…", source: "…" }) {
    article { id title }
    created
  }
}`}</code>
          </pre>
        </>
      )}
    </div>
  );
}
