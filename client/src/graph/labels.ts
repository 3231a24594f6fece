// Label placement: a label under its node hides the arrowheads of edges arriving from below, so
// each label goes to the side (below, above, right, left) where the fewest edges meet its node.

import type { Core, NodeSingular } from 'cytoscape';

export const LABEL_SIDES = ['bottom', 'top', 'right', 'left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

const CLASSES: Record<LabelSide, string | null> = {
  bottom: null,
  top: 'label-top',
  right: 'label-right',
  left: 'label-left',
};

/** Which side of a node a neighbour at (dx, dy) lies on; screen y grows downwards. */
export function sideOf(dx: number, dy: number): LabelSide {
  if (Math.abs(dy) >= Math.abs(dx)) return dy >= 0 ? 'bottom' : 'top';
  return dx >= 0 ? 'right' : 'left';
}

/** The least crowded side; ties keep the reading order bottom, top, right, left. */
export function bestSide(neighbours: readonly { dx: number; dy: number }[]): LabelSide {
  const counts: Record<LabelSide, number> = { bottom: 0, top: 0, right: 0, left: 0 };
  for (const { dx, dy } of neighbours) counts[sideOf(dx, dy)] += 1;
  // Side labels are wider than tall: they must beat bottom/top clearly to be chosen.
  const cost = (side: LabelSide) => counts[side] + (side === 'left' || side === 'right' ? 0.5 : 0);
  return LABEL_SIDES.reduce((best, side) => (cost(side) < cost(best) ? side : best), 'bottom');
}

function neighbourOffsets(node: NodeSingular): { dx: number; dy: number }[] {
  const p = node.position();
  return node.connectedEdges().map((edge) => {
    const other = edge.source().id() === node.id() ? edge.target() : edge.source();
    const q = other.position();
    return { dx: q.x - p.x, dy: q.y - p.y };
  });
}

export function placeLabels(cy: Core): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const side = bestSide(neighbourOffsets(node));
      for (const s of LABEL_SIDES) {
        const cls = CLASSES[s];
        if (cls) node.toggleClass(cls, s === side);
      }
    });
  });
}
