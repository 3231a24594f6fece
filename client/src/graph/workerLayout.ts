// The page's side of layout.worker.ts: sends the graph, applies the positions that come back.

import type { Core } from 'cytoscape';
import type { LayoutReply, LayoutRequest } from './layout.worker';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (reply: LayoutReply) => void>();

function layoutWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<LayoutReply>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  created.onerror = (event) => {
    // A worker that cannot start (no module workers, CSP) fails every waiting request.
    for (const [id, resolve] of pending) resolve({ id, positions: {}, error: event.message });
    pending.clear();
    worker = null;
  };
  worker = created;
  return created;
}

/** fcose in a worker; resolves with the new positions (not yet applied). */
export function layoutOffThread(
  cy: Core,
  seed: number,
): Promise<Map<string, { x: number; y: number }>> {
  const request: LayoutRequest = {
    id: nextId++,
    seed,
    nodes: cy.nodes().map((n) => ({ id: n.id(), size: Number(n.data('size')) || 30 })),
    edges: cy.edges().map((e) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
    })),
  };
  return new Promise((resolve, reject) => {
    pending.set(request.id, (reply) => {
      if (reply.error) reject(new Error(reply.error));
      else resolve(new Map(Object.entries(reply.positions).map(([id, [x, y]]) => [id, { x, y }])));
    });
    layoutWorker().postMessage(request);
  });
}

/** Moves every unpinned actor to its new place in one batch. */
export function applyPositions(
  cy: Core,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = positions.get(n.id());
      if (p && !n.locked()) n.position(p);
    });
  });
}
