// Where the keyboard opens the context menu: at the selected actor on the canvas.

import type { Core } from 'cytoscape';
import type { ContextTarget } from '../panels/ContextMenu';
import type { Selection } from './selection';

export function menuTarget(
  cy: Core | null | undefined,
  selection: Selection,
): ContextTarget | null {
  if (!cy || cy.destroyed() || selection?.kind !== 'actor') return null;
  const node = cy.getElementById(selection.id);
  if (node.empty()) return null;
  const p = node.renderedPosition();
  return { id: node.id(), x: p.x, y: p.y, pinned: node.locked() };
}
