// The right-click menu of an actor: hide, pin, expand, paths to…; keyboard-operable.

import { useEffect, useRef } from 'react';

export interface ContextTarget {
  id: string;
  /** Rendered canvas coordinates. */
  x: number;
  y: number;
  /** Whether the actor is pinned (locked) at the time of the click. */
  pinned: boolean;
}

export interface ContextMenuProps {
  target: ContextTarget;
  onClose: () => void;
  onHide: () => void;
  onPin: () => void;
  onExpand: () => void;
  onPathsFrom: () => void;
}

export function ContextMenu({
  target,
  onClose,
  onHide,
  onPin,
  onExpand,
  onPathsFrom,
}: ContextMenuProps) {
  const ref = useRef<HTMLUListElement>(null);
  // Keyboard users return to where they opened the menu from.
  useEffect(() => {
    const opener = document.activeElement;
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
  }, [target]);
  const items: [string, () => void][] = [
    ['Expand neighbourhood', onExpand],
    [target.pinned ? 'Unpin' : 'Pin in place', onPin],
    ['Hide', onHide],
    ['Paths to…', onPathsFrom],
  ];
  return (
    <ul
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={`Actions for ${target.id}`}
      data-testid="context-menu"
      style={{ left: target.x + 6, top: target.y + 6 }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const buttons = [...(ref.current?.querySelectorAll('button') ?? [])];
          const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
          const next = (at + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length;
          buttons[next]?.focus();
        }
      }}
    >
      <li className="context-title" role="presentation">
        {target.id}
      </li>
      {items.map(([label, action]) => (
        <li key={label} role="presentation">
          <button type="button" role="menuitem" onClick={action}>
            {label}
          </button>
        </li>
      ))}
    </ul>
  );
}
