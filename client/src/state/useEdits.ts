// The user's edits to the drawn graph — hidden actors and expanded neighbourhoods — with undo.

import { useCallback, useMemo, useState } from 'react';
import type { GraphData } from '../api/types';

type Edit = { kind: 'hide'; ids: string[] } | { kind: 'expand'; id: string; graph: GraphData };

export interface Edits {
  hidden: ReadonlySet<string>;
  expansions: readonly GraphData[];
  canUndo: boolean;
  lastEdit: string | null;
  hide: (ids: readonly string[]) => void;
  expand: (id: string, graph: GraphData) => void;
  undo: () => void;
  reset: () => void;
}

export function useEdits(): Edits {
  const [stack, setStack] = useState<readonly Edit[]>([]);
  // Memoised on the stack, so the canvas only syncs when an edit happens.
  const { hidden, expansions } = useMemo(() => {
    const h = new Set<string>();
    const x: GraphData[] = [];
    for (const edit of stack) {
      if (edit.kind === 'hide') for (const id of edit.ids) h.add(id);
      else {
        x.push(edit.graph);
        // Expanding an actor shows it again.
        h.delete(edit.id);
      }
    }
    return { hidden: h, expansions: x };
  }, [stack]);
  const last = stack.at(-1);
  const hide = useCallback(
    (ids: readonly string[]) => setStack((s) => [...s, { kind: 'hide', ids: [...ids] }]),
    [],
  );
  const expand = useCallback(
    (id: string, graph: GraphData) => setStack((s) => [...s, { kind: 'expand', id, graph }]),
    [],
  );
  const undo = useCallback(() => setStack((s) => s.slice(0, -1)), []);
  const reset = useCallback(() => setStack([]), []);
  return {
    hidden,
    expansions,
    canUndo: stack.length > 0,
    lastEdit: last
      ? last.kind === 'hide'
        ? `hide ${last.ids.join(', ')}`
        : `expand ${last.id}`
      : null,
    hide,
    expand,
    undo,
    reset,
  };
}
