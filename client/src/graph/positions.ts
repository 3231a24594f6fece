// Where actors stand between visits: the positions of the last layout (or drag) are kept in
// localStorage, so a reload draws the same picture at once instead of running the layout again
// (seconds for thousands of actors). Also a cheap first placement while the real layout runs.

import type { Core } from 'cytoscape';

export const POSITIONS_KEY = 'entente:positions';

/** What is stored: the layout that produced the positions, and `id → [x, y]`. */
export interface SavedPositions {
  layout: string;
  positions: Record<string, readonly [number, number]>;
}

type Position = { x: number; y: number };

function isSaved(value: unknown): value is SavedPositions {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SavedPositions>;
  return typeof v.layout === 'string' && typeof v.positions === 'object' && v.positions !== null;
}

/**
 * The saved position of every id, or null when the saved positions came from another layout or
 * miss one of the ids (a partial picture would look like a broken layout).
 */
export function savedPositions(
  layout: string,
  ids: readonly string[],
): Map<string, Position> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(window.localStorage.getItem(POSITIONS_KEY) ?? 'null');
  } catch {
    return null;
  }
  if (!isSaved(parsed) || parsed.layout !== layout || ids.length === 0) return null;
  const out = new Map<string, Position>();
  for (const id of ids) {
    const p = parsed.positions[id];
    if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
    out.set(id, { x: Number(p[0]), y: Number(p[1]) });
  }
  return out;
}

/** Remembers where the actors now stand; storage that is full or disabled is not an error. */
export function savePositions(cy: Core, layout: string): void {
  if (cy.destroyed()) return;
  const positions: Record<string, [number, number]> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10];
  });
  try {
    window.localStorage.setItem(POSITIONS_KEY, JSON.stringify({ layout, positions }));
  } catch {
    // Private mode or quota: the next visit simply lays the graph out again.
  }
}

/**
 * A sunflower: the most connected actors in the middle, the rest on a golden-angle spiral. Linear
 * time, so thousands of actors can be drawn before the force-directed layout has finished.
 */
export function spiralPositions(
  nodes: readonly { id: string; degree: number }[],
  spacing = 70,
): Map<string, Position> {
  const order = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  const out = new Map<string, Position>();
  order.forEach((node, i) => {
    const r = spacing * Math.sqrt(i);
    const angle = i * 2.399963;
    out.set(node.id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  return out;
}

/** Average distance between neighbouring actors after spreadOut, in model pixels. */
const SPACING = 75;

/**
 * fcose in draft quality (its force-directed pass takes minutes on thousands of actors) leaves
 * a dense clump. Keeping every actor's direction from the centre and its rank by distance, but
 * giving the k-th nearest the radius of a disc of k evenly spaced actors, removes the crush in
 * the middle and keeps who is central and who lies on which side.
 */
export function spreadOut(
  points: readonly { id: string; x: number; y: number }[],
): Record<string, [number, number]> {
  const cx = points.reduce((sum, p) => sum + p.x, 0) / Math.max(1, points.length);
  const cy = points.reduce((sum, p) => sum + p.y, 0) / Math.max(1, points.length);
  const polar = points
    .map((p) => ({
      id: p.id,
      angle: Math.atan2(p.y - cy, p.x - cx),
      r: Math.hypot(p.x - cx, p.y - cy),
    }))
    .sort((a, b) => a.r - b.r);
  const out: Record<string, [number, number]> = {};
  polar.forEach((p, k) => {
    const r = SPACING * Math.sqrt(k);
    out[p.id] = [r * Math.cos(p.angle), r * Math.sin(p.angle)];
  });
  return out;
}
