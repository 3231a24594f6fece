// Registers cytoscape-fcose once and runs the explorer's layouts (fcose, concentric by
// centrality, circle, grid, breadth-first from the selection), seeded so reloads look the same.

import cytoscape, { type Core, type EdgeSingular, type Ext, type LayoutOptions } from 'cytoscape';
// @ts-expect-error cytoscape-fcose ships no types; it is a plain Cytoscape extension.
import fcoseExtension from 'cytoscape-fcose';
import type { LayoutName } from '../state/view';
import { CENTRALITY } from './elements';
import { hashSeed, withSeededRandom } from './seeded';

const fcose = fcoseExtension as Ext;

let registered: boolean | undefined;

/** Idempotent: Cytoscape warns when an extension is registered twice (HMR, StrictMode). */
export function registerFcose(): boolean {
  if (registered !== undefined) return registered;
  try {
    cytoscape.use(fcose);
    registered = true;
  } catch (error) {
    console.warn('cytoscape-fcose could not be registered; using cose', error);
    registered = false;
  }
  return registered;
}

/**
 * Actors joined by several relations (supplies, allies with, sends troops to, …) need room for
 * their parallel curves, so the ideal length grows with the bundle.
 */
function idealLength(base: number): (edge: EdgeSingular) => number {
  return (edge) => base + 28 * Math.max(0, edge.parallelEdges().length - 1);
}

/** Above this many nodes fcose runs in draft quality with fewer iterations. */
export const LARGE_GRAPH = 600;

export function layoutOptions(nodeCount: number): LayoutOptions {
  const common = { animate: false, fit: true, padding: 60, nodeDimensionsIncludeLabels: true };
  const base = nodeCount > 40 ? 120 : 170;
  const large = nodeCount > LARGE_GRAPH;
  if (registerFcose()) {
    // fcose's options are not in Cytoscape's LayoutOptions union; BaseLayoutOptions takes a name.
    return {
      name: 'fcose',
      quality: large ? 'draft' : 'proof',
      randomize: true,
      ...common,
      nodeDimensionsIncludeLabels: !large,
      nodeSeparation: 90,
      idealEdgeLength: large ? () => base : idealLength(base),
      nodeRepulsion: () => 25000,
      edgeElasticity: () => 0.3,
      gravity: 0.15,
      numIter: large ? 600 : 2500,
      tile: true,
    } as LayoutOptions;
  }
  return {
    name: 'cose',
    ...common,
    idealEdgeLength: idealLength(base),
    nodeRepulsion: () => 12000,
  };
}

function optionsFor(cy: Core, name: LayoutName, rootId: string | null): LayoutOptions {
  const common = { animate: false, fit: true, padding: 60 };
  const nodes = cy.nodes();
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: (node) => Number(node.scratch(CENTRALITY)) || 0,
        levelWidth: () => {
          const max = nodes.max((n) => Number(n.scratch(CENTRALITY)) || 0).value;
          return max > 0 ? max / 5 : 1;
        },
        minNodeSpacing: 30,
      } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, avoidOverlap: true };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, avoidOverlapPadding: 30 };
    case 'breadthfirst': {
      const root = rootId ? cy.getElementById(rootId) : cy.collection();
      const roots = root.nonempty() && root.isNode() ? root : nodes.max((n) => n.degree(false)).ele;
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        circle: false,
        spacingFactor: 1.1,
        roots,
      } as LayoutOptions;
    }
    case 'fcose':
      return layoutOptions(nodes.length);
  }
}

/** The same graph under the same layout gets the same seed, so it lands the same way. */
export function layoutSeed(cy: Core, name: LayoutName): number {
  const nodes = cy
    .nodes()
    .map((n) => n.id())
    .join(' ');
  const edges = cy
    .edges()
    .map((e) => e.id())
    .join(' ');
  return hashSeed(`${name}|${nodes}|${edges}`);
}

/** Runs a layout synchronously under a seed derived from the graph, then fits. */
export function runLayout(cy: Core, name: LayoutName, rootId: string | null = null): void {
  if (cy.destroyed() || cy.nodes().empty()) return;
  // Pinned actors keep their place: the layout sees them locked.
  withSeededRandom(layoutSeed(cy, name), () => cy.layout(optionsFor(cy, name, rootId)).run());
}
