// Global shortcuts: `/` focuses the search, Esc clears, `f` fits, `m` (or the context-menu key,
// Shift+F10) opens the selected actor's actions — not while typing in a field.

import { useEffect, useLayoutEffect, useRef } from 'react';

export interface Shortcuts {
  onEscape: () => void;
  onFit: () => void;
  onMenu: () => void;
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function useKeyboard(shortcuts: Shortcuts): void {
  const ref = useRef(shortcuts);
  useLayoutEffect(() => {
    ref.current = shortcuts;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        ref.current.onEscape();
        return;
      }
      if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
        e.preventDefault();
        ref.current.onMenu();
        return;
      }
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '/') {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('[data-testid=search-input]')?.focus();
      } else if (e.key === 'f') {
        ref.current.onFit();
      } else if (e.key === 'm') {
        ref.current.onMenu();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
