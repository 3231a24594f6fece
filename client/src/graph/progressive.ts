// Progressive drawing of a large graph: actors and the strongest relations first, the rest in
// chunks, one per frame, so the first picture appears fast and no single task blocks the page.

import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';

/** Relations in the first frame and in each later one. */
export const FIRST_EDGES = 1500;
export const EDGES_PER_FRAME = 10_000;

type Position = { x: number; y: number };

/** The viewport that shows every position, computed from the positions alone (no bounding boxes). */
export function fitPositions(
  cy: Core,
  positions: Iterable<Position>,
  maxZoom: number,
  padding = 60,
): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (!Number.isFinite(x1)) return;
  // Node radius and label room around the outermost positions.
  const margin = 60;
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.min(
    maxZoom,
    Math.max(cy.minZoom(), Math.min(w / (x2 - x1 + 2 * margin), h / (y2 - y1 + 2 * margin))),
  );
  cy.viewport({
    zoom,
    pan: {
      x: cy.width() / 2 - (zoom * (x1 + x2)) / 2,
      y: cy.height() / 2 - (zoom * (y1 + y2)) / 2,
    },
  });
}

export interface ProgressiveOptions {
  /** Inside the batch that adds each chunk, with the elements it added (e.g. style bypasses). */
  onAdd?: (added: CollectionReturnValue) => void;
  /** After the first chunk is in the graph (it is drawn on the next frame). */
  onFirst?: () => void;
  /** After the last chunk. */
  onDone?: () => void;
}

/**
 * Adds nodes (which must carry positions) and edges, strongest edges (most evidence) first.
 * Returns a function that stops adding (unmount, or new data before the last chunk).
 */
export function addProgressively(
  cy: Core,
  elements: readonly ElementDefinition[],
  { onAdd, onFirst, onDone }: ProgressiveOptions = {},
): () => void {
  const nodes = elements.filter((el) => el.group === 'nodes');
  const edges = elements
    .filter((el) => el.group === 'edges')
    .sort((a, b) => Number(b.data['evidenceCount'] ?? 0) - Number(a.data['evidenceCount'] ?? 0));
  // A remainder smaller than the first chunk is not worth a frame of its own.
  const first = edges.length > 2 * FIRST_EDGES ? FIRST_EDGES : edges.length;
  let stopped = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const add = (chunk: ElementDefinition[]) =>
    cy.batch(() => {
      const added = cy.add(chunk);
      onAdd?.(added);
    });
  add([...nodes, ...edges.slice(0, first)]);
  onFirst?.();
  if (first >= edges.length) {
    onDone?.();
    return () => {};
  }
  let at = first;
  // onDone runs in the task that adds the last chunk: what it changes is drawn in the same frame.
  const next = () => {
    if (stopped || cy.destroyed()) return;
    const chunk = edges.slice(at, at + EDGES_PER_FRAME);
    at += EDGES_PER_FRAME;
    add(chunk);
    if (at >= edges.length) onDone?.();
    else schedule();
  };
  // After the coming frame is painted: a rAF, then a task.
  const schedule = () => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(next, 0);
    });
  };
  schedule();
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
