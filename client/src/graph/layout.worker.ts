// Runs fcose on a headless Cytoscape off the main thread: for thousands of actors it takes
// seconds, during which the page must stay responsive. Same options and seed as on the page.

import cytoscape from 'cytoscape';
import { layoutOptions, registerFcose } from './layout';
import { spreadOut } from './positions';
import { withSeededRandom } from './seeded';

export interface LayoutRequest {
  id: number;
  seed: number;
  nodes: { id: string; size: number }[];
  edges: { id: string; source: string; target: string }[];
}

export interface LayoutReply {
  id: number;
  positions: Record<string, [number, number]>;
  error?: string;
}

function layout(request: LayoutRequest): LayoutReply {
  registerFcose();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...request.nodes.map((data) => ({ group: 'nodes' as const, data })),
      ...request.edges.map((data) => ({ group: 'edges' as const, data })),
    ],
  });
  withSeededRandom(request.seed, () => cy.layout(layoutOptions(request.nodes.length)).run());
  const positions = spreadOut(cy.nodes().map((n) => ({ id: n.id(), ...n.position() })));
  cy.destroy();
  return { id: request.id, positions };
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  let reply: LayoutReply;
  try {
    reply = layout(event.data);
  } catch (error) {
    reply = { id: event.data.id, positions: {}, error: String(error) };
  }
  self.postMessage(reply);
};
