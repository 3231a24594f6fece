// The shareable view, read from the URL once and written back (replaceState) on every change.

import { useCallback, useEffect, useState } from 'react';
import { decodeView, encodeView, type ViewState } from './view';

export function useViewState(): [ViewState, (update: (prev: ViewState) => ViewState) => void] {
  const [view, setView] = useState<ViewState>(() => decodeView(window.location.search));
  useEffect(() => {
    const query = encodeView(view);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(null, '', url);
    }
  }, [view]);
  const update = useCallback((fn: (prev: ViewState) => ViewState) => setView(fn), []);
  return [view, update];
}
