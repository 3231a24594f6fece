// Runs an async fetcher when its key changes, aborting the previous run; the state the panels render.

import { useCallback, useEffect, useState } from 'react';

export type QueryState<T> =
  { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; data: T };

const LOADING = { status: 'loading' } as const;

/**
 * `key` identifies the request (the fetcher may change identity freely); `null` skips fetching.
 * Returns the state, a function that runs the request again, and the latest data any request
 * returned (to keep showing while a new key loads).
 */
export function useQuery<T>(
  key: string | null,
  fetcher: (signal: AbortSignal) => Promise<T>,
): [QueryState<T>, () => void, T | null] {
  const [attempt, setAttempt] = useState(0);
  // The settled result remembers which request it answers, so a new key reads as loading at once.
  const [settled, setSettled] = useState<{ request: string; state: QueryState<T> } | null>(null);
  const [latest, setLatest] = useState<{ data: T } | null>(null);
  const request = key === null ? null : `${attempt}|${key}`;

  useEffect(() => {
    if (request === null) return undefined;
    const controller = new AbortController();
    fetcher(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        setSettled({ request, state: { status: 'ready', data } });
        setLatest({ data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const err = error instanceof Error ? error : new Error(String(error));
        setSettled({ request, state: { status: 'error', error: err } });
      },
    );
    return () => controller.abort();
    // The request id stands for the fetcher's inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state = settled !== null && settled.request === request ? settled.state : LOADING;
  return [state, retry, latest ? latest.data : null];
}
